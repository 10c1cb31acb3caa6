#include "context.h"
#include "handlers.h"
#include "mutationapplier.h"
#include "protocol/apierror.h"
#include "protocol/mutation.h"

#include <QJsonDocument>

#include <optional>
#include <pqxx/pqxx>

namespace msp::server {

namespace ec = protocol::errorcode;

namespace {

std::string toJsonText(const protocol::MutationResult &r)
{
    return QJsonDocument(protocol::mutationResultToJson(r)).toJson(QJsonDocument::Compact).toStdString();
}

protocol::MutationResult storedResult(pqxx::transaction_base &tx, const std::string &device, qint64 id)
{
    protocol::MutationResult r;
    r.id = id;
    const auto stored = tx.exec_prepared("stored_result", device, id);
    if (!stored.empty()) {
        auto decoded = protocol::mutationResultFromJson(
            QJsonDocument::fromJson(QByteArray::fromStdString(stored[0][0].as<std::string>())).object());
        if (decoded)
            r = *decoded;
    }
    return r;
}

// Claims `m` as the device's next mutation and stores its result, its audit
// event and the hint, in one statement; false when it is not the next one.
bool finish(pqxx::transaction_base &tx, const Caller &caller, const protocol::Mutation &m,
            const protocol::MutationResult &result)
{
    const bool applied = result.outcome == protocol::MutationOutcome::Applied;
    const auto audit = auditFor(m);
    return !tx.exec_prepared("push_finish", caller.claims.deviceId, m.id, toJsonText(result), applied,
                             caller.claims.userId, audit.action, audit.entity, audit.entityId)
                .empty();
}

} // namespace

// Each mutation runs in its own transaction that also records the device's
// last mutation id and the stored result, so a batch resent after a crash or
// a timeout is answered from what was stored and nothing applies twice.
//
// The usual mutation, the device's next one colliding with no booking, takes
// four round trips: BEGIN, its write, push_finish (which claims the id), and
// COMMIT. Anything else takes the locked path: the device's row is locked
// and its last id read first, a resent mutation is answered from its stored
// result, a gap is refused, and a booking is written in a savepoint so a
// collision becomes a slot_taken answer with the booking in the way.
HttpResponse handlePush(Context &ctx, const HttpRequest &req, pqxx::connection_base &conn, const Caller &caller)
{
    auto push = protocol::decodePushRequest(QByteArray::fromStdString(req.body));
    if (!push)
        return invalidResponse(push.error());
    ++ctx.metrics.pushes;
    const std::string &device = caller.claims.deviceId;
    protocol::PushResponse out;
    int appliedCount = 0;
    int rejectedCount = 0;
    std::optional<qint64> knownLast; // the device's last id, once the locked path has read it
    for (const auto &m : push->mutations) {
        bool locked = knownLast && m.id != *knownLast + 1;
        // Two devices booking overlapping times at once can deadlock in the
        // exclusion checks; PostgreSQL aborts one, which is retried (nothing
        // of it was kept) instead of answering 500.
        for (int rollbacks = 0;;) {
            try {
                pqxx::work tx(conn);
                if (locked) {
                    const qint64 last = tx.exec_prepared1("device_lock", device)[0].as<qint64>();
                    knownLast = last;
                    out.lastMutationId = last;
                    if (m.id <= last) {
                        out.results.append(storedResult(tx, device, m.id));
                        break; // answered from the stored result
                    }
                    if (m.id > last + 1) {
                        ctx.metrics.addMutations(appliedCount, rejectedCount);
                        auto r
                            = errorResponse(409, ec::kMutationGap,
                                            trServer("Mutation %1 came before %2; resend the outbox from mutation %2.")
                                                .arg(m.id)
                                                .arg(last + 1));
                        r.headers.emplace_back("X-Last-Mutation-Id", std::to_string(last));
                        return r;
                    }
                }
                const auto result
                    = applyMutation(ctx, tx, caller, m, locked ? CollisionMode::Savepoints : CollisionMode::Optimistic);
                if (!finish(tx, caller, m, result)) {
                    tx.abort(); // not the next id: nothing of it is kept
                    locked = true;
                    continue;
                }
                tx.commit();
                knownLast = m.id;
                out.lastMutationId = m.id;
                out.results.append(result);
                (result.outcome == protocol::MutationOutcome::Applied ? appliedCount : rejectedCount)++;
                break;
            } catch (const pqxx::transaction_rollback &) {
                if (++rollbacks >= 3)
                    throw;
            } catch (const pqxx::sql_error &e) {
                if (locked || !isSlotCollision(e))
                    throw;
                locked = true; // written again in a savepoint, to answer with the booking in the way
            }
        }
    }
    ctx.metrics.addMutations(appliedCount, rejectedCount);
    return jsonResponse(200, protocol::encodePushResponse(out));
}

} // namespace msp::server
