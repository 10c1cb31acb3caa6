#pragma once

#include "reconcile/csvtable.h"
#include "reconcile/recordimport.h"
#include "reconcilestore/importrepository.h"

#include <QDialog>
#include <QMap>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace msp::reconcilestore {
class ReconciliationService;
}

namespace msp::ui {

class CsvPreviewModel;

// Import a CSV file: choose it, pick a preset and the source, check how it
// was read (delimiter, encoding, date order), map each field to one of the
// file's columns, see the first rows and every row that will be skipped with
// its line and reason, save the mapping as a preset, then import.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(reconcilestore::ReconciliationService &service, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Reads the file and maps it (the Choose button calls this).
    bool loadFile(const QString &path);
    const std::optional<reconcilestore::ImportReport> &lastReport() const { return m_report; }

private:
    void buildMappingForm(QWidget *host);
    void choosePreset(int index);
    void applyMapping(const reconcile::ColumnMapping &mapping);
    reconcile::ColumnMapping currentMapping() const;
    reconcile::ImportOptions currentOptions() const;
    void refresh(); // preview, issues and the summary for the current mapping
    void savePreset();
    void runImport();
    void showMessage(const QString &text, bool error);

    reconcilestore::ReconciliationService &m_service;
    QList<reconcilestore::ColumnPreset> m_presets;
    std::optional<reconcile::CsvTable> m_table;
    QByteArray m_bytes;
    QString m_fileName;
    std::optional<reconcilestore::ImportReport> m_report;
    bool m_updating = false;

    QLineEdit *m_path = nullptr;
    QComboBox *m_preset = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_dateOrder = nullptr;
    QLabel *m_detected = nullptr;
    QMap<reconcile::Field, QComboBox *> m_columns;
    CsvPreviewModel *m_previewModel = nullptr;
    QTableView *m_preview = nullptr;
    QListWidget *m_issues = nullptr;
    QLabel *m_summary = nullptr;
    QLineEdit *m_presetName = nullptr;
    QPushButton *m_savePreset = nullptr;
    QPushButton *m_import = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace msp::ui
