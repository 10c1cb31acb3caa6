#pragma once

#include "dedupe/clientmerger.h"

#include <QDialog>
#include <QHash>

class QButtonGroup;
class QLabel;
class QPushButton;
class QRadioButton;

namespace msp::ui {

// Two client records side by side: which one is kept, and for each field a
// radio choosing whose value the kept record takes (or both, for allergies,
// alerts and notes). Shows what will move to the kept record; Merge runs the
// merge (one audited transaction) and closes, a refusal is shown inline.
class MergeDialog : public QDialog
{
    Q_OBJECT
public:
    MergeDialog(dedupe::ClientMerger &merger, Actor actor, const Client &first, const Client &second,
                QWidget *parent = nullptr);

    // Which record is kept; the other is merged into it.
    void setKeepFirst(bool first);
    bool keepsFirst() const;
    // The request Merge would run now.
    dedupe::MergeRequest request() const;
    // The merge made when the dialog was accepted.
    const dedupe::MergeEntry &result() const { return m_result; }
    QPushButton *mergeButton() const { return m_merge; }

private:
    enum Side { First = 0, Second = 1, Both = 2 };
    void updateMoves();
    void runMerge();

    dedupe::ClientMerger &m_merger;
    Actor m_actor;
    Client m_first;
    Client m_second;
    dedupe::ReferenceCounts m_firstRefs;
    dedupe::ReferenceCounts m_secondRefs;
    QButtonGroup *m_keep = nullptr;
    QHash<QString, QButtonGroup *> m_picks;
    QLabel *m_moves = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_merge = nullptr;
    dedupe::MergeEntry m_result;
};

} // namespace msp::ui
