#pragma once

#include "domain/entityid.h"
#include "reconcile/columnmapping.h"
#include "reconcile/csvtable.h"
#include "reconcile/dateparser.h"
#include "reconcilestore/reconsource.h"

#include <QList>
#include <QMap>

namespace msp::reconcilestore {

// The fields a file of money movements can map, in the order the import
// screen shows them.
QList<reconcile::Field> transactionFields();
QString fieldKey(reconcile::Field field); // "amount": for storage
std::optional<reconcile::Field> fieldFromKey(QStringView key);

// A saved column mapping: which header holds each field. Headers, not column
// numbers, so next month's export with a column added still maps.
struct ColumnPreset {
    EntityId id; // null for the built-in presets
    QString name;
    Source source = Source::Pos;
    QMap<reconcile::Field, QString> headers;
    reconcile::DateOrder dateOrder = reconcile::DateOrder::Unknown; // Unknown: detect

    bool isBuiltIn() const { return id.isNull(); }
};

// Generic POS export, Stripe balance transactions and payouts, Allē for
// Business redemptions, Aspire, and a generic rewards layout.
QList<ColumnPreset> builtInPresets();

// The preset's headers found in the table (compared as normaliseHeader does);
// fields it does not name, or whose header is missing, are found by header
// name as the command line does.
reconcile::ColumnMapping mappingFor(const reconcile::CsvTable &table, const ColumnPreset &preset);
// The headers a mapping points at, to save as a preset.
QMap<reconcile::Field, QString> headersOf(const reconcile::CsvTable &table, const reconcile::ColumnMapping &mapping);

QString headersToJson(const QMap<reconcile::Field, QString> &headers);
QMap<reconcile::Field, QString> headersFromJson(const QString &json);
QString dateOrderKey(reconcile::DateOrder order);
reconcile::DateOrder dateOrderFromKey(QStringView key);

} // namespace msp::reconcilestore
