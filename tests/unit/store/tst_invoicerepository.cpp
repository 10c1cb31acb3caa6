#include "storetesthelpers.h"
#include "support/tempstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace msp;
using namespace msp::test;

class TestInvoiceRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createFindRoundTrip();
    void forClient();
    void loyaltyTenderWithoutCodeWritesNothing();
    void practitionerCannotCheckOut();

private:
    Invoice sampleInvoice() const;
    std::unique_ptr<TempStore> m_s;
    SeededClinic m_seed;
};

void TestInvoiceRepository::init()
{
    m_s = std::make_unique<TempStore>();
    QVERIFY(m_s->isOpen());
    QCOMPARE(seedClinic(*m_s->store, m_seed), QString());
}

void TestInvoiceRepository::cleanup()
{
    m_s.reset();
}

Invoice TestInvoiceRepository::sampleInvoice() const
{
    Invoice inv;
    inv.clientId = m_seed.client.id;
    InvoiceLine service;
    service.kind = LineKind::Service;
    service.description = QStringLiteral("Laser hair removal");
    service.unitPriceMinor = 25000;
    service.taxBasisPoints = 825;
    service.serviceId = m_seed.service.id;
    service.practitionerId = m_seed.alice.id;
    InvoiceLine product;
    product.kind = LineKind::Product;
    product.description = QStringLiteral("SPF 50");
    product.quantity = 2;
    product.unitPriceMinor = 3499;
    product.taxBasisPoints = 825;
    InvoiceLine discount;
    discount.kind = LineKind::Discount;
    discount.description = QStringLiteral("Member 10%");
    discount.unitPriceMinor = -2500;
    InvoiceLine tip;
    tip.kind = LineKind::Tip;
    tip.description = QStringLiteral("Tip");
    tip.unitPriceMinor = 4000;
    tip.practitionerId = m_seed.alice.id;
    inv.lines = {service, product, discount, tip};
    TenderLine alle;
    alle.kind = TenderKind::Alle;
    alle.amountMinor = 6000;
    alle.authorisationCode = QStringLiteral("ALLE-7781");
    alle.rewardValueMinor = 6000;
    TenderLine card;
    card.kind = TenderKind::Card;
    card.amountMinor = 10000;
    card.reference = QStringLiteral("pi_3Nabc");
    inv.tenders = {alle, card};
    return inv;
}

void TestInvoiceRepository::createFindRoundTrip()
{
    auto &store = *m_s->store;
    const Invoice inv = sampleInvoice();
    const WriteCounts before = writeCounts(store);
    const auto created = store.invoices().create(actorWithRole(Role::FrontDesk), inv);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    QVERIFY(!created->id.isNull());
    QVERIFY(created->createdAt.isValid());
    for (const auto &l : created->lines)
        QVERIFY(!l.id.isNull());
    for (const auto &t : created->tenders)
        QVERIFY(!t.id.isNull());
    QCOMPARE(writeCounts(store), (WriteCounts {before.audit + 1, before.outbox + 1}));
    QCOMPARE(lastAuditAction(store), QStringLiteral("invoice.create"));
    QCOMPARE(lastAuditEntity(store), created->id);
    const auto m = store.outbox().pending(1000)->last();
    QCOMPARE(m.name, QStringLiteral("create_invoice"));
    QCOMPARE(m.payload.value(QStringLiteral("lines")).toArray().size(), 4);
    QCOMPARE(m.payload.value(QStringLiteral("tenders")).toArray().size(), 2);
    QCOMPARE(m.payload.value(QStringLiteral("tenders"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("authorisation_code")),
             QJsonValue(QStringLiteral("ALLE-7781")));

    QVERIFY(m_s->reopen());
    const auto back = m_s->store->invoices().find(created->id);
    QVERIFY(back);
    QCOMPARE(back->clientId, m_seed.client.id);
    QVERIFY(back->appointmentId.isNull());
    QCOMPARE(back->status, InvoiceStatus::Open);
    QCOMPARE(back->currency, QStringLiteral("USD"));
    QCOMPARE(back->createdAt, created->createdAt);
    QCOMPARE(back->lines.size(), 4);
    for (qsizetype i = 0; i < 4; ++i) { // in the order they were entered
        QCOMPARE(back->lines.at(i).id, created->lines.at(i).id);
        QCOMPARE(back->lines.at(i).kind, inv.lines.at(i).kind);
        QCOMPARE(back->lines.at(i).description, inv.lines.at(i).description);
        QCOMPARE(back->lines.at(i).quantity, inv.lines.at(i).quantity);
        QCOMPARE(back->lines.at(i).unitPriceMinor, inv.lines.at(i).unitPriceMinor);
        QCOMPARE(back->lines.at(i).taxBasisPoints, inv.lines.at(i).taxBasisPoints);
        QCOMPARE(back->lines.at(i).serviceId, inv.lines.at(i).serviceId);
        QCOMPARE(back->lines.at(i).practitionerId, inv.lines.at(i).practitionerId);
    }
    QCOMPARE(back->tenders.size(), 2);
    QCOMPARE(back->tenders.at(0).kind, TenderKind::Alle);
    QCOMPARE(back->tenders.at(0).authorisationCode, QStringLiteral("ALLE-7781"));
    QCOMPARE(back->tenders.at(0).rewardValueMinor, qint64(6000));
    QCOMPARE(back->tenders.at(1).kind, TenderKind::Card);
    QCOMPARE(back->tenders.at(1).reference, QStringLiteral("pi_3Nabc"));
    // Totals computed from what was stored match the original.
    QCOMPARE(back->totalMinor(), inv.totalMinor());
    QCOMPARE(back->taxMinor(), qint64(2063 + 577));
    QCOMPARE(back->balanceMinor(), inv.totalMinor() - 16000);
    QCOMPARE(m_s->store->invoices().loyaltyTenderCount().valueOr(-1), qint64(1));
}

void TestInvoiceRepository::forClient()
{
    auto &store = *m_s->store;
    QCOMPARE(store.invoices().forClient(m_seed.client.id).valueOr({Invoice {}}).size(), 0);
    Invoice first = sampleInvoice();
    first.createdAt = at(9);
    Invoice second = sampleInvoice();
    second.createdAt = at(8);
    second.tenders.clear();
    QVERIFY(store.invoices().create(adminActor(), first));
    QVERIFY(store.invoices().create(adminActor(), second));
    const auto list = store.invoices().forClient(m_seed.client.id);
    QVERIFY(list);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).createdAt, at(8)); // oldest first
    QVERIFY(list->at(0).tenders.isEmpty());
    QCOMPARE(list->at(1).tenders.size(), 2);
    QCOMPARE(list->at(1).lines.size(), 4);
    QCOMPARE(store.invoices().forClient(EntityId::generate()).valueOr({Invoice {}}).size(), 0);
    QCOMPARE(store.invoices().find(EntityId::generate()).error().code, ErrorCode::NotFound);
}

void TestInvoiceRepository::loyaltyTenderWithoutCodeWritesNothing()
{
    auto &store = *m_s->store;
    Invoice inv = sampleInvoice();
    inv.tenders[0].authorisationCode.clear();
    const WriteCounts before = writeCounts(store);
    const auto r = store.invoices().create(adminActor(), inv);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Invalid);
    QCOMPARE(r.error().field, QStringLiteral("authorisationCode"));
    QCOMPARE(writeCounts(store), before);
    QCOMPARE(rawScalar(store, "SELECT count(*) FROM invoice;"), qint64(0));
    QCOMPARE(rawScalar(store, "SELECT count(*) FROM invoice_line;"), qint64(0));

    // A client that does not exist is refused by the store; nothing is left.
    inv = sampleInvoice();
    inv.clientId = EntityId::generate();
    QVERIFY(!store.invoices().create(adminActor(), inv));
    QCOMPARE(writeCounts(store), before);
    QCOMPARE(rawScalar(store, "SELECT count(*) FROM invoice_line;"), qint64(0));
    QCOMPARE(rawScalar(store, "SELECT count(*) FROM tender_line;"), qint64(0));
}

void TestInvoiceRepository::practitionerCannotCheckOut()
{
    auto &store = *m_s->store;
    const WriteCounts before = writeCounts(store);
    const auto r = store.invoices().create(actorWithRole(Role::Practitioner), sampleInvoice());
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::NotPermitted);
    QCOMPARE(writeCounts(store), before);
    QCOMPARE(rawScalar(store, "SELECT count(*) FROM invoice;"), qint64(0));
}

QTEST_GUILESS_MAIN(TestInvoiceRepository)
#include "tst_invoicerepository.moc"
