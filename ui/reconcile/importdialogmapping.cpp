#include "reconcile/csvpreviewmodel.h"
#include "reconcile/importdialog.h"
#include "reconcilestore/reconciliationservice.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>

namespace msp::ui {

using namespace msp::reconcilestore;
using reconcile::Field;

namespace {
QString delimiterName(char d)
{
    switch (d) {
    case ';': return ImportDialog::tr("semicolon-separated");
    case '\t': return ImportDialog::tr("tab-separated");
    case '|': return ImportDialog::tr("bar-separated");
    default: return ImportDialog::tr("comma-separated");
    }
}
} // namespace

void ImportDialog::buildMappingForm(QWidget *host)
{
    auto *grid = new QGridLayout(host);
    grid->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (const Field f : transactionFields()) {
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("map_") + fieldKey(f));
        combo->addItem(tr("(not in this file)"), -1);
        auto *label = new QLabel(reconcile::fieldName(f));
        label->setBuddy(combo);
        grid->addWidget(label, i / 2, (i % 2) * 2);
        grid->addWidget(combo, i / 2, (i % 2) * 2 + 1);
        m_columns.insert(f, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updating)
                refresh();
        });
        ++i;
    }
}

void ImportDialog::choosePreset(int index)
{
    if (index < 0 || index >= m_presets.size())
        return;
    const ColumnPreset &p = m_presets[index];
    m_updating = true;
    m_source->setCurrentIndex(m_source->findData(int(p.source)));
    m_dateOrder->setCurrentIndex(std::max(0, m_dateOrder->findData(int(p.dateOrder))));
    m_updating = false;
    if (m_table)
        applyMapping(mappingFor(*m_table, p));
}

void ImportDialog::applyMapping(const reconcile::ColumnMapping &mapping)
{
    m_updating = true;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it)
        it.value()->setCurrentIndex(std::max(0, it.value()->findData(mapping.column(it.key()))));
    m_updating = false;
    refresh();
}

reconcile::ColumnMapping ImportDialog::currentMapping() const
{
    reconcile::ColumnMapping m;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it)
        m.set(it.key(), it.value()->currentData().toInt());
    return m;
}

reconcile::ImportOptions ImportDialog::currentOptions() const
{
    reconcile::ImportOptions o;
    o.dateOrder = reconcile::DateOrder(m_dateOrder->currentData().toInt());
    return o;
}

void ImportDialog::refresh()
{
    if (m_updating)
        return;
    m_issues->clear();
    if (!m_table) {
        m_import->setEnabled(false);
        return;
    }
    auto result = reconcile::importTransactions(*m_table, currentMapping(), currentOptions());
    if (!result) {
        m_detected->setText(delimiterName(m_table->delimiter()) + QStringLiteral(" · ")
                            + reconcile::encodingName(m_table->encoding()));
        m_summary->setText(result.error().message);
        m_import->setEnabled(false);
        return;
    }
    const reconcile::ImportSummary &s = result->summary;
    m_detected->setText(tr("%1 · %2 · dates read as %3")
                            .arg(delimiterName(s.delimiter), reconcile::encodingName(s.encoding),
                                 reconcile::dateOrderName(s.dateOrder)));
    for (const reconcile::RowIssue &issue : s.issues)
        m_issues->addItem(tr("Line %1: %2").arg(issue.line).arg(issue.reason));
    m_summary->setText(
        tr("%n row(s) read, %1 to import", nullptr, int(s.rowsRead)).arg(QString::number(result->records.size()))
        + (s.issues.empty()
               ? QString()
               : QStringLiteral(" · ") + tr("%n row(s) with problems are skipped", nullptr, int(s.issues.size()))));
    m_import->setEnabled(!result->records.empty());
}

void ImportDialog::savePreset()
{
    if (!m_table)
        return;
    ColumnPreset p;
    p.name = m_presetName->text();
    p.source = Source(m_source->currentData().toInt());
    p.headers = headersOf(*m_table, currentMapping());
    p.dateOrder = reconcile::DateOrder(m_dateOrder->currentData().toInt());
    auto saved = m_service.imports().savePreset(m_service.actor(), p);
    if (!saved) {
        showMessage(saved.error().message, true);
        return;
    }
    m_presets = m_service.imports().presets().valueOr(m_presets);
    {
        const QSignalBlocker block(m_preset);
        m_preset->clear();
        for (const ColumnPreset &q : std::as_const(m_presets))
            m_preset->addItem(q.name);
        m_preset->setCurrentIndex(m_preset->findText(saved->name));
    }
    showMessage(tr("Saved the preset \"%1\".").arg(saved->name), false);
}

void ImportDialog::runImport()
{
    if (!m_table)
        return;
    ImportRequest r;
    r.fileName = m_fileName;
    r.bytes = m_bytes;
    r.source = Source(m_source->currentData().toInt());
    r.mapping = currentMapping();
    r.options = currentOptions();
    const int presetIndex = m_preset->currentIndex();
    if (presetIndex >= 0 && presetIndex < m_presets.size())
        r.presetId = m_presets[presetIndex].id;
    auto report = m_service.imports().importFile(m_service.actor(), r);
    if (!report) {
        showMessage(report.error().message, true);
        return;
    }
    m_report = *report;
    if (report->sameFile) {
        showMessage(tr("This file was already imported on %1; nothing was added.")
                        .arg(QLocale().toString(report->batch.importedAt.toLocalTime(), QLocale::ShortFormat)),
                    false);
        return;
    }
    accept();
}

} // namespace msp::ui
