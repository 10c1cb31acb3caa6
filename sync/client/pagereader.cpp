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

bool readNonEmptyString(Scanner &s, QString &out)
{
    return s.readString(out) && !out.isEmpty();
}

bool readRow(Scanner &s, const QByteArray &body, Members &data, store::ReplicaRow &row)
{
    if (!s.beginObject())
        return false;
    Seen type, id, dataSeen;
    QString idText;
    qsizetype dataFrom = 0;
    qsizetype dataTo = 0;
    QByteArrayView key;
    while (s.nextMember(key)) {
        if (key == "type") {
            if (!type.first() || !readNonEmptyString(s, row.type))
                return false;
        } else if (key == "id") {
            if (!id.first() || !readNonEmptyString(s, idText))
                return false;
        } else if (key == "data") {
            if (!dataSeen.first() || s.peek() != Scanner::Kind::Object)
                return false;
            dataFrom = s.offset();
            if (!data.read(s) || data.hasRepeatedNames())
                return false;
            dataTo = s.offset();
        } else if (!s.skipValue()) {
            return false;
        }
    }
    if (s.failed() || !type.any || !id.any || !dataSeen.any)
        return false;
    row.id = EntityId::fromString(idText);
    if (row.type == u"appointment") {
        row.appointment = std::make_shared<const store::PulledAppointment>(store::PulledAppointment::readFrom(data));
        row.dataText = body.sliced(dataFrom, dataTo - dataFrom);
    } else if (row.type == u"client") {
        row.client = std::make_shared<const store::PulledClient>(store::PulledClient::readFrom(data));
        row.dataText = body.sliced(dataFrom, dataTo - dataFrom);
    } else {
        // Records, conflicts, payments: few, and read by name all over.
        row.data = QJsonDocument::fromJson(body.sliced(dataFrom, dataTo - dataFrom)).object();
    }
    return true;
}

bool readRows(Scanner &s, const QByteArray &body, QList<store::ReplicaRow> &rows)
{
    rows.clear();
    if (!s.beginArray())
        return false;
    Members data;
    while (s.nextElement()) {
        store::ReplicaRow &row = rows.emplace_back();
        if (!readRow(s, body, data, row))
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
        if (!s.beginObject())
            return false;
        Seen type, id;
        QString typeText, idText;
        QByteArrayView key;
        while (s.nextMember(key)) {
            if (key == "type") {
                if (!type.first() || !readNonEmptyString(s, typeText))
                    return false;
            } else if (key == "id") {
                if (!id.first() || !readNonEmptyString(s, idText))
                    return false;
            } else if (!s.skipValue()) {
                return false;
            }
        }
        if (s.failed() || !type.any || !id.any)
            return false;
        tombstones.append({typeText, EntityId::fromString(idText)});
    }
    return !s.failed();
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
            QString text;
            ok = cursor.first() && s.readString(text);
            const auto parsed = protocol::PullCursor::fromString(text);
            ok = ok && bool(parsed);
            if (ok)
                page.cursor = parsed->toString();
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
