#pragma once

#include "domain/entityid.h"
#include "domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

struct sqlite3_stmt;

namespace msp::store {

class Database;

// A use of a cached prepared statement. Binds are 1-based like SQLite's; the
// statement is reset and its bindings cleared when the Query goes away, so the
// next user starts clean.
class Query
{
public:
    Query(Database *db, sqlite3_stmt *stmt)
        : m_db(db)
        , m_stmt(stmt)
    {
    }
    Query(Query &&other) noexcept
        : m_db(other.m_db)
        , m_stmt(std::exchange(other.m_stmt, nullptr))
    {
    }
    Query &operator=(Query &&) = delete;
    Query(const Query &) = delete;
    ~Query();

    Query &bind(int index, QStringView value);
    Query &bind(int index, const QString &value) { return bind(index, QStringView(value)); }
    Query &bind(int index, const char16_t *value) { return bind(index, QString::fromUtf16(value)); }
    Query &bind(int index, qint64 value);
    Query &bind(int index, int value) { return bind(index, qint64(value)); }
    Query &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Query &bind(int index, const QByteArray &blob);
    Query &bind(int index, const EntityId &id); // NULL when the id is null
    Query &bindText(int index, const QByteArray &utf8); // text (not a blob); NULL when empty
    Query &bind(int index, const QDateTime &utc); // ms since epoch, NULL when invalid
    Query &bindNull(int index);

    // Advances to the next row: true when a row is there, false when done.
    Result<bool> next();
    // Runs a statement that returns no rows.
    Result<void> run();

    QString text(int column) const;
    // The column's ASCII text without a copy; valid until the next step.
    QLatin1StringView latin1(int column) const;
    qint64 int64(int column) const;
    bool boolean(int column) const { return int64(column) != 0; }
    QByteArray blob(int column) const;
    EntityId id(int column) const;
    QDateTime dateTime(int column) const; // UTC
    bool isNull(int column) const;
    // For code that copies whole rows (sync of records): the row's shape and
    // each value as JSON (integers, reals, text; a blob as base64 text).
    int columnCount() const;
    QString columnName(int column) const;
    QJsonValue jsonValue(int column) const;

private:
    Database *m_db;
    sqlite3_stmt *m_stmt;
};

// Reads every remaining row of `q` with `read(const Query &)`.
template<typename T, typename Read>
Result<QList<T>> collectRows(Query &q, Read read)
{
    QList<T> out;
    while (true) {
        auto row = q.next();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        out.append(read(q));
    }
}

// Reads the single integer a query such as "SELECT count(*) ..." returns.
Result<qint64> scalar(Query &q);

} // namespace msp::store
