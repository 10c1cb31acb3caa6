#pragma once

#include "domain/entityid.h"
#include "domain/result.h"
#include "domain/user.h"
#include "store/outbox.h"
#include "store/pulledrows.h"
#include "store/recordrows.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>

#include <array>
#include <memory>
#include <optional>

namespace msp::store {

class Database;
class AuditLog;
class SearchIndexBuilder;

// A row of server state, as the sync engine received it.
struct ReplicaRow {
    QString type; // "client", "appointment", "conflict"
    EntityId id;
    QJsonObject data;
    // The data as the server sent it, when `data` was left unread because
    // the columns below were read straight from the page: what a parked row
    // keeps.
    QByteArray dataText;
    // An appointment's or a client's columns read ahead from `data`
    // (readAhead()), on another thread than the one applying the page; read
    // then when null.
    std::shared_ptr<const PulledAppointment> appointment;
    std::shared_ptr<const PulledClient> client;
};

struct ReplicaTombstone {
    QString type;
    EntityId id;
};

// What the server answered for one pushed mutation.
struct PushOutcome {
    qint64 pushId = 0;
    bool applied = true;
    QString reason; // rejected: "slot_taken", "not_permitted", ...
    QString message; // for people
    QJsonObject details; // conflicting booking, next free slots
};

// An entry of the "Needs attention" inbox.
struct AttentionItem {
    EntityId id;
    QString kind; // "booking_rejected" or "client_field"
    EntityId entityId;
    QString field;
    QString serverValue;
    QString deviceValue;
    QString baseValue;
    QString message;
    QJsonObject details;
    QDateTime createdAt;
    QDateTime resolvedAt;
    QString resolution;
};

// The store side of sync: which local changes go to the server next, what it
// answered, and applying the server's changes. Every method is one
// transaction, so a crash between any two steps loses nothing and repeats
// nothing (the push ids make a resent batch harmless).
class SyncReplica
{
public:
    SyncReplica(Database &db, AuditLog &audit, Outbox &outbox)
        : m_db(db)
        , m_audit(audit)
        , m_outbox(outbox)
    {
    }

    // Gives push ids to new outbox mutations the server understands
    // (`pushable`), in order, and returns up to `limit` of those not yet
    // answered, oldest first.
    Result<QList<OutboxMutation>> nextBatch(const QStringList &pushable, int limit);
    Result<qint64> pendingPushCount();
    // Whether there are local changes not yet given a push id (new work).
    Result<bool> hasNewLocalChanges();
    // Records the server's answers: applied mutations leave the outbox and
    // their appointments become confirmed; rejected ones leave the outbox,
    // mark the appointment rejected and open a "Needs attention" item.
    Result<void> recordOutcomes(const QList<PushOutcome> &outcomes);

    // Applies one pulled page and moves the cursor, in one transaction. Rows
    // with local changes not yet acknowledged are left alone: the server will
    // send them again after the push. `moreWaiting` (the server said so): a
    // large page into empty client or appointment tables defers their
    // indexes (deferredindexes.h) and runs with the catch-up settings
    // (catchup.h); the last page of the catch-up builds them again.
    Result<void> applyPage(const QList<ReplicaRow> &rows, const QList<ReplicaTombstone> &tombstones,
                           const QString &nextCursor, bool moreWaiting = false);
    // What can be done with a page before its transaction, on any thread
    // (the sync engine's reader): reads each appointment's and client's
    // columns.
    static void readAhead(QList<ReplicaRow> &rows);
    // Whether applyPage() treats a page as part of a catch-up (deferred
    // indexes, catch-up settings).
    static bool isCatchUpPage(qsizetype rows, bool moreWaiting);
    // A catch-up page applied inside a transaction the caller holds open
    // across several pages (the page applier's batches: fewer, larger commits
    // write each index page they touch fewer times). The page's rows and its
    // cursor go in together; the caller commits, and calls finishCatchUp()
    // (catchup.h) when the catch-up ends. The transaction is a CatchUpBatch
    // (catchup.h); a page with tombstones is refused (apply it with
    // applyPage()).
    Result<void> applyCatchUpPage(const QList<ReplicaRow> &rows, const QList<ReplicaTombstone> &tombstones,
                                  const QString &nextCursor);
    // New clients of catch-up pages are indexed for search by `builder`
    // (searchindexbuilder.h) instead of here; nullptr: indexed here.
    void setSearchIndexBuilder(SearchIndexBuilder *builder) { m_searchBuilder = builder; }
    // The clients a catch-up's pages wrote or found, kept by the caller from
    // one page to the next so an appointment's client is looked up once per
    // catch-up, not once per page. Only a tombstone deletes a client, and a
    // page with tombstones is never batched: the caller empties the set
    // before any other page and when a batch rolls back.
    void setCatchUpClients(QSet<QByteArray> *known) { m_catchUpClients = known; }

    Result<QString> cursor();
    // The server's id of this clinic (its organisation), learnt at sign-in;
    // empty before the first sign-in.
    Result<QString> serverOrgId();
    Result<void> setServerOrgId(const QString &orgId);
    // Forgets the cursor so the next pull starts from a fresh snapshot (after
    // a 410); local data and the outbox are kept.
    Result<void> resetCursor();

    Result<QList<AttentionItem>> openAttentionItems();
    Result<void> resolveAttentionItem(const Actor &actor, const EntityId &itemId, const QString &resolution);
    // Resolves a refused booking by moving it (usually to one of the
    // suggested free slots) and sending it again; one transaction, audited.
    Result<void> rebookRejected(const Actor &actor, const EntityId &itemId, const QDateTime &startUtc,
                                const QDateTime &endUtc);
    // Resolves a refused booking by sending it again at the same time as an
    // overbooking, with the reason (roles with Permission::Overbook only);
    // one transaction, audited.
    Result<void> overbookRejected(const Actor &actor, const EntityId &itemId, const QString &reason);
    // Resolves a refused booking by cancelling it here (the server never had it).
    Result<void> cancelRejected(const Actor &actor, const EntityId &itemId, const QString &reason);

private:
    Result<QList<OutboxMutation>> withRecordRows(QList<OutboxMutation> batch);
    Result<void> applyRows(const QList<ReplicaRow> &rows, const QList<ReplicaTombstone> &tombstones,
                           const QString &nextCursor, bool bulk);
    Result<bool> hasUnsentChange(const EntityId &entityId);
    Result<void> applyClient(const ReplicaRow &row);
    Result<void> applyAppointment(const ReplicaRow &row);
    // A catch-up page's appointments (syncreplicaappointments.cpp), each
    // written as it comes with its block, the insert trigger paused.
    Result<void> writeCatchUpAppointment(const ReplicaRow &row, const PulledAppointment &a);
    Result<std::pair<qint64, qint64>> serviceBuffers(const QByteArray &serviceId); // minutes before, after
    Result<void> pauseBlockTrigger();
    Result<void> resumeBlockTrigger();
    static RecordRow recordOf(const ReplicaRow &row);
    Result<bool> applyRecord(const ReplicaRow &row); // false: skipped or parked
    // From `first` on, in the order client, practitioner, service, room,
    // device (1: all but the client).
    Result<bool> referencesExist(const PulledAppointment &a, size_t first = 0);
    // The rows of kind `k` (m_pageKnownRefs order) known to be here: the
    // catch-up's clients when the caller keeps them, else this page's.
    QSet<QByteArray> &knownRefs(size_t k)
    {
        return k == 0 && m_catchUpClients ? *m_catchUpClients : m_pageKnownRefs[k];
    }
    Result<void> park(const ReplicaRow &row);
    Result<void> unpark(const ReplicaRow &row); // it is applied now, or a newer version came
    Result<void> applyParked();
    Result<void> applyConflict(const ReplicaRow &row);
    Result<void> applyTombstone(const ReplicaTombstone &t);
    Result<void> addAttention(const AttentionItem &item);
    Result<void> sendRejectedAgain(const Actor &actor, const EntityId &itemId, const QDateTime &startUtc,
                                   const QDateTime &endUtc, const QString &overbookReason, const QString &auditAction,
                                   const QString &resolution);

    void clearKnownRefs();
    Result<void> beginPage();
    void endPage();
    Result<void> flushNewAppointments();

    Database &m_db;
    AuditLog &m_audit;
    Outbox &m_outbox;
    // While a page is applied: the entities with unsent changes, and whether
    // anything is parked, read once for the page instead of once per row
    // (the page's transaction holds the write lock, so only it changes them).
    std::optional<QSet<QString>> m_pageUnsent;
    bool m_pageHasParked = true;
    std::optional<RecordWriter> m_pageRecords;
    bool m_pageNewAppointments = false; // rows wait in temp.sync_new_appointment
    // A catch-up page (applyPage's `bulk`), and the insert trigger's SQL
    // while the page has it paused (empty: the store has none).
    bool m_pageBulk = false;
    std::optional<QByteArray> m_pausedBlockTrigger;
    // Rows this page found or wrote (clients, practitioners, services, rooms,
    // devices: in that order), so each appointment does not look up its
    // practitioner, service and room again; nothing in a page deletes them
    // before its tombstones.
    std::array<QSet<QByteArray>, 5> m_pageKnownRefs;
    QHash<QByteArray, std::pair<qint64, qint64>> m_pageServiceBuffers;
    // Clients known to be here for the rest of a catch-up (setCatchUpClients()).
    QSet<QByteArray> *m_catchUpClients = nullptr;
    SearchIndexBuilder *m_searchBuilder = nullptr;
};

} // namespace msp::store
