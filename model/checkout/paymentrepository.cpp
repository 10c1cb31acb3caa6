#include "checkout/paymentrepository.h"

#include "checkout/ledger.h"
#include "checkout/tenderplan.h"
#include "store/auditlog.h"
#include "store/clinicrepository.h"
#include "store/clinicstore.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/permissions.h"
#include "store/query.h"
#include "store/transaction.h"
#include "store/upsert.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace msp::checkout {

namespace {
const char kSelectPayment[] = "SELECT id, invoice_id, appointment_id, purpose, kind, amount_minor, currency, status, "
                              "provider_ref, failure, tender_line_id, created_at FROM payment ";

QString tr(const char *text)
{
    return QCoreApplication::translate("msp::checkout", text);
}

Payment readPayment(const store::Query &r)
{
    Payment p;
    p.id = r.id(0);
    p.invoiceId = r.id(1);
    p.appointmentId = r.id(2);
    p.purpose = r.text(3) == u"deposit" ? PaymentPurpose::Deposit : PaymentPurpose::Invoice;
    p.kind = tenderFromKey(r.text(4)).value_or(TenderKind::Card);
    p.amountMinor = r.int64(5);
    p.currency = r.text(6);
    p.status = paymentStatusFromKey(r.text(7));
    p.providerRef = r.text(8);
    p.failure = r.text(9);
    p.tenderLineId = r.id(10);
    p.createdAt = r.dateTime(11);
    return p;
}

QJsonObject paymentJson(const Payment &p)
{
    return {{QStringLiteral("invoice_id"), p.invoiceId.toString()},
            {QStringLiteral("appointment_id"), p.appointmentId.toString()},
            {QStringLiteral("purpose"),
             p.purpose == PaymentPurpose::Deposit ? QStringLiteral("deposit") : QStringLiteral("invoice")},
            {QStringLiteral("kind"), tenderKey(p.kind)},
            {QStringLiteral("amount_minor"), p.amountMinor},
            {QStringLiteral("currency"), p.currency},
            {QStringLiteral("status"), paymentStatusKey(p.status)},
            {QStringLiteral("provider_ref"), p.providerRef},
            {QStringLiteral("tender_line_id"), p.tenderLineId.toString()}};
}

Result<Payment> findPayment(store::Database &db, const EntityId &id)
{
    auto q = db.prepare(QByteArray(QByteArray(kSelectPayment) + "WHERE id = ?1;").constData());
    if (!q)
        return q.error();
    q->bind(1, id);
    auto row = q->next();
    if (!row)
        return row.error();
    if (!*row)
        return Error::make(ErrorCode::NotFound, tr("This payment no longer exists."));
    return readPayment(*q);
}

Result<QList<Payment>> listPayments(store::Database &db, const char *where, const QString &arg)
{
    auto q = db.prepare(QByteArray(QByteArray(kSelectPayment) + where).constData());
    if (!q)
        return q.error();
    if (!arg.isNull())
        q->bind(1, arg);
    return store::collectRows<Payment>(*q, readPayment);
}
} // namespace

Result<CheckoutPolicy> PaymentRepository::policy()
{
    auto q = m_store.database().prepare("SELECT value FROM setting WHERE key = 'checkout.policy';");
    if (!q)
        return q.error();
    auto row = q->next();
    if (!row)
        return row.error();
    if (!*row)
        return CheckoutPolicy {};
    return CheckoutPolicy::fromJson(QJsonDocument::fromJson(q->text(0).toUtf8()).object());
}

Result<void> PaymentRepository::savePolicy(const Actor &actor, const CheckoutPolicy &policy)
{
    MSP_TRY(store::requirePermission(actor, Permission::ManageClinic));
    MSP_TRY(policy.validate());
    // The policy belongs to the clinic; its id keys the audit event and the
    // outbox mutation.
    auto clinic = m_store.clinic().clinic();
    if (!clinic)
        return clinic.error();
    auto tx = store::Transaction::begin(m_store.database());
    if (!tx)
        return tx.error();
    const QString json = QString::fromUtf8(QJsonDocument(policy.toJson()).toJson(QJsonDocument::Compact));
    MSP_TRY(store::upsert(m_store.database(), "UPDATE setting SET value = ?2 WHERE key = ?1;",
                          "INSERT INTO setting (key, value) VALUES (?1, ?2);",
                          [&](store::Query &q) { q.bind(1, QStringLiteral("checkout.policy")).bind(2, json); }));
    MSP_TRY(
        m_store.audit().append(actor, QStringLiteral("checkout_policy.save"), QStringLiteral("clinic"), clinic->id));
    auto m = m_store.outbox().enqueue(QStringLiteral("save_checkout_policy"), clinic->id, policy.toJson());
    if (!m)
        return m.error();
    return tx->commit();
}

Result<std::optional<Invoice>> PaymentRepository::invoiceForAppointment(const EntityId &appointmentId)
{
    EntityId id;
    {
        auto q = m_store.database().prepare("SELECT id FROM invoice WHERE appointment_id = ?1 AND status != 'void' "
                                            "ORDER BY created_at DESC LIMIT 1;");
        if (!q)
            return q.error();
        q->bind(1, appointmentId);
        auto row = q->next();
        if (!row)
            return row.error();
        if (!*row)
            return std::optional<Invoice>();
        id = q->id(0);
    }
    auto inv = ledger::loadInvoice(m_store.database(), id);
    if (!inv)
        return inv.error();
    return std::optional<Invoice>(std::move(*inv));
}

Result<TenderReceipt> PaymentRepository::addTender(const Actor &actor, const EntityId &invoiceId,
                                                   const TenderLine &tender)
{
    MSP_TRY(store::requirePermission(actor, Permission::Checkout));
    if (tender.kind == TenderKind::Card && tender.reference.isEmpty())
        return Error::invalid(QStringLiteral("kind"),
                              tr("A card payment goes through the card reader or Stripe, not as a manual entry."));
    auto tx = store::Transaction::begin(m_store.database());
    if (!tx)
        return tx.error();
    auto inv = ledger::loadInvoice(m_store.database(), invoiceId);
    if (!inv)
        return inv.error();
    if (inv->status == InvoiceStatus::Void || inv->status == InvoiceStatus::Refunded)
        return Error::make(ErrorCode::Conflict, tr("This invoice is closed and cannot take payments."));
    auto accepted = acceptTender(*inv, tender);
    if (!accepted)
        return accepted.error();
    MSP_TRY(ledger::insertTender(m_store.database(), invoiceId, accepted->tender));
    auto status = ledger::settleStatus(m_store.database(), invoiceId);
    if (!status)
        return status.error();
    MSP_TRY(m_store.audit().append(actor, QStringLiteral("invoice.tender"), QStringLiteral("invoice"), invoiceId,
                                   tenderKey(accepted->tender.kind)));
    QJsonObject payload = ledger::tenderJson(accepted->tender);
    payload.insert(QStringLiteral("invoice_status"), invoiceStatusKey(*status));
    auto m = m_store.outbox().enqueue(QStringLiteral("add_tender"), invoiceId, payload);
    if (!m)
        return m.error();
    auto saved = ledger::loadInvoice(m_store.database(), invoiceId);
    if (!saved)
        return saved.error();
    MSP_TRY(tx->commit());
    return TenderReceipt {std::move(*saved), accepted->tender, accepted->changeDueMinor};
}

Result<Payment> PaymentRepository::beginCardPayment(const Actor &actor, const EntityId &invoiceId, qint64 amountMinor)
{
    auto inv = ledger::loadInvoice(m_store.database(), invoiceId);
    if (!inv)
        return inv.error();
    TenderLine probe;
    probe.kind = TenderKind::Card;
    probe.amountMinor = amountMinor;
    auto accepted = acceptTender(*inv, probe);
    if (!accepted)
        return accepted.error();
    Payment p;
    p.invoiceId = invoiceId;
    p.amountMinor = amountMinor;
    p.currency = inv->currency;
    return beginPayment(actor, p);
}

Result<Payment> PaymentRepository::beginDepositPayment(const Actor &actor, const EntityId &appointmentId,
                                                       qint64 amountMinor, const QString &currency)
{
    if (amountMinor <= 0)
        return Error::invalid(QStringLiteral("amount"), tr("Enter a deposit of more than zero."));
    Payment p;
    p.appointmentId = appointmentId;
    p.purpose = PaymentPurpose::Deposit;
    p.amountMinor = amountMinor;
    p.currency = currency;
    return beginPayment(actor, p);
}

Result<Payment> PaymentRepository::beginPayment(const Actor &actor, Payment p)
{
    MSP_TRY(store::requirePermission(actor, Permission::Checkout));
    p.id = EntityId::generate();
    p.createdAt = QDateTime::currentDateTimeUtc();
    auto tx = store::Transaction::begin(m_store.database());
    if (!tx)
        return tx.error();
    auto q = m_store.database().prepare(
        "INSERT INTO payment (id, invoice_id, appointment_id, purpose, kind, amount_minor, currency, status, "
        "created_at, updated_at) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?9);");
    if (!q)
        return q.error();
    MSP_TRY(q->bind(1, p.id)
                .bind(2, p.invoiceId)
                .bind(3, p.appointmentId)
                .bind(4, p.purpose == PaymentPurpose::Deposit ? QStringLiteral("deposit") : QStringLiteral("invoice"))
                .bind(5, tenderKey(p.kind))
                .bind(6, p.amountMinor)
                .bind(7, p.currency)
                .bind(8, paymentStatusKey(p.status))
                .bind(9, p.createdAt)
                .run());
    MSP_TRY(m_store.audit().append(actor, QStringLiteral("payment.begin"), QStringLiteral("payment"), p.id));
    auto m = m_store.outbox().enqueue(QStringLiteral("record_payment"), p.id, paymentJson(p));
    if (!m)
        return m.error();
    MSP_TRY(tx->commit());
    return p;
}

Result<Payment> PaymentRepository::completeCardPayment(const Actor &actor, const EntityId &paymentId,
                                                       const QString &providerRef)
{
    return finishPayment(actor, paymentId, PaymentStatus::Succeeded, providerRef, {});
}

Result<Payment> PaymentRepository::attachProviderRef(const Actor &actor, const EntityId &paymentId,
                                                     const QString &providerRef)
{
    MSP_TRY(store::requirePermission(actor, Permission::Checkout));
    if (providerRef.isEmpty())
        return Error::invalid(QStringLiteral("provider_ref"), tr("The processor gave no id for this payment."));
    store::Database &db = m_store.database();
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto found = findPayment(db, paymentId);
    if (!found)
        return found.error();
    Payment p = *found;
    if (p.providerRef == providerRef)
        return p; // the same answer again
    if (p.status != PaymentStatus::Pending || !p.providerRef.isEmpty())
        return Error::make(ErrorCode::Conflict, tr("This payment was already settled; start a new one."));
    p.providerRef = providerRef;
    auto q = db.prepare("UPDATE payment SET provider_ref = ?2, updated_at = ?3 WHERE id = ?1;");
    if (!q)
        return q.error();
    MSP_TRY(q->bind(1, p.id).bind(2, providerRef).bind(3, QDateTime::currentDateTimeUtc()).run());
    MSP_TRY(m_store.audit().append(actor, QStringLiteral("payment.attach"), QStringLiteral("payment"), p.id));
    auto m = m_store.outbox().enqueue(QStringLiteral("record_payment"), p.id, paymentJson(p));
    if (!m)
        return m.error();
    MSP_TRY(tx->commit());
    return p;
}

Result<Payment> PaymentRepository::failCardPayment(const Actor &actor, const EntityId &paymentId,
                                                   const QString &message)
{
    return finishPayment(actor, paymentId, PaymentStatus::Failed, {}, message);
}

Result<Payment> PaymentRepository::finishPayment(const Actor &actor, const EntityId &paymentId, PaymentStatus status,
                                                 const QString &providerRef, const QString &failure)
{
    MSP_TRY(store::requirePermission(actor, Permission::Checkout));
    store::Database &db = m_store.database();
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto found = findPayment(db, paymentId);
    if (!found)
        return found.error();
    Payment p = *found;
    if (p.status == status)
        return p; // a repeated answer for the same payment
    if (p.status != PaymentStatus::Pending)
        return Error::make(ErrorCode::Conflict, tr("This payment was already settled; start a new one."));
    p.status = status;
    if (!providerRef.isEmpty())
        p.providerRef = providerRef; // a failed payment keeps the PaymentIntent it was attached to
    p.failure = failure;
    if (status == PaymentStatus::Succeeded && p.purpose == PaymentPurpose::Invoice) {
        TenderLine t;
        t.kind = p.kind;
        t.amountMinor = p.amountMinor;
        t.reference = providerRef;
        MSP_TRY(ledger::insertTender(db, p.invoiceId, t));
        p.tenderLineId = t.id;
        auto settled = ledger::settleStatus(db, p.invoiceId);
        if (!settled)
            return settled.error();
    }
    if (status == PaymentStatus::Succeeded && p.purpose == PaymentPurpose::Deposit) {
        auto q = db.prepare("INSERT INTO deposit (id, appointment_id, client_id, kind, amount_minor, currency, "
                            "reference, status, created_at, updated_at) SELECT ?1, id, client_id, ?2, ?3, ?4, ?5, "
                            "'held', ?6, ?6 FROM appointment WHERE id = ?7;");
        if (!q)
            return q.error();
        MSP_TRY(q->bind(1, p.id)
                    .bind(2, tenderKey(p.kind))
                    .bind(3, p.amountMinor)
                    .bind(4, p.currency)
                    .bind(5, providerRef)
                    .bind(6, QDateTime::currentDateTimeUtc())
                    .bind(7, p.appointmentId)
                    .run());
    }
    auto q = db.prepare("UPDATE payment SET status = ?2, provider_ref = ?3, failure = ?4, tender_line_id = ?5, "
                        "updated_at = ?6 WHERE id = ?1;");
    if (!q)
        return q.error();
    MSP_TRY(q->bind(1, p.id)
                .bind(2, paymentStatusKey(p.status))
                .bind(3, p.providerRef)
                .bind(4, p.failure)
                .bind(5, p.tenderLineId)
                .bind(6, QDateTime::currentDateTimeUtc())
                .run());
    MSP_TRY(m_store.audit().append(actor, QStringLiteral("payment.") + paymentStatusKey(status),
                                   QStringLiteral("payment"), p.id));
    auto m = m_store.outbox().enqueue(QStringLiteral("record_payment"), p.id, paymentJson(p));
    if (!m)
        return m.error();
    MSP_TRY(tx->commit());
    return p;
}

Result<Payment> PaymentRepository::payment(const EntityId &paymentId)
{
    return findPayment(m_store.database(), paymentId);
}

Result<QList<Payment>> PaymentRepository::pendingPayments()
{
    // Only this device's: a payment another device started is that device's
    // to settle (schema v13).
    return listPayments(m_store.database(), "WHERE status = 'pending' AND replicated = 0 ORDER BY created_at;",
                        QString());
}

Result<QList<Payment>> PaymentRepository::paymentsFor(const EntityId &invoiceId)
{
    return listPayments(m_store.database(), "WHERE invoice_id = ?1 ORDER BY created_at;", invoiceId.toString());
}

Result<Invoice> PaymentRepository::voidInvoice(const Actor &actor, const EntityId &invoiceId, const QString &reason)
{
    MSP_TRY(store::requirePermission(actor, Permission::Refund));
    if (reason.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("reason"), tr("Enter why the invoice is voided."));
    auto tx = store::Transaction::begin(m_store.database());
    if (!tx)
        return tx.error();
    auto inv = ledger::loadInvoice(m_store.database(), invoiceId);
    if (!inv)
        return inv.error();
    if (!inv->tenders.isEmpty())
        return Error::make(ErrorCode::Conflict,
                           tr("This invoice has payments. Refund them instead of voiding the invoice."));
    MSP_TRY(ledger::setInvoiceStatus(m_store.database(), invoiceId, InvoiceStatus::Void));
    MSP_TRY(m_store.audit().append(actor, QStringLiteral("invoice.void"), QStringLiteral("invoice"), invoiceId));
    auto m = m_store.outbox().enqueue(QStringLiteral("set_invoice_status"), invoiceId,
                                      {{QStringLiteral("status"), invoiceStatusKey(InvoiceStatus::Void)},
                                       {QStringLiteral("reason"), reason.trimmed()}});
    if (!m)
        return m.error();
    inv->status = InvoiceStatus::Void;
    MSP_TRY(tx->commit());
    return *inv;
}

} // namespace msp::checkout
