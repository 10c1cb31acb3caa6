#include "checkout/depositrepository.h"
#include "checkout/paymentrepository.h"
#include "checkout/refundrepository.h"
#include "protocol/recordargs.h"
#include "scheduling/waitlistrepository.h"
#include "store/appointmentrepository.h"
#include "store/clientrepository.h"
#include "store/database.h"
#include "store/invoicerepository.h"
#include "store/query.h"
#include "store/recordrows.h"
#include "syncdevice.h"

#include <QTest>
#include <QTimeZone>

using namespace msp;
using namespace msp::test;

// Checkout, waitlist and clinic set-up records through the real server:
// what one device saved reaches the others whole, concurrent tenders on one
// invoice are both kept, and a card payment another device started is never
// settled here.
class TestSyncRecords : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SyncServerFixture> m_server;
    ClinicFixture m_clinic;

    std::unique_ptr<SyncDevice> device(const QString &name) { return signedInDevice(name, m_clinic, *m_server); }

    // Every record table, row by row, as text: what sync must make equal.
    static QString records(SyncDevice &d)
    {
        QStringList out;
        for (const char *sql :
             {"SELECT id || '|' || status || '|' || currency FROM invoice ORDER BY id;",
              "SELECT id || '|' || invoice_id || '|' || kind || '|' || unit_price_minor FROM invoice_line ORDER BY id;",
              "SELECT id || '|' || invoice_id || '|' || kind || '|' || amount_minor || '|' || authorisation_code "
              "FROM tender_line ORDER BY id;",
              "SELECT id || '|' || kind || '|' || amount_minor || '|' || status FROM deposit ORDER BY id;",
              "SELECT id || '|' || status || '|' || amount_minor FROM payment ORDER BY id;",
              "SELECT id || '|' || client_id || '|' || status FROM waitlist_entry ORDER BY id;",
              "SELECT practitioner_id || '>' || service_id FROM practitioner_service ORDER BY 1;"}) {
            auto q = d.store().database().prepare(sql);
            while (q && q->next().valueOr(false))
                out << q->text(0);
        }
        return out.join(u'\n');
    }

    static bool converged(SyncDevice &a, SyncDevice &b)
    {
        for (int i = 0; i < 10; ++i) {
            if (records(a) == records(b) && a.replica().pendingPushCount().valueOr(1) == 0
                && b.replica().pendingPushCount().valueOr(1) == 0)
                return true;
            if (!a.syncOnce() || !b.syncOnce())
                return false;
        }
        return records(a) == records(b);
    }

    Result<Appointment> visit(SyncDevice &d, int hour)
    {
        Client c;
        c.name = PersonName::create(u"Maya", u"Okafor").value();
        auto client = d.store().clients().create(d.actor, c);
        if (!client)
            return client.error();
        Appointment a;
        a.clientId = client->id;
        a.practitionerId = m_clinic.practitioner1;
        a.serviceId = m_clinic.service;
        a.roomId = m_clinic.room1;
        const QDate day = QDate::currentDate().addDays(5);
        a.start = QDateTime(day, QTime(hour, 0), QTimeZone("America/New_York")).toUTC();
        a.end = a.start.addSecs(30 * 60);
        return d.store().appointments().create(d.actor, a);
    }

    static Result<Invoice> invoiceFor(SyncDevice &d, const Appointment &a)
    {
        Invoice inv;
        inv.clientId = a.clientId;
        inv.appointmentId = a.id;
        InvoiceLine line;
        line.description = QStringLiteral("Botox, 20 units");
        line.unitPriceMinor = 30000;
        line.serviceId = a.serviceId;
        inv.lines.append(line);
        return d.store().invoices().create(d.actor, inv);
    }

    static TenderLine tender(TenderKind kind, qint64 minor, const QString &code = {})
    {
        TenderLine t;
        t.kind = kind;
        t.amountMinor = minor;
        t.authorisationCode = code;
        t.rewardValueMinor = code.isEmpty() ? 0 : minor;
        return t;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (SyncServerFixture::clusterConnInfo().isEmpty())
            QSKIP("MEDSPASYNC_TEST_PG is not set: run through scripts/test, which starts PostgreSQL.");
    }

    void init()
    {
        m_server = std::make_unique<SyncServerFixture>(QStringLiteral(MEDSPASYNC_SERVER_BIN));
        QString error;
        QVERIFY2(m_server->setUp(&error), qPrintable(error));
        m_clinic = ClinicFixture();
    }

    void cleanup() { m_server.reset(); }

    void bothEndsAgreeOnTheRecordMutations()
    {
        // The app's outbox names and the server's must be the same set.
        for (const QString &name : protocol::recordMutationNames())
            QVERIFY2(store::isRecordMutation(name), qPrintable(name));
    }

    void checkoutReachesAnotherDevice()
    {
        auto a = device(QStringLiteral("Front desk"));
        auto b = device(QStringLiteral("Office"));
        QVERIFY(a && b);
        auto appt = visit(*a, 10);
        QVERIFY(appt);
        checkout::Deposit dep;
        dep.appointmentId = appt->id;
        dep.clientId = appt->clientId;
        dep.kind = TenderKind::Cash;
        dep.amountMinor = 5000;
        QVERIFY(checkout::DepositRepository(a->store()).recordDeposit(a->actor, dep));
        auto inv = invoiceFor(*a, *appt);
        QVERIFY(inv);
        checkout::PaymentRepository payments(a->store());
        QVERIFY(payments.addTender(a->actor, inv->id, tender(TenderKind::Alle, 6000, QStringLiteral("ALLE-7731"))));
        QVERIFY(payments.addTender(a->actor, inv->id, tender(TenderKind::Cash, 24000)));
        scheduling::WaitlistEntry wait;
        wait.clientId = appt->clientId;
        wait.serviceId = m_clinic.service;
        QVERIFY(scheduling::WaitlistRepository(a->store()).add(a->actor, wait));

        QVERIFY(converged(*a, *b));
        auto copy = b->store().invoices().find(inv->id);
        QVERIFY(copy);
        QCOMPARE(copy->status, InvoiceStatus::Paid);
        QCOMPARE(copy->lines.size(), 1);
        QCOMPARE(copy->tenders.size(), 2);
        QCOMPARE(copy->paidMinor(), qint64(30000));
        QCOMPARE(b->store().invoices().loyaltyTenderCount().valueOr(0), qint64(1));
        auto deposits = checkout::DepositRepository(b->store()).forAppointment(appt->id);
        QVERIFY(deposits);
        QCOMPARE(deposits->size(), 1);
        QCOMPARE(deposits->first().amountMinor, qint64(5000));
        QCOMPARE(scheduling::WaitlistRepository(b->store()).waiting(m_clinic.service).valueOr({}).size(), 1);
        // Nothing was refused on the way.
        QCOMPARE(a->replica().openAttentionItems().valueOr({}).size(), 0);
        QCOMPARE(b->replica().openAttentionItems().valueOr({}).size(), 0);
    }

    void concurrentTendersAreBothKept()
    {
        auto a = device(QStringLiteral("Front desk"));
        auto b = device(QStringLiteral("Laptop"));
        QVERIFY(a && b);
        auto appt = visit(*a, 11);
        QVERIFY(appt);
        auto inv = invoiceFor(*a, *appt);
        QVERIFY(inv);
        QVERIFY(converged(*a, *b));
        // Both before either syncs (the engines only run from the event
        // loop): each takes part of the bill.
        QVERIFY(checkout::PaymentRepository(a->store()).addTender(a->actor, inv->id, tender(TenderKind::Cash, 10000)));
        QVERIFY(checkout::PaymentRepository(b->store())
                    .addTender(b->actor, inv->id, tender(TenderKind::Aspire, 20000, QStringLiteral("ASP-1"))));
        QVERIFY(converged(*a, *b));
        for (SyncDevice *d : {a.get(), b.get()}) {
            auto copy = d->store().invoices().find(inv->id);
            QVERIFY(copy);
            QCOMPARE(copy->tenders.size(), 2);
            QCOMPARE(copy->paidMinor(), qint64(30000));
            // Each desk alone saw part of the bill; together the rows cover it.
            QCOMPARE(copy->status, InvoiceStatus::Paid);
        }
    }

    void anotherDevicesCardPaymentIsNotSettledHere()
    {
        auto a = device(QStringLiteral("Front desk"));
        auto b = device(QStringLiteral("Office"));
        QVERIFY(a && b);
        auto appt = visit(*a, 12);
        QVERIFY(appt);
        auto inv = invoiceFor(*a, *appt);
        QVERIFY(inv);
        auto card = checkout::PaymentRepository(a->store()).beginCardPayment(a->actor, inv->id, 30000);
        QVERIFY(card);
        QVERIFY(converged(*a, *b));
        auto copy = checkout::PaymentRepository(b->store()).payment(card->id);
        QVERIFY(copy);
        QCOMPARE(copy->status, checkout::PaymentStatus::Pending);
        QCOMPARE(checkout::PaymentRepository(a->store()).pendingPayments().valueOr({}).size(), 1);
        QCOMPARE(checkout::PaymentRepository(b->store()).pendingPayments().valueOr({}).size(), 0);
        // A settles it; B follows.
        QVERIFY(checkout::PaymentRepository(a->store())
                    .completeCardPayment(a->actor, card->id, QStringLiteral("pi_sync_1")));
        QVERIFY(converged(*a, *b));
        QCOMPARE(checkout::PaymentRepository(b->store()).payment(card->id).value().status,
                 checkout::PaymentStatus::Succeeded);
        QCOMPARE(b->store().invoices().find(inv->id).value().status, InvoiceStatus::Paid);
    }

    void depositRefundReachesAnotherDevice()
    {
        auto a = device(QStringLiteral("Front desk"));
        auto b = device(QStringLiteral("Office"));
        QVERIFY(a && b);
        auto appt = visit(*a, 13);
        QVERIFY(appt);
        checkout::PaymentRepository payments(a->store());
        auto card = payments.beginDepositPayment(a->actor, appt->id, 5000, QStringLiteral("USD"));
        QVERIFY(card);
        QVERIFY(payments.completeCardPayment(a->actor, card->id, QStringLiteral("pi_dep_1")));
        QVERIFY(converged(*a, *b));
        // The client cancels in time; the card refund waits for Stripe on A.
        checkout::RefundRepository refunds(a->store());
        auto refund = refunds.refundDeposit(a->actor, card->id, 3000, QStringLiteral("Cancelled in time"));
        QVERIFY(refund);
        QVERIFY(converged(*a, *b));
        auto held = checkout::DepositRepository(b->store()).find(card->id);
        QVERIFY(held);
        QCOMPARE(held->status, checkout::DepositStatus::Held);
        QCOMPARE(held->amountMinor, qint64(2000));
        auto copies = checkout::RefundRepository(b->store()).forAppointmentDeposits(appt->id);
        QVERIFY(copies);
        QCOMPARE(copies->size(), 1);
        QCOMPARE(copies->first().reason, QStringLiteral("Cancelled in time"));
        QCOMPARE(copies->first().status, checkout::PaymentStatus::Pending);
        // Only A, which asked Stripe, may settle it.
        QCOMPARE(refunds.pending().valueOr({}).size(), 1);
        QCOMPARE(checkout::RefundRepository(b->store()).pending().valueOr({}).size(), 0);
        QVERIFY(refunds.complete(a->actor, refund->id, QStringLiteral("re_dep_1")));
        QVERIFY(converged(*a, *b));
        QCOMPARE(checkout::RefundRepository(b->store()).forAppointmentDeposits(appt->id).value().first().status,
                 checkout::PaymentStatus::Succeeded);
        QCOMPARE(a->replica().openAttentionItems().valueOr({}).size(), 0);
        QCOMPARE(b->replica().openAttentionItems().valueOr({}).size(), 0);
    }
};

QTEST_MAIN(TestSyncRecords)
#include "tst_syncrecords.moc"
