#include "store/processorreplica.h"

#include "store/database.h"
#include "store/query.h"
#include "store/syncreplica.h"
#include "store/upsert.h"
#include "store/wiretime.h"

#include <QJsonObject>

namespace msp::store {

namespace {
qint64 minor(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toInteger(0);
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

Result<void> applyPayment(Database &db, const QJsonObject &d, const QString &fallbackId)
{
    QString intent = str(d, "intent_id");
    if (intent.isEmpty())
        intent = fallbackId;
    if (intent.isEmpty())
        return ok(); // nothing to key it by: not ours to interpret
    return upsert(
        db,
        "UPDATE processor_payment SET payment_id = ?2, status = ?3, stripe_status = ?4, status_at = ?5, "
        "amount_minor = ?6, currency = ?7, amount_received_minor = ?8, amount_refunded_minor = ?9, refunded_at = ?10, "
        "charge_id = ?11, failure_code = ?12, failure_message = ?13, updated_at = ?14 WHERE intent_id = ?1;",
        "INSERT INTO processor_payment (intent_id, payment_id, status, stripe_status, status_at, amount_minor, "
        "currency, amount_received_minor, amount_refunded_minor, refunded_at, charge_id, failure_code, "
        "failure_message, updated_at) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14);",
        [&](Query &q) {
            q.bind(1, intent);
            const QString paymentId = str(d, "payment_id");
            if (paymentId.isEmpty())
                q.bindNull(2);
            else
                q.bind(2, paymentId);
            q.bind(3, str(d, "status")).bind(4, str(d, "stripe_status")).bind(5, readWireTime(d.value(u"status_at")));
            q.bind(6, minor(d, "amount")).bind(7, str(d, "currency").toUpper());
            q.bind(8, minor(d, "amount_received")).bind(9, minor(d, "amount_refunded"));
            q.bind(10, readWireTime(d.value(u"refunded_at"))).bind(11, str(d, "charge_id"));
            q.bind(12, str(d, "failure_code")).bind(13, str(d, "failure_message"));
            q.bind(14, QDateTime::currentDateTimeUtc());
        });
}

Result<void> applyPayout(Database &db, const QJsonObject &d, const QString &fallbackId)
{
    QString payout = str(d, "payout_id");
    if (payout.isEmpty())
        payout = fallbackId;
    if (payout.isEmpty())
        return ok();
    return upsert(db,
                  "UPDATE processor_payout SET status = ?2, status_at = ?3, amount_minor = ?4, currency = ?5, "
                  "arrival_date = ?6, failure_code = ?7, failure_message = ?8, updated_at = ?9 WHERE payout_id = ?1;",
                  "INSERT INTO processor_payout (payout_id, status, status_at, amount_minor, currency, arrival_date, "
                  "failure_code, failure_message, updated_at) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9);",
                  [&](Query &q) {
                      q.bind(1, payout).bind(2, str(d, "status")).bind(3, readWireTime(d.value(u"status_at")));
                      q.bind(4, minor(d, "amount")).bind(5, str(d, "currency").toUpper());
                      q.bind(6, readWireTime(d.value(u"arrival_date"))).bind(7, str(d, "failure_code"));
                      q.bind(8, str(d, "failure_message")).bind(9, QDateTime::currentDateTimeUtc());
                  });
}

const char kSelectPayment[]
    = "SELECT intent_id, payment_id, status, stripe_status, status_at, amount_minor, currency, amount_received_minor, "
      "amount_refunded_minor, refunded_at, charge_id, failure_code, failure_message FROM processor_payment ";

ProcessorPayment readPayment(const Query &r)
{
    ProcessorPayment p;
    p.intentId = r.text(0);
    p.paymentId = r.text(1);
    p.status = r.text(2);
    p.stripeStatus = r.text(3);
    p.statusAt = r.dateTime(4);
    p.amountMinor = r.int64(5);
    p.currency = r.text(6);
    p.amountReceivedMinor = r.int64(7);
    p.amountRefundedMinor = r.int64(8);
    p.refundedAt = r.dateTime(9);
    p.chargeId = r.text(10);
    p.failureCode = r.text(11);
    p.failureMessage = r.text(12);
    return p;
}

Result<std::optional<ProcessorPayment>> onePayment(Database &db, const char *where, const QString &arg)
{
    auto q = db.prepare(QByteArray(QByteArray(kSelectPayment) + where).constData());
    if (!q)
        return q.error();
    q->bind(1, arg);
    auto rows = collectRows<ProcessorPayment>(*q, readPayment);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<ProcessorPayment>();
    return std::optional<ProcessorPayment>(rows->first());
}
} // namespace

Result<bool> applyProcessorRow(Database &db, const ReplicaRow &row)
{
    // The row's id is Stripe's (pi_..., po_...), not one of ours; the data
    // carries it too.
    const QString fallback = row.id.isNull() ? QString() : row.id.toString();
    if (row.type == u"payment") {
        MSP_TRY(applyPayment(db, row.data, fallback));
        return true;
    }
    if (row.type == u"payout") {
        MSP_TRY(applyPayout(db, row.data, fallback));
        return true;
    }
    return false;
}

Result<std::optional<ProcessorPayment>> processorPaymentForIntent(Database &db, const QString &intentId)
{
    return onePayment(db, "WHERE intent_id = ?1;", intentId);
}

Result<std::optional<ProcessorPayment>> processorPaymentForPayment(Database &db, const QString &paymentId)
{
    return onePayment(db, "WHERE payment_id = ?1 ORDER BY status_at DESC LIMIT 1;", paymentId);
}

Result<QList<ProcessorPayout>> recentProcessorPayouts(Database &db, int limit)
{
    auto q = db.prepare("SELECT payout_id, status, status_at, amount_minor, currency, arrival_date, failure_code, "
                        "failure_message FROM processor_payout ORDER BY arrival_date DESC, status_at DESC LIMIT ?1;");
    if (!q)
        return q.error();
    q->bind(1, qint64(limit));
    return collectRows<ProcessorPayout>(*q, [](const Query &r) {
        ProcessorPayout p;
        p.payoutId = r.text(0);
        p.status = r.text(1);
        p.statusAt = r.dateTime(2);
        p.amountMinor = r.int64(3);
        p.currency = r.text(4);
        p.arrivalDate = r.dateTime(5);
        p.failureCode = r.text(6);
        p.failureMessage = r.text(7);
        return p;
    });
}

} // namespace msp::store
