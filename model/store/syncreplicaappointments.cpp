#include "store/database.h"
#include "store/query.h"
#include "store/syncreplica.h"

#include <QCoreApplication>
#include <QDateTime>

namespace msp::store {

namespace {
// The columns every pulled appointment's statements bind (?1 to ?11).
void bindPulled(Query &q, const QByteArray &id, const PulledAppointment &a, qint64 now)
{
    q.bindText(1, id).bindText(2, a.clientId).bindText(3, a.practitionerId).bindText(4, a.serviceId);
    q.bindText(5, a.roomId).bindText(6, a.deviceId).bind(7, a.start).bind(8, a.end).bind(9, a.status);
    q.bind(10, a.notes).bind(11, now);
}

// Updates the appointment if it is here; whether it was. OR FAIL: with the
// default ABORT an UPDATE keeps a statement journal of every page it
// changes, and SQLCipher encrypts and MACs each one there. Failing instead
// loses nothing: a failed row fails the page. The update trigger moves its
// block.
Result<bool> updatePulled(Database &db, const QByteArray &id, const PulledAppointment &a, qint64 now)
{
    auto u = db.prepare("UPDATE OR FAIL appointment SET client_id = ?2, practitioner_id = ?3, service_id = ?4, "
                        "room_id = ?5, device_id = ?6, start_utc = ?7, end_utc = ?8, status = ?9, notes = ?10, "
                        "sync_state = 'confirmed', updated_at = ?11 WHERE id = ?1;");
    if (!u)
        return u.error();
    bindPulled(*u, id, a, now);
    MSP_TRY(u->run());
    return db.changes() > 0;
}
} // namespace

// Pulled appointments: checked for what they refer to, parked when that is not
// here yet, written one by one (a trickle of changes) or a page at a time (a
// catch-up).

Result<bool> SyncReplica::referencesExist(const PulledAppointment &a, size_t first)
{
    struct Reference {
        const QByteArray &value;
        const char *exists;
        bool optional;
    };
    // In m_pageKnownRefs order.
    const Reference references[] = {
        {a.clientId, "SELECT EXISTS (SELECT 1 FROM client WHERE id = ?1);", false},
        {a.practitionerId, "SELECT EXISTS (SELECT 1 FROM practitioner WHERE id = ?1);", false},
        {a.serviceId, "SELECT EXISTS (SELECT 1 FROM service WHERE id = ?1);", false},
        {a.roomId, "SELECT EXISTS (SELECT 1 FROM room WHERE id = ?1);", true},
        {a.deviceId, "SELECT EXISTS (SELECT 1 FROM device WHERE id = ?1);", true},
    };
    for (size_t k = first; k < std::size(references); ++k) {
        const Reference &ref = references[k];
        if (ref.value.isEmpty()) {
            if (ref.optional)
                continue;
            return false;
        }
        QSet<QByteArray> &known = knownRefs(k);
        if (known.contains(ref.value))
            continue;
        auto q = m_db.prepare(ref.exists);
        if (!q)
            return q.error();
        q->bindText(1, ref.value);
        auto n = scalar(*q);
        if (!n)
            return n.error();
        if (*n == 0)
            return false;
        known.insert(ref.value);
    }
    return true;
}

Result<void> SyncReplica::applyAppointment(const ReplicaRow &row)
{
    std::optional<PulledAppointment> readHere;
    const PulledAppointment &a
        = row.appointment ? *row.appointment : readHere.emplace(PulledAppointment::read(row.data));
    // An appointment whose client (or practitioner, room ...) is not here
    // yet waits until it is: the feed may send a client's newer version
    // after an appointment that refers to it.
    auto ready = referencesExist(a);
    if (!ready)
        return ready.error();
    if (!*ready)
        return park(row);
    if (m_pageHasParked)
        MSP_TRY(unpark(row));
    char idText[EntityId::kTextLength];
    row.id.writeText(idText);
    const QByteArray id(idText, EntityId::kTextLength);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto updated = updatePulled(m_db, id, a, now);
    if (!updated)
        return updated.error();
    if (*updated)
        return ok();
    // New appointments of a page go in with one INSERT ... SELECT at the
    // end: an INSERT that fires a trigger (the block times) always keeps a
    // statement journal, and one per row cost ten times the insert itself.
    auto i = m_pageUnsent
        ? m_db.prepare("INSERT INTO temp.sync_new_appointment (id, client_id, practitioner_id, service_id, room_id, "
                       "device_id, start_utc, end_utc, status, notes, updated_at) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11);")
        : m_db.prepare("INSERT INTO appointment (id, client_id, practitioner_id, service_id, room_id, device_id, "
                       "start_utc, end_utc, status, notes, sync_state, updated_at) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'confirmed', ?11);");
    if (!i)
        return i.error();
    bindPulled(*i, id, a, now);
    MSP_TRY(i->run());
    m_pageNewAppointments = m_pageNewAppointments || m_pageUnsent.has_value();
    return ok();
}

Result<void> SyncReplica::flushNewAppointments()
{
    if (!m_pageNewAppointments)
        return ok();
    // The buffered block is written with the row, as the repositories do,
    // so the insert trigger finds it right and does not rewrite every row.
    // The service is looked up once per row, for both ends of the block.
    MSP_TRY(m_db.exec("INSERT INTO appointment (id, client_id, practitioner_id, service_id, room_id, device_id, "
                      "start_utc, end_utc, status, notes, sync_state, updated_at, block_start_utc, block_end_utc) "
                      "SELECT n.id, n.client_id, n.practitioner_id, n.service_id, n.room_id, n.device_id, "
                      "n.start_utc, n.end_utc, n.status, n.notes, 'confirmed', n.updated_at, "
                      "n.start_utc - 60000 * s.buffer_before_min, n.end_utc + 60000 * s.buffer_after_min "
                      "FROM temp.sync_new_appointment n LEFT JOIN main.service s ON s.id = n.service_id;"));
    MSP_TRY(m_db.exec("DELETE FROM temp.sync_new_appointment;"));
    m_pageNewAppointments = false;
    return ok();
}

// A catch-up page brings thousands of appointments, nearly all new here, and
// each is written as it comes, with its buffered block: one INSERT, which
// finds the rare row already here (sent again within one catch-up) and leaves
// it to an UPDATE. For that the page pauses the insert trigger
// (pauseBlockTrigger()): an INSERT that may fire a trigger keeps a statement
// journal, whose every page SQLCipher encrypts and MACs, and one per row
// would cost ten times the insert itself. The practitioners, services, rooms
// and devices a page names are looked up once each; clients once per
// catch-up (knownRefs()).
Result<void> SyncReplica::writeCatchUpAppointment(const ReplicaRow &row, const PulledAppointment &a)
{
    auto ready = referencesExist(a);
    if (!ready)
        return ready.error();
    if (!*ready)
        return park(row);
    if (m_pageHasParked) // a newer version of a row that waits replaces it
        MSP_TRY(unpark(row));
    MSP_TRY(pauseBlockTrigger());
    auto buffers = serviceBuffers(a.serviceId);
    if (!buffers)
        return buffers.error();
    char idText[EntityId::kTextLength];
    row.id.writeText(idText);
    const QByteArray id(idText, EntityId::kTextLength);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    {
        auto i = m_db.prepare("INSERT OR IGNORE INTO appointment (id, client_id, practitioner_id, service_id, "
                              "room_id, device_id, start_utc, end_utc, status, notes, sync_state, updated_at, "
                              "block_start_utc, block_end_utc) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'confirmed', ?11, ?12, ?13);");
        if (!i)
            return i.error();
        bindPulled(*i, id, a, now);
        if (a.start.isValid() && a.end.isValid())
            i->bind(12, a.start.toMSecsSinceEpoch() - 60000 * buffers->first)
                .bind(13, a.end.toMSecsSinceEpoch() + 60000 * buffers->second);
        MSP_TRY(i->run());
    }
    if (m_db.changes() > 0)
        return ok();
    auto updated = updatePulled(m_db, id, a, now); // already here
    if (!updated)
        return updated.error();
    if (*updated)
        return ok();
    // Neither inserted nor here: a rule of the table refused the row (an end
    // before its start), which fails the page as a plain INSERT would.
    return Error::make(ErrorCode::Internal,
                       QCoreApplication::translate("msp::store",
                                                   "A pulled appointment could not be written. Sync again; "
                                                   "nothing was written."));
}

Result<std::pair<qint64, qint64>> SyncReplica::serviceBuffers(const QByteArray &serviceId)
{
    if (const auto known = m_pageServiceBuffers.constFind(serviceId); known != m_pageServiceBuffers.cend())
        return *known;
    auto q = m_db.prepare("SELECT buffer_before_min, buffer_after_min FROM service WHERE id = ?1;");
    if (!q)
        return q.error();
    q->bindText(1, serviceId);
    auto row = q->next();
    if (!row)
        return row.error();
    if (!*row) // checked by referencesExist(): only a store changed meanwhile gets here
        return Error::make(ErrorCode::Internal,
                           QCoreApplication::translate("msp::store",
                                                       "A pulled appointment's service is missing. Sync again; "
                                                       "nothing was written."));
    const std::pair<qint64, qint64> buffers {q->int64(0), q->int64(1)};
    m_pageServiceBuffers.insert(serviceId, buffers);
    return buffers;
}

Result<void> SyncReplica::pauseBlockTrigger()
{
    if (m_pausedBlockTrigger)
        return ok();
    QByteArray sql;
    {
        auto q = m_db.prepare(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'appointment_block_on_insert';");
        if (!q)
            return q.error();
        auto row = q->next();
        if (!row)
            return row.error();
        if (*row)
            sql = q->text(0).toUtf8();
    }
    // Inside the page's transaction: a rollback brings it back too.
    if (!sql.isEmpty())
        MSP_TRY(m_db.exec("DROP TRIGGER appointment_block_on_insert;"));
    m_pausedBlockTrigger = sql;
    return ok();
}

Result<void> SyncReplica::resumeBlockTrigger()
{
    if (!m_pausedBlockTrigger)
        return ok();
    const QByteArray sql = *std::exchange(m_pausedBlockTrigger, std::nullopt);
    return sql.isEmpty() ? ok() : m_db.exec(sql.constData());
}

} // namespace msp::store
