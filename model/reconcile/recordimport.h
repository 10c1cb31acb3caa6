#pragma once

#include "domain/result.h"
#include "reconcile/columnmapping.h"
#include "reconcile/csvtable.h"
#include "reconcile/dateparser.h"
#include "reconcile/records.h"

#include <string>
#include <vector>

namespace msp::reconcile {

struct ImportOptions {
    std::string idColumn; // header of the id column; default id / rec_id
    std::string defaultCountryCode = "1"; // for phones written without one
    DateOrder dateOrder = DateOrder::Unknown; // Unknown: detect from the column
    bool preferDayFirst = false; // how an ambiguous column (all days <= 12) reads
};

// What the import found, for the column-mapping step of the import screen.
struct ImportSummary {
    ColumnMapping mapping;
    DateOrder dateOrder = DateOrder::Unknown;
    char delimiter = ',';
    TextEncoding encoding = TextEncoding::Utf8;
    qsizetype rowsRead = 0;
    std::vector<RowIssue> issues; // bad rows, reported and left out
};

struct PeopleImport {
    std::vector<PersonRecord> records;
    ImportSummary summary;
};

struct TransactionImport {
    std::vector<TransactionRecord> records;
    ImportSummary summary;
};

// Fails only when the file cannot be used at all (no name column, the id
// column asked for is missing); bad rows land in summary.issues.
Result<PeopleImport> importPeople(const CsvTable &table, const ImportOptions &options = {});
Result<TransactionImport> importTransactions(const CsvTable &table, const ImportOptions &options = {});
// With a mapping chosen by a person (the import screen's column-mapping step
// or a saved preset) instead of one found by header name.
Result<TransactionImport> importTransactions(const CsvTable &table, const ColumnMapping &mapping,
                                             const ImportOptions &options = {});

} // namespace msp::reconcile
