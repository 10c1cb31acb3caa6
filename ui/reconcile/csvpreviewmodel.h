#pragma once

#include "reconcile/csvtable.h"

#include <QAbstractTableModel>

namespace msp::ui {

// The first rows of a CSV file as the import dialog previews them, headers
// as the file names them.
class CsvPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit CsvPreviewModel(QObject *parent = nullptr);
    void setTable(const reconcile::CsvTable *table, int maxRows = 5);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const reconcile::CsvTable *m_table = nullptr;
    int m_rows = 0;
};

} // namespace msp::ui
