#include "store/database.h"
#include "store/query.h"
#include "store/syncreplica.h"

#include <QCoreApplication>

namespace msp::store {

// A catch-up page brings thousands of appointments, nearly all new here.
// Looked at one by one, each costs an UPDATE that finds nothing and a look-up
// of its client, each a statement of its own; queued, the page's rows are
// checked by three statements instead, then inserted by one (see
// flushNewAppointments()). The outcome is the row-by-row one: a row whose
// client, practitioner, service, room or device is missing waits (parked), a
// row already here is updated in place, the others are inserted. The few
// practitioners, services, rooms and devices a page names are looked up once
// each as rows are queued; clients, one per row, by the page-wide check.

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
    auto i = m_db.prepare("INSERT INTO temp.sync_new_appointment (rowid, id, client_id, practitioner_id, service_id, "
                          "room_id, device_id, start_utc, end_utc, status, notes, updated_at) "
                          "VALUES (?12, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11);");
    if (!i)
        return i.error();
    i->bindText(1, QByteArray::fromRawData(idText, EntityId::kTextLength));
    i->bindText(2, a.clientId).bindText(3, a.practitionerId).bindText(4, a.serviceId);
    i->bindText(5, a.roomId).bindText(6, a.deviceId).bind(7, a.start).bind(8, a.end).bind(9, a.status);
    i->bind(10, a.notes).bind(11, QDateTime::currentMSecsSinceEpoch());
    i->bind(12, qint64(m_queuedAppointments.size() + 1));
    MSP_TRY(i->run());
    m_queuedAppointments.append(&row);
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
    // Rows already here (sent again within one catch-up) are updated in
    // place, OR FAIL for the reason applyAppointment() gives.
    MSP_TRY(m_db.exec(
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
        "WHERE id IN (SELECT id FROM temp.sync_new_appointment);"));
    if (m_db.changes() > 0)
        MSP_TRY(m_db.exec("DELETE FROM temp.sync_new_appointment WHERE EXISTS "
                          "(SELECT 1 FROM main.appointment a WHERE a.id = sync_new_appointment.id);"));
    return ok();
}

} // namespace msp::store
