#include "reconcile/importsdialog.h"

#include "reconcile/importlistmodel.h"
#include "reconcilestore/reconciliationservice.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace msp::ui {

using namespace msp::reconcilestore;

ImportsDialog::ImportsDialog(ReconciliationService &service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("importsDialog"));
    setWindowTitle(tr("Past imports"));
    resize(900, 420);
    m_model = new ImportListModel(this);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("importList"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    connect(m_view, &QTableView::activated, this, &ImportsDialog::openCurrent);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("importsMessage"));
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_open = buttons->addButton(tr("&Open to reconcile"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(QStringLiteral("openImport"));
    m_decisions = buttons->addButton(tr("&Decisions…"), QDialogButtonBox::ActionRole);
    m_decisions->setObjectName(QStringLiteral("importDecisions"));
    connect(m_open, &QPushButton::clicked, this, &ImportsDialog::openCurrent);
    connect(m_decisions, &QPushButton::clicked, this, [this] {
        if (const ImportBatch *b = m_model->batchAt(m_view->currentIndex().row()))
            Q_EMIT decisionsRequested(b->id, b->fileName);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    reload();
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ImportsDialog::updateButtons);
    m_view->setFocus();
}

void ImportsDialog::reload()
{
    auto batches = m_service.imports().batches();
    auto presets = m_service.imports().presets();
    auto users = m_service.userNames();
    if (!batches || !presets || !users) {
        showMessage(!batches ? batches.error().message : (!presets ? presets.error().message : users.error().message),
                    true);
        updateButtons();
        return;
    }
    QHash<EntityId, QString> presetNames;
    for (const ColumnPreset &p : std::as_const(*presets))
        if (!p.id.isNull())
            presetNames.insert(p.id, p.name);
    m_model->setBatches(std::move(*batches), presetNames, std::move(*users));
    m_view->resizeColumnsToContents();
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    else
        showMessage(tr("Nothing imported yet: use Import file… on the Reconciliation page."), false);
    updateButtons();
}

void ImportsDialog::updateButtons()
{
    const bool any = m_model->batchAt(m_view->currentIndex().row()) != nullptr;
    m_open->setEnabled(any);
    m_decisions->setEnabled(any);
}

void ImportsDialog::openCurrent()
{
    const ImportBatch *b = m_model->batchAt(m_view->currentIndex().row());
    if (!b)
        return;
    auto period = m_service.periodOf(b->id);
    if (!period) {
        showMessage(period.error().message, true);
        return;
    }
    Q_EMIT openRequested(b->id, b->fileName, period->first, period->second);
    accept();
}

void ImportsDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
}

} // namespace msp::ui
