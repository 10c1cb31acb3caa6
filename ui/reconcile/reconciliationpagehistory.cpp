#include "reconcile/decisionsdialog.h"
#include "reconcile/importsdialog.h"
#include "reconcile/reconcileformat.h"
#include "reconcile/reconciliationpage.h"
#include "reconcile/thresholdsdialog.h"
#include "reconcilestore/reconciliationservice.h"

#include <QLabel>
#include <QLocale>
#include <QTreeView>

// The Reconciliation page's way into its history and settings: undo, the
// Decisions list, past imports and the thresholds.
namespace msp::ui {

using namespace msp::reconcilestore;

void ReconciliationPage::showThresholds()
{
    auto t = m_service->decisions().thresholds();
    if (!t)
        return;
    m_thresholds->setText(tr("Matched at %1 or above · to review from %2")
                              .arg(reconcileformat::percent(t->matched), reconcileformat::percent(t->review)));
}

void ReconciliationPage::undoCurrent()
{
    const int line = currentLine();
    if (line < 0)
        return;
    const LineState state = m_report->lines[line].state;
    if (state == LineState::Proposed) {
        showStatus(tr("Nothing was decided on this row: A accepts it, R rejects it."));
        return;
    }
    auto undone = m_service->undoLine(*m_report, line);
    if (!undone) {
        showStatus(undone.error().message, true);
        return;
    }
    runNow();
    showStatus(state == LineState::Accepted ? tr("Undone: the match is back in the bands, scored afresh.")
                                            : tr("Undone: the pair may be proposed again."));
}

void ReconciliationPage::openThresholdsDialog()
{
    if (!m_view)
        return;
    auto *dialog = new ThresholdsDialog(*m_service, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        runNow(); // the bands as the new thresholds draw them
        showStatus(tr("Thresholds saved; the results were banded again."));
    });
    dialog->open();
}

void ReconciliationPage::openDecisionsDialog(const EntityId &importId, const QString &title)
{
    if (!m_view)
        return;
    const QString currency = m_report ? m_report->currency : QStringLiteral("USD");
    auto *dialog = new DecisionsDialog(*m_service, currency, importId, title, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DecisionsDialog::decisionsChanged, this, &ReconciliationPage::runNow);
    dialog->open();
}

void ReconciliationPage::openPastImports()
{
    if (!m_view)
        return;
    auto *dialog = new ImportsDialog(*m_service, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportsDialog::openRequested, this, &ReconciliationPage::openImport);
    connect(dialog, &ImportsDialog::decisionsRequested, this,
            [this](const EntityId &id, const QString &fileName) { openDecisionsDialog(id, fileName); });
    dialog->open();
}

void ReconciliationPage::openImport(const EntityId &, const QString &fileName, QDate from, QDate to)
{
    setPeriod(from, to);
    runNow();
    showStatus(tr("Reconciling %1 again: its rows run from %2 to %3.")
                   .arg(fileName, QLocale().toString(from, QLocale::ShortFormat),
                        QLocale().toString(to, QLocale::ShortFormat)));
    m_view->setFocus();
}

} // namespace msp::ui
