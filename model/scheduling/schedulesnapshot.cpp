#include "scheduling/schedulesnapshot.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace msp::scheduling {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("msp::scheduling", text);
}

Violation violation(Rule rule, QString message)
{
    return Violation {rule, std::move(message), {}, {}};
}
} // namespace

ScheduleSnapshot::ScheduleSnapshot(Catalog catalog, TimeRange window, QList<BusyBlock> busy)
    : m_catalog(std::move(catalog))
    , m_window(window)
    , m_busy(std::move(busy))
{
    rebuildIndexes();
}

void ScheduleSnapshot::rebuildIndexes()
{
    std::sort(m_busy.begin(), m_busy.end(),
              [](const BusyBlock &a, const BusyBlock &b) { return a.block.start < b.block.start; });
    m_byPractitioner = QList<QList<int>>(m_catalog.practitioners.size());
    m_byRoom = QList<QList<int>>(m_catalog.rooms.size());
    m_byDevice = QList<QList<int>>(m_catalog.devices.size());
    for (qsizetype i = 0; i < m_busy.size(); ++i) {
        const BusyBlock &b = m_busy.at(i);
        if (const int p = m_catalog.practitionerIndex(b.practitionerId); p >= 0)
            m_byPractitioner[p].append(int(i));
        if (const int r = m_catalog.roomIndex(b.roomId); r >= 0)
            m_byRoom[r].append(int(i));
        if (const int d = m_catalog.deviceIndex(b.deviceId); d >= 0)
            m_byDevice[d].append(int(i));
    }
}

void ScheduleSnapshot::add(const BusyBlock &block)
{
    m_busy.append(block);
    rebuildIndexes();
}

void ScheduleSnapshot::remove(const EntityId &appointmentId)
{
    m_busy.removeIf([&](const BusyBlock &b) { return b.appointmentId == appointmentId; });
    rebuildIndexes();
}

const BusyBlock *ScheduleSnapshot::firstConflict(const QList<int> &bucket, const TimeRange &range,
                                                 const EntityId &ignore) const
{
    for (int i : bucket) {
        const BusyBlock &b = m_busy.at(i);
        if (b.block.start >= range.end)
            break; // sorted by start: nothing later can overlap
        if (b.block.overlaps(range) && !(b.appointmentId == ignore))
            return &b;
    }
    return nullptr;
}

const BusyBlock *ScheduleSnapshot::practitionerConflict(int index, const TimeRange &range, const EntityId &ignore) const
{
    return index < 0 ? nullptr : firstConflict(m_byPractitioner.at(index), range, ignore);
}

const BusyBlock *ScheduleSnapshot::roomConflict(int index, const TimeRange &range, const EntityId &ignore) const
{
    return index < 0 ? nullptr : firstConflict(m_byRoom.at(index), range, ignore);
}

const BusyBlock *ScheduleSnapshot::deviceConflict(int index, const TimeRange &range, const EntityId &ignore) const
{
    return index < 0 ? nullptr : firstConflict(m_byDevice.at(index), range, ignore);
}

Violation ScheduleSnapshot::busyViolation(Rule rule, const QString &who, const BusyBlock &other) const
{
    const QLocale locale;
    const Service *service = m_catalog.service(other.serviceId);
    const QString from = locale.toString(m_catalog.time.toLocal(other.block.start).time(), QLocale::ShortFormat);
    const QString to = locale.toString(m_catalog.time.toLocal(other.block.end).time(), QLocale::ShortFormat);
    Violation v;
    v.rule = rule;
    v.conflictingAppointmentId = other.appointmentId;
    v.conflictingBlock = other.block;
    v.message = tr("%1 is taken from %2 to %3 by another appointment (%4, preparation and clean-up included). "
                   "Choose another time, or one of the suggested slots.")
                    .arg(who, from, to, service ? service->name : tr("another service"));
    return v;
}

Verdict ScheduleSnapshot::check(const BookingRequest &request) const
{
    Verdict verdict;
    const Service *service = m_catalog.service(request.serviceId);
    const int pIndex = m_catalog.practitionerIndex(request.practitionerId);
    if (!service) {
        verdict.violations.append(violation(Rule::InvalidRequest, tr("Choose a service the clinic offers.")));
        return verdict;
    }
    if (pIndex < 0) {
        verdict.violations.append(violation(Rule::InvalidRequest, tr("Choose a practitioner of this clinic.")));
        return verdict;
    }
    if (!request.start.isValid()) {
        verdict.violations.append(violation(Rule::InvalidRequest, tr("Choose a start time.")));
        return verdict;
    }
    const qint64 start = request.start.toMSecsSinceEpoch();
    const qint64 end
        = request.end.isValid() ? request.end.toMSecsSinceEpoch() : start + service->durationMinutes * kMinuteMs;
    verdict.appointment = {start, end};
    verdict.block = {start - service->bufferBeforeMinutes * kMinuteMs, end + service->bufferAfterMinutes * kMinuteMs};
    if (end <= start) {
        verdict.violations.append(violation(Rule::InvalidRequest, tr("The appointment must end after it starts.")));
        return verdict;
    }
    if (verdict.block.durationMs() > kMaxBlockMs) {
        verdict.violations.append(violation(
            Rule::BlockTooLong, tr("An appointment with its preparation and clean-up can last at most a day.")));
        return verdict;
    }

    const Practitioner &p = m_catalog.practitioners.at(pIndex);
    if (!p.active)
        verdict.violations.append(
            violation(Rule::PractitionerInactive,
                      tr("%1 no longer takes appointments. Choose another practitioner.").arg(p.displayName)));
    if (!p.qualifiedServiceIds.contains(service->id))
        verdict.violations.append(violation(
            Rule::NotQualified,
            tr("%1 is not qualified for %2. Choose a practitioner who is.").arg(p.displayName, service->name)));
    const TimeRange appointment = verdict.appointment;
    const QList<TimeRange> hours
        = m_catalog.time.workingRanges(p.workingHours, {appointment.start - kDayMs, appointment.end + kDayMs});
    if (std::none_of(hours.begin(), hours.end(), [&](const TimeRange &r) { return r.contains(appointment); }))
        verdict.violations.append(violation(
            Rule::OutsideWorkingHours,
            tr("%1 does not work at this time. Choose a time inside their working hours.").arg(p.displayName)));
    if (const BusyBlock *other = practitionerConflict(pIndex, verdict.block, request.appointmentId))
        verdict.violations.append(busyViolation(Rule::PractitionerBusy, p.displayName, *other));

    // The room: the one asked for, or the first free one of the right type.
    if (!request.roomId.isNull()) {
        const int r = m_catalog.roomIndex(request.roomId);
        if (r < 0) {
            verdict.violations.append(violation(Rule::InvalidRequest, tr("Choose a room of this clinic.")));
        } else {
            const Room &room = m_catalog.rooms.at(r);
            verdict.roomId = room.id;
            if (!service->roomType.isEmpty() && room.roomType != service->roomType)
                verdict.violations.append(violation(Rule::WrongRoomType,
                                                    tr("%1 needs a %2 room; %3 is not one. Choose another room.")
                                                        .arg(service->name, service->roomType, room.name)));
            else if (const BusyBlock *other = roomConflict(r, verdict.block, request.appointmentId))
                verdict.violations.append(busyViolation(Rule::RoomBusy, room.name, *other));
        }
    } else {
        const QList<int> rooms = m_catalog.roomsFor(*service);
        if (rooms.isEmpty() && !service->roomType.isEmpty()) {
            verdict.violations.append(violation(Rule::NoSuitableRoom,
                                                tr("%1 needs a %2 room and the clinic has none. Add one in the "
                                                   "clinic settings or change the service.")
                                                    .arg(service->name, service->roomType)));
        } else if (!rooms.isEmpty()) {
            const BusyBlock *firstTaken = nullptr;
            for (int r : rooms) {
                const BusyBlock *other = roomConflict(r, verdict.block, request.appointmentId);
                if (!other) {
                    verdict.roomId = m_catalog.rooms.at(r).id;
                    break;
                }
                if (!firstTaken)
                    firstTaken = other;
            }
            if (verdict.roomId.isNull()) {
                verdict.roomId = m_catalog.rooms.at(rooms.first()).id;
                verdict.violations.append(
                    busyViolation(Rule::RoomBusy, m_catalog.rooms.at(rooms.first()).name, *firstTaken));
            }
        }
    }

    // The device, when the service needs one (or one was asked for).
    if (!request.deviceId.isNull()) {
        const int d = m_catalog.deviceIndex(request.deviceId);
        if (d < 0) {
            verdict.violations.append(violation(Rule::InvalidRequest, tr("Choose a device of this clinic.")));
        } else {
            const Device &device = m_catalog.devices.at(d);
            verdict.deviceId = device.id;
            if (!service->deviceKind.isEmpty() && device.kind != service->deviceKind)
                verdict.violations.append(violation(Rule::WrongDeviceKind,
                                                    tr("%1 needs a %2 device; %3 is not one. Choose another device.")
                                                        .arg(service->name, service->deviceKind, device.name)));
            else if (const BusyBlock *other = deviceConflict(d, verdict.block, request.appointmentId))
                verdict.violations.append(busyViolation(Rule::DeviceBusy, device.name, *other));
        }
    } else if (!service->deviceKind.isEmpty()) {
        const QList<int> devices = m_catalog.devicesFor(*service);
        if (devices.isEmpty()) {
            verdict.violations.append(violation(Rule::NoSuitableDevice,
                                                tr("%1 needs a %2 device and the clinic has none. Add one in the "
                                                   "clinic settings or change the service.")
                                                    .arg(service->name, service->deviceKind)));
        } else {
            const BusyBlock *firstTaken = nullptr;
            for (int d : devices) {
                const BusyBlock *other = deviceConflict(d, verdict.block, request.appointmentId);
                if (!other) {
                    verdict.deviceId = m_catalog.devices.at(d).id;
                    break;
                }
                if (!firstTaken)
                    firstTaken = other;
            }
            if (verdict.deviceId.isNull()) {
                verdict.deviceId = m_catalog.devices.at(devices.first()).id;
                verdict.violations.append(
                    busyViolation(Rule::DeviceBusy, m_catalog.devices.at(devices.first()).name, *firstTaken));
            }
        }
    }
    return verdict;
}

} // namespace msp::scheduling
