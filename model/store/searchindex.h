#pragma once

#include "domain/result.h"

#include <QString>

namespace msp::store {

class Database;

// The schema version (schemav6.cpp) from which clients carry a sort key and
// a search docid. Before it, the index is keyed by the client's rowid.
inline constexpr int kSortedSearchSchema = 6;

// A client's search docid is its sort bucket shifted left by this many bits
// plus a number unique within the bucket (see sortBucket()).
inline constexpr int kDocidUniqueBits = 22;

// Accents removed (NFD minus combining marks) and case folded, so "Émile",
// "emile" and "EMILE" compare equal.
QString foldForSearch(QStringView text);

// What clients are listed by: family name, then given name, both folded.
QString clientSortKey(QStringView given, QStringView family);

// An order-preserving summary of a sort key (its first eight characters in
// five bits each, up to the first one that is neither a-z nor the separator):
// a < b implies sortBucket(a) <= sortBucket(b). Docids are
// minted inside their key's bucket, so reading the index in docid order reads
// clients in sort order up to ties within one bucket.
qint64 sortBucket(QStringView sortKey);

// Indexes the client stored at `clientRowId` from its own columns: the FTS4
// text (folded names, phone digits and their national and local suffixes,
// e-mail) and, from schema 6 on, its sort key and docid. Replaces what was
// indexed before.
Result<void> indexClientRow(Database &db, qint64 clientRowId);

// The same for a row just inserted with exactly this text, without reading
// it back (a first sync indexes a hundred thousand of them).
struct ClientSearchText {
    QString given;
    QString family;
    QString preferred;
    QString phone;
    QString email;
};
Result<void> indexNewClientRow(Database &db, qint64 clientRowId, const ClientSearchText &text);

// What the index holds for a client, computed from its text alone, so it can
// be done on any thread (the sync engine's reader does it ahead of the
// page's transaction).
struct ClientSearchEntry {
    QString sortKey; // clientSortKey()
    QString names; // folded
    QString phone; // the digit tokens
    QString email; // folded, split at '@' and '.'
    static ClientSearchEntry of(const ClientSearchText &text);
};
// For a client about to be written: a free docid in the bucket of its sort
// key. Write the row with it before the next one is minted.
Result<qint64> mintSearchDocid(Database &db, const QString &sortKey);
// Writes the index entry of a client whose row holds `docid` and the
// entry's sort key (a client new to the index).
Result<void> writeSearchEntry(Database &db, qint64 docid, const ClientSearchEntry &entry);
// The same from the index's own texts (as ClientSearchEntry holds them, or
// as the index returns them), and the entry of `docid` removed; neither
// touches the client's row.
Result<void> writeSearchEntry(Database &db, qint64 docid, QStringView names, QStringView phone, QStringView email);
Result<void> removeSearchEntry(Database &db, qint64 docid);

// Kept for callers that write client rows with raw SQL. Before schema 6 it
// indexes the given text under the rowid; from schema 6 on it is
// indexClientRow() (the row is the source of truth).
Result<void> indexClient(Database &db, qint64 clientRowId, const QString &names, const QString &phoneE164,
                         const QString &email);
// Removes the client from the index; call before deleting the row.
Result<void> unindexClient(Database &db, qint64 clientRowId);

// Builds an FTS4 MATCH expression from what a person typed: every word,
// folded, must match as a prefix. Returns empty when nothing searchable was
// typed.
QString searchExpression(QStringView typed);

} // namespace msp::store
