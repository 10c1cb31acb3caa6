#include "reconcilestore/columnpreset.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace msp::reconcilestore {

using reconcile::Field;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("msp::reconcilestore", text);
}

std::string normalised(const QString &header)
{
    return reconcile::normaliseHeader(header.toStdString());
}
} // namespace

QList<Field> transactionFields()
{
    return {Field::Date,    Field::Amount,  Field::Memo,      Field::GivenName,
            Field::Surname, Field::Product, Field::Reference, Field::Id};
}

QString fieldKey(Field field)
{
    switch (field) {
    case Field::Id: return QStringLiteral("id");
    case Field::Date: return QStringLiteral("date");
    case Field::Amount: return QStringLiteral("amount");
    case Field::Memo: return QStringLiteral("memo");
    case Field::GivenName: return QStringLiteral("given_name");
    case Field::Surname: return QStringLiteral("surname");
    case Field::Product: return QStringLiteral("product");
    case Field::Reference: return QStringLiteral("reference");
    default: return {};
    }
}

std::optional<Field> fieldFromKey(QStringView key)
{
    for (const Field f : transactionFields())
        if (fieldKey(f) == key)
            return f;
    return std::nullopt;
}

QList<ColumnPreset> builtInPresets()
{
    // The portal layouts follow the column names of the exports clinics
    // send us; anything they rename is mapped by hand once and saved.
    const auto make = [](QString name, Source source, QMap<Field, QString> headers) {
        ColumnPreset p;
        p.name = std::move(name);
        p.source = source;
        p.headers = std::move(headers);
        return p;
    };
    return {
        make(tr("Generic POS export"), Source::Pos, {}),
        make(tr("Stripe balance transactions"), Source::StripeBalance,
             {{Field::Id, QStringLiteral("id")},
              {Field::Amount, QStringLiteral("Amount")},
              {Field::Date, QStringLiteral("Created (UTC)")},
              {Field::Memo, QStringLiteral("Description")}}),
        make(tr("Stripe payouts"), Source::StripePayout,
             {{Field::Id, QStringLiteral("id")},
              {Field::Amount, QStringLiteral("Amount")},
              {Field::Date, QStringLiteral("Arrival Date (UTC)")},
              {Field::Memo, QStringLiteral("Description")}}),
        make(tr("Allē for Business redemptions"), Source::Alle,
             {{Field::Date, QStringLiteral("Redemption Date")},
              {Field::Amount, QStringLiteral("Reward Amount")},
              {Field::GivenName, QStringLiteral("Patient First Name")},
              {Field::Surname, QStringLiteral("Patient Last Name")},
              {Field::Product, QStringLiteral("Product")},
              {Field::Reference, QStringLiteral("Authorization Code")},
              {Field::Id, QStringLiteral("Transaction ID")}}),
        make(tr("Aspire redemptions"), Source::Aspire,
             {{Field::Date, QStringLiteral("Redemption Date")},
              {Field::Amount, QStringLiteral("Redemption Amount")},
              {Field::Memo, QStringLiteral("Patient Name")},
              {Field::Product, QStringLiteral("Product Name")},
              {Field::Reference, QStringLiteral("Reference Number")}}),
        make(tr("Generic rewards"), Source::Alle,
             {{Field::Date, QStringLiteral("Date")},
              {Field::Amount, QStringLiteral("Amount")},
              {Field::Memo, QStringLiteral("Name")},
              {Field::Product, QStringLiteral("Product")},
              {Field::Reference, QStringLiteral("Code")}}),
    };
}

reconcile::ColumnMapping mappingFor(const reconcile::CsvTable &table, const ColumnPreset &preset)
{
    std::vector<std::string_view> headers;
    for (int c = 0; c < table.columnCount(); ++c)
        headers.push_back(table.header(c));
    const reconcile::ColumnMapping detected = reconcile::mapColumns(headers, reconcile::RecordKind::Transactions);
    reconcile::ColumnMapping m;
    const auto used = [&m](int column) {
        for (const int c : m.columns)
            if (c == column)
                return true;
        return false;
    };
    for (auto it = preset.headers.cbegin(); it != preset.headers.cend(); ++it) {
        const std::string wanted = normalised(it.value());
        for (int c = 0; c < table.columnCount(); ++c) {
            if (reconcile::normaliseHeader(table.header(c)) == wanted && !used(c)) {
                m.set(it.key(), c);
                break;
            }
        }
    }
    for (const Field f : transactionFields()) {
        if (!m.has(f) && detected.has(f) && !used(detected.column(f)))
            m.set(f, detected.column(f));
    }
    return m;
}

QMap<Field, QString> headersOf(const reconcile::CsvTable &table, const reconcile::ColumnMapping &mapping)
{
    QMap<Field, QString> out;
    for (const Field f : transactionFields()) {
        const int c = mapping.column(f);
        if (c >= 0 && c < table.columnCount()) {
            const auto h = table.header(c);
            out.insert(f, QString::fromUtf8(h.data(), qsizetype(h.size())));
        }
    }
    return out;
}

QString headersToJson(const QMap<Field, QString> &headers)
{
    QJsonObject o;
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        o.insert(fieldKey(it.key()), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QMap<Field, QString> headersFromJson(const QString &json)
{
    QMap<Field, QString> out;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (const auto f = fieldFromKey(it.key()))
            out.insert(*f, it.value().toString());
    return out;
}

QString dateOrderKey(reconcile::DateOrder order)
{
    switch (order) {
    case reconcile::DateOrder::YearMonthDay: return QStringLiteral("ymd");
    case reconcile::DateOrder::DayMonthYear: return QStringLiteral("dmy");
    case reconcile::DateOrder::MonthDayYear: return QStringLiteral("mdy");
    case reconcile::DateOrder::Unknown: break;
    }
    return {};
}

reconcile::DateOrder dateOrderFromKey(QStringView key)
{
    for (const auto o :
         {reconcile::DateOrder::YearMonthDay, reconcile::DateOrder::DayMonthYear, reconcile::DateOrder::MonthDayYear})
        if (dateOrderKey(o) == key)
            return o;
    return reconcile::DateOrder::Unknown;
}

} // namespace msp::reconcilestore
