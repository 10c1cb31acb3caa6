#include "store/database.h"
#include "store/query.h"
#include "store/schema.h"
#include "store/searchindex.h"

#include <QList>

#include <algorithm>
#include <utility>

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
    // Indexed in name order, so docids reach FTS4 ascending: a smaller docid
    // than the last one makes FTS4 flush its pending terms into a new
    // segment, which in rowid order would happen for nearly every client.
    QList<std::pair<QString, qint64>> rows;
    {
        auto q = db.prepare("SELECT rowid, given_name, family_name FROM client;");
        if (!q)
            return q.error();
        while (true) {
            auto row = q->next();
            if (!row)
                return row.error();
            if (!*row)
                break;
            rows.append({clientSortKey(q->text(1), q->text(2)), q->int64(0)});
        }
    }
    std::sort(rows.begin(), rows.end());
    for (const auto &row : rows)
        MSP_TRY(indexClientRow(db, row.second));
    return ok();
}

} // namespace msp::store
