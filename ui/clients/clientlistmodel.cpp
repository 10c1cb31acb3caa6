#include "clients/clientlistmodel.h"

#include "common/displayformat.h"

namespace msp::ui {

namespace {
bool sameRows(const QList<store::ClientSummary> &a, const QList<store::ClientSummary> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const auto &x = a.at(i);
        const auto &y = b.at(i);
        if (x.id != y.id || x.displayName != y.displayName || x.legalName != y.legalName || x.phone != y.phone
            || x.email != y.email || x.dateOfBirth != y.dateOfBirth)
            return false;
    }
    return true;
}
} // namespace

ClientListModel::ClientListModel(store::ClientRepository &clients, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clients(clients)
{
}

Result<void> ClientListModel::setSearchText(const QString &text)
{
    return search(text);
}

Result<void> ClientListModel::search(const QString &text)
{
    m_text = text;
    auto found = m_clients.search(text.trimmed(), kLimit);
    if (!found) {
        replaceRows({});
        return found.error();
    }
    replaceRows(std::move(*found));
    return ok();
}

void ClientListModel::replaceRows(QList<store::ClientSummary> rows)
{
    if (sameRows(m_rows, rows))
        return;
    if (!m_rows.isEmpty()) {
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
    }
    if (!rows.isEmpty()) {
        beginInsertRows({}, 0, int(rows.size()) - 1);
        m_rows = std::move(rows);
        endInsertRows();
    }
}

int ClientListModel::rowOf(const EntityId &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return int(i);
    return -1;
}

EntityId ClientListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : EntityId();
}

int ClientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClientListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &row = m_rows.at(index.row());
    if (role == IdRole)
        return row.id.toString();
    if (role == Qt::ToolTipRole && index.column() == NameColumn && row.legalName != row.displayName)
        return tr("Legal name: %1").arg(row.legalName);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn: return row.displayName;
    case PhoneColumn: return row.phone;
    case EmailColumn: return row.email;
    case DateOfBirthColumn: return shortDate(row.dateOfBirth);
    case ColumnCount: break;
    }
    return {};
}

QVariant ClientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn: return tr("Name");
    case PhoneColumn: return tr("Phone");
    case EmailColumn: return tr("E-mail");
    case DateOfBirthColumn: return tr("Date of birth");
    case ColumnCount: break;
    }
    return {};
}

} // namespace msp::ui
