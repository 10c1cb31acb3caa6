#pragma once

#include "domain/result.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace msp::protocol {

// Clinic records that are neither bookings nor client details (invoices and
// their lines, payments, refunds, deposits, the waitlist, recurring series,
// reconciliation imports and decisions, practitioners and services) travel
// as whole rows: the device sends the rows its change wrote, as they are
// after it, and every other device writes the same rows. The server keeps
// the newest version of each row and serves it in the pull feed as
// "row:<kind>".
struct RecordRow {
    QString kind; // the table: "invoice", "tender_line", ...
    QString id; // the row's UUID
    QJsonObject data; // column -> value, as the device stores it

    friend bool operator==(const RecordRow &, const RecordRow &) = default;
};

// The arguments of every mutation named by recordMutationNames().
struct PutRecordsArgs {
    QString id; // the entity the change was made to
    QList<RecordRow> records;
};

// What one record mutation may write: a change to an invoice cannot also
// rewrite a reconciliation decision.
struct RecordMutationRule {
    QString name;
    QStringList kinds;
};

const QList<RecordMutationRule> &recordMutationRules();
const QStringList &recordMutationNames();
// The rule of `name`, or nullptr when it is not a record mutation.
const RecordMutationRule *recordMutationRule(QStringView name);

// The largest number of rows one mutation may carry.
inline constexpr int kMaxRecordsPerMutation = 20000;

QJsonObject toJson(const PutRecordsArgs &a);
Result<PutRecordsArgs> putRecordsFromJson(const QJsonObject &o);

} // namespace msp::protocol
