#pragma once

#include "domain/entityid.h"
#include "domain/result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>

namespace msp::store {

class Database;

// One row of a clinic record as it travels between devices (see
// protocol/recordargs.h): the table, the row's id and its columns.
struct RecordRow {
    QString kind;
    EntityId id;
    QJsonObject data;
};

// Whether the outbox mutation `name` travels as record rows.
bool isRecordMutation(const QString &name);

// The rows the outbox mutation `name` about `entityId` wrote, read as they
// are now (a later change to the same row is sent with the earlier one; the
// server keeps the newest). Rows are read whole, so no column can be
// forgotten; columns that only mean something on this device are left out.
Result<QList<RecordRow>> recordRowsFor(Database &db, const QString &name, const EntityId &entityId);

// The ids whose rows a pulled page must not overwrite because a local change
// to them has not reached the server yet: the entities of unsent record
// mutations and the invoices those changes touched.
Result<QSet<QString>> unsentRecordOwners(Database &db);
// The id a pulled row is protected by (its invoice, its import, or itself).
QStringList recordOwners(const RecordRow &row);

// Writes pulled record rows into this device's tables. One per page: it
// remembers each table's columns and references.
class RecordWriter
{
public:
    explicit RecordWriter(Database &db)
        : m_db(db)
    {
    }

    static bool isRecordKind(const QString &kind);
    // Whether every row `row` refers to is here (otherwise it waits, parked).
    Result<bool> referencesExist(const RecordRow &row);
    // Inserts or updates the row (an equal row is left untouched); a new row
    // this device's schema cannot take (a constraint it breaks) is skipped
    // and reported as false, so one bad row never stops the feed.
    Result<bool> write(const RecordRow &row);
    // An open or paid invoice whose lines or tenders came from several
    // devices gets the status its rows now say (paid when the tenders cover
    // the total, tax rounded per line as Invoice does), the same on every
    // device. Void and refunded invoices are left as they are.
    Result<void> settleWrittenInvoices();

private:
    struct Reference {
        QString column;
        QString table;
        QString target;
    };
    struct Table {
        QStringList columns;
        QList<Reference> references;
    };
    Result<const Table *> table(const QString &kind);
    Result<void> writeExtras(const RecordRow &row);

    Database &m_db;
    QHash<QString, Table> m_tables;
    QSet<QString> m_writtenInvoices;
};

} // namespace msp::store
