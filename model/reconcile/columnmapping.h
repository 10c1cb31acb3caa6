#pragma once

#include <QString>

#include <array>
#include <string_view>
#include <vector>

namespace msp::reconcile {

// The fields the matcher understands. Columns are found by header name; other
// columns are ignored.
enum class Field {
    Id,
    GivenName,
    Surname,
    FullName, // "name" in a file of people, split into given name and surname
    DateOfBirth,
    StreetNumber,
    Address,
    Address2,
    Suburb,
    Postcode,
    State,
    Phone,
    Email,
    Amount,
    Date,
    Memo, // memo / description / payer / name in a file of transactions
    Product,
    Reference, // authorisation code, transaction reference
    Count_,
};

constexpr int kFieldCount = int(Field::Count_);

QString fieldName(Field field);

// Which column holds each field (-1 when absent).
struct ColumnMapping {
    std::array<int, kFieldCount> columns;
    ColumnMapping() { columns.fill(-1); }
    int column(Field f) const { return columns[size_t(f)]; }
    bool has(Field f) const { return column(f) >= 0; }
    void set(Field f, int column) { columns[size_t(f)] = column; }
};

enum class RecordKind {
    People,
    Transactions,
};

// Maps headers by name ("first name", "Given_Name", "DOB", "Zip", ...). The id
// column is `idColumn` when given, else a column called id / rec_id / ID.
ColumnMapping mapColumns(const std::vector<std::string_view> &headers, RecordKind kind, std::string_view idColumn = {});

// "Given_Name " -> "given name": lower case, _ - . and repeated spaces folded.
std::string normaliseHeader(std::string_view header);

} // namespace msp::reconcile
