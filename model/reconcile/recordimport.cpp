#include "reconcile/recordimport.h"

#include "reconcile/amountparser.h"
#include "reconcile/phonetic.h"
#include "reconcile/textfold.h"

#include <QCoreApplication>

#include <cstdio>

namespace msp::reconcile {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("msp::reconcile::Import", text);
}

std::vector<std::string_view> headersOf(const CsvTable &t)
{
    std::vector<std::string_view> h;
    for (int c = 0; c < t.columnCount(); ++c)
        h.push_back(t.header(c));
    return h;
}

std::string_view cellOf(const CsvTable &t, const ColumnMapping &m, qsizetype row, Field f)
{
    const int c = m.column(f);
    return c < 0 ? std::string_view() : t.cell(row, c);
}

DateOrder detectColumnOrder(const CsvTable &t, int column, const ImportOptions &o)
{
    if (o.dateOrder != DateOrder::Unknown || column < 0)
        return o.dateOrder;
    std::vector<std::string_view> samples;
    // Every row votes: a single "25/03" decides a column of ambiguous dates.
    for (qsizetype r = 0; r < t.rowCount(); ++r) {
        const auto v = t.cell(r, column);
        if (!v.empty())
            samples.push_back(v);
    }
    return detectDateOrder(samples, o.preferDayFirst);
}

ImportSummary summaryFor(const CsvTable &t, const ColumnMapping &m)
{
    ImportSummary s;
    s.mapping = m;
    s.delimiter = t.delimiter();
    s.encoding = t.encoding();
    s.issues = t.issues();
    return s;
}

Result<void> checkIdColumn(const ColumnMapping &m, const ImportOptions &o)
{
    if (!o.idColumn.empty() && !m.has(Field::Id))
        return Error::invalid(QStringLiteral("id"),
                              tr("The file has no column called \"%1\". Check --id-column against the header line.")
                                  .arg(QString::fromStdString(o.idColumn)));
    return ok();
}

std::string idFor(const CsvTable &t, const ColumnMapping &m, qsizetype row)
{
    const auto v = cellOf(t, m, row, Field::Id);
    if (!v.empty())
        return std::string(v);
    return std::to_string(t.lineOf(row));
}

void splitFullName(std::string_view full, std::string &given, std::string &surname)
{
    const auto comma = full.find(',');
    if (comma != std::string_view::npos) {
        surname = foldName(full.substr(0, comma));
        given = foldName(full.substr(comma + 1));
        return;
    }
    const std::string folded = foldName(full);
    const auto space = folded.rfind(' ');
    if (space == std::string::npos) {
        surname = folded;
        return;
    }
    given = folded.substr(0, space);
    surname = folded.substr(space + 1);
}

} // namespace

Result<PeopleImport> importPeople(const CsvTable &t, const ImportOptions &o)
{
    const ColumnMapping m = mapColumns(headersOf(t), RecordKind::People, o.idColumn);
    MSP_TRY(checkIdColumn(m, o));
    if (!m.has(Field::Surname) && !m.has(Field::GivenName) && !m.has(Field::FullName))
        return Error::invalid(QStringLiteral("surname"),
                              tr("The file has no name column. Name a column \"surname\", \"last name\" or \"name\"."));
    PeopleImport out;
    out.summary = summaryFor(t, m);
    const int dobColumn = m.column(Field::DateOfBirth);
    out.summary.dateOrder = detectColumnOrder(t, dobColumn, o);
    out.records.reserve(size_t(t.rowCount()));
    for (qsizetype r = 0; r < t.rowCount(); ++r) {
        PersonRecord p;
        p.id = idFor(t, m, r);
        p.line = t.lineOf(r);
        p.givenName = foldName(cellOf(t, m, r, Field::GivenName));
        p.surname = foldName(cellOf(t, m, r, Field::Surname));
        if (p.givenName.empty() && p.surname.empty())
            splitFullName(cellOf(t, m, r, Field::FullName), p.givenName, p.surname);
        const auto dob = cellOf(t, m, r, Field::DateOfBirth);
        if (!dob.empty()) {
            const std::string digits = digitsOnly(dob);
            if (const auto d = parseDate(dob, out.summary.dateOrder, 25)) {
                char buf[16];
                std::snprintf(buf, sizeof buf, "%04d%02d%02d", d->year, d->month, d->day);
                p.dateOfBirth = buf;
            } else if (digits.size() == 8) {
                p.dateOfBirth = digits; // a typo'd date still compares digit by digit
            } else {
                out.summary.issues.push_back({p.line,
                                              tr("date of birth \"%1\" is not a date; the row is kept without it")
                                                  .arg(QString::fromUtf8(dob.data(), qsizetype(dob.size())))});
            }
        }
        p.streetNumber = digitsOnly(cellOf(t, m, r, Field::StreetNumber));
        p.address = foldName(cellOf(t, m, r, Field::Address));
        p.address2 = foldName(cellOf(t, m, r, Field::Address2));
        p.suburb = foldName(cellOf(t, m, r, Field::Suburb));
        p.postcode = foldName(cellOf(t, m, r, Field::Postcode));
        p.state = foldName(cellOf(t, m, r, Field::State));
        p.phone = phoneDigits(cellOf(t, m, r, Field::Phone), o.defaultCountryCode);
        p.email = normaliseEmail(cellOf(t, m, r, Field::Email));
        out.records.push_back(std::move(p));
    }
    out.summary.rowsRead = t.rowCount();
    return out;
}

Result<TransactionImport> importTransactions(const CsvTable &t, const ImportOptions &o)
{
    return importTransactions(t, mapColumns(headersOf(t), RecordKind::Transactions, o.idColumn), o);
}

Result<TransactionImport> importTransactions(const CsvTable &t, const ColumnMapping &m, const ImportOptions &o)
{
    MSP_TRY(checkIdColumn(m, o));
    for (const int c : m.columns)
        if (c >= t.columnCount())
            return Error::invalid(QStringLiteral("mapping"),
                                  tr("The column mapping names a column the file does not have. Choose the "
                                     "columns again."));
    if (!m.has(Field::Amount))
        return Error::invalid(QStringLiteral("amount"),
                              tr("The file has no amount column. Name a column \"amount\" or map one."));
    if (!m.has(Field::Date))
        return Error::invalid(QStringLiteral("date"),
                              tr("The file has no date column. Name a column \"date\" or map one."));
    TransactionImport out;
    out.summary = summaryFor(t, m);
    out.summary.dateOrder = detectColumnOrder(t, m.column(Field::Date), o);
    out.records.reserve(size_t(t.rowCount()));
    for (qsizetype r = 0; r < t.rowCount(); ++r) {
        TransactionRecord x;
        x.id = idFor(t, m, r);
        x.line = t.lineOf(r);
        const auto dateText = cellOf(t, m, r, Field::Date);
        const auto date = parseDate(dateText, out.summary.dateOrder);
        if (!date) {
            out.summary.issues.push_back(
                {x.line,
                 tr("date \"%1\" is not a date").arg(QString::fromUtf8(dateText.data(), qsizetype(dateText.size())))});
            continue;
        }
        x.day = daysFromCivil(date->year, date->month, date->day);
        const auto amountText = cellOf(t, m, r, Field::Amount);
        const auto amount = parseAmount(amountText);
        if (!amount) {
            out.summary.issues.push_back(
                {x.line,
                 tr("amount \"%1\" is not an amount of money")
                     .arg(QString::fromUtf8(amountText.data(), qsizetype(amountText.size())))});
            continue;
        }
        x.amount = *amount;
        std::string memo = foldName(cellOf(t, m, r, Field::Memo));
        if (memo.empty()) {
            std::string given = foldName(cellOf(t, m, r, Field::GivenName));
            std::string surname = foldName(cellOf(t, m, r, Field::Surname));
            memo = given.empty() ? surname : given + ' ' + surname;
        }
        x.name = sortedTokens(memo);
        x.product = foldName(cellOf(t, m, r, Field::Product));
        x.reference = foldName(cellOf(t, m, r, Field::Reference));
        const std::string key = std::to_string(x.day) + '|' + std::to_string(x.amount) + '|' + x.name + '|' + x.product
            + '|' + x.reference;
        x.fingerprint = hashKey(key);
        out.records.push_back(std::move(x));
    }
    out.summary.rowsRead = t.rowCount();
    return out;
}

} // namespace msp::reconcile
