#include "dedupefixture.h"
#include "store/auditlog.h"
#include "store/clinicstore.h"

#include <QTest>

using namespace msp;
using namespace msp::test;

// The scan over the store's clients: planted duplicates are found, grouped
// and explained in words; different people are not.
class TestDuplicateScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsPlantedDuplicatesWithReasons();
    void threeRecordsOfOnePersonAreOneGroup();
    void mergedClientsAreLeftOut();
    void frontDeskMayNotScan();

private:
    // Twelve different people, to give the scan something to tell apart.
    static void plantStrangers(DedupeFixture &f);
    static const dedupe::DuplicateGroup *groupWith(const QList<dedupe::DuplicateGroup> &groups, const EntityId &id);
};

void TestDuplicateScan::plantStrangers(DedupeFixture &f)
{
    const char *given[]
        = {"Olivia", "Noah", "Amelia", "Liam", "Ava", "Mateo", "Sofia", "Lucas", "Isla", "Ethan", "Chloe", "Omar"};
    const char *family[] = {"Brown",  "Wilson",   "Nakamura", "Okafor", "Rossi",  "Fischer",
                            "Dubois", "Kowalski", "Haddad",   "Larsen", "Moreau", "Tanaka"};
    for (int i = 0; i < 12; ++i) {
        const QString g = QString::fromLatin1(given[i]);
        const QString s = QString::fromLatin1(family[i]);
        const Client c = f.addClient(g, s, QStringLiteral("19%1-0%2-1%3").arg(60 + i).arg(1 + i % 9).arg(i % 9),
                                     QStringLiteral("555-3%1-40%2").arg(10 + i).arg(10 + i),
                                     QStringLiteral("%1.%2@mail.test").arg(g.toLower(), s.toLower()));
        QVERIFY(!c.id.isNull());
    }
}

const dedupe::DuplicateGroup *TestDuplicateScan::groupWith(const QList<dedupe::DuplicateGroup> &groups,
                                                           const EntityId &id)
{
    for (const auto &g : groups)
        for (const Client &c : g.members)
            if (c.id == id)
                return &g;
    return nullptr;
}

void TestDuplicateScan::findsPlantedDuplicatesWithReasons()
{
    DedupeFixture f;
    QVERIFY(f.seeded);
    plantStrangers(f);
    const Client liz = f.addClient(QStringLiteral("Elizabeth"), QStringLiteral("Whitfield"),
                                   QStringLiteral("1984-03-12"), QStringLiteral("(555) 201-4477"),
                                   QStringLiteral("liz.whitfield@example.com"), QStringLiteral("12 Ocean Drive"));
    const Client lizDup = f.addClient(QStringLiteral("Liz"), QStringLiteral("Whitfield"), QStringLiteral("1984-03-12"),
                                      QStringLiteral("555 201 4477"), {}, QStringLiteral("12 Ocean Dr"));
    const Client jon = f.addClient(QStringLiteral("Jonathan"), QStringLiteral("Abernathy"),
                                   QStringLiteral("1979-04-07"), {}, QStringLiteral("jon.abernathy@example.com"));
    const Client jonDup = f.addClient(QStringLiteral("Jonathon"), QStringLiteral("Abernathy"),
                                      QStringLiteral("1979-07-04"), {}, QStringLiteral("jon.abernathy@example.com"));
    auto groups = f.scanner().scan(f.actor);
    QVERIFY2(groups.isOk(), qPrintable(groups.isOk() ? QString() : groups.error().message));

    const auto *lizGroup = groupWith(*groups, liz.id);
    QVERIFY(lizGroup);
    QCOMPARE(lizGroup->members.size(), 2);
    QVERIFY(groupWith(*groups, lizDup.id) == lizGroup);
    const dedupe::DuplicatePair &pair = lizGroup->pairs.first();
    QVERIFY(pair.score >= 0.5 && pair.score <= 1.0);
    QVERIFY2(pair.reasons.contains(QStringLiteral("nickname")), qPrintable(pair.reasons));
    QVERIFY2(pair.reasons.contains(QStringLiteral("phone same")), qPrintable(pair.reasons));

    const auto *jonGroup = groupWith(*groups, jon.id);
    QVERIFY(jonGroup);
    QVERIFY(groupWith(*groups, jonDup.id) == jonGroup);
    QVERIFY2(jonGroup->pairs.first().reasons.contains(QStringLiteral("day and month swapped")),
             qPrintable(jonGroup->pairs.first().reasons));

    // Only the planted pairs: the strangers stay apart.
    QCOMPARE(groups->size(), 2);
    QCOMPARE(f.store().audit().recent(1)->first().action, QStringLiteral("client.duplicate_scan"));
}

void TestDuplicateScan::threeRecordsOfOnePersonAreOneGroup()
{
    DedupeFixture f;
    QVERIFY(f.seeded);
    plantStrangers(f);
    const Client a = f.addClient(QStringLiteral("María"), QStringLiteral("García"), QStringLiteral("1990-11-02"),
                                 QStringLiteral("555-777-1234"), QStringLiteral("maria.garcia@example.com"));
    const Client b = f.addClient(QStringLiteral("Maria"), QStringLiteral("Garcia"), QStringLiteral("1990-11-02"),
                                 QStringLiteral("555-777-1234"), {});
    const Client c = f.addClient(QStringLiteral("Maria"), QStringLiteral("Garcia Lopez"), QStringLiteral("1990-11-02"),
                                 {}, QStringLiteral("maria.garcia@example.com"));
    auto groups = f.scanner().scan(f.actor);
    QVERIFY(groups.isOk());
    const auto *g = groupWith(*groups, a.id);
    QVERIFY(g);
    QCOMPARE(g->members.size(), 3);
    QVERIFY(groupWith(*groups, b.id) == g && groupWith(*groups, c.id) == g);
    for (int i = 1; i < g->pairs.size(); ++i)
        QVERIFY(g->pairs[i - 1].score >= g->pairs[i].score);
}

void TestDuplicateScan::mergedClientsAreLeftOut()
{
    DedupeFixture f;
    QVERIFY(f.seeded);
    plantStrangers(f);
    const Client a = f.addClient(QStringLiteral("Priya"), QStringLiteral("Raman"), QStringLiteral("1988-01-20"),
                                 QStringLiteral("555-888-0000"), QStringLiteral("priya@example.com"));
    const Client b = f.addClient(QStringLiteral("Priya"), QStringLiteral("Raman"), QStringLiteral("1988-01-20"),
                                 QStringLiteral("555-888-0000"), {});
    auto before = f.scanner().scan(f.actor);
    QVERIFY(before.isOk());
    QVERIFY(groupWith(*before, a.id));
    QVERIFY(f.merger().merge(f.actor, {a, b, {}}).isOk());
    auto after = f.scanner().scan(f.actor);
    QVERIFY(after.isOk());
    QVERIFY(!groupWith(*after, a.id));
    QVERIFY(!groupWith(*after, b.id));
}

void TestDuplicateScan::frontDeskMayNotScan()
{
    DedupeFixture f;
    QVERIFY(f.seeded);
    const qint64 events = f.store().audit().count().valueOr(-1);
    auto r = f.scanner().scan(actorWithRole(Role::FrontDesk));
    QVERIFY(!r.isOk());
    QCOMPARE(r.error().code, ErrorCode::NotPermitted);
    QCOMPARE(f.store().audit().count().valueOr(-1), events);
}

QTEST_GUILESS_MAIN(TestDuplicateScan)
#include "tst_duplicatescan.moc"
