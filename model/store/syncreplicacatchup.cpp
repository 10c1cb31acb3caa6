#include "store/database.h"
#include "store/query.h"
#include "store/syncreplica.h"

#include <QCoreApplication>

namespace msp::store {

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
