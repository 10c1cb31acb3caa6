#include "appointmentjson.h"
#include "context.h"
#include "handlers.h"
#include "protocol/apierror.h"
#include "protocol/pull.h"
#include "pullfence.h"
#include "pullsnapshots.h"
#include "statements.h"

#include <cstring>
#include <limits>
#include <optional>
#include <pqxx/pqxx>
#include <stdexcept>
#include <string>
#include <string_view>

namespace msp::server {

namespace ec = protocol::errorcode;

namespace {
// Run before the feed query in its transaction. Each arm must walk its feed
// index, which is already in (txid, seq) order: right after a bulk load,
// before autovacuum has analysed the tables, the planner believes them
// nearly empty and would rather sort, reading every row of the clinic for
// each page (a second per page for 350,000 rows instead of milliseconds).
// An appointment's times come as `timestamp` text, whose form DateStyle
// decides; appendWireTime reads the ISO one and refuses any other. Set here
// (not per connection) so nothing else on the connection can change it.
constexpr char kFeedSettings[] = "SET LOCAL enable_sort = off; SET LOCAL DateStyle = ISO";

struct PageRequest {
    protocol::PullCursor cursor;
    int limit = 0;
    int pending = -1; // not reported
};

// A page's rows and tombstones as JSON text, written around the JSON
// PostgreSQL made for each row (an appointment's from its columns):
// re-parsing every row into QJsonObject would halve the throughput of a
// first snapshot. The shape is protocol::PullResponse's (tests decode it).
// Written before the page is recorded, so a row that cannot be sent fails
// the page having changed nothing.
struct PageBody {
    std::string text; // "{\"rows\":[" and the rows
    std::string tombstones;
    quint64 lastTx = 0; // the position of the last row
    qint64 lastSeq = 0;
    std::size_t rows = 0;
};

TextColumn textColumn(const pqxx::field &f)
{
    if (f.is_null())
        return std::nullopt;
    return std::string_view(f.c_str(), f.size());
}

// Throws for an appointment whose time cannot be sent as wire time (a year
// outside 1-9999, infinity; no booking can write one): the page fails with
// 500 like other bad data, before anything is recorded, and the log names
// the row.
void appendAppointment(std::string &out, const pqxx::row &r)
{
    const AppointmentColumns columns {
        .clientId = textColumn(r[FeedColumn::ClientId]),
        .practitionerId = textColumn(r[FeedColumn::PractitionerId]),
        .serviceId = textColumn(r[FeedColumn::ServiceId]),
        .roomId = textColumn(r[FeedColumn::RoomId]),
        .deviceId = textColumn(r[FeedColumn::DeviceId]),
        .start = textColumn(r[FeedColumn::StartsAt]),
        .end = textColumn(r[FeedColumn::EndsAt]),
        .status = textColumn(r[FeedColumn::Status]),
        .notes = textColumn(r[FeedColumn::Notes]),
        .overbooked = textColumn(r[FeedColumn::Overbooked]),
    };
    if (!appendAppointmentJson(out, columns))
        throw std::runtime_error(std::string("appointment ") + r[FeedColumn::Id].c_str()
                                 + " has a time that cannot be sent as wire time (outside the years 1 to 9999)");
}

PageBody pageBody(const pqxx::result &rows, std::size_t n, const PageRequest &page)
{
    PageBody body;
    body.text.reserve(n * 320 + 256);
    body.text += "{\"rows\":[";
    body.lastTx = page.cursor.txid;
    body.lastSeq = page.cursor.seq;
    body.rows = n;
    bool firstRow = true;
    for (std::size_t i = 0; i < n; ++i) {
        const auto &r = rows[int(i)];
        const char *type = r[FeedColumn::Type].c_str();
        const char *id = r[FeedColumn::Id].c_str();
        body.lastTx = r[FeedColumn::Txid].as<quint64>();
        body.lastSeq = r[FeedColumn::Seq].as<qint64>();
        if (std::strncmp(type, "tombstone:", 10) == 0) {
            if (!body.tombstones.empty())
                body.tombstones += ',';
            body.tombstones += std::string("{\"type\":\"") + (type + 10) + "\",\"id\":\"" + id + "\"}";
            continue;
        }
        std::string &out = body.text;
        if (!firstRow)
            out += ',';
        firstRow = false;
        out += "{\"type\":\"";
        out += type;
        out += "\",\"id\":\"";
        out += id;
        out += "\",\"data\":";
        if (std::strcmp(type, "appointment") == 0)
            appendAppointment(out, r);
        else
            out += r[FeedColumn::Data].c_str();
        out += '}';
    }
    return body;
}

// The answer: the body's rows, then `cursor`, the position of its last row
// as the device is to send it back.
HttpResponse pageResponse(Context &ctx, PageBody body, const protocol::PullCursor &next, bool hasMore)
{
    const std::string cursor = next.toString().toStdString();
    std::string &text = body.text;
    text += "],\"tombstones\":[" + body.tombstones + "],\"cursor\":\"";
    text += cursor;
    text += "\",\"has_more\":";
    text += hasMore ? "true}" : "false}";
    ctx.metrics.pulledRows += long(body.rows);
    HttpResponse out;
    out.body = std::move(text);
    out.headers.emplace_back(protocol::kPullCursorHeader, cursor);
    out.headers.emplace_back(protocol::kPullHasMoreHeader, hasMore ? "true" : "false");
    return out;
}

// Where the device stands (what it has applied, what it has still to send)
// for the console's device list, and the audit line: client data left the
// server.
void recordPull(pqxx::transaction_base &tx, const Caller &caller, const PageRequest &page, std::size_t n)
{
    tx.exec_prepared("device_pulled", caller.claims.deviceId, std::to_string(page.cursor.txid), page.cursor.seq,
                     page.pending);
    if (n > 0)
        tx.exec_prepared("audit", caller.claims.orgId, caller.claims.userId, caller.claims.deviceId, "pull", "feed",
                         std::to_string(n));
}

HttpResponse snapshotGone(Context &ctx)
{
    ++ctx.metrics.pullSnapshotsExpired;
    return errorResponse(410, ec::kCursorExpired,
                         trServer("The server closed the snapshot this first sync was reading (no page was asked for "
                                  "in time); push your outbox, then pull again from the start."));
}

// The change feed after the cursor, below this database's fence
// (pullfence.h), in one READ COMMITTED transaction.
HttpResponse feedPage(Context &ctx, pqxx::connection_base &conn, const Caller &caller, const PageRequest &page)
{
    pqxx::work tx(conn, "pull");
    tx.exec(kFeedSettings);
    // Its own statements before the pull query: their snapshots must be
    // older than the query's.
    const auto fence = readPullFence(tx);
    const auto rows = tx.exec_prepared("pull", caller.claims.orgId, std::to_string(page.cursor.txid), page.cursor.seq,
                                       page.limit + 1, fence.boundText(), fence.othersText());
    const bool hasMore = int(rows.size()) > page.limit;
    const std::size_t n = hasMore ? std::size_t(page.limit) : rows.size();
    PageBody body = pageBody(rows, n, page);
    recordPull(tx, caller, page, n);
    tx.commit();
    const protocol::PullCursor next {QString::fromStdString(ctx.generation), body.lastTx, body.lastSeq};
    return pageResponse(ctx, std::move(body), next, hasMore);
}

// Up to `key.limit` + 1 rows of a snapshot after the key's position, as
// they were when the snapshot was exported, whichever instance exported it.
// Nothing when the snapshot has ended.
std::optional<pqxx::result> readSnapshotRows(pqxx::connection_base &conn, const PullPrefetch::Key &key)
{
    pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> tx(conn, "pull_snapshot");
    try {
        // One round trip; the import must come first. The cursor's parser
        // lets only PostgreSQL's id form through.
        tx.exec("SET TRANSACTION SNAPSHOT " + tx.quote(key.snapshot) + "; " + kFeedSettings);
    } catch (const pqxx::sql_error &e) {
        // 22023: no such snapshot; 55000: its transaction just ended.
        if (e.sqlstate() == "22023" || e.sqlstate() == "55000")
            return std::nullopt;
        throw;
    }
    auto rows = tx.exec_prepared("pull_snapshot", key.orgId, key.txid, key.seq, key.limit + 1);
    tx.commit();
    return rows;
}

// Starts reading the page after `rows` (a full page) on another worker.
void readAhead(Context &ctx, const PullPrefetch::Key &served, const pqxx::result &rows)
{
    if (!ctx.prefetch || !ctx.pool)
        return;
    const auto last = rows[served.limit - 1];
    PullPrefetch::Key next = served;
    next.txid = last[FeedColumn::Txid].c_str();
    next.seq = last[FeedColumn::Seq].as<long long>();
    ctx.prefetch->start(*ctx.pool, next, [next](pqxx::connection_base &conn) {
        auto ahead = readSnapshotRows(conn, next);
        if (!ahead) // the request reads again and answers 410
            throw std::runtime_error("the snapshot ended");
        return std::move(*ahead);
    });
}

// A page of a first pull's snapshot: read ahead while the previous page was
// sent (pullprefetch.h), or now.
HttpResponse snapshotPage(Context &ctx, pqxx::connection_base &conn, const Caller &caller, const PageRequest &page)
{
    const std::string id = page.cursor.snapshot.toStdString();
    const PullPrefetch::Key key {id, caller.claims.orgId, std::to_string(page.cursor.txid), page.cursor.seq,
                                 page.limit};
    auto rows = ctx.prefetch ? ctx.prefetch->take(key) : std::nullopt;
    if (!rows)
        rows = readSnapshotRows(conn, key);
    if (!rows)
        return snapshotGone(ctx);
    const bool inSnapshot = int(rows->size()) > page.limit;
    const std::size_t n = inSnapshot ? std::size_t(page.limit) : rows->size();
    if (inSnapshot)
        readAhead(ctx, key, *rows);
    PageBody body = pageBody(*rows, n, page);
    // Written apart, in one statement: a REPEATABLE READ transaction would
    // fail to update the device's row, which its own push changed after the
    // snapshot.
    pqxx::nontransaction done(conn, "pull_snapshot_done");
    const auto renewed = done.exec_prepared(
        inSnapshot ? "pull_snapshot_page" : "pull_snapshot_last", id, caller.claims.orgId, caller.claims.userId,
        caller.claims.deviceId, std::to_string(page.cursor.txid), page.cursor.seq, page.pending, std::to_string(n));
    if (renewed.empty())
        return snapshotGone(ctx);
    const auto handover = renewed[0][0].as<quint64>();
    if (!inSnapshot && ctx.snapshots)
        ctx.snapshots->close(id);
    if (!inSnapshot && ctx.prefetch)
        ctx.prefetch->drop(id);
    // After the last page the device goes on in the change feed just below
    // the snapshot's fence: rows committed since are sent (some again, which
    // the device applies idempotently), none is skipped. has_more stays
    // true so it goes on at once.
    const auto generation = QString::fromStdString(ctx.generation);
    const auto next = inSnapshot ? protocol::PullCursor {generation, body.lastTx, body.lastSeq, page.cursor.snapshot}
                                 : protocol::PullCursor {generation, handover - 1, std::numeric_limits<qint64>::max()};
    return pageResponse(ctx, std::move(body), next, true);
}
} // namespace

HttpResponse handlePull(Context &ctx, const HttpRequest &req, pqxx::connection_base &conn, const Caller &caller)
{
    PageRequest page;
    const auto cursorIt = req.query.find("cursor");
    auto cursor = protocol::PullCursor::fromString(
        cursorIt == req.query.end() ? QString() : QString::fromStdString(cursorIt->second));
    if (!cursor)
        return invalidResponse(cursor.error());
    if (!cursor->isStart() && cursor->generation.toStdString() != ctx.generation)
        return errorResponse(410, ec::kCursorExpired,
                             trServer("The cursor belongs to another server database; push your outbox, then pull "
                                      "again from the start."));
    page.cursor = *cursor;
    page.limit = ctx.config.pullPageSize;
    if (const auto it = req.query.find("limit"); it != req.query.end()) {
        bool ok = false;
        const int asked = QString::fromStdString(it->second).toInt(&ok);
        if (!ok || asked < 1)
            return errorResponse(400, ec::kInvalid, trServer("limit must be a positive whole number."),
                                 QStringLiteral("limit"));
        page.limit = std::min(asked, 10 * ctx.config.pullPageSize);
    }
    if (const auto it = req.query.find("pending"); it != req.query.end()) {
        bool ok = false;
        page.pending = QString::fromStdString(it->second).toInt(&ok);
        if (!ok || page.pending < 0)
            return errorResponse(400, ec::kInvalid, trServer("pending must be a whole number of at least 0."),
                                 QStringLiteral("pending"));
    }
    ++ctx.metrics.pulls;
    // A first pull reads one consistent snapshot, page by page; with no
    // snapshot to be had it reads the change feed from its start.
    if (page.cursor.isStart() && ctx.snapshots) {
        if (auto id = ctx.snapshots->open(conn, caller.claims.orgId)) {
            page.cursor.generation = QString::fromStdString(ctx.generation);
            page.cursor.snapshot = QString::fromStdString(*id);
            return snapshotPage(ctx, conn, caller, page);
        }
    }
    if (page.cursor.isSnapshot())
        return snapshotPage(ctx, conn, caller, page);
    return feedPage(ctx, conn, caller, page);
}

} // namespace msp::server
