#include "store/database.h"
#include "store/query.h"
#include "store/schema.h"
#include "store/searchindex.h"

#include <QList>

namespace msp::store {

// Version 6 makes client search fast at clinic scale and orders it the way
// people read names:
// - client.search_sort: family then given name, accent- and case-folded in
//   C++ (SQLite's NOCASE put "Åkesson" after "Zimmer").
// - client.search_docid: the client's FTS docid, minted in the bucket of its
//   sort key (searchindex.h), so the index hands out matches in name order and
//   a keystroke reads a few hundred of them instead of sorting every match.
// - client_search is rebuilt with prefix indexes for one to three characters,
//   so "a" reads one doclist instead of merging every term that starts with a.
//   The old table is renamed and emptied through its shadow tables rather
//   than dropped: SQLite refuses DROP TABLE while any statement on the
//   connection is still reading, and a migration must not depend on that.
Result<void> applySchemaV6(Database &db)
{
    MSP_TRY(db.exec(R"sql(
ALTER TABLE client ADD COLUMN search_sort TEXT;
ALTER TABLE client ADD COLUMN search_docid INTEGER;
CREATE UNIQUE INDEX client_by_search_docid ON client(search_docid);
ALTER TABLE client_search RENAME TO client_search_v2;
DELETE FROM client_search_v2_content;
DELETE FROM client_search_v2_segments;
DELETE FROM client_search_v2_segdir;
DELETE FROM client_search_v2_docsize;
DELETE FROM client_search_v2_stat;
CREATE VIRTUAL TABLE client_search USING fts4(
  names, phone, email,
  prefix="1,2,3",
  tokenize=unicode61 "remove_diacritics=1"
);
)sql"));
    QList<qint64> rows;
    {
        auto q = db.prepare("SELECT rowid FROM client ORDER BY rowid;");
        if (!q)
            return q.error();
        while (true) {
            auto row = q->next();
            if (!row)
                return row.error();
            if (!*row)
                break;
            rows.append(q->int64(0));
        }
    }
    for (qint64 rowId : rows)
        MSP_TRY(indexClientRow(db, rowId));
    return ok();
}

} // namespace msp::store
