#pragma once

#include "reconcilestore/decisionrepository.h"

#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace msp::reconcilestore {
class ReconciliationService;
}

namespace msp::ui {

// The clinic's two thresholds, in percent: at or above "matched" a pair is
// matched without a look, at or above "review" it waits for a person, below
// it stays unmatched. Checked as they are typed (review below matched, within
// a sensible range). Managers and administrators save; everyone else sees
// them disabled with who can change them.
class ThresholdsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ThresholdsDialog(reconcilestore::ReconciliationService &service, QWidget *parent = nullptr);

    reconcilestore::Thresholds entered() const;
    // Saves and closes; false (with the reason shown) when refused.
    bool save();

private:
    void validate();

    reconcilestore::ReconciliationService &m_service;
    bool m_allowed = false;
    QDoubleSpinBox *m_matched = nullptr;
    QDoubleSpinBox *m_review = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace msp::ui
