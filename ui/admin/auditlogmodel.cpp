#include "admin/auditlogmodel.h"

#include "store/auditlog.h"
#include "store/clinicstore.h"
#include "store/userrepository.h"

#include <QLocale>

namespace msp::ui {

AuditLogModel::AuditLogModel(store::ClinicStore &store, QTimeZone zone, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_zone(std::move(zone))
{
}

Result<void> AuditLogModel::reload(int limit)
{
    auto events = m_client.isNull() ? m_store.audit().recent(limit) : m_store.audit().forClient(m_client, limit);
    auto users = m_store.users().all();
    beginResetModel();
    m_events.clear();
    m_userNames.clear();
    if (events)
        m_events = *events;
    if (users)
        for (const User &u : std::as_const(*users))
            m_userNames.insert(u.id, u.username);
    endResetModel();
    if (!events)
        return events.error();
    return ok();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditLogModel::actionText(const QString &action)
{
    static const QHash<QString, const char *> known {
        {QStringLiteral("session.sign_in"), QT_TR_NOOP("Signed in")},
        {QStringLiteral("session.sign_in_failed"), QT_TR_NOOP("Failed sign-in")},
        {QStringLiteral("client.view"), QT_TR_NOOP("Viewed a client record")},
        {QStringLiteral("client.create"), QT_TR_NOOP("Created a client")},
        {QStringLiteral("client.update"), QT_TR_NOOP("Changed a client")},
        {QStringLiteral("client.duplicate_scan"), QT_TR_NOOP("Scanned clients for duplicates")},
        {QStringLiteral("client.merge"), QT_TR_NOOP("Merged another record into this client")},
        {QStringLiteral("client.merged_into"), QT_TR_NOOP("Merged this record into another client")},
        {QStringLiteral("client.merge_undone"), QT_TR_NOOP("Undid a merge of client records")},
        {QStringLiteral("appointment.create"), QT_TR_NOOP("Booked an appointment")},
        {QStringLiteral("appointment.status"), QT_TR_NOOP("Changed an appointment's status")},
        {QStringLiteral("invoice.create"), QT_TR_NOOP("Created an invoice")},
        {QStringLiteral("practitioner.save"), QT_TR_NOOP("Saved a practitioner")},
        {QStringLiteral("service.save"), QT_TR_NOOP("Saved a service")},
        {QStringLiteral("user.save"), QT_TR_NOOP("Saved a user account")},
    };
    const auto it = known.constFind(action);
    return it == known.constEnd() ? action : tr(*it);
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEvent &e = m_events.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == ActionColumn)
        return e.action;
    if (role == Qt::ToolTipRole && index.column() == RecordColumn)
        return e.entityId.toString();
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case TimeColumn: return QLocale().toString(e.at.toTimeZone(m_zone), QLocale::ShortFormat);
    case ActionColumn: return actionText(e.action);
    case RecordColumn:
        // The record type and a short id: enough to follow up, no PHI.
        return e.entityId.isNull() ? e.entityType : QString(e.entityType + u" · " + e.entityId.toString().right(8));
    case UserColumn:
        return e.userId.isNull() ? tr("(unknown user)") : m_userNames.value(e.userId, e.userId.toString().left(8));
    case DeviceColumn: return e.deviceId;
    case DetailColumn: return e.detail;
    case ColumnCount: break;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn: return tr("When");
    case ActionColumn: return tr("What");
    case RecordColumn: return tr("Record");
    case UserColumn: return tr("User");
    case DeviceColumn: return tr("Device");
    case DetailColumn: return tr("Detail");
    case ColumnCount: break;
    }
    return {};
}

} // namespace msp::ui
