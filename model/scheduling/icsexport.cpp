#include "scheduling/icsexport.h"

#include "domain/appointmentstatus.h"
#include "scheduling/clinictime.h"
#include "scheduling/icswriter.h"
#include "scheduling/settings.h"
#include "store/auditlog.h"
#include "store/clinicrepository.h"
#include "store/clinicstore.h"
#include "store/database.h"
#include "store/permissions.h"
#include "store/query.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace msp::scheduling {

namespace {
struct Row {
    EntityId id;
    TimeRange time;
    QString status;
    int sequence = 0;
    QDateTime updated;
    EntityId seriesId;
    qint64 recurrenceId = 0;
    EntityId practitionerId;
    QString service;
    QString room;
    QString client;
};

struct Series {
    EntityId id;
    QString rrule;
    qint64 firstStart = 0;
    int durationMin = 0;
    QString exdates;
    EntityId practitionerId;
    int sequence = 0;
    QString service;
    QString room;
    QString client;
};

constexpr const char *kRowColumns
    = "a.id, a.start_utc, a.end_utc, a.status, a.ics_sequence, a.updated_at, a.series_id, a.recurrence_id_utc, "
      "a.practitioner_id, s.name, coalesce(r.name, ''), "
      "CASE WHEN ?9 THEN trim(c.given_name || ' ' || c.family_name) ELSE '' END "
      "FROM appointment a JOIN service s ON s.id = a.service_id LEFT JOIN room r ON r.id = a.room_id "
      "JOIN client c ON c.id = a.client_id ";

Row readRow(const store::Query &q)
{
    Row r;
    r.id = q.id(0);
    r.time = {q.int64(1), q.int64(2)};
    r.status = q.text(3);
    r.sequence = int(q.int64(4));
    r.updated = q.dateTime(5);
    r.seriesId = q.id(6);
    r.recurrenceId = q.isNull(7) ? 0 : q.int64(7);
    r.practitionerId = q.id(8);
    r.service = q.text(9);
    r.room = q.text(10);
    r.client = q.text(11);
    return r;
}

QString icsStatus(const QString &fhir)
{
    const auto s = statusFromCode(fhir).value_or(AppointmentStatus::Booked);
    if (s == AppointmentStatus::Cancelled || s == AppointmentStatus::EnteredInError || s == AppointmentStatus::NoShow)
        return QStringLiteral("CANCELLED");
    if (s == AppointmentStatus::Proposed || s == AppointmentStatus::Pending || s == AppointmentStatus::Waitlist)
        return QStringLiteral("TENTATIVE");
    return QStringLiteral("CONFIRMED");
}

bool isGone(const QString &fhir)
{
    return fhir == u"cancelled" || fhir == u"entered-in-error";
}

QString uidFor(const EntityId &id)
{
    return id.toString() + QStringLiteral("@medspasync");
}

struct EventText {
    QString summary;
    QString description;
};

EventText describe(const QString &service, const QString &client, const QString &status)
{
    EventText t;
    t.summary = client.isEmpty() ? service : service + QStringLiteral(" \u2013 ") + client;
    t.description = QCoreApplication::translate("msp::scheduling", "Status: %1")
                        .arg(statusDisplayName(statusFromCode(status).value_or(AppointmentStatus::Booked)));
    if (!client.isEmpty())
        t.description += u'\n' + QCoreApplication::translate("msp::scheduling", "Client: %1").arg(client);
    return t;
}

class Exporter
{
public:
    Exporter(const ClinicTime &time, const QDateTime &stamp)
        : m_time(time)
        , m_tzid(time.id())
        , m_stamp(stamp)
    {
    }

    void event(const Row &r, const QString &uid, qint64 recurrenceId)
    {
        m_w.begin("VEVENT");
        m_w.raw("UID", uid);
        m_w.utc("DTSTAMP", m_stamp);
        if (recurrenceId)
            m_w.local("RECURRENCE-ID", m_tzid, m_time.toLocal(recurrenceId));
        m_w.local("DTSTART", m_tzid, m_time.toLocal(r.time.start));
        m_w.local("DTEND", m_tzid, m_time.toLocal(r.time.end));
        m_w.raw("SEQUENCE", QString::number(r.sequence));
        m_w.raw("STATUS", icsStatus(r.status));
        const EventText t = describe(r.service, r.client, r.status);
        m_w.text("SUMMARY", t.summary);
        m_w.text("DESCRIPTION", t.description);
        if (!r.room.isEmpty())
            m_w.text("LOCATION", r.room);
        if (r.updated.isValid())
            m_w.utc("LAST-MODIFIED", r.updated);
        m_w.end("VEVENT");
        ++m_events;
    }

    void master(const Series &s, const QList<qint64> &exdates)
    {
        m_w.begin("VEVENT");
        m_w.raw("UID", uidFor(s.id));
        m_w.utc("DTSTAMP", m_stamp);
        m_w.local("DTSTART", m_tzid, m_time.toLocal(s.firstStart));
        m_w.local("DTEND", m_tzid, m_time.toLocal(s.firstStart + s.durationMin * kMinuteMs));
        m_w.raw("RRULE", s.rrule);
        for (qint64 x : exdates)
            m_w.local("EXDATE", m_tzid, m_time.toLocal(x));
        m_w.raw("SEQUENCE", QString::number(s.sequence));
        m_w.raw("STATUS", QStringLiteral("CONFIRMED"));
        const EventText t = describe(s.service, s.client, QStringLiteral("booked"));
        m_w.text("SUMMARY", t.summary);
        m_w.text("DESCRIPTION", t.description);
        if (!s.room.isEmpty())
            m_w.text("LOCATION", s.room);
        m_w.end("VEVENT");
        ++m_events;
    }

    IcsWriter &writer() { return m_w; }
    int events() const { return m_events; }

private:
    const ClinicTime &m_time;
    QByteArray m_tzid;
    QDateTime m_stamp;
    IcsWriter m_w;
    int m_events = 0;
};

Result<QList<Row>> rows(store::Database &db, const QByteArray &where, const std::function<void(store::Query &)> &bind)
{
    const QByteArray sql = QByteArray("SELECT ") + kRowColumns + where;
    auto q = db.prepare(sql.constData());
    if (!q)
        return q.error();
    bind(*q);
    return store::collectRows<Row>(*q, readRow);
}

Result<Series> loadSeries(store::Database &db, const EntityId &id, bool details)
{
    auto q = db.prepare("SELECT x.rrule, x.first_start_utc, x.duration_min, x.exdates, x.practitioner_id, "
                        "x.ics_sequence, s.name, coalesce(r.name, ''), "
                        "CASE WHEN ?2 THEN trim(c.given_name || ' ' || c.family_name) ELSE '' END "
                        "FROM appointment_series x JOIN service s ON s.id = x.service_id "
                        "LEFT JOIN room r ON r.id = x.room_id JOIN client c ON c.id = x.client_id WHERE x.id = ?1;");
    if (!q)
        return q.error();
    q->bind(1, id).bind(2, details);
    auto row = q->next();
    if (!row)
        return row.error();
    if (!*row)
        return Error::make(ErrorCode::NotFound, QStringLiteral("series"));
    return Series {id,       q->text(0),       q->int64(1), int(q->int64(2)), q->text(3),
                   q->id(4), int(q->int64(5)), q->text(6),  q->text(7),       q->text(8)};
}
} // namespace

Result<QByteArray> exportPractitionerIcs(store::ClinicStore &store, const Actor &actor, const IcsExportRequest &request)
{
    MSP_TRY(store::requirePermission(actor, Permission::ViewClients));
    auto clinic = store.clinic().clinic();
    if (!clinic)
        return clinic.error();
    if (!request.from.isValid() || !request.to.isValid() || request.to < request.from)
        return Error::invalid(
            QStringLiteral("to"),
            QCoreApplication::translate("msp::scheduling", "Choose a date range whose end is not before its start."));
    auto setting = readSetting(store, settingKeys::icsClientDetails(), QStringLiteral("0"));
    if (!setting)
        return setting.error();
    const bool details = *setting == u"1" || *setting == u"true";
    const ClinicTime time(clinic->timeZone);
    const TimeRange range {time.toUtcMs(request.from, 0), time.toUtcMs(request.to.addDays(1), 0)};
    const QDateTime stamp = request.stamp.isValid() ? request.stamp : QDateTime::currentDateTimeUtc();

    auto mine = rows(store.database(),
                     "WHERE a.practitioner_id = ?1 AND a.start_utc < ?3 AND a.end_utc > ?2 "
                     "ORDER BY a.start_utc, a.id;",
                     [&](store::Query &q) {
                         q.bind(1, request.practitionerId).bind(2, range.start).bind(3, range.end).bind(9, details);
                     });
    if (!mine)
        return mine.error();

    Exporter ex(time, stamp);
    IcsWriter &w = ex.writer();
    w.begin("VCALENDAR");
    w.raw("VERSION", QStringLiteral("2.0"));
    w.raw("PRODID", QStringLiteral("-//MedSpaSync//MedSpaSync Pro//EN"));
    w.raw("CALSCALE", QStringLiteral("GREGORIAN"));
    w.raw("METHOD", QStringLiteral("PUBLISH"));
    w.timeZone(time.zone(), range);

    QSet<QString> seriesDone;
    for (const Row &r : *mine) {
        if (r.seriesId.isNull()) {
            if (r.status != u"entered-in-error")
                ex.event(r, uidFor(r.id), 0); // a cancelled one too, so subscribers drop it
            continue;
        }
        if (seriesDone.contains(r.seriesId.toString()))
            continue;
        auto series = loadSeries(store.database(), r.seriesId, details);
        if (!series)
            return series.error();
        if (!(series->practitionerId == request.practitionerId)) {
            ex.event(r, uidFor(r.id), 0); // someone else's series: a plain event here
            continue;
        }
        seriesDone.insert(r.seriesId.toString());
        auto occurrences = rows(store.database(), "WHERE a.series_id = ?1 ORDER BY a.recurrence_id_utc;",
                                [&](store::Query &q) { q.bind(1, r.seriesId).bind(9, details); });
        if (!occurrences)
            return occurrences.error();
        QList<qint64> exdates;
        for (const QString &x : series->exdates.split(u',', Qt::SkipEmptyParts))
            exdates.append(x.toLongLong());
        QList<Row> overrides;
        for (const Row &o : *occurrences) {
            const bool moved = o.time.start != o.recurrenceId || o.time.durationMs() != series->durationMin * kMinuteMs;
            if (isGone(o.status) || !(o.practitionerId == request.practitionerId))
                exdates.append(o.recurrenceId);
            else if (moved || o.sequence > 0)
                overrides.append(o);
        }
        std::sort(exdates.begin(), exdates.end());
        ex.master(*series, exdates);
        for (const Row &o : overrides)
            ex.event(o, uidFor(series->id), o.recurrenceId);
    }
    w.end("VCALENDAR");
    MSP_TRY(store.audit().append(actor, QStringLiteral("calendar.export"), QStringLiteral("practitioner"),
                                 request.practitionerId,
                                 QStringLiteral("events: %1; client details: %2")
                                     .arg(ex.events())
                                     .arg(details ? QStringLiteral("yes") : QStringLiteral("no"))));
    return w.data();
}

} // namespace msp::scheduling
