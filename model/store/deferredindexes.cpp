#include "store/deferredindexes.h"

#include "store/database.h"
#include "store/query.h"
#include "store/settingstore.h"
#include "store/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace msp::store {

namespace {
const QString kDeferredKey = QStringLiteral("sync.deferred_indexes");

Result<bool> settingsExist(Database &db)
{
    auto q = db.prepare("SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'setting');");
    if (!q)
        return q.error();
    auto n = scalar(*q);
    if (!n)
        return n.error();
    return *n != 0;
}

Result<QStringList> deferred(Database &db)
{
    auto text = readSetting(db, kDeferredKey, QString());
    if (!text)
        return text.error();
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text->toUtf8()).array())
        if (v.isString())
            out << v.toString();
    return out;
}

Result<void> setDeferred(Database &db, const QStringList &sql)
{
    return writeSetting(
        db, kDeferredKey,
        sql.isEmpty()
            ? QString()
            : QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(sql)).toJson(QJsonDocument::Compact)));
}
} // namespace

Result<bool> hasDeferredIndexes(Database &db)
{
    auto settings = settingsExist(db);
    if (!settings)
        return settings.error();
    if (!*settings)
        return false;
    auto sql = deferred(db);
    if (!sql)
        return sql.error();
    return !sql->isEmpty();
}

Result<bool> deferCatchUpIndexes(Database &db)
{
    auto already = hasDeferredIndexes(db);
    if (!already)
        return already.error();
    if (*already)
        return false;
    QStringList names;
    QStringList sql;
    struct Table {
        const char *name;
        const char *isEmpty;
    };
    static constexpr Table kTables[] = {{"client", "SELECT NOT EXISTS (SELECT 1 FROM client);"},
                                        {"appointment", "SELECT NOT EXISTS (SELECT 1 FROM appointment);"}};
    for (const Table &table : kTables) {
        {
            // Scoped: a statement still open on the table would lock it.
            auto empty = db.prepare(table.isEmpty);
            if (!empty)
                return empty.error();
            auto isEmpty = scalar(*empty);
            if (!isEmpty)
                return isEmpty.error();
            if (*isEmpty == 0)
                continue;
        }
        // Only indexes written as CREATE INDEX: the primary key's own index
        // has no SQL, and a unique index is a rule, not a speed-up.
        auto q = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?1 "
                            "AND sql IS NOT NULL AND upper(sql) NOT LIKE 'CREATE UNIQUE%' ORDER BY name;");
        if (!q)
            return q.error();
        q->bind(1, QString::fromLatin1(table.name));
        for (;;) {
            auto row = q->next();
            if (!row)
                return row.error();
            if (!*row)
                break;
            names << q->text(0);
            sql << q->text(1);
        }
    }
    if (sql.isEmpty())
        return false;
    MSP_TRY(setDeferred(db, sql));
    for (const QString &name : std::as_const(names))
        MSP_TRY(db.exec(QByteArray("DROP INDEX \"" + name.toUtf8() + "\";").constData()));
    return true;
}

Result<void> restoreDeferredIndexes(Database &db)
{
    auto any = hasDeferredIndexes(db);
    if (!any)
        return any.error();
    if (!*any)
        return ok();
    for (;;) {
        auto tx = Transaction::begin(db);
        if (!tx)
            return tx.error();
        auto sql = deferred(db);
        if (!sql)
            return sql.error();
        if (sql->isEmpty())
            return tx->commit();
        MSP_TRY(db.exec(sql->first().toUtf8().constData()));
        sql->removeFirst();
        MSP_TRY(setDeferred(db, *sql));
        MSP_TRY(tx->commit());
    }
}

} // namespace msp::store
