#include "clients/duplicatesdialog.h"

#include "clients/duplicatesmodel.h"
#include "clients/mergedialog.h"
#include "clients/mergehistorymodel.h"
#include "store/clinicstore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace msp::ui {

namespace {
QTableView *makeTable(QAbstractItemModel *model, const QString &name)
{
    auto *t = new QTableView;
    t->setObjectName(name);
    t->setModel(model);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->setShowGrid(false);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return t;
}

int selectedRow(QTableView *t)
{
    const auto rows = t->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}
} // namespace

DuplicatesDialog::DuplicatesDialog(store::ClinicStore &store, Actor actor, QTimeZone zone, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_actor(std::move(actor))
    , m_scanner(store.database(), store.audit())
    , m_merger(store.database(), store.audit(), store.outbox())
{
    setObjectName(QStringLiteral("duplicatesDialog"));
    setWindowTitle(tr("Duplicate clients"));
    resize(1000, 640);
    m_candidates = new DuplicatesModel(this);
    m_history = new MergeHistoryModel(std::move(zone), this);

    auto *title = new QLabel(tr("Possible duplicates"));
    title->setProperty("role", QStringLiteral("title"));
    auto *scanButton = new QPushButton(tr("Scan again"));
    scanButton->setObjectName(QStringLiteral("scanDuplicates"));
    m_review = new QPushButton(tr("Review and merge…"));
    m_review->setObjectName(QStringLiteral("reviewPair"));
    m_review->setProperty("primary", true);
    m_candidateTable = makeTable(m_candidates, QStringLiteral("duplicateTable"));
    m_candidateTable->horizontalHeader()->setSectionResizeMode(DuplicatesModel::FirstColumn,
                                                               QHeaderView::ResizeToContents);
    m_candidateTable->horizontalHeader()->setSectionResizeMode(DuplicatesModel::SecondColumn,
                                                               QHeaderView::ResizeToContents);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("duplicatesStatus"));
    m_status->setWordWrap(true);

    auto *historyTitle = new QLabel(tr("Merged"));
    historyTitle->setProperty("role", QStringLiteral("title"));
    m_undo = new QPushButton(tr("Undo merge"));
    m_undo->setObjectName(QStringLiteral("undoMerge"));
    m_historyTable = makeTable(m_history, QStringLiteral("mergeHistoryTable"));
    m_historyTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_historyTable->horizontalHeader()->setStretchLastSection(true);

    auto *head = new QHBoxLayout;
    head->addWidget(title);
    head->addStretch();
    head->addWidget(scanButton);
    head->addWidget(m_review);
    auto *historyHead = new QHBoxLayout;
    historyHead->addWidget(historyTitle);
    historyHead->addStretch();
    historyHead->addWidget(m_undo);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_status);
    layout->addWidget(m_candidateTable, 3);
    layout->addLayout(historyHead);
    layout->addWidget(m_historyTable, 2);

    connect(scanButton, &QPushButton::clicked, this, &DuplicatesDialog::scan);
    connect(m_review, &QPushButton::clicked, this, [this] { reviewPair(selectedRow(m_candidateTable)); });
    connect(m_candidateTable, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { reviewPair(index.row()); });
    connect(m_undo, &QPushButton::clicked, this, [this] { undoMerge(selectedRow(m_historyTable)); });
    connect(m_candidateTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DuplicatesDialog::updateButtons);
    connect(m_historyTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DuplicatesDialog::updateButtons);
    reloadHistory();
    updateButtons();
}

bool DuplicatesDialog::scan()
{
    auto groups = m_scanner.scan(m_actor);
    if (!groups) {
        m_candidates->setGroups({});
        showStatus(groups.error().message, true);
        updateButtons();
        return false;
    }
    m_candidates->setGroups(*groups);
    if (groups->isEmpty())
        showStatus(tr("No likely duplicates among your clients."), false);
    else
        showStatus(tr("%n group(s) of records that may be the same person. Select a pair and choose \"Review and "
                      "merge…\".",
                      nullptr, int(groups->size())),
                   false);
    updateButtons();
    return true;
}

MergeDialog *DuplicatesDialog::reviewPair(int row)
{
    if (row < 0 || row >= m_candidates->rowCount())
        return nullptr;
    const dedupe::DuplicatePair pair = m_candidates->pairAt(row);
    auto *dialog = new MergeDialog(m_merger, m_actor, pair.first, pair.second, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const dedupe::MergeEntry &e = dialog->result();
        m_candidates->removeClient(e.mergedId);
        reloadHistory();
        showStatus(tr("Merged. %1 is kept; %2 moved to it.").arg(e.keptName, MergeHistoryModel::movedText(e.moved)),
                   false);
        Q_EMIT clientsChanged();
    });
    dialog->open();
    return dialog;
}

bool DuplicatesDialog::undoMerge(int row)
{
    if (row < 0 || row >= m_history->rowCount())
        return false;
    const dedupe::MergeEntry e = m_history->entryAt(row);
    if (auto r = m_merger.undo(m_actor, e.id); !r) {
        showStatus(r.error().message, true);
        return false;
    }
    reloadHistory();
    // The kept record's name as restored, not as the merge had left it.
    QString keptName = e.keptName;
    for (int r = 0; r < m_history->rowCount(); ++r)
        if (m_history->entryAt(r).id == e.id)
            keptName = m_history->entryAt(r).keptName;
    showStatus(tr("Merge undone: %1 and %2 are separate records again.").arg(keptName, e.mergedName), false);
    Q_EMIT clientsChanged();
    return true;
}

void DuplicatesDialog::reloadHistory()
{
    auto entries = m_merger.history();
    m_history->setEntries(entries ? *entries : QList<dedupe::MergeEntry> {});
    if (!entries)
        showStatus(entries.error().message, true);
    updateButtons();
}

void DuplicatesDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setProperty("role", error ? QStringLiteral("banner-error") : QStringLiteral("muted"));
    m_status->style()->unpolish(m_status);
    m_status->style()->polish(m_status);
}

void DuplicatesDialog::updateButtons()
{
    m_review->setEnabled(selectedRow(m_candidateTable) >= 0);
    const int h = selectedRow(m_historyTable);
    m_undo->setEnabled(h >= 0 && !m_history->entryAt(h).isUndone());
}

} // namespace msp::ui
