#include "store/database.h"
#include "store/query.h"
#include "store/schema.h"
#include "store/searchindex.h"

namespace msp::store {

// Version 2 adds the client search index: FTS4 over names (accents folded by
// unicode61), phone digits and e-mail, kept in step by the client repository
// inside the same transaction as the client row. Existing clients are indexed
// here.
Result<void> applySchemaV2(Database &db)
{
    MSP_TRY(db.exec(R"sql(
CREATE VIRTUAL TABLE client_search USING fts4(
  names, phone, email,
  tokenize=unicode61 "remove_diacritics=1"
);
)sql"));
    auto q = db.prepare("SELECT rowid, given_name, family_name, preferred_name, phone, email FROM client;");
    if (!q)
        return q.error();
    while (true) {
        auto row = q->next();
        if (!row)
            return row.error();
        if (!*row)
            break;
        MSP_TRY(
            indexClient(db, q->int64(0), q->text(1) + u' ' + q->text(2) + u' ' + q->text(3), q->text(4), q->text(5)));
    }
    return ok();
}

} // namespace msp::store
