#include "store/database.h"
#include "store/deferredindexes.h"
#include "store/schema.h"

namespace msp::store {

// Version 14 makes a first sync's quarter of a million appointments cheaper
// to write:
// - The insert trigger fills in the buffered block only for a writer that
//   left it out (NULL). It used to look the service up twice for every row
//   to check a block the writer had already computed the same way: the
//   repositories and the sync replica write it with the row.
// - appointment_by_series holds only appointments of a series. Every query
//   on it asks for one series (series_id = ?), which implies NOT NULL, so
//   SQLite still uses it; the single appointments synced from the server
//   (nearly all of them) no longer each cost an entry.
Result<void> applySchemaV14(Database &db)
{
    // A catch-up cut short leaves its indexes to be built later, from the SQL
    // they had; built now, the series index is replaced like any other.
    MSP_TRY(restoreDeferredIndexes(db));
    return db.exec(R"sql(
DROP TRIGGER appointment_block_on_insert;
CREATE TRIGGER appointment_block_on_insert AFTER INSERT ON appointment
WHEN NEW.block_start_utc IS NULL OR NEW.block_end_utc IS NULL
BEGIN
  UPDATE appointment SET
    block_start_utc = NEW.start_utc
      - 60000 * (SELECT buffer_before_min FROM service WHERE service.id = NEW.service_id),
    block_end_utc = NEW.end_utc
      + 60000 * (SELECT buffer_after_min FROM service WHERE service.id = NEW.service_id)
  WHERE id = NEW.id;
END;
DROP INDEX appointment_by_series;
CREATE INDEX appointment_by_series ON appointment(series_id) WHERE series_id IS NOT NULL;
)sql");
}

} // namespace msp::store
