#include "reconcile/reconciliationpage.h"

#include "reconcile/candidatedialog.h"
#include "reconcile/importdialog.h"
#include "reconcile/notsubmittedmodel.h"
#include "reconcile/reconcilebandmodel.h"
#include "reconcile/reconcileformat.h"
#include "reconcilestore/reconciliationservice.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace msp::ui {

using namespace msp::reconcilestore;

ReconciliationPage::ReconciliationPage(store::ClinicStore &store, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_actor(actor)
    , m_service(std::make_unique<ReconciliationService>(store, actor))
{
    setObjectName(QStringLiteral("reconciliationPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    auto *title = new QLabel(tr("Reconciliation"));
    title->setObjectName(QStringLiteral("pageTitle"));
    layout->addWidget(title);
    if (!roleAllows(actor.role, Permission::Reconcile)) {
        auto *why = new QLabel(tr("Reconciliation is for managers and administrators. Ask one of them to match "
                                  "payouts and loyalty rewards, or to change your role."));
        why->setObjectName(QStringLiteral("notAllowed"));
        why->setWordWrap(true);
        layout->addWidget(why);
        layout->addStretch(1);
        return;
    }
    layout->addWidget(buildHeader());

    m_model = new ReconcileBandModel(this);
    m_view = new QTreeView;
    m_view->setObjectName(QStringLiteral("bands"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(true);
    m_view->installEventFilter(this);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &i) {
        if (m_model->lineAt(i) >= 0)
            pickForCurrent();
    });

    m_notSubmittedModel = new NotSubmittedModel(this);
    m_notSubmitted = new QTableView;
    m_notSubmitted->setObjectName(QStringLiteral("notSubmitted"));
    m_notSubmitted->setModel(m_notSubmittedModel);
    m_notSubmitted->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_notSubmitted->horizontalHeader()->setStretchLastSection(true);
    m_notSubmitted->verticalHeader()->hide();
    auto *lower = new QWidget;
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    auto *notSubmittedTitle = new QLabel(tr("Not submitted: rewards taken at checkout that no portal reports"));
    notSubmittedTitle->setObjectName(QStringLiteral("sectionTitle"));
    lowerLayout->addWidget(notSubmittedTitle);
    lowerLayout->addWidget(m_notSubmitted);

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_view);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("reconcileStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
}

ReconciliationPage::~ReconciliationPage() = default;

QWidget *ReconciliationPage::buildHeader()
{
    auto *header = new QWidget;
    auto *v = new QVBoxLayout(header);
    v->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_from = new QDateEdit(QDate::currentDate().addDays(-30));
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(QDate::currentDate());
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_to->setCalendarPopup(true);
    auto *import = new QPushButton(tr("Import file…"));
    import->setObjectName(QStringLiteral("importFile"));
    connect(import, &QPushButton::clicked, this, &ReconciliationPage::openImportDialog);
    auto *run = new QPushButton(tr("Run again"));
    run->setObjectName(QStringLiteral("runAgain"));
    connect(run, &QPushButton::clicked, this, &ReconciliationPage::runNow);
    m_acceptAll = new QPushButton(tr("Accept all in Matched"));
    m_acceptAll->setObjectName(QStringLiteral("acceptAll"));
    connect(m_acceptAll, &QPushButton::clicked, this, &ReconciliationPage::acceptAllMatched);
    row->addWidget(new QLabel(tr("From")));
    row->addWidget(m_from);
    row->addWidget(new QLabel(tr("to")));
    row->addWidget(m_to);
    row->addStretch(1);
    row->addWidget(import);
    row->addWidget(run);
    row->addWidget(m_acceptAll);
    v->addLayout(row);
    // The history and settings of reconciliation, one row down.
    auto *more = new QHBoxLayout;
    m_thresholds = new QLabel;
    m_thresholds->setObjectName(QStringLiteral("thresholdSummary"));
    auto *pastImports = new QPushButton(tr("&Past imports…"));
    pastImports->setObjectName(QStringLiteral("pastImports"));
    connect(pastImports, &QPushButton::clicked, this, &ReconciliationPage::openPastImports);
    auto *decisions = new QPushButton(tr("&Decisions…"));
    decisions->setObjectName(QStringLiteral("decisions"));
    connect(decisions, &QPushButton::clicked, this, [this] { openDecisionsDialog(); });
    auto *thresholds = new QPushButton(tr("&Thresholds…"));
    thresholds->setObjectName(QStringLiteral("thresholds"));
    connect(thresholds, &QPushButton::clicked, this, &ReconciliationPage::openThresholdsDialog);
    more->addWidget(m_thresholds);
    more->addStretch(1);
    more->addWidget(pastImports);
    more->addWidget(decisions);
    more->addWidget(thresholds);
    v->addLayout(more);
    m_atRisk = new QLabel;
    m_atRisk->setObjectName(QStringLiteral("moneyAtRisk"));
    m_atRisk->setWordWrap(true);
    v->addWidget(m_atRisk);
    m_atRiskList = new QListWidget;
    m_atRiskList->setObjectName(QStringLiteral("atRiskList"));
    m_atRiskList->setMaximumHeight(96);
    v->addWidget(m_atRiskList);
    m_notes = new QLabel;
    m_notes->setObjectName(QStringLiteral("reconcileNotes"));
    m_notes->setWordWrap(true);
    v->addWidget(m_notes);
    auto *keys = new QLabel(tr("Keys: A accept · R reject · U undo · C or Enter pick another candidate · arrows move"));
    keys->setObjectName(QStringLiteral("hint"));
    v->addWidget(keys);
    return header;
}

void ReconciliationPage::setPeriod(QDate from, QDate to)
{
    if (!m_from)
        return;
    m_from->setDate(from);
    m_to->setDate(to);
}

void ReconciliationPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_ranOnce && m_view) {
        m_ranOnce = true;
        runNow();
    }
}

void ReconciliationPage::runNow()
{
    if (!m_view)
        return;
    m_ranOnce = true;
    const int keep = currentLine();
    auto report = m_service->run(m_from->date(), m_to->date());
    if (!report) {
        showStatus(report.error().message, true);
        return;
    }
    m_report = std::move(*report);
    showThresholds();
    showReport();
    selectLine(keep >= 0 && keep < m_report->lines.size() ? keep : 0);
    showStatus(tr("%1 sales and %2 reported records from %3 to %4.")
                   .arg(m_report->left.size())
                   .arg(m_report->right.size())
                   .arg(QLocale().toString(m_report->from, QLocale::ShortFormat),
                        QLocale().toString(m_report->to, QLocale::ShortFormat)));
}

void ReconciliationPage::showReport()
{
    m_model->setReport(&*m_report);
    m_notSubmittedModel->setReport(&*m_report);
    m_view->expandAll();
    for (int b = 0; b < 3; ++b)
        m_view->setFirstColumnSpanned(b, {}, true);
    m_view->resizeColumnToContents(ReconcileBandModel::DateColumn);
    // Both sides are what a person reads first: give them room.
    for (const int c : {ReconcileBandModel::SoldColumn, ReconcileBandModel::ReportedColumn})
        m_view->setColumnWidth(c, 280);
    for (const int c : {ReconcileBandModel::SoldAmountColumn, ReconcileBandModel::ReportedAmountColumn,
                        ReconcileBandModel::ScoreColumn})
        m_view->setColumnWidth(c, 90);
    QStringList programs;
    for (const ProgramRisk &p : std::as_const(m_report->atRisk))
        programs << tr("%1: %n redemption(s), %2", nullptr, p.count)
                        .arg(groupDisplayName(p.group), reconcileformat::money(*m_report, p.amountMinor));
    m_atRisk->setText(
        m_report->atRiskCount == 0
            ? tr("No money at risk: every redemption the portals report has its tender line.")
            : tr("Money at risk: %1 in %n redemption(s) with no tender line", nullptr, m_report->atRiskCount)
                    .arg(reconcileformat::money(*m_report, m_report->atRiskMinor))
                + QStringLiteral(" — ") + programs.join(QStringLiteral("; ")));
    m_atRiskList->clear();
    for (const int r : std::as_const(m_report->atRiskItems))
        m_atRiskList->addItem(reconcileformat::atRiskText(*m_report, m_report->right[r]));
    m_atRiskList->setVisible(!m_report->atRiskItems.isEmpty());
    m_notes->setText(m_report->notes.join(u'\n'));
    m_notes->setVisible(!m_report->notes.isEmpty());
    m_acceptAll->setEnabled(m_report->bandCount(Band::Matched) > 0);
}

void ReconciliationPage::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
}

int ReconciliationPage::currentLine() const
{
    return m_view && m_report ? m_model->lineAt(m_view->currentIndex()) : -1;
}

void ReconciliationPage::selectLine(int line)
{
    const QModelIndex i = m_model->indexOfLine(line);
    if (i.isValid())
        m_view->setCurrentIndex(i);
}

void ReconciliationPage::selectNextAfter(const QModelIndex &current)
{
    const QModelIndex below = m_view->indexBelow(current);
    if (!below.isValid())
        return;
    m_view->setCurrentIndex(m_model->lineAt(below) >= 0 ? below : m_view->indexBelow(below));
}

void ReconciliationPage::acceptCurrent()
{
    const int line = currentLine();
    if (line < 0)
        return;
    if (!m_report->lines[line].isPair()) {
        showStatus(tr("Nothing is paired on this row yet: press C to pick a candidate."));
        return;
    }
    if (auto r = m_service->accept(*m_report, line); !r) {
        showStatus(r.error().message, true);
        return;
    }
    m_model->lineChanged(line);
    showStatus(tr("Accepted."));
    selectNextAfter(m_view->currentIndex());
}

void ReconciliationPage::rejectCurrent()
{
    const int line = currentLine();
    if (line < 0 || !m_report->lines[line].isPair())
        return;
    if (auto r = m_service->reject(*m_report, line); !r) {
        showStatus(r.error().message, true);
        return;
    }
    m_model->lineChanged(line);
    showStatus(tr("Rejected: this pair will not be proposed again."));
    selectNextAfter(m_view->currentIndex());
}

void ReconciliationPage::pickForCurrent()
{
    const int line = currentLine();
    if (line < 0)
        return;
    auto *dialog = new CandidateDialog(*m_report, line, m_service->candidates(*m_report, line), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Once: the line index belongs to the report the dialog was opened on.
    connect(dialog, &QDialog::accepted, this, [this, dialog, line] {
        const Candidate *c = dialog->chosen();
        if (!c || dialog->property("picked").toBool())
            return;
        dialog->setProperty("picked", true);
        if (auto r = m_service->pick(*m_report, line, *c); !r) {
            showStatus(r.error().message, true);
            return;
        }
        showReport();
        selectLine(line < m_report->lines.size() ? line : 0);
        showStatus(tr("Paired and accepted."));
    });
    dialog->open();
}

void ReconciliationPage::acceptAllMatched()
{
    if (!m_report)
        return;
    auto n = m_service->acceptAll(*m_report, Band::Matched);
    if (!n) {
        showStatus(n.error().message, true);
        return;
    }
    for (int i = 0; i < m_report->lines.size(); ++i)
        if (m_report->lines[i].band == Band::Matched)
            m_model->lineChanged(i);
    showStatus(tr("Accepted %n match(es).", nullptr, *n));
}

void ReconciliationPage::openImportDialog()
{
    auto *dialog = new ImportDialog(*m_service, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const auto &report = dialog->lastReport()) {
            runNow();
            showStatus(tr("Imported %1: %2 added, %3 already imported, %4 skipped with problems.")
                           .arg(report->batch.fileName)
                           .arg(report->batch.addedCount)
                           .arg(report->batch.duplicateCount)
                           .arg(report->batch.issueCount));
        }
    });
    dialog->open();
}

bool ReconciliationPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
            return QWidget::eventFilter(watched, event);
        switch (key->key()) {
        case Qt::Key_A: acceptCurrent(); return true;
        case Qt::Key_R: rejectCurrent(); return true;
        case Qt::Key_U: undoCurrent(); return true;
        case Qt::Key_C:
        case Qt::Key_Return:
        case Qt::Key_Enter: pickForCurrent(); return true;
        default: break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace msp::ui
