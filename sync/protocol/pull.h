#pragma once

#include "domain/result.h"

#include <QJsonObject>
#include <QList>

namespace msp::protocol {

// Position in the server's change feed: rows are ordered by the id of the
// transaction that wrote them, then a sequence. `generation` names the
// server database the cursor belongs to; a cursor of another generation
// (a restored backup, a new database) is answered with 410.
//
// While a first pull pages through one consistent snapshot, `snapshot` names
// it (PostgreSQL's exported snapshot id) and (txid, seq) is the position in
// it; the last page hands over to an ordinary cursor. Devices treat the text
// as opaque. Wire forms: "1.gen.txid.seq" and "2.gen.snapshot.txid.seq".
struct PullCursor {
    QString generation;
    quint64 txid = 0;
    qint64 seq = 0;
    QString snapshot;

    bool isStart() const { return generation.isEmpty(); }
    bool isSnapshot() const { return !snapshot.isEmpty(); }
    QString toString() const; // opaque on the wire; empty for the start
    static Result<PullCursor> fromString(const QString &text);

    friend bool operator==(const PullCursor &, const PullCursor &) = default;
};

struct PullRow {
    QString type; // "appointment", "client", "conflict"
    QString id;
    QJsonObject data;

    friend bool operator==(const PullRow &, const PullRow &) = default;
};

struct Tombstone {
    QString type;
    QString id;

    friend bool operator==(const Tombstone &, const Tombstone &) = default;
};

// GET /v1/sync/pull?cursor=...&limit=...
struct PullResponse {
    QList<PullRow> rows;
    QList<Tombstone> tombstones;
    PullCursor cursor; // pass back on the next pull
    bool hasMore = false;

    friend bool operator==(const PullResponse &, const PullResponse &) = default;
};

// The server also sends a page's cursor and has_more as these headers, the
// same values as in the body, so a device can ask for the next page while it
// still reads this one. A page without them is read first (older servers).
inline constexpr char kPullCursorHeader[] = "Sync-Cursor";
inline constexpr char kPullHasMoreHeader[] = "Sync-Has-More"; // "true" or "false"

QByteArray encodePullResponse(const PullResponse &r);
Result<PullResponse> decodePullResponse(const QByteArray &json);

} // namespace msp::protocol
