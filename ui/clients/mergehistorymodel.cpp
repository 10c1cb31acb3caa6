#include "clients/mergehistorymodel.h"

#include <QLocale>

namespace msp::ui {

MergeHistoryModel::MergeHistoryModel(QTimeZone zone, QObject *parent)
    : QAbstractTableModel(parent)
    , m_zone(std::move(zone))
{
}

void MergeHistoryModel::setEntries(const QList<dedupe::MergeEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int MergeHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int MergeHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MergeHistoryModel::movedText(const dedupe::ReferenceCounts &n)
{
    QStringList parts;
    if (n.appointments)
        parts << tr("%n appointment(s)", nullptr, n.appointments);
    if (n.invoices)
        parts << tr("%n invoice(s)", nullptr, n.invoices);
    if (n.deposits)
        parts << tr("%n deposit(s)", nullptr, n.deposits);
    if (n.waitlistEntries)
        parts << tr("%n waitlist entry(ies)", nullptr, n.waitlistEntries);
    if (n.series)
        parts << tr("%n series", nullptr, n.series);
    return parts.isEmpty() ? tr("nothing moved") : parts.join(QStringLiteral(", "));
}

QVariant MergeHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const dedupe::MergeEntry &e = m_entries.at(index.row());
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case WhenColumn: return QLocale().toString(e.at.toTimeZone(m_zone), QLocale::ShortFormat);
    case KeptColumn: return e.keptName;
    case MergedColumn: return e.mergedName;
    case MovedColumn: return movedText(e.moved);
    case StateColumn: return e.isUndone() ? tr("Undone") : tr("Merged");
    case ColumnCount: break;
    }
    return {};
}

QVariant MergeHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case WhenColumn: return tr("When");
    case KeptColumn: return tr("Kept record");
    case MergedColumn: return tr("Merged record");
    case MovedColumn: return tr("Moved");
    case StateColumn: return tr("State");
    case ColumnCount: break;
    }
    return {};
}

} // namespace msp::ui
