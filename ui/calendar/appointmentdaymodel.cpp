#include "calendar/appointmentdaymodel.h"

#include "common/displayformat.h"
#include "store/appointmentrepository.h"
#include "store/clientrepository.h"
#include "store/clinicstore.h"
#include "store/practitionerrepository.h"

#include <QSet>

#include <algorithm>

namespace msp::ui {

namespace {
const QColor kFallbackColor(0x94, 0xa3, 0xb8);
}

AppointmentDayModel::AppointmentDayModel(store::ClinicStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_zone(QTimeZone::systemTimeZone())
{
}

Result<void> AppointmentDayModel::loadDays(QDate day, int dayCount, const QTimeZone &zone)
{
    dayCount = qBound(1, dayCount, 31);
    const qint64 from = QDateTime(day, QTime(0, 0), zone).toMSecsSinceEpoch();
    const qint64 to = QDateTime(day.addDays(dayCount), QTime(0, 0), zone).toMSecsSinceEpoch();
    Result<void> outcome = m_store.appointments().forCalendar(from, to, m_loaded);
    if (outcome)
        outcome = refreshNames(m_loaded);

    beginResetModel();
    m_day = day;
    m_dayCount = dayCount;
    m_zone = zone;
    m_rows.clear();
    if (outcome) {
        // Appointments reach at most 12 hours either side of the days.
        const ZoneOffsets offsets(zone, from - ZoneOffsets::kDayMs, to + ZoneOffsets::kDayMs);
        const QString unknownClient = tr("Unknown client");
        const QString unknownService = tr("Unknown service");
        const ServiceInfo unknown {unknownService, kFallbackColor};
        m_rows.reserve(m_loaded.size());
        for (const Appointment &a : std::as_const(m_loaded)) {
            Row &row = m_rows.emplace_back();
            row.appointment = a;
            const qint64 start = a.start.toMSecsSinceEpoch();
            const qint64 end = a.end.toMSecsSinceEpoch();
            row.localStartMs = offsets.toLocalMs(start);
            row.localEndMs = offsets.toLocalMs(end);
            row.lastDay = ZoneOffsets::dayNumber(offsets.toLocalMs(std::max(start, end - 1)));
            const auto client = m_clientNames.constFind(a.clientId);
            row.clientName = client == m_clientNames.cend() || client->isEmpty() ? unknownClient : *client;
            const auto service = m_services.constFind(a.serviceId);
            const ServiceInfo &info = service == m_services.cend() ? unknown : *service;
            row.serviceName = info.name.isEmpty() ? unknownService : info.name;
            row.color = info.color.isValid() ? info.color : kFallbackColor;
        }
    }
    endResetModel();
    return outcome;
}

void AppointmentDayModel::forgetNames()
{
    m_clientNames.clear();
    m_services.clear();
}

Result<void> AppointmentDayModel::refreshNames(const QList<Appointment> &appointments)
{
    bool missingService = false;
    QSet<EntityId> unknown;
    for (const Appointment &a : appointments) {
        if (!m_clientNames.contains(a.clientId))
            unknown.insert(a.clientId);
        missingService = missingService || !m_services.contains(a.serviceId);
    }
    const QList<EntityId> unknownClients = unknown.values();
    if (missingService) {
        auto services = m_store.services().all();
        if (!services)
            return services.error();
        m_services.clear();
        for (const Service &s : std::as_const(*services))
            m_services.insert(s.id, {s.name, QColor(s.color)});
    }
    if (!unknownClients.isEmpty()) {
        // Only the clients not seen yet, each by its id: the whole client
        // list of a large clinic would be read otherwise. An id with no
        // client is remembered as such (empty) so it is not asked again.
        MSP_TRY(m_store.clients().displayNames(unknownClients, m_clientNames));
        for (const EntityId &id : unknownClients)
            if (!m_clientNames.contains(id))
                m_clientNames.insert(id, QString());
    }
    return ok();
}

QString AppointmentDayModel::clientName(const EntityId &clientId) const
{
    if (clientId.isNull())
        return {};
    if (const auto found = m_clientNames.constFind(clientId); found != m_clientNames.cend())
        return *found;
    if (!m_store.clients().displayNames({clientId}, m_clientNames))
        return {}; // not cached: asked again next time
    // Empty, and remembered as such, when there is no such client.
    return *m_clientNames.emplace(clientId, m_clientNames.value(clientId));
}

int AppointmentDayModel::rowOf(const QString &appointmentId) const
{
    const EntityId id = EntityId::fromString(appointmentId);
    if (id.isNull())
        return -1;
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).appointment.id == id)
            return r;
    return -1;
}

int AppointmentDayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString AppointmentDayModel::timeRange(int row) const
{
    const Row &r = m_rows.at(row);
    const auto wall = [](qint64 localMs) {
        const qint64 inDay = localMs - ZoneOffsets::dayNumber(localMs) * ZoneOffsets::kDayMs;
        return QTime::fromMSecsSinceStartOfDay(int(inDay));
    };
    return QString(shortTime(wall(r.localStartMs)) + u"–" + shortTime(wall(r.localEndMs)));
}

QVariant AppointmentDayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Appointment &a = row.appointment;
    switch (role) {
    case Qt::DisplayRole: return QString(timeRange(index.row()) + u"  " + row.clientName + u" · " + row.serviceName);
    case Qt::ToolTipRole:
        return QString(row.clientName + u'\n' + row.serviceName + u'\n' + timeRange(index.row()) + u'\n'
                       + statusDisplayName(a.status));
    case Qt::DecorationRole:
    case ColorRole: return row.color;
    case IdRole: return a.id.toString();
    case StartRole: return a.start;
    case EndRole: return a.end;
    case PractitionerIdRole: return a.practitionerId.toString();
    case ClientNameRole: return row.clientName;
    case ServiceNameRole: return row.serviceName;
    case StatusRole: return int(a.status);
    case StatusTextRole: return statusDisplayName(a.status);
    case SyncStateRole: return int(a.syncState);
    case ServiceIdRole: return a.serviceId.toString();
    case RoomIdRole: return a.roomId.toString();
    case ClientIdRole: return a.clientId.toString();
    default: return {};
    }
}

QHash<int, QByteArray> AppointmentDayModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "appointmentId");
    names.insert(StartRole, "start");
    names.insert(EndRole, "end");
    names.insert(PractitionerIdRole, "practitionerId");
    names.insert(ClientNameRole, "clientName");
    names.insert(ServiceNameRole, "serviceName");
    names.insert(ColorRole, "color");
    names.insert(StatusRole, "status");
    names.insert(StatusTextRole, "statusText");
    names.insert(SyncStateRole, "syncState");
    names.insert(ServiceIdRole, "serviceId");
    names.insert(RoomIdRole, "roomId");
    names.insert(ClientIdRole, "clientId");
    return names;
}

} // namespace msp::ui
