#include "reconcile/csvpreviewmodel.h"

namespace msp::ui {

namespace {
QString utf8(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}
} // namespace

CsvPreviewModel::CsvPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CsvPreviewModel::setTable(const reconcile::CsvTable *table, int maxRows)
{
    beginResetModel();
    m_table = table;
    m_rows = table ? int(std::min<qsizetype>(table->rowCount(), maxRows)) : 0;
    endResetModel();
}

int CsvPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int CsvPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_table ? 0 : m_table->columnCount();
}

QVariant CsvPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_table
        || role != Qt::DisplayRole)
        return {};
    return utf8(m_table->cell(index.row(), index.column()));
}

QVariant CsvPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || !m_table)
        return {};
    if (orientation == Qt::Vertical)
        return section < m_rows ? QVariant(tr("Line %1").arg(m_table->lineOf(section))) : QVariant();
    return section < m_table->columnCount() ? QVariant(utf8(m_table->header(section))) : QVariant();
}

} // namespace msp::ui
