#include "calendar/appointmentdaymodel.h"

#include "common/displayformat.h"
#include "store/appointmentrepository.h"
#include "store/clientrepository.h"
#include "store/clinicstore.h"
#include "store/practitionerrepository.h"

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
    const QDateTime from = QDateTime(day, QTime(0, 0), zone).toUTC();
    const QDateTime to = QDateTime(day.addDays(dayCount), QTime(0, 0), zone).toUTC();
    auto appointments = m_store.appointments().between(from, to);
    Result<void> outcome;
    if (!appointments)
        outcome = appointments.error();
    else
        outcome = refreshNames(*appointments);

    beginResetModel();
    m_day = day;
    m_dayCount = dayCount;
    m_zone = zone;
    m_rows.clear();
    if (outcome) {
        m_rows.reserve(appointments->size());
        for (const Appointment &a : std::as_const(*appointments)) {
            const ServiceInfo service = m_services.value(a.serviceId);
            m_rows.append({a, m_clientNames.value(a.clientId, tr("Unknown client")),
                           service.name.isEmpty() ? tr("Unknown service") : service.name,
                           service.color.isValid() ? service.color : kFallbackColor});
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
    bool missingClient = false;
    bool missingService = false;
    for (const Appointment &a : appointments) {
        missingClient = missingClient || !m_clientNames.contains(a.clientId);
        missingService = missingService || !m_services.contains(a.serviceId);
    }
    if (missingService) {
        auto services = m_store.services().all();
        if (!services)
            return services.error();
        m_services.clear();
        for (const Service &s : std::as_const(*services))
            m_services.insert(s.id, {s.name, QColor(s.color)});
    }
    if (missingClient) {
        // The repository has no lookup by a list of ids yet; one ordered scan
        // of the summaries (no PHI beyond the name is kept) is cheap at clinic
        // sizes and is only repeated when an unknown client appears.
        auto total = m_store.clients().count();
        if (!total)
            return total.error();
        auto clients = m_store.clients().search(u"", int(qMax<qint64>(*total, 1)));
        if (!clients)
            return clients.error();
        m_clientNames.clear();
        m_clientNames.reserve(clients->size());
        for (const store::ClientSummary &c : std::as_const(*clients))
            m_clientNames.insert(c.id, c.displayName);
    }
    return ok();
}

int AppointmentDayModel::rowOf(const QString &appointmentId) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).appointment.id.toString() == appointmentId)
            return r;
    return -1;
}

int AppointmentDayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString AppointmentDayModel::timeRange(const Row &row) const
{
    const QTime start = row.appointment.start.toTimeZone(m_zone).time();
    const QTime end = row.appointment.end.toTimeZone(m_zone).time();
    return QString(shortTime(start) + u"–" + shortTime(end));
}

QVariant AppointmentDayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Appointment &a = row.appointment;
    switch (role) {
    case Qt::DisplayRole: return QString(timeRange(row) + u"  " + row.clientName + u" · " + row.serviceName);
    case Qt::ToolTipRole:
        return QString(row.clientName + u'\n' + row.serviceName + u'\n' + timeRange(row) + u'\n'
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
