#include "reconcile/importlistmodel.h"

#include "common/displayformat.h"

#include <QLocale>

namespace msp::ui {

using namespace msp::reconcilestore;

ImportListModel::ImportListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportListModel::setBatches(QList<ImportBatch> batches, QHash<EntityId, QString> presetNames,
                                 QHash<EntityId, QString> userNames)
{
    beginResetModel();
    m_batches = std::move(batches);
    m_presetNames = std::move(presetNames);
    m_userNames = std::move(userNames);
    endResetModel();
}

const ImportBatch *ImportListModel::batchAt(int row) const
{
    return row >= 0 && row < m_batches.size() ? &m_batches[row] : nullptr;
}

int ImportListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_batches.size());
}

int ImportListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportBatch &b = m_batches[index.row()];
    if (role == Qt::TextAlignmentRole && (index.column() == AddedColumn || index.column() == BadRowsColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == AddedColumn)
        return tr("%1 rows read, %2 added, %3 already imported by an earlier file")
            .arg(b.rowCount)
            .arg(b.addedCount)
            .arg(b.duplicateCount);
    if (role != Qt::DisplayRole)
        return {};
    const QDateTime at = b.importedAt.toLocalTime();
    switch (Column(index.column())) {
    case FileColumn: return b.fileName;
    case KindColumn: return sourceDisplayName(b.source);
    case PresetColumn:
        return b.presetId.isNull() ? tr("built-in layout") : m_presetNames.value(b.presetId, tr("(deleted preset)"));
    case WhenColumn: return QString(shortDate(at.date()) + u' ' + shortTime(at.time()));
    case WhoColumn: return m_userNames.value(b.importedBy, tr("someone on another device"));
    case AddedColumn: return QLocale().toString(b.addedCount);
    case BadRowsColumn: return QLocale().toString(b.issueCount);
    case ColumnCount: break;
    }
    return {};
}

QVariant ImportListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case FileColumn: return tr("File");
    case KindColumn: return tr("Kind");
    case PresetColumn: return tr("Preset");
    case WhenColumn: return tr("Imported");
    case WhoColumn: return tr("By");
    case AddedColumn: return tr("Rows imported");
    case BadRowsColumn: return tr("Bad rows");
    case ColumnCount: break;
    }
    return {};
}

} // namespace msp::ui
