#include "reconcile/importdialog.h"

#include "reconcile/csvpreviewmodel.h"
#include "reconcilestore/reconciliationservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace msp::ui {

using namespace msp::reconcilestore;

ImportDialog::ImportDialog(ReconciliationService &service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import a file to reconcile"));
    resize(860, 680);
    m_presets = m_service.imports().presets().valueOr({});

    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("filePath"));
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("Choose a CSV export…"));
    auto *choose = new QPushButton(tr("Choose…"));
    choose->setObjectName(QStringLiteral("chooseFile"));
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose a file to import"), QString(),
                                                          tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            loadFile(path);
    });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(choose);

    m_preset = new QComboBox;
    m_preset->setObjectName(QStringLiteral("preset"));
    for (const ColumnPreset &p : std::as_const(m_presets))
        m_preset->addItem(p.name);
    m_source = new QComboBox;
    m_source->setObjectName(QStringLiteral("source"));
    for (const Source s : allSources())
        m_source->addItem(sourceDisplayName(s), int(s));
    m_dateOrder = new QComboBox;
    m_dateOrder->setObjectName(QStringLiteral("dateOrder"));
    m_dateOrder->addItem(tr("As detected"), int(reconcile::DateOrder::Unknown));
    for (const auto o :
         {reconcile::DateOrder::MonthDayYear, reconcile::DateOrder::DayMonthYear, reconcile::DateOrder::YearMonthDay})
        m_dateOrder->addItem(reconcile::dateOrderName(o), int(o));
    m_detected = new QLabel;
    m_detected->setObjectName(QStringLiteral("detected"));
    m_detected->setWordWrap(true);

    auto *top = new QFormLayout;
    top->addRow(tr("File"), fileRow);
    top->addRow(tr("Preset"), m_preset);
    top->addRow(tr("What the file is"), m_source);
    top->addRow(tr("Read as"), m_detected);
    top->addRow(tr("Dates"), m_dateOrder);

    auto *mapping = new QWidget;
    buildMappingForm(mapping);

    m_previewModel = new CsvPreviewModel(this);
    m_preview = new QTableView;
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setModel(m_previewModel);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_issues = new QListWidget;
    m_issues->setObjectName(QStringLiteral("issues"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);

    m_presetName = new QLineEdit;
    m_presetName->setObjectName(QStringLiteral("presetName"));
    m_presetName->setPlaceholderText(tr("Name for this mapping"));
    m_savePreset = new QPushButton(tr("Save as preset"));
    m_savePreset->setObjectName(QStringLiteral("savePreset"));
    connect(m_savePreset, &QPushButton::clicked, this, &ImportDialog::savePreset);
    auto *presetRow = new QHBoxLayout;
    presetRow->addWidget(m_presetName, 1);
    presetRow->addWidget(m_savePreset);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("importMessage"));
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::runImport);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(new QLabel(tr("Which column holds each field")));
    layout->addWidget(mapping);
    layout->addWidget(new QLabel(tr("First rows of the file")));
    layout->addWidget(m_preview, 2);
    layout->addWidget(new QLabel(tr("Rows that will be skipped")));
    layout->addWidget(m_issues, 1);
    layout->addWidget(m_summary);
    layout->addLayout(presetRow);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &ImportDialog::choosePreset);
    connect(m_dateOrder, &QComboBox::currentIndexChanged, this, &ImportDialog::refresh);
}

ImportDialog::~ImportDialog() = default;

bool ImportDialog::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("The file %1 could not be read: %2. Check that it exists and that you may open it.")
                        .arg(QFileInfo(path).fileName(), file.errorString()),
                    true);
        return false;
    }
    m_bytes = file.readAll();
    auto table = reconcile::CsvTable::parse(m_bytes);
    if (!table) {
        m_table.reset();
        showMessage(table.error().message, true);
        m_import->setEnabled(false);
        return false;
    }
    m_table = std::move(*table);
    m_fileName = QFileInfo(path).fileName();
    m_path->setText(path);
    m_report.reset();
    showMessage({}, false);
    m_previewModel->setTable(&*m_table);
    for (QComboBox *combo : std::as_const(m_columns)) {
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(tr("(not in this file)"), -1);
        for (int c = 0; c < m_table->columnCount(); ++c) {
            const auto h = m_table->header(c);
            combo->addItem(QString::fromUtf8(h.data(), qsizetype(h.size())), c);
        }
    }
    choosePreset(m_preset->currentIndex());
    return true;
}

void ImportDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("error", error);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
}

} // namespace msp::ui
