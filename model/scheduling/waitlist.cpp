#include "scheduling/waitlist.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace msp::scheduling {

bool WaitWindow::accepts(const ClinicTime &time, const TimeRange &appointment) const
{
    const QDateTime start = time.toLocal(appointment.start);
    const QDateTime end = time.toLocal(appointment.end);
    const QDate day = start.date();
    if (firstDay.isValid() && day < firstDay)
        return false;
    if (lastDay.isValid() && day > lastDay)
        return false;
    if (weekdays != 0 && !(weekdays & (1 << (day.dayOfWeek() - 1))))
        return false;
    const int from = start.time().hour() * 60 + start.time().minute();
    const int to = int(day.daysTo(end.date())) * 24 * 60 + end.time().hour() * 60 + end.time().minute();
    return from >= startMinute && to <= endMinute;
}

QList<WaitlistMatch> matchWaitlist(const ScheduleSnapshot &snapshot, QList<WaitlistEntry> entries,
                                   const TimeRange &freed, const EntityId &practitionerId, int stepMinutes)
{
    QList<WaitlistMatch> out;
    const Catalog &cat = snapshot.catalog();
    std::stable_sort(entries.begin(), entries.end(),
                     [](const WaitlistEntry &a, const WaitlistEntry &b) { return a.createdAt < b.createdAt; });
    for (const WaitlistEntry &e : entries) {
        if (e.status != u"waiting")
            continue;
        if (!e.practitionerIds.isEmpty() && !e.practitionerIds.contains(practitionerId))
            continue;
        const Service *service = cat.service(e.serviceId);
        if (!service)
            continue;
        const qint64 duration = service->durationMinutes * kMinuteMs;
        for (qint64 s = freed.start; s < freed.end; s += stepMinutes * kMinuteMs) {
            const TimeRange appointment {s, s + duration};
            if (!e.windows.isEmpty() && std::none_of(e.windows.begin(), e.windows.end(), [&](const WaitWindow &w) {
                    return w.accepts(cat.time, appointment);
                }))
                continue;
            BookingRequest r;
            r.clientId = e.clientId;
            r.serviceId = e.serviceId;
            r.practitionerId = practitionerId;
            r.start = appointment.startUtc();
            const Verdict v = snapshot.check(r);
            if (!v.isAllowed())
                continue;
            out.append({e, Slot {appointment.startUtc(), appointment.endUtc(), practitionerId, v.roomId, v.deviceId}});
            break;
        }
    }
    return out;
}

QString windowsToJson(const QList<WaitWindow> &windows)
{
    QJsonArray arr;
    for (const WaitWindow &w : windows)
        arr.append(QJsonObject {{QStringLiteral("from"), w.firstDay.toString(Qt::ISODate)},
                                {QStringLiteral("to"), w.lastDay.toString(Qt::ISODate)},
                                {QStringLiteral("days"), w.weekdays},
                                {QStringLiteral("start"), w.startMinute},
                                {QStringLiteral("end"), w.endMinute}});
    return QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Compact));
}

QList<WaitWindow> windowsFromJson(const QString &json)
{
    QList<WaitWindow> out;
    const QJsonArray arr = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : arr) {
        const QJsonObject o = v.toObject();
        WaitWindow w;
        w.firstDay = QDate::fromString(o.value(QStringLiteral("from")).toString(), Qt::ISODate);
        w.lastDay = QDate::fromString(o.value(QStringLiteral("to")).toString(), Qt::ISODate);
        w.weekdays = o.value(QStringLiteral("days")).toInt();
        w.startMinute = o.value(QStringLiteral("start")).toInt(0);
        w.endMinute = o.value(QStringLiteral("end")).toInt(24 * 60);
        out.append(w);
    }
    return out;
}

} // namespace msp::scheduling
