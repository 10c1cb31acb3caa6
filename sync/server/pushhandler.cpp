#include "context.h"
#include "handlers.h"
#include "mutationapplier.h"
#include "protocol/apierror.h"
#include "protocol/mutation.h"

#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>
#include <chrono>
#include <optional>
#include <pqxx/pqxx>
#include <thread>

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

// Claims `m` as the device's next mutation and stores its result and audit
// event, and the hint when `hint`, in one statement; false when it is not
// the next one.
bool finish(pqxx::transaction_base &tx, const Caller &caller, const protocol::Mutation &m,
            const protocol::MutationResult &result, bool hint)
{
    const bool applied = result.outcome == protocol::MutationOutcome::Applied;
    const auto audit = auditFor(m);
    return !tx.exec_prepared("push_finish", caller.claims.deviceId, m.id, toJsonText(result), applied,
                             caller.claims.userId, audit.action, audit.entity, audit.entityId, hint)
                .empty();
}

// A mutation aborted by a deadlock or a serialization failure kept nothing
// and is tried again, up to this many times, before the push answers 500.
// On a loaded server (every core busy) the transactions in each other's way
// stay open longer, and four tries can run out (pushes answered 500 in a
// full parallel test run on two cores).
constexpr int kMaxRollbacks = 12;

// Waits a few milliseconds, more after each deadlock (at most a quarter of a
// second), so the transaction that survived one gets through before this
// one writes again.
void backOff(int rollbacks)
{
    const int ms = std::min(250, rollbacks * QRandomGenerator::global()->bounded(5, 25));
    std::this_thread::sleep_for(std::chrono::milliseconds(ms));
}

// Sends the push's hint on its own when the push ends, by an error, after
// applying mutations but before the commit that carries the hint.
class HintGuard
{
public:
    HintGuard(pqxx::connection_base &conn, const std::string &orgId)
        : m_conn(conn)
        , m_orgId(orgId)
    {
    }
    ~HintGuard()
    {
        if (!m_owed)
            return;
        try {
            pqxx::nontransaction tx(m_conn);
            tx.exec_prepared("notify", m_orgId);
        } catch (const std::exception &) {
            // The connection is gone: devices pull on their timer instead.
        }
    }
    HintGuard(const HintGuard &) = delete;
    HintGuard &operator=(const HintGuard &) = delete;

    void committed(bool applied, bool hinted) { m_owed = (m_owed || applied) && !hinted; }

private:
    pqxx::connection_base &m_conn;
    const std::string &m_orgId;
    bool m_owed = false;
};

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
//
// One "pull now" hint goes out for the whole push, with the last mutation's
// commit: each NOTIFY serialises commits across the cluster, and a device
// pulls everything new on one hint. A push cut short by an error after
// applying some still sends it (HintGuard).
HttpResponse handlePush(Context &ctx, const HttpRequest &req, pqxx::connection_base &conn, const Caller &caller)
{
    auto push = protocol::decodePushRequest(QByteArray::fromStdString(req.body));
    if (!push)
        return invalidResponse(push.error());
    ++ctx.metrics.pushes;
    if (push->mutations.isEmpty())
        return jsonResponse(200, protocol::encodePushResponse({}));
    const std::string &device = caller.claims.deviceId;
    protocol::PushResponse out;
    int appliedCount = 0;
    int rejectedCount = 0;
    std::optional<qint64> knownLast; // the device's last id, once the locked path has read it
    HintGuard hint(conn, caller.claims.orgId);
    for (qsizetype i = 0; i < push->mutations.size(); ++i) {
        const auto &m = push->mutations.at(i);
        const bool more = i + 1 < push->mutations.size();
        bool locked = knownLast && m.id != *knownLast + 1;
        // Two devices booking overlapping times at once can deadlock in the
        // exclusion checks; PostgreSQL aborts one, which is retried (nothing
        // of it was kept) instead of answering 500, after a short random
        // wait: a retry at once can put its row back in the survivor's way
        // before the survivor has looked again, and deadlock anew.
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
                        // Only the first mutation can be past a gap: a batch's ids follow each other.
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
                const bool applied = result.outcome == protocol::MutationOutcome::Applied;
                const bool hinted = !more && (applied || appliedCount > 0);
                if (!finish(tx, caller, m, result, hinted)) {
                    tx.abort(); // not the next id: nothing of it is kept
                    locked = true;
                    continue;
                }
                tx.commit();
                hint.committed(applied, hinted);
                knownLast = m.id;
                out.lastMutationId = m.id;
                out.results.append(result);
                (applied ? appliedCount : rejectedCount)++;
                break;
            } catch (const pqxx::transaction_rollback &) {
                if (++rollbacks >= kMaxRollbacks)
                    throw;
                backOff(rollbacks);
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
