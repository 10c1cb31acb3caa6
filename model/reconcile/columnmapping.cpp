#include "reconcile/columnmapping.h"

#include <QCoreApplication>

#include <string>

namespace msp::reconcile {

namespace {

struct Synonym {
    const char *header;
    Field field;
    bool peopleOnly;
    bool transactionsOnly;
};

// Earlier rows win when two columns could hold the same field.
constexpr Synonym kSynonyms[] = {
    {"rec id", Field::Id, false, false},
    {"id", Field::Id, false, false},
    {"record id", Field::Id, false, false},
    {"given name", Field::GivenName, false, false},
    {"first name", Field::GivenName, false, false},
    {"firstname", Field::GivenName, false, false},
    {"givenname", Field::GivenName, false, false},
    {"forename", Field::GivenName, false, false},
    {"patient first name", Field::GivenName, false, false},
    {"surname", Field::Surname, false, false},
    {"last name", Field::Surname, false, false},
    {"lastname", Field::Surname, false, false},
    {"family name", Field::Surname, false, false},
    {"patient last name", Field::Surname, false, false},
    {"name", Field::FullName, true, false},
    {"full name", Field::FullName, true, false},
    {"client name", Field::FullName, true, false},
    {"patient name", Field::FullName, true, false},
    {"date of birth", Field::DateOfBirth, false, false},
    {"dob", Field::DateOfBirth, false, false},
    {"birth date", Field::DateOfBirth, false, false},
    {"birthdate", Field::DateOfBirth, false, false},
    {"street number", Field::StreetNumber, false, false},
    {"address", Field::Address, false, false},
    {"address 1", Field::Address, false, false},
    {"address1", Field::Address, false, false},
    {"street", Field::Address, false, false},
    {"street address", Field::Address, false, false},
    {"address 2", Field::Address2, false, false},
    {"address2", Field::Address2, false, false},
    {"suburb", Field::Suburb, false, false},
    {"city", Field::Suburb, false, false},
    {"town", Field::Suburb, false, false},
    {"postcode", Field::Postcode, false, false},
    {"post code", Field::Postcode, false, false},
    {"zip", Field::Postcode, false, false},
    {"zip code", Field::Postcode, false, false},
    {"zipcode", Field::Postcode, false, false},
    {"postal code", Field::Postcode, false, false},
    {"state", Field::State, false, false},
    {"phone", Field::Phone, false, false},
    {"phone number", Field::Phone, false, false},
    {"mobile", Field::Phone, false, false},
    {"telephone", Field::Phone, false, false},
    {"email", Field::Email, false, false},
    {"e mail", Field::Email, false, false},
    {"email address", Field::Email, false, false},
    {"amount", Field::Amount, false, true},
    {"net", Field::Amount, false, true},
    {"total", Field::Amount, false, true},
    {"reward amount", Field::Amount, false, true},
    {"redemption amount", Field::Amount, false, true},
    {"date", Field::Date, false, true},
    {"created", Field::Date, false, true},
    {"transaction date", Field::Date, false, true},
    {"redemption date", Field::Date, false, true},
    {"available on", Field::Date, false, true},
    {"arrival date", Field::Date, false, true},
    {"memo", Field::Memo, false, true},
    {"description", Field::Memo, false, true},
    {"payer", Field::Memo, false, true},
    {"name", Field::Memo, false, true},
    {"patient name", Field::Memo, false, true},
    {"client name", Field::Memo, false, true},
    {"customer name", Field::Memo, false, true},
    {"product", Field::Product, false, false},
    {"service", Field::Product, false, false},
    {"treatment", Field::Product, false, false},
    {"product name", Field::Product, false, true},
    {"auth code", Field::Reference, false, true},
    {"authorization code", Field::Reference, false, true},
    {"authorisation code", Field::Reference, false, true},
    {"reference", Field::Reference, false, true},
    {"ref", Field::Reference, false, true},
    {"transaction id", Field::Reference, false, true},
    {"source", Field::Reference, false, true},
};

} // namespace

QString fieldName(Field field)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("msp::reconcile", "id"),
        QT_TRANSLATE_NOOP("msp::reconcile", "given name"),
        QT_TRANSLATE_NOOP("msp::reconcile", "surname"),
        QT_TRANSLATE_NOOP("msp::reconcile", "name"),
        QT_TRANSLATE_NOOP("msp::reconcile", "date of birth"),
        QT_TRANSLATE_NOOP("msp::reconcile", "street number"),
        QT_TRANSLATE_NOOP("msp::reconcile", "address"),
        QT_TRANSLATE_NOOP("msp::reconcile", "address line 2"),
        QT_TRANSLATE_NOOP("msp::reconcile", "suburb"),
        QT_TRANSLATE_NOOP("msp::reconcile", "postcode"),
        QT_TRANSLATE_NOOP("msp::reconcile", "state"),
        QT_TRANSLATE_NOOP("msp::reconcile", "phone"),
        QT_TRANSLATE_NOOP("msp::reconcile", "email"),
        QT_TRANSLATE_NOOP("msp::reconcile", "amount"),
        QT_TRANSLATE_NOOP("msp::reconcile", "date"),
        QT_TRANSLATE_NOOP("msp::reconcile", "memo"),
        QT_TRANSLATE_NOOP("msp::reconcile", "product"),
        QT_TRANSLATE_NOOP("msp::reconcile", "reference"),
    };
    static_assert(sizeof(names) / sizeof(names[0]) == kFieldCount);
    return QCoreApplication::translate("msp::reconcile", names[int(field)]);
}

std::string normaliseHeader(std::string_view header)
{
    std::string out;
    out.reserve(header.size());
    for (const char ch : header) {
        char c = ch;
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c == '_' || c == '-' || c == '.' || c == '\t' || c == '/')
            c = ' ';
        if (c == ' ' && (out.empty() || out.back() == ' '))
            continue;
        out.push_back(c);
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

ColumnMapping mapColumns(const std::vector<std::string_view> &headers, RecordKind kind, std::string_view idColumn)
{
    ColumnMapping m;
    std::vector<std::string> names;
    names.reserve(headers.size());
    for (const auto h : headers)
        names.push_back(normaliseHeader(h));
    if (!idColumn.empty()) {
        const std::string wanted = normaliseHeader(idColumn);
        for (size_t c = 0; c < names.size(); ++c) {
            if (names[c] == wanted) {
                m.set(Field::Id, int(c));
                break;
            }
        }
    }
    for (const Synonym &s : kSynonyms) {
        if ((s.peopleOnly && kind != RecordKind::People) || (s.transactionsOnly && kind != RecordKind::Transactions))
            continue;
        if (m.has(s.field) || (s.field == Field::Id && !idColumn.empty()))
            continue;
        for (size_t c = 0; c < names.size(); ++c) {
            if (names[c] != s.header)
                continue;
            bool taken = false;
            for (const int used : m.columns)
                taken = taken || used == int(c);
            if (!taken) {
                m.set(s.field, int(c));
                break;
            }
        }
    }
    return m;
}

} // namespace msp::reconcile
