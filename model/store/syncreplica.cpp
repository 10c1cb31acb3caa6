#include "store/syncreplica.h"

#include "store/auditlog.h"
#include "store/catchup.h"
#include "store/database.h"
#include "store/deferredindexes.h"
#include "store/permissions.h"
#include "store/processorreplica.h"
#include "store/query.h"
#include "store/recordrows.h"
#include "store/searchindex.h"
#include "store/searchindexbuilder.h"
#include "store/settingstore.h"
#include "store/transaction.h"
#include "store/upsert.h"
#include "store/wiretime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QScopeGuard>

#include <algorithm>
#include <sqlite3.h>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace msp::store {

namespace {
const QString kCursorKey = QStringLiteral("sync.cursor");
const QString kNextPushIdKey = QStringLiteral("sync.next_push_id");
const QString kServerOrgKey = QStringLiteral("sync.org_id");

bool isAppointmentMutation(const QString &name)
{
    return name == u"book_appointment" || name == u"reschedule_appointment" || name == u"set_appointment_status"
        || name == u"cancel_appointment";
}

Actor syncActor()
{
    return Actor {EntityId(), Role::Admin, QStringLiteral("sync")};
}

} // namespace

Result<QList<OutboxMutation>> SyncReplica::nextBatch(const QStringList &pushable, int limit)
{
    // Numbering new mutations takes the write lock; most cycles have none,
    // and then a read is enough (pages may be being applied meanwhile).
    auto numbering = hasNewLocalChanges();
    if (!numbering)
        return numbering.error();
    if (*numbering) {
        auto tx = Transaction::begin(m_db);
        if (!tx)
            return tx.error();
        auto next = readSetting(m_db, kNextPushIdKey, QStringLiteral("1"));
        if (!next)
            return next.error();
        qint64 pushId = next->toLongLong();
        QList<std::pair<qint64, QString>> fresh;
        {
            auto q = m_db.prepare("SELECT mutation_id, name FROM outbox WHERE push_id IS NULL ORDER BY mutation_id;");
            if (!q)
                return q.error();
            auto rows = collectRows<std::pair<qint64, QString>>(*q, [](const Query &r) {
                return std::pair {r.int64(0), r.text(1)};
            });
            if (!rows)
                return rows.error();
            fresh = *rows;
        }
        for (const auto &[mutationId, name] : fresh) {
            auto u = m_db.prepare("UPDATE outbox SET push_id = ?2 WHERE mutation_id = ?1;");
            if (!u)
                return u.error();
            MSP_TRY(u->bind(1, mutationId).bind(2, pushable.contains(name) ? pushId++ : qint64(-1)).run());
        }
        MSP_TRY(writeSetting(m_db, kNextPushIdKey, QString::number(pushId)));
        MSP_TRY(tx->commit());
    }
    auto q = m_db.prepare("SELECT push_id, name, entity_id, payload, created_at FROM outbox WHERE push_id > 0 "
                          "ORDER BY push_id LIMIT ?1;");
    if (!q)
        return q.error();
    q->bind(1, limit);
    auto batch = collectRows<OutboxMutation>(*q, [](const Query &r) {
        return OutboxMutation {r.int64(0), r.text(1), r.id(2), QJsonDocument::fromJson(r.text(3).toUtf8()).object(),
                               r.dateTime(4)};
    });
    if (!batch)
        return batch.error();
    return withRecordRows(std::move(*batch));
}

Result<QList<OutboxMutation>> SyncReplica::withRecordRows(QList<OutboxMutation> batch)
{
    // A record change carries its rows as they are now, read at send time:
    // the outbox payload only says what changed. A batch stops after a few
    // thousand rows so one request stays well inside the server's limit.
    constexpr int kRowBudget = 5000;
    int rowsInBatch = 0;
    for (qsizetype i = 0; i < batch.size(); ++i) {
        OutboxMutation &m = batch[i];
        if (!isRecordMutation(m.name))
            continue;
        if (rowsInBatch >= kRowBudget) {
            batch.resize(i);
            break;
        }
        auto rows = recordRowsFor(m_db, m.name, m.entityId);
        if (!rows)
            return rows.error();
        QJsonArray records;
        for (const RecordRow &r : std::as_const(*rows))
            records.append(QJsonObject {{QStringLiteral("kind"), r.kind},
                                        {QStringLiteral("id"), r.id.toString()},
                                        {QStringLiteral("data"), r.data}});
        m.payload = {{QStringLiteral("records"), records}};
        rowsInBatch += int(rows->size());
    }
    return batch;
}

Result<QString> SyncReplica::serverOrgId()
{
    return readSetting(m_db, kServerOrgKey, QString());
}

Result<void> SyncReplica::setServerOrgId(const QString &orgId)
{
    if (orgId.isEmpty())
        return ok();
    return writeSetting(m_db, kServerOrgKey, orgId);
}

Result<qint64> SyncReplica::pendingPushCount()
{
    auto q = m_db.prepare("SELECT count(*) FROM outbox WHERE push_id IS NULL OR push_id > 0;");
    if (!q)
        return q.error();
    return scalar(*q);
}

Result<bool> SyncReplica::hasNewLocalChanges()
{
    auto q = m_db.prepare("SELECT EXISTS (SELECT 1 FROM outbox WHERE push_id IS NULL);");
    if (!q)
        return q.error();
    auto n = scalar(*q);
    if (!n)
        return n.error();
    return *n != 0;
}

Result<void> SyncReplica::recordOutcomes(const QList<PushOutcome> &outcomes)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    for (const PushOutcome &o : outcomes) {
        QString name;
        EntityId entity;
        {
            auto q = m_db.prepare("SELECT name, entity_id FROM outbox WHERE push_id = ?1;");
            if (!q)
                return q.error();
            q->bind(1, o.pushId);
            auto row = q->next();
            if (!row)
                return row.error();
            if (!*row)
                continue; // answered before (a resent batch): nothing left to do
            name = q->text(0);
            entity = q->id(1);
        }
        {
            auto del = m_db.prepare("DELETE FROM outbox WHERE push_id = ?1;");
            if (!del)
                return del.error();
            MSP_TRY(del->bind(1, o.pushId).run());
        }
        if (!isAppointmentMutation(name) && o.applied)
            continue;
        auto stillPending = hasUnsentChange(entity);
        if (!stillPending)
            return stillPending.error();
        if (isAppointmentMutation(name) && !*stillPending) {
            auto u = m_db.prepare("UPDATE appointment SET sync_state = ?2 WHERE id = ?1;");
            if (!u)
                return u.error();
            MSP_TRY(
                u->bind(1, entity).bind(2, o.applied ? QStringLiteral("confirmed") : QStringLiteral("rejected")).run());
        }
        if (!o.applied) {
            AttentionItem item;
            item.id = EntityId::generate();
            item.kind
                = isAppointmentMutation(name) ? QStringLiteral("booking_rejected") : QStringLiteral("change_rejected");
            item.entityId = entity;
            item.field = name;
            item.serverValue = o.reason;
            item.message = o.message;
            item.details = o.details;
            MSP_TRY(addAttention(item));
            MSP_TRY(m_audit.append(syncActor(), QStringLiteral("sync.rejected"),
                                   isAppointmentMutation(name)  ? QStringLiteral("appointment")
                                       : isRecordMutation(name) ? QStringLiteral("record")
                                                                : QStringLiteral("client"),
                                   entity, name + QStringLiteral(": ") + o.reason));
        }
    }
    return tx->commit();
}

Result<void> SyncReplica::beginPage()
{
    // In memory (temp_store = MEMORY), so its pages are neither written nor
    // encrypted; emptied at the end of every page.
    MSP_TRY(m_db.exec("CREATE TEMP TABLE IF NOT EXISTS sync_new_appointment (id, client_id, practitioner_id, "
                      "service_id, room_id, device_id, start_utc, end_utc, status, notes, updated_at);"));
    m_pageNewAppointments = false;
    // The entities of unsent changes, and the invoices those changes touched.
    auto unsent = unsentRecordOwners(m_db);
    if (!unsent)
        return unsent.error();
    auto parked = m_db.prepare("SELECT EXISTS (SELECT 1 FROM sync_parked_row);");
    if (!parked)
        return parked.error();
    auto n = scalar(*parked);
    if (!n)
        return n.error();
    m_pageHasParked = *n != 0;
    m_pageUnsent = std::move(*unsent);
    m_pageRecords.emplace(m_db);
    clearKnownRefs();
    return ok();
}

void SyncReplica::endPage()
{
    m_pageBulk = false;
    // A page that failed is rolled back, and the trigger with it; put back
    // here too, so no caller could ever commit a store without it.
    if (m_pausedBlockTrigger)
        (void)resumeBlockTrigger();
    m_pageUnsent.reset();
    m_pageRecords.reset();
    m_pageHasParked = true;
    clearKnownRefs();
}

Result<bool> SyncReplica::hasUnsentChange(const EntityId &entityId)
{
    if (m_pageUnsent)
        return m_pageUnsent->contains(entityId.toString());
    auto q = m_db.prepare("SELECT count(*) FROM outbox WHERE entity_id = ?1 AND (push_id IS NULL OR push_id > 0);");
    if (!q)
        return q.error();
    q->bind(1, entityId);
    auto n = scalar(*q);
    if (!n)
        return n.error();
    return *n > 0;
}

bool SyncReplica::isCatchUpPage(qsizetype rows, bool moreWaiting)
{
    // Pages this large come only while catching up (a first sync, a long
    // time offline); a trickle of changes keeps the indexes as they are.
    constexpr qsizetype kBulkPageRows = 1000;
    return moreWaiting && rows >= kBulkPageRows;
}

Result<void> SyncReplica::applyPage(const QList<ReplicaRow> &rows, const QList<ReplicaTombstone> &tombstones,
                                    const QString &nextCursor, bool moreWaiting)
{
    const bool bulk = isCatchUpPage(rows.size(), moreWaiting);
    if (bulk)
        MSP_TRY(enterCatchUp(m_db));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    MSP_TRY(applyRows(rows, tombstones, nextCursor, bulk));
    MSP_TRY(tx->commit());
    return moreWaiting ? ok() : finishCatchUp(m_db);
}

Result<void> SyncReplica::applyCatchUpPage(const QList<ReplicaRow> &rows, const QList<ReplicaTombstone> &tombstones,
                                           const QString &nextCursor)
{
    // A batch runs without the foreign keys' checks (CatchUpBatch); a delete
    // needs them.
    if (sqlite3_get_autocommit(m_db.handle()) != 0 || !tombstones.isEmpty())
        return Error::make(ErrorCode::Internal,
                           QCoreApplication::translate("msp::store",
                                                       "A pulled page was applied outside its transaction. "
                                                       "Sync again; nothing was written."));
    return applyRows(rows, tombstones, nextCursor, true);
}

Result<void> SyncReplica::applyRows(const QList<ReplicaRow> &rows, const QList<ReplicaTombstone> &tombstones,
                                    const QString &nextCursor, bool bulk)
{
    if (bulk) {
        auto deferred = deferCatchUpIndexes(m_db);
        if (!deferred)
            return deferred.error();
    }
    // Rows of one page may refer to each other in any order; check the
    // references when the page is complete.
    MSP_TRY(m_db.exec("PRAGMA defer_foreign_keys = ON;"));
    MSP_TRY(beginPage());
    const auto pageDone = qScopeGuard([this] { endPage(); });
    m_pageBulk = bulk;
    // Clients first, in name order: the search index mints ids in name order
    // and writes its buffer out whenever an id goes backwards, so a page
    // applied in feed order (random names) would cost a flush per client.
    // Appointments that come before their client in the page are parked and
    // applied at the end, so the order of the rest does not matter.
    QList<const ReplicaRow *> ordered;
    ordered.reserve(rows.size());
    QList<std::pair<QString, const ReplicaRow *>> clients;
    for (const ReplicaRow &row : rows) {
        if (row.type != u"client")
            continue;
        clients.append({row.client ? row.client->search.sortKey
                                   : clientSortKey(row.data.value(QStringLiteral("givenName")).toString(),
                                                   row.data.value(QStringLiteral("familyName")).toString()),
                        &row});
    }
    std::stable_sort(clients.begin(), clients.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &c : std::as_const(clients))
        ordered.append(c.second);
    for (const ReplicaRow &row : rows)
        if (row.type != u"client")
            ordered.append(&row);
    int applied = 0;
    for (const ReplicaRow *rowPtr : std::as_const(ordered)) {
        const ReplicaRow &row = *rowPtr;
        if (row.type == u"conflict") {
            MSP_TRY(applyConflict(row));
            continue;
        }
        if (row.type.startsWith(u"row:")) {
            auto written = applyRecord(row);
            if (!written)
                return written.error();
            applied += *written ? 1 : 0;
            continue;
        }
        if (row.type == u"payment" || row.type == u"payout") {
            // Stripe's state from the server's webhooks (processorreplica.cpp).
            MSP_TRY(applyProcessorRow(m_db, row));
            ++applied;
            continue;
        }
        auto pending = hasUnsentChange(row.id);
        if (!pending)
            return pending.error();
        if (*pending)
            continue; // our own change is newer; the server sends the merged row after our push
        if (row.type == u"client")
            MSP_TRY(applyClient(row));
        else if (row.type == u"appointment" && m_pageBulk)
            MSP_TRY(
                writeCatchUpAppointment(row, row.appointment ? *row.appointment : PulledAppointment::read(row.data)));
        else if (row.type == u"appointment")
            MSP_TRY(applyAppointment(row));
        else
            continue; // a newer server's row type: ignore, it is not ours to interpret
        ++applied;
    }
    MSP_TRY(resumeBlockTrigger());
    MSP_TRY(flushNewAppointments()); // before a tombstone could name one of them
    for (const ReplicaTombstone &t : tombstones)
        MSP_TRY(applyTombstone(t));
    if (!tombstones.isEmpty())
        clearKnownRefs(); // a parked row must not lean on a client just deleted
    MSP_TRY(applyParked());
    MSP_TRY(flushNewAppointments());
    MSP_TRY(m_pageRecords->settleWrittenInvoices());
    MSP_TRY(writeSetting(m_db, kCursorKey, nextCursor));
    if (applied > 0 || !tombstones.isEmpty())
        MSP_TRY(m_audit.append(syncActor(), QStringLiteral("sync.pull"), QStringLiteral("sync"), EntityId(),
                               QStringLiteral("rows: %1, deleted: %2").arg(applied).arg(tombstones.size())));
    return ok();
}

Result<void> SyncReplica::applyClient(const ReplicaRow &row)
{
    std::optional<PulledClient> readHere;
    const PulledClient &c = row.client ? *row.client : readHere.emplace(PulledClient::read(row.data));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto bind = [&](Query &q) {
        q.bind(1, row.id).bind(2, c.text.given).bind(3, c.text.family).bind(4, c.text.preferred);
        q.bind(5, c.dateOfBirth).bind(6, c.text.phone).bind(7, c.text.email).bind(8, c.address);
        q.bind(9, c.allergies).bind(10, c.alerts).bind(11, c.notes);
        q.bind(12, c.marketingConsent).bind(13, now);
    };
    if (m_pageUnsent) {
        char idText[EntityId::kTextLength];
        row.id.writeText(idText);
        knownRefs(0).insert(QByteArray(idText, EntityId::kTextLength));
    }
    // New here: written with its merge mark and its search docid, then
    // indexed from the entry in hand (not read back, not written twice).
    // Returns whether it was written: OR IGNORE leaves a client already here.
    const auto insert = [&](bool orIgnore) -> Result<bool> {
        const bool searchable = c.mergedInto.isNull();
        qint64 docid = 0;
        if (searchable) {
            auto minted = mintSearchDocid(m_db, c.search.sortKey);
            if (!minted)
                return minted.error();
            docid = *minted;
        }
        static const QByteArray tail = " INTO client (id, given_name, family_name, preferred_name, date_of_birth, "
                                       "phone, email, address, allergies, alerts, notes, marketing_consent, "
                                       "updated_at, created_at, merged_into, search_sort, search_docid) "
                                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13, ?14, "
                                       "?15, ?16);";
        static const QByteArray ignoring = "INSERT OR IGNORE" + tail;
        static const QByteArray failing = "INSERT OR FAIL" + tail;
        auto i = m_db.prepare((orIgnore ? ignoring : failing).constData());
        if (!i)
            return i.error();
        bind(*i);
        i->bind(14, c.mergedInto);
        if (searchable)
            i->bind(15, c.search.sortKey).bind(16, docid);
        MSP_TRY(i->run());
        if (m_db.changes() == 0)
            return false;
        if (searchable && m_searchBuilder && m_pageBulk)
            m_searchBuilder->add(docid, c.search);
        else if (searchable)
            MSP_TRY(writeSearchEntry(m_db, docid, c.search));
        return true;
    };
    // A catch-up's clients are nearly all new here (every one, in a first
    // sync): inserted first, they cost no UPDATE that finds nothing.
    if (m_pageBulk) {
        auto inserted = insert(true);
        if (!inserted)
            return inserted.error();
        if (*inserted)
            return ok();
    }
    {
        auto u = m_db.prepare(
            "UPDATE OR FAIL client SET given_name = ?2, family_name = ?3, preferred_name = ?4, date_of_birth = ?5, "
            "phone = ?6, email = ?7, address = ?8, allergies = ?9, alerts = ?10, notes = ?11, "
            "marketing_consent = ?12, updated_at = ?13 WHERE id = ?1;");
        if (!u)
            return u.error();
        bind(*u);
        MSP_TRY(u->run());
    }
    if (m_db.changes() == 0) {
        if (m_pageBulk) // neither inserted nor here: a rule of the table refused it
            return Error::make(ErrorCode::Internal,
                               QCoreApplication::translate("msp::store",
                                                           "A pulled client could not be written. Sync again; "
                                                           "nothing was written."));
        auto inserted = insert(false);
        if (!inserted)
            return inserted.error();
        return ok();
    }
    auto q = m_db.prepare("SELECT rowid FROM client WHERE id = ?1;");
    if (!q)
        return q.error();
    q->bind(1, row.id);
    auto rowId = scalar(*q);
    if (!rowId)
        return rowId.error();
    auto mark = m_db.prepare("UPDATE client SET merged_into = ?2 WHERE id = ?1 AND merged_into IS NOT ?2;");
    if (!mark)
        return mark.error();
    MSP_TRY(mark->bind(1, row.id).bind(2, c.mergedInto).run());
    return c.mergedInto.isNull() ? indexClientRow(m_db, *rowId) : unindexClient(m_db, *rowId);
}

void SyncReplica::clearKnownRefs()
{
    for (QSet<QByteArray> &known : m_pageKnownRefs)
        known.clear();
    m_pageServiceBuffers.clear();
}

Result<void> SyncReplica::park(const ReplicaRow &row)
{
    m_pageHasParked = true;
    return upsert(m_db, "UPDATE sync_parked_row SET data = ?3 WHERE type = ?1 AND id = ?2;",
                  "INSERT INTO sync_parked_row (type, id, data) VALUES (?1, ?2, ?3);", [&](Query &q) {
                      q.bind(1, row.type)
                          .bind(2, row.id)
                          .bind(3,
                                QString::fromUtf8(row.data.isEmpty() && !row.dataText.isEmpty()
                                                      ? row.dataText
                                                      : QJsonDocument(row.data).toJson(QJsonDocument::Compact)));
                  });
}

Result<void> SyncReplica::unpark(const ReplicaRow &row)
{
    auto del = m_db.prepare("DELETE FROM sync_parked_row WHERE type = ?1 AND id = ?2;");
    if (!del)
        return del.error();
    return del->bind(1, row.type).bind(2, row.id).run();
}

Result<void> SyncReplica::applyParked()
{
    if (!m_pageHasParked)
        return ok();
    QList<ReplicaRow> parked;
    {
        auto q = m_db.prepare("SELECT type, id, data FROM sync_parked_row;");
        if (!q)
            return q.error();
        auto rows = collectRows<ReplicaRow>(*q, [](const Query &r) {
            return ReplicaRow {r.text(0), r.id(1), QJsonDocument::fromJson(r.text(2).toUtf8()).object()};
        });
        if (!rows)
            return rows.error();
        parked = *rows;
    }
    // Until nothing more can go in: a parked row may wait for another one.
    for (bool progress = true; progress && !parked.isEmpty();) {
        progress = false;
        QList<ReplicaRow> waiting;
        for (const ReplicaRow &row : std::as_const(parked)) {
            const bool record = row.type.startsWith(u"row:");
            auto ready = record ? m_pageRecords->referencesExist(recordOf(row))
                                : referencesExist(PulledAppointment::read(row.data));
            if (!ready)
                return ready.error();
            if (!*ready) {
                waiting.append(row);
                continue;
            }
            progress = true;
            MSP_TRY(unpark(row));
            if (record) {
                auto written = applyRecord(row);
                if (!written)
                    return written.error();
                continue;
            }
            auto pending = hasUnsentChange(row.id);
            if (!pending)
                return pending.error();
            if (!*pending)
                MSP_TRY(applyAppointment(row));
        }
        parked = std::move(waiting);
    }
    return ok();
}

RecordRow SyncReplica::recordOf(const ReplicaRow &row)
{
    return {row.type.mid(4), row.id, row.data};
}

Result<bool> SyncReplica::applyRecord(const ReplicaRow &row)
{
    const RecordRow record = recordOf(row);
    if (!RecordWriter::isRecordKind(record.kind))
        return false; // a newer server's kind: not ours to interpret
    for (const QString &owner : recordOwners(record))
        if (m_pageUnsent->contains(owner))
            return false; // our own change is newer; the server sends it back after our push
    auto ready = m_pageRecords->referencesExist(record);
    if (!ready)
        return ready.error();
    if (!*ready) {
        MSP_TRY(park(row));
        return false;
    }
    auto written = m_pageRecords->write(record);
    if (!written)
        return written.error();
    if (!*written)
        qCWarning(lcStore) << "a synced" << record.kind
                           << "row was refused by this store and skipped:" << record.id.toString();
    return *written;
}

Result<void> SyncReplica::applyConflict(const ReplicaRow &row)
{
    const QJsonObject d = row.data;
    if (d.value(QStringLiteral("resolved")).toBool()) {
        auto q = m_db.prepare("UPDATE attention_item SET resolved_at = ?2, resolution = 'resolved elsewhere' "
                              "WHERE id = ?1 AND resolved_at IS NULL;");
        if (!q)
            return q.error();
        return q->bind(1, row.id).bind(2, QDateTime::currentDateTimeUtc()).run();
    }
    auto exists = m_db.prepare("SELECT count(*) FROM attention_item WHERE id = ?1;");
    if (!exists)
        return exists.error();
    exists->bind(1, row.id);
    auto n = scalar(*exists);
    if (!n)
        return n.error();
    if (*n > 0)
        return ok();
    AttentionItem item;
    item.id = row.id;
    item.kind = QStringLiteral("client_field");
    item.entityId = EntityId::fromString(d.value(QStringLiteral("client_id")).toString());
    item.field = d.value(QStringLiteral("field")).toString();
    item.serverValue = d.value(QStringLiteral("server_value")).toString();
    item.deviceValue = d.value(QStringLiteral("device_value")).toString();
    item.baseValue = d.value(QStringLiteral("base_value")).toString();
    return addAttention(item);
}

Result<void> SyncReplica::applyTombstone(const ReplicaTombstone &t)
{
    if (t.type == u"appointment") {
        for (const char *sql : {"DELETE FROM appointment_history WHERE appointment_id = ?1;",
                                "DELETE FROM appointment WHERE id = ?1 AND NOT EXISTS "
                                "(SELECT 1 FROM invoice WHERE appointment_id = ?1);"}) {
            auto q = m_db.prepare(sql);
            if (!q)
                return q.error();
            MSP_TRY(q->bind(1, t.id).run());
        }
        return ok();
    }
    if (t.type == u"client") {
        // A client with history here (appointments, invoices) is kept; the
        // merge that removed it on the server moves those references.
        auto q = m_db.prepare("SELECT rowid FROM client WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM appointment "
                              "WHERE client_id = ?1) AND NOT EXISTS (SELECT 1 FROM invoice WHERE client_id = ?1);");
        if (!q)
            return q.error();
        q->bind(1, t.id);
        auto row = q->next();
        if (!row)
            return row.error();
        if (!*row)
            return ok();
        const qint64 rowId = q->int64(0);
        MSP_TRY(unindexClient(m_db, rowId));
        auto del = m_db.prepare("DELETE FROM client WHERE id = ?1;");
        if (!del)
            return del.error();
        return del->bind(1, t.id).run();
    }
    return ok();
}

void SyncReplica::readAhead(QList<ReplicaRow> &rows)
{
    for (ReplicaRow &row : rows) {
        if (row.type == u"appointment")
            row.appointment = std::make_shared<const PulledAppointment>(PulledAppointment::read(row.data));
        else if (row.type == u"client")
            row.client = std::make_shared<const PulledClient>(PulledClient::read(row.data));
    }
}

Result<QString> SyncReplica::cursor()
{
    return readSetting(m_db, kCursorKey);
}

Result<void> SyncReplica::resetCursor()
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    MSP_TRY(writeSetting(m_db, kCursorKey, QString()));
    return tx->commit();
}

} // namespace msp::store
