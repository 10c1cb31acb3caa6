#include "store/database.h"
#include "store/query.h"
#include "store/syncreplica.h"

#include <QCoreApplication>
#include <QDateTime>

namespace msp::store {

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
        if (m_pageKnownRefs[k].contains(ref.value))
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
        m_pageKnownRefs[k].insert(ref.value);
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
    const auto bind = [&](Query &q) {
        q.bindText(1, id).bindText(2, a.clientId).bindText(3, a.practitionerId).bindText(4, a.serviceId);
        q.bindText(5, a.roomId).bindText(6, a.deviceId).bind(7, a.start).bind(8, a.end).bind(9, a.status);
        q.bind(10, a.notes).bind(11, now);
    };
    // OR FAIL: with the default ABORT an UPDATE keeps a statement journal
    // of every page it changes, and SQLCipher encrypts and MACs each one
    // there. Failing instead loses nothing: a failed row fails the page.
    {
        auto u = m_db.prepare("UPDATE OR FAIL appointment SET client_id = ?2, practitioner_id = ?3, service_id = ?4, "
                              "room_id = ?5, device_id = ?6, start_utc = ?7, end_utc = ?8, status = ?9, notes = ?10, "
                              "sync_state = 'confirmed', updated_at = ?11 WHERE id = ?1;");
        if (!u)
            return u.error();
        bind(*u);
        MSP_TRY(u->run());
    }
    if (m_db.changes() > 0)
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
    bind(*i);
    MSP_TRY(i->run());
    m_pageNewAppointments = m_pageNewAppointments || m_pageUnsent.has_value();
    return ok();
}

Result<void> SyncReplica::flushNewAppointments()
{
    if (!m_pageNewAppointments)
        return ok();
    // Queued catch-up rows may be here already; the others were looked for.
    const bool mayBeHere = !m_queuedAppointments.isEmpty();
    qint64 lastRowIdBefore = 0;
    qint64 waiting = 0;
    if (mayBeHere) {
        MSP_TRY(settleQueuedAppointments());
        auto q = m_db.prepare("SELECT (SELECT ifnull(max(rowid), 0) FROM main.appointment), "
                              "(SELECT count(*) FROM temp.sync_new_appointment);");
        if (!q)
            return q.error();
        auto row = q->next();
        if (!row)
            return row.error();
        lastRowIdBefore = q->int64(0);
        waiting = q->int64(1);
    }
    // The buffered block is written with the row, as the repositories do,
    // so the insert trigger finds it right and does not rewrite every row.
    // The service is looked up once per row, for both ends of the block.
    static const QByteArray tail = " INTO appointment (id, client_id, practitioner_id, service_id, room_id, "
                                   "device_id, start_utc, end_utc, status, notes, sync_state, updated_at, "
                                   "block_start_utc, block_end_utc) "
                                   "SELECT n.id, n.client_id, n.practitioner_id, n.service_id, n.room_id, n.device_id, "
                                   "n.start_utc, n.end_utc, n.status, n.notes, 'confirmed', n.updated_at, "
                                   "n.start_utc - 60000 * s.buffer_before_min, n.end_utc + 60000 * s.buffer_after_min "
                                   "FROM temp.sync_new_appointment n LEFT JOIN main.service s ON s.id = n.service_id;";
    static const QByteArray ignoring = "INSERT OR IGNORE" + tail;
    static const QByteArray inserting = "INSERT" + tail;
    MSP_TRY(m_db.exec((mayBeHere ? ignoring : inserting).constData()));
    if (mayBeHere && m_db.changes() < waiting)
        MSP_TRY(updateQueuedAlreadyHere(lastRowIdBefore));
    MSP_TRY(m_db.exec("DELETE FROM temp.sync_new_appointment;"));
    m_pageNewAppointments = false;
    m_queuedAppointments.clear();
    m_queuedIds.clear();
    return ok();
}

// A catch-up page brings thousands of appointments, nearly all new here.
// Looked at one by one, each costs an UPDATE that finds nothing and a look-up
// of its client, each a statement of its own; queued, the page's rows are
// checked by one statement instead, then inserted by one (see
// flushNewAppointments()). The outcome is the row-by-row one: a row whose
// client, practitioner, service, room or device is missing waits (parked), a
// row already here is updated in place, the others are inserted. The few
// practitioners, services, rooms and devices a page names are looked up once
// each as rows are queued; clients, one per row, by the page-wide check.
// Rows already here are found by the insert itself (OR IGNORE), so the
// common case, none, costs no look-up of its own.

Result<void> SyncReplica::queueCatchUpAppointment(const ReplicaRow &row, const PulledAppointment &a)
{
    auto ready = referencesExist(a, 1);
    if (!ready)
        return ready.error();
    if (!*ready)
        return park(row);
    if (m_pageHasParked) // a newer version of a row that waits replaces it
        MSP_TRY(unpark(row));
    char idText[EntityId::kTextLength];
    row.id.writeText(idText);
    const QByteArray id(idText, EntityId::kTextLength);
    // The same appointment twice in a page: the later version replaces the
    // earlier one in the queue.
    const auto queued = m_queuedIds.constFind(id);
    const qint64 queueRow = queued != m_queuedIds.cend() ? *queued : qint64(m_queuedAppointments.size() + 1);
    auto i = m_db.prepare("INSERT OR REPLACE INTO temp.sync_new_appointment (rowid, id, client_id, practitioner_id, "
                          "service_id, room_id, device_id, start_utc, end_utc, status, notes, updated_at) "
                          "VALUES (?12, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11);");
    if (!i)
        return i.error();
    i->bindText(1, id);
    i->bindText(2, a.clientId).bindText(3, a.practitionerId).bindText(4, a.serviceId);
    i->bindText(5, a.roomId).bindText(6, a.deviceId).bind(7, a.start).bind(8, a.end).bind(9, a.status);
    i->bind(10, a.notes).bind(11, QDateTime::currentMSecsSinceEpoch());
    i->bind(12, queueRow);
    MSP_TRY(i->run());
    if (queued != m_queuedIds.cend()) {
        m_queuedAppointments[queueRow - 1] = &row;
    } else {
        m_queuedAppointments.append(&row);
        m_queuedIds.insert(id, queueRow);
    }
    m_pageNewAppointments = true;
    return ok();
}

Result<void> SyncReplica::settleQueuedAppointments()
{
    // Rows that refer to something not here yet wait for it.
    QList<qint64> waiting;
    {
        auto q = m_db.prepare("SELECT n.rowid FROM temp.sync_new_appointment n WHERE "
                              "NOT EXISTS (SELECT 1 FROM main.client c WHERE c.id = n.client_id);");
        if (!q)
            return q.error();
        auto rows = collectRows<qint64>(*q, [](const Query &r) { return r.int64(0); });
        if (!rows)
            return rows.error();
        waiting = std::move(*rows);
    }
    for (const qint64 rowId : std::as_const(waiting)) {
        if (rowId < 1 || rowId > m_queuedAppointments.size())
            return Error::make(ErrorCode::Internal,
                               QCoreApplication::translate("msp::store",
                                                           "A pulled appointment was lost track of. Sync again; "
                                                           "nothing was written."));
        MSP_TRY(park(*m_queuedAppointments.at(rowId - 1)));
        auto del = m_db.prepare("DELETE FROM temp.sync_new_appointment WHERE rowid = ?1;");
        if (!del)
            return del.error();
        MSP_TRY(del->bind(1, rowId).run());
    }
    return ok();
}

Result<void> SyncReplica::updateQueuedAlreadyHere(qint64 lastRowIdBefore)
{
    // Rows already here (sent again within one catch-up), which the insert
    // left alone, are updated in place, OR FAIL for the reason
    // applyAppointment() gives. Rows with a rowid above `lastRowIdBefore`
    // are the ones just inserted.
    auto u = m_db.prepare(
        "UPDATE OR FAIL appointment SET "
        "client_id = (SELECT n.client_id FROM temp.sync_new_appointment n WHERE n.id = appointment.id), "
        "practitioner_id = (SELECT n.practitioner_id FROM temp.sync_new_appointment n WHERE n.id = appointment.id), "
        "service_id = (SELECT n.service_id FROM temp.sync_new_appointment n WHERE n.id = appointment.id), "
        "room_id = (SELECT n.room_id FROM temp.sync_new_appointment n WHERE n.id = appointment.id), "
        "device_id = (SELECT n.device_id FROM temp.sync_new_appointment n WHERE n.id = appointment.id), "
        "start_utc = (SELECT n.start_utc FROM temp.sync_new_appointment n WHERE n.id = appointment.id), "
        "end_utc = (SELECT n.end_utc FROM temp.sync_new_appointment n WHERE n.id = appointment.id), "
        "status = (SELECT n.status FROM temp.sync_new_appointment n WHERE n.id = appointment.id), "
        "notes = (SELECT n.notes FROM temp.sync_new_appointment n WHERE n.id = appointment.id), "
        "sync_state = 'confirmed', "
        "updated_at = (SELECT n.updated_at FROM temp.sync_new_appointment n WHERE n.id = appointment.id) "
        "WHERE rowid <= ?1 AND id IN (SELECT id FROM temp.sync_new_appointment);");
    if (!u)
        return u.error();
    MSP_TRY(u->bind(1, lastRowIdBefore).run());
    // Neither inserted nor updated: a rule of the table refused the row (an
    // end before its start), which fails the page as a plain INSERT would.
    auto lost = m_db.prepare("SELECT EXISTS (SELECT 1 FROM temp.sync_new_appointment n WHERE NOT EXISTS "
                             "(SELECT 1 FROM main.appointment a WHERE a.id = n.id));");
    if (!lost)
        return lost.error();
    auto any = scalar(*lost);
    if (!any)
        return any.error();
    if (*any != 0)
        return Error::make(ErrorCode::Internal,
                           QCoreApplication::translate("msp::store",
                                                       "A pulled appointment could not be written. Sync again; "
                                                       "nothing was written."));
    return ok();
}

} // namespace msp::store
