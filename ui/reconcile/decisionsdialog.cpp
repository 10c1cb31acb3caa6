#include "reconcile/decisionsdialog.h"

#include "reconcile/decisionlogmodel.h"
#include "reconcilestore/reconciliationservice.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace msp::ui {

using namespace msp::reconcilestore;

DecisionsDialog::DecisionsDialog(ReconciliationService &service, const QString &currency, const EntityId &importId,
                                 const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_currency(currency)
    , m_importId(importId)
{
    setObjectName(QStringLiteral("decisionsDialog"));
    setWindowTitle(importId.isNull() ? tr("Reconciliation decisions") : tr("Decisions on %1").arg(title));
    resize(1100, 480);
    auto *about = new QLabel(tr("Every pair staff accepted or rejected, newest first. Undo (U) puts an accepted match "
                                "back in the bands and lets a rejected pair be proposed again; the matcher stops "
                                "learning from it."));
    about->setWordWrap(true);
    m_model = new DecisionLogModel(this);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("decisionList"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->installEventFilter(this);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("decisionMessage"));
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_undo = buttons->addButton(tr("&Undo decision"), QDialogButtonBox::ActionRole);
    m_undo->setObjectName(QStringLiteral("undoDecision"));
    connect(m_undo, &QPushButton::clicked, this, &DecisionsDialog::undoCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    reload();
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DecisionsDialog::updateButtons);
    m_view->setFocus();
}

void DecisionsDialog::reload()
{
    const int keep = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : 0;
    auto log = m_service.decisionLog(m_importId);
    if (!log) {
        m_model->setEntries({}, m_currency);
        showMessage(log.error().message, true);
        updateButtons();
        return;
    }
    m_model->setEntries(std::move(*log), m_currency);
    m_view->resizeColumnsToContents();
    // Both sides are long ("2 Mar 2026 · $60.00 · Ana Lopez · …"): a tooltip
    // holds the whole text, the columns leave room for the status.
    for (const int c : {DecisionLogModel::SoldColumn, DecisionLogModel::ReportedColumn})
        m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), 280));
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(std::min(keep, m_model->rowCount() - 1), 0));
    else
        showMessage(tr("No decisions yet: accept or reject pairs on the Reconciliation page."), false);
    updateButtons();
}

void DecisionsDialog::updateButtons()
{
    const DecisionEntry *e = m_model->entryAt(m_view->currentIndex().row());
    m_undo->setEnabled(e && !e->decision.isUndone());
    m_undo->setToolTip(e && e->decision.isUndone() ? tr("This decision was already undone.") : QString());
}

void DecisionsDialog::undoCurrent()
{
    const DecisionEntry *e = m_model->entryAt(m_view->currentIndex().row());
    if (!e || e->decision.isUndone())
        return;
    const bool accepted = e->decision.decision == Decision::Accept;
    auto undone = m_service.undo(e->decision.id);
    if (!undone) {
        showMessage(undone.error().message, true);
        reload();
        return;
    }
    reload();
    showMessage(accepted ? tr("Undone: the match is back in the bands, scored afresh.")
                         : tr("Undone: the pair may be proposed again."),
                false);
    Q_EMIT decisionsChanged();
}

void DecisionsDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
}

bool DecisionsDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_U && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            undoCurrent();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace msp::ui
