#include "protocol/jsonread.h"
#include "protocol/pull.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace msp::protocol {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("msp::protocol", text);
}

Error badCursor()
{
    return Error::invalid(QStringLiteral("cursor"),
                          tr("The cursor is not one this server handed out; pull again "
                             "from the start."));
}
} // namespace

QString PullCursor::toString() const
{
    if (isStart())
        return {};
    if (isSnapshot())
        return QStringLiteral("2.%1.%2.%3.%4").arg(generation, snapshot).arg(txid).arg(seq);
    return QStringLiteral("1.%1.%2.%3").arg(generation).arg(txid).arg(seq);
}

Result<PullCursor> PullCursor::fromString(const QString &text)
{
    if (text.isEmpty())
        return PullCursor {};
    const auto parts = text.split(u'.');
    const bool plain = parts.size() == 4 && parts[0] == u"1";
    const bool inSnapshot = parts.size() == 5 && parts[0] == u"2";
    if (!plain && !inSnapshot)
        return badCursor();
    // PostgreSQL's form of an exported snapshot id ("%08X-%08X-%d"). The
    // server puts it into SQL, so nothing else may pass.
    static const QRegularExpression snapshotId(QStringLiteral("^[0-9A-F]{8}-[0-9A-F]{8}-[0-9]{1,10}$"));
    const qsizetype at = inSnapshot ? 3 : 2;
    bool txOk = false;
    bool seqOk = false;
    PullCursor c {parts[1], parts[at].toULongLong(&txOk), parts[at + 1].toLongLong(&seqOk),
                  inSnapshot ? parts[2] : QString()};
    if (!txOk || !seqOk || c.seq < 0 || QUuid::fromString(c.generation).isNull())
        return badCursor();
    if (inSnapshot && !snapshotId.match(c.snapshot).hasMatch())
        return badCursor();
    return c;
}

QByteArray encodePullResponse(const PullResponse &r)
{
    QJsonArray rows;
    for (const auto &row : r.rows)
        rows.append(QJsonObject {
            {QStringLiteral("type"), row.type}, {QStringLiteral("id"), row.id}, {QStringLiteral("data"), row.data}});
    QJsonArray tombstones;
    for (const auto &t : r.tombstones)
        tombstones.append(QJsonObject {{QStringLiteral("type"), t.type}, {QStringLiteral("id"), t.id}});
    return QJsonDocument(QJsonObject {{QStringLiteral("rows"), rows},
                                      {QStringLiteral("tombstones"), tombstones},
                                      {QStringLiteral("cursor"), r.cursor.toString()},
                                      {QStringLiteral("has_more"), r.hasMore}})
        .toJson(QJsonDocument::Compact);
}

Result<PullResponse> decodePullResponse(const QByteArray &json)
{
    auto root = json::parseObject(json);
    MSP_TRY(root);
    auto rows = json::requireArray(*root, u"rows");
    MSP_TRY(rows);
    auto tombstones = json::requireArray(*root, u"tombstones");
    MSP_TRY(tombstones);
    auto cursorText = json::requireString(*root, u"cursor", true);
    MSP_TRY(cursorText);
    auto cursor = PullCursor::fromString(*cursorText);
    MSP_TRY(cursor);
    auto hasMore = json::optionalBool(*root, u"has_more", false);
    MSP_TRY(hasMore);
    PullResponse r;
    r.cursor = *cursor;
    r.hasMore = *hasMore;
    for (const auto &item : *rows) {
        if (!item.isObject())
            return Error::invalid(QStringLiteral("rows"), tr("Each row must be a JSON object."));
        const auto o = item.toObject();
        auto type = json::requireString(o, u"type");
        MSP_TRY(type);
        auto id = json::requireString(o, u"id");
        MSP_TRY(id);
        auto data = json::requireObject(o, u"data");
        MSP_TRY(data);
        r.rows.append(PullRow {*type, *id, *data});
    }
    for (const auto &item : *tombstones) {
        if (!item.isObject())
            return Error::invalid(QStringLiteral("tombstones"), tr("Each tombstone must be a JSON object."));
        auto type = json::requireString(item.toObject(), u"type");
        MSP_TRY(type);
        auto id = json::requireString(item.toObject(), u"id");
        MSP_TRY(id);
        r.tombstones.append(Tombstone {*type, *id});
    }
    return r;
}

} // namespace msp::protocol
