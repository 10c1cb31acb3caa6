#include "store/query.h"

#include "store/database.h"

#include <sqlite3.h>

namespace msp::store {

Query::~Query()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

Query &Query::bind(int index, QStringView value)
{
    // Most text bound is short and ASCII (names, phone numbers, statuses): it
    // is copied to the stack byte for byte instead of through a heap
    // QByteArray. SQLite copies it either way (SQLITE_TRANSIENT).
    constexpr qsizetype kShort = 256;
    if (value.size() <= kShort) {
        char ascii[kShort];
        const QChar *units = value.constData();
        qsizetype i = 0;
        for (; i < value.size() && units[i].unicode() < 0x80; ++i)
            ascii[i] = char(units[i].unicode());
        if (i == value.size()) {
            sqlite3_bind_text(m_stmt, index, ascii, int(i), SQLITE_TRANSIENT);
            return *this;
        }
    }
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Query &Query::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Query &Query::bind(int index, const QByteArray &blob)
{
    sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Query &Query::bind(int index, const EntityId &id)
{
    if (id.isNull())
        return bindNull(index);
    char text[EntityId::kTextLength];
    id.writeText(text);
    sqlite3_bind_text(m_stmt, index, text, EntityId::kTextLength, SQLITE_TRANSIENT);
    return *this;
}

Query &Query::bindText(int index, const QByteArray &utf8)
{
    if (utf8.isEmpty())
        return bindNull(index);
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Query &Query::bind(int index, const QDateTime &utc)
{
    return utc.isValid() ? bind(index, utc.toMSecsSinceEpoch()) : bindNull(index);
}

Query &Query::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Result<bool> Query::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return m_db->lastError(QStringLiteral("reading or writing"));
}

Result<void> Query::run()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW)
        return ok();
    return m_db->lastError(QStringLiteral("writing"));
}

QString Query::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QLatin1StringView Query::latin1(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? QLatin1StringView(p, sqlite3_column_bytes(m_stmt, column)) : QLatin1StringView();
}

qint64 Query::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QByteArray Query::blob(int column) const
{
    const void *p = sqlite3_column_blob(m_stmt, column);
    return p ? QByteArray(static_cast<const char *>(p), sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

EntityId Query::id(int column) const
{
    // Ids are ASCII: parsed from SQLite's bytes without a QString each.
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? EntityId::fromLatin1(QLatin1StringView(p, sqlite3_column_bytes(m_stmt, column))) : EntityId();
}

QDateTime Query::dateTime(int column) const
{
    if (isNull(column))
        return {};
    return QDateTime::fromMSecsSinceEpoch(int64(column), Qt::UTC);
}

Result<qint64> scalar(Query &q)
{
    auto row = q.next();
    if (!row)
        return row.error();
    return *row ? q.int64(0) : 0;
}

bool Query::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

int Query::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

QString Query::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, column));
}

QJsonValue Query::jsonValue(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_NULL: return QJsonValue(QJsonValue::Null);
    case SQLITE_INTEGER: return QJsonValue(int64(column));
    case SQLITE_FLOAT: return QJsonValue(sqlite3_column_double(m_stmt, column));
    case SQLITE_BLOB: return QJsonValue(QString::fromLatin1(blob(column).toBase64()));
    default: return QJsonValue(text(column));
    }
}

} // namespace msp::store
