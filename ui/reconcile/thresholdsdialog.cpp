#include "reconcile/thresholdsdialog.h"

#include "reconcilestore/reconciliationservice.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace msp::ui {

using namespace msp::reconcilestore;

namespace {
QDoubleSpinBox *percentBox(const QString &name, double value)
{
    auto *box = new QDoubleSpinBox;
    box->setObjectName(name);
    box->setDecimals(1);
    box->setRange(0.0, 100.0);
    box->setSingleStep(1.0);
    box->setSuffix(QStringLiteral(" %"));
    box->setValue(value * 100.0);
    box->setKeyboardTracking(true);
    return box;
}

double fraction(const QDoubleSpinBox *box)
{
    // Tenths of a percent, as shown: 95.0 % is 0.95 exactly, not 0.9500000001.
    return std::round(box->value() * 10.0) / 1000.0;
}
} // namespace

ThresholdsDialog::ThresholdsDialog(ReconciliationService &service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_allowed(DecisionRepository::mayChangeThresholds(service.actor().role))
{
    setObjectName(QStringLiteral("thresholdsDialog"));
    setWindowTitle(tr("Reconciliation thresholds"));
    setMinimumWidth(480);
    const Thresholds current = m_service.decisions().thresholds().valueOr(Thresholds {});
    auto *about = new QLabel(tr("A pair scoring at or above the match threshold is matched without a look; one at or "
                                "above the review threshold waits in To review; anything lower stays unmatched. "
                                "The thresholds apply to card payments and every loyalty program."));
    about->setWordWrap(true);
    m_matched = percentBox(QStringLiteral("matchedThreshold"), current.matched);
    m_review = percentBox(QStringLiteral("reviewThreshold"), current.review);
    auto *form = new QFormLayout;
    form->addRow(tr("&Matched at or above:"), m_matched);
    form->addRow(tr("&To review at or above:"), m_review);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("thresholdProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_save = buttons->addButton(tr("Save and re-band"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveThresholds"));
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ThresholdsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_matched, &QDoubleSpinBox::valueChanged, this, &ThresholdsDialog::validate);
    connect(m_review, &QDoubleSpinBox::valueChanged, this, &ThresholdsDialog::validate);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    if (!m_allowed) {
        const QString who = tr("Only managers and administrators can change the thresholds.");
        for (QWidget *w :
             {static_cast<QWidget *>(m_matched), static_cast<QWidget *>(m_review), static_cast<QWidget *>(m_save)}) {
            w->setEnabled(false);
            w->setToolTip(who);
        }
        m_problem->setStyleSheet({});
        m_problem->setText(who);
        return;
    }
    validate();
    m_matched->setFocus();
}

Thresholds ThresholdsDialog::entered() const
{
    return Thresholds {fraction(m_matched), fraction(m_review)};
}

void ThresholdsDialog::validate()
{
    if (!m_allowed)
        return;
    const QString problem = DecisionRepository::thresholdProblem(entered());
    m_problem->setText(problem);
    m_save->setEnabled(problem.isEmpty());
}

bool ThresholdsDialog::save()
{
    if (!m_allowed || !m_save->isEnabled())
        return false;
    if (auto r = m_service.decisions().setThresholds(m_service.actor(), entered()); !r) {
        m_problem->setText(r.error().message);
        return false;
    }
    accept();
    return true;
}

} // namespace msp::ui
