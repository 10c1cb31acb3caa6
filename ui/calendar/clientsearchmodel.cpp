#include "calendar/clientsearchmodel.h"

#include "common/displayformat.h"
#include "store/clinicstore.h"

namespace msp::ui {

ClientSearchModel::ClientSearchModel(store::ClinicStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
}

Result<void> ClientSearchModel::search(const QString &typed, int limit)
{
    if (typed.trimmed().isEmpty()) {
        setClients({});
        return ok();
    }
    auto found = m_store.clients().search(typed.trimmed(), limit);
    setClients(found ? *found : QList<store::ClientSummary> {});
    if (!found)
        return found.error();
    return ok();
}

void ClientSearchModel::setClients(const QList<store::ClientSummary> &clients)
{
    beginResetModel();
    m_rows = clients;
    endResetModel();
}

int ClientSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ClientSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::ClientSummary &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QStringList parts {c.displayName};
        if (!c.phone.isEmpty())
            parts << c.phone;
        if (!c.email.isEmpty())
            parts << c.email;
        if (c.dateOfBirth.isValid())
            parts << tr("born %1").arg(shortDate(c.dateOfBirth));
        return parts.join(QStringLiteral(" · "));
    }
    case IdRole: return c.id.toString();
    case NameRole: return c.displayName;
    case PhoneRole: return c.phone;
    case EmailRole: return c.email;
    default: return {};
    }
}

QHash<int, QByteArray> ClientSearchModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "clientId");
    names.insert(NameRole, "name");
    names.insert(PhoneRole, "phone");
    names.insert(EmailRole, "email");
    return names;
}

} // namespace msp::ui
