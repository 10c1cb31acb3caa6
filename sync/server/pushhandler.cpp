#include "context.h"
#include "handlers.h"
#include "mutationapplier.h"
#include "notifylistener.h"
#include "protocol/apierror.h"
#include "protocol/mutation.h"

#include <QJsonDocument>

#include <pqxx/pqxx>

namespace msp::server {

namespace ec = protocol::errorcode;

// Each mutation runs in its own transaction that also records the device's
// last mutation id and the stored result, so a batch resent after a crash or
// a timeout is answered from what was stored and nothing applies twice.
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
    for (const auto &m : push->mutations) {
        // Two devices booking overlapping times at once can deadlock in the
        // exclusion checks; PostgreSQL aborts one, which is retried (nothing
        // of it was kept) instead of answering 500.
        for (int attempt = 1;; ++attempt) {
            try {
                pqxx::work tx(conn);
                const qint64 last = tx.exec_prepared1("device_lock", device)[0].as<qint64>();
                out.lastMutationId = last;
                if (m.id <= last) {
                    const auto stored = tx.exec_prepared("stored_result", device, m.id);
                    protocol::MutationResult r;
                    r.id = m.id;
                    if (!stored.empty()) {
                        auto decoded = protocol::mutationResultFromJson(
                            QJsonDocument::fromJson(QByteArray::fromStdString(stored[0][0].as<std::string>()))
                                .object());
                        if (decoded)
                            r = *decoded;
                    }
                    out.results.append(r);
                    break; // answered from the stored result
                }
                if (m.id > last + 1) {
                    ctx.metrics.addMutations(appliedCount, rejectedCount);
                    auto r = errorResponse(409, ec::kMutationGap,
                                           trServer("Mutation %1 came before %2; resend the outbox from mutation %2.")
                                               .arg(m.id)
                                               .arg(last + 1));
                    r.headers.emplace_back("X-Last-Mutation-Id", std::to_string(last));
                    return r;
                }
                const auto result = applyMutation(ctx, tx, caller, m);
                tx.exec_prepared(
                    "store_result", device, m.id,
                    QJsonDocument(protocol::mutationResultToJson(result)).toJson(QJsonDocument::Compact).toStdString());
                tx.exec_prepared("device_advance", device, m.id);
                if (result.outcome == protocol::MutationOutcome::Applied)
                    tx.exec_prepared("notify", caller.claims.orgId); // delivered at commit, once per transaction
                tx.commit();
                out.lastMutationId = m.id;
                out.results.append(result);
                (result.outcome == protocol::MutationOutcome::Applied ? appliedCount : rejectedCount)++;
                break;
            } catch (const pqxx::transaction_rollback &) {
                if (attempt >= 3)
                    throw;
            }
        }
    }
    ctx.metrics.addMutations(appliedCount, rejectedCount);
    return jsonResponse(200, protocol::encodePushResponse(out));
}

} // namespace msp::server
