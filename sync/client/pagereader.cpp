#include "pagereader.h"

#include "protocol/jsonscanner.h"
#include "protocol/pull.h"
#include "store/pulledrows.h"
#include "store/syncreplica.h"

#include <QJsonDocument>

namespace msp::sync {

namespace {
using protocol::json::Members;
using protocol::json::Scanner;

// A name given twice makes the reader step aside: which one counts is
// QJsonDocument's business.
struct Seen {
    bool any = false;
    bool first()
    {
        const bool was = any;
        any = true;
        return !was;
    }
};

// A type's or an id's text, which the server writes without escapes (one
// with escapes makes the reader step aside).
bool readPlainString(Scanner &s, QByteArrayView &inner)
{
    bool escaped = false;
    return s.readRawString(inner, escaped) && !escaped && !inner.isEmpty();
}

// Nearly every row's type, shared instead of made for each row.
QString typeOf(QByteArrayView text)
{
    static const QString appointment = QStringLiteral("appointment");
    static const QString client = QStringLiteral("client");
    if (text == "appointment")
        return appointment;
    if (text == "client")
        return client;
    return QString::fromUtf8(text);
}

// One {"type": ..., "id": ..., ...} object, as rows and tombstones are:
// `other(key)` reads any other member (false: step aside). The id is read
// as QUuid reads it, from its text with no QString made.
template<typename Other>
bool readTypedObject(Scanner &s, QString &type, EntityId &id, Other other)
{
    if (!s.beginObject())
        return false;
    Seen typeSeen, idSeen;
    QByteArrayView key;
    QByteArrayView text;
    while (s.nextMember(key)) {
        bool ok = true;
        if (key == "type") {
            ok = typeSeen.first() && readPlainString(s, text);
            if (ok)
                type = typeOf(text);
        } else if (key == "id") {
            ok = idSeen.first() && readPlainString(s, text);
            if (ok)
                id = EntityId::fromLatin1(QLatin1StringView(text));
        } else
            ok = other(key);
        if (!ok)
            return false;
    }
    return !s.failed() && typeSeen.any && idSeen.any;
}

bool readRow(Scanner &s, const QByteArray &body, Members &data, store::ReplicaRow &row)
{
    Seen dataSeen;
    qsizetype dataFrom = 0;
    qsizetype dataTo = 0;
    const bool read = readTypedObject(s, row.type, row.id, [&](QByteArrayView key) {
        if (key != "data")
            return s.skipValue();
        if (!dataSeen.first() || s.peek() != Scanner::Kind::Object)
            return false;
        dataFrom = s.offset();
        if (!data.read(s) || data.hasRepeatedNames())
            return false;
        dataTo = s.offset();
        return true;
    });
    if (!read || !dataSeen.any)
        return false;
    const QByteArray dataText = body.sliced(dataFrom, dataTo - dataFrom);
    if (row.type == u"appointment") {
        row.appointment = std::make_shared<const store::PulledAppointment>(store::PulledAppointment::readFrom(data));
        row.dataText = dataText;
    } else if (row.type == u"client") {
        row.client = std::make_shared<const store::PulledClient>(store::PulledClient::readFrom(data));
        row.dataText = dataText;
    } else {
        // Records, conflicts, payments: few, and read by name all over.
        row.data = QJsonDocument::fromJson(dataText).object();
    }
    return true;
}

bool readRows(Scanner &s, const QByteArray &body, QList<store::ReplicaRow> &rows)
{
    rows.clear();
    if (!s.beginArray())
        return false;
    // A row takes a few hundred bytes of the page: room for them all at once
    // instead of growing (and moving every row) a dozen times.
    rows.reserve(body.size() / 256 + 1);
    Members data;
    while (s.nextElement()) {
        if (!readRow(s, body, data, rows.emplace_back()))
            return false;
    }
    return !s.failed();
}

bool readTombstones(Scanner &s, QList<store::ReplicaTombstone> &tombstones)
{
    tombstones.clear();
    if (!s.beginArray())
        return false;
    while (s.nextElement()) {
        QString type;
        EntityId id;
        if (!readTypedObject(s, type, id, [&s](QByteArrayView) { return s.skipValue(); }))
            return false;
        tombstones.append({type, id});
    }
    return !s.failed();
}

bool readCursor(Scanner &s, QString &out)
{
    QString text;
    if (!s.readString(text))
        return false;
    const auto cursor = protocol::PullCursor::fromString(text);
    if (!cursor)
        return false;
    out = cursor->toString();
    return true;
}
} // namespace

std::optional<PulledPage> readPageText(const QByteArray &body)
{
    Scanner s(body);
    PulledPage page;
    Seen rows, tombstones, cursor, hasMore;
    if (!s.beginObject())
        return std::nullopt;
    QByteArrayView key;
    while (s.nextMember(key)) {
        bool ok = true;
        if (key == "rows") {
            ok = rows.first() && readRows(s, body, page.rows);
        } else if (key == "tombstones") {
            ok = tombstones.first() && readTombstones(s, page.tombstones);
        } else if (key == "cursor") {
            ok = cursor.first() && readCursor(s, page.cursor);
        } else if (key == "has_more") {
            ok = hasMore.first();
            if (ok && s.peek() == Scanner::Kind::Null)
                ok = s.skipValue();
            else if (ok)
                ok = s.readBool(page.hasMore);
        } else {
            ok = s.skipValue();
        }
        if (!ok)
            return std::nullopt;
    }
    if (s.failed() || !s.atEnd() || !rows.any || !tombstones.any || !cursor.any)
        return std::nullopt;
    return page;
}

Result<PulledPage> readPageDocument(const QByteArray &body)
{
    auto page = protocol::decodePullResponse(body);
    if (!page)
        return page.error();
    PulledPage out;
    out.cursor = page->cursor.toString();
    out.hasMore = page->hasMore;
    out.rows.reserve(page->rows.size());
    for (const protocol::PullRow &r : std::as_const(page->rows))
        out.rows.append({r.type, EntityId::fromString(r.id), r.data});
    for (const protocol::Tombstone &t : std::as_const(page->tombstones))
        out.tombstones.append({t.type, EntityId::fromString(t.id)});
    store::SyncReplica::readAhead(out.rows);
    return out;
}

} // namespace msp::sync
