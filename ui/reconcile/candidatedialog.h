#pragma once

#include "reconcilestore/reconciliationservice.h"

#include <QDialog>

class QListWidget;

namespace msp::ui {

// "Pick another candidate": the other side's items that could pair with a
// line's item, best first, each with its score and why. Enter picks.
class CandidateDialog : public QDialog
{
    Q_OBJECT
public:
    CandidateDialog(const reconcilestore::ReconReport &report, int line,
                    const QList<reconcilestore::Candidate> &candidates, QWidget *parent = nullptr);

    // The chosen candidate once accepted.
    const reconcilestore::Candidate *chosen() const;

private:
    QList<reconcilestore::Candidate> m_candidates;
    QListWidget *m_list = nullptr;
};

} // namespace msp::ui
