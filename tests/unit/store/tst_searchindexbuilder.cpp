#include "store/clientrepository.h"
#include "store/clinicstore.h"
#include "store/database.h"
#include "store/query.h"
#include "store/searchindex.h"
#include "store/searchindexbuilder.h"
#include "store/settingstore.h"
#include "store/transaction.h"
#include "support/tempstore.h"

#include <QRegularExpression>
#include <QTest>

using namespace msp;

// A first sync's search index, built on a thread of its own and taken into
// the store at the end: what the store ends with is exactly the index of its
// clients, however the build and the store's own writes interleaved.
class TestSearchIndexBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void takesTheWholeIndexIntoAnEmptyOne();
    void startsOnlyForAnEmptyIndex();
    void rolledBackEntriesAreLeftOut();
    void theStoresOwnWritesMeanwhileWin();
    void aClientMissingFromTheBuildIsIndexedFromItsRow();
    void anOpenAfterAStoppedBuildIndexesWhatIsMissing();

private:
    qint64 writeClient(int i, store::SearchIndexBuilder *builder, const QString &family = {});
    // Clients [first, end) written in one transaction of the store, as a
    // catch-up batch writes them, which then commits, rolls back, or ends
    // without the builder hearing of it (the store's transaction is rolled
    // back on return; the builder's stays open until takeInto()).
    enum class End { Commit, RollBack, Open };
    bool writeBatch(store::SearchIndexBuilder &builder, int first, int end, End how = End::Commit);
    qint64 rowIdOf(int i);
    QStringList indexed(); // "docid names|phone|email", by docid
    QStringList search(const QString &typed);
    bool integrityHolds();
    QString mark();

    std::unique_ptr<test::TempStore> m_store;
};

namespace {
QString clientId(int i)
{
    return QStringLiteral("0190a1b2-c3d4-7e5f-8b9b-%1").arg(i, 12, 10, QLatin1Char('0'));
}
} // namespace

void TestSearchIndexBuilder::init()
{
    // A builder that fails falls back to indexing here: the tests must see
    // it succeed.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("search index built aside")));
    m_store = std::make_unique<test::TempStore>();
    QVERIFY(m_store->isOpen());
}

qint64 TestSearchIndexBuilder::writeClient(int i, store::SearchIndexBuilder *builder, const QString &family)
{
    // As a catch-up writes a new client: its row with a fresh docid, its
    // entry handed to the builder (or written here without one).
    auto &db = m_store->store->database();
    const store::ClientSearchText text {
        QStringLiteral("Given%1").arg(i), family.isEmpty() ? QStringLiteral("Family%1").arg(i % 7) : family, QString(),
        QStringLiteral("+1212555%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("c%1@example.com").arg(i)};
    const auto entry = store::ClientSearchEntry::of(text);
    auto docid = store::mintSearchDocid(db, entry.sortKey);
    if (!docid)
        return -1;
    auto q = db.prepare("INSERT INTO client (id, given_name, family_name, phone, email, created_at, updated_at, "
                        "search_sort, search_docid) VALUES (?1, ?2, ?3, ?4, ?5, 0, 0, ?6, ?7);");
    if (!q
        || !q->bind(1, clientId(i))
                .bind(2, text.given)
                .bind(3, text.family)
                .bind(4, text.phone)
                .bind(5, text.email)
                .bind(6, entry.sortKey)
                .bind(7, *docid)
                .run())
        return -1;
    if (builder)
        builder->add(*docid, entry);
    else if (!store::writeSearchEntry(db, *docid, entry))
        return -1;
    return *docid;
}

qint64 TestSearchIndexBuilder::rowIdOf(int i)
{
    auto q = m_store->store->database().prepare("SELECT rowid FROM client WHERE id = ?1;");
    if (!q)
        return -1;
    q->bind(1, clientId(i));
    return store::scalar(*q).valueOr(-1);
}

bool TestSearchIndexBuilder::writeBatch(store::SearchIndexBuilder &builder, int first, int end, End how)
{
    auto &db = m_store->store->database();
    auto tx = store::Transaction::begin(db);
    if (!tx || !store::SearchIndexBuilder::markIncomplete(db))
        return false;
    for (int i = first; i < end; ++i)
        if (writeClient(i, &builder) < 0)
            return false;
    switch (how) {
    case End::Commit:
        if (!tx->commit())
            return false;
        builder.commit();
        break;
    case End::RollBack: builder.rollback(); break;
    case End::Open: break;
    }
    return true;
}

QStringList TestSearchIndexBuilder::indexed()
{
    QStringList out;
    auto q = m_store->store->database().prepare("SELECT docid, names, phone, email FROM client_search ORDER BY docid;");
    while (q && q->next().valueOr(false))
        out << QStringLiteral("%1 %2|%3|%4").arg(q->int64(0)).arg(q->text(1), q->text(2), q->text(3));
    return out;
}

QStringList TestSearchIndexBuilder::search(const QString &typed)
{
    QStringList ids;
    for (const auto &c : m_store->store->clients().search(typed).valueOr({}))
        ids << c.id.toString();
    return ids;
}

bool TestSearchIndexBuilder::integrityHolds()
{
    return bool(
        m_store->store->database().exec("INSERT INTO client_search (client_search) VALUES ('integrity-check');"));
}

QString TestSearchIndexBuilder::mark()
{
    return store::readSetting(m_store->store->database(), QStringLiteral("search.incomplete"))
        .valueOr(QStringLiteral("?"));
}

void TestSearchIndexBuilder::takesTheWholeIndexIntoAnEmptyOne()
{
    // The same clients indexed here, one by one, as the reference.
    QStringList expected;
    {
        auto tx = store::Transaction::begin(m_store->store->database());
        QVERIFY(tx);
        for (int i = 0; i < 300; ++i)
            QVERIFY(writeClient(i, nullptr) >= 0);
        expected = indexed();
        // Rolled back: the store is empty again, its index too.
    }
    QCOMPARE(indexed(), QStringList());

    auto &db = m_store->store->database();
    auto builder = store::SearchIndexBuilder::startFor(db);
    QVERIFY(builder && *builder);
    for (int batch = 0; batch < 3; ++batch)
        QVERIFY(writeBatch(**builder, batch * 100, batch * 100 + 100));
    // Until taken in, the clients are stored but not searchable.
    QCOMPARE(indexed(), QStringList());
    QCOMPARE(mark(), QStringLiteral("1"));
    QVERIFY((*builder)->takeInto(db));
    QCOMPARE(indexed(), expected);
    QVERIFY(integrityHolds());
    QCOMPARE(mark(), QString());
    QCOMPARE(search(QStringLiteral("given123")), QStringList {clientId(123)});
    QCOMPARE(search(QStringLiteral("5550042")), QStringList {clientId(42)});
    QCOMPARE(search(QStringLiteral("c299")), QStringList {clientId(299)});
    // Later writes go into the index as usual.
    QVERIFY(writeClient(300, nullptr) >= 0);
    QCOMPARE(search(QStringLiteral("given300")), QStringList {clientId(300)});
    QVERIFY(integrityHolds());
}

void TestSearchIndexBuilder::startsOnlyForAnEmptyIndex()
{
    QVERIFY(writeClient(1, nullptr) >= 0);
    auto builder = store::SearchIndexBuilder::startFor(m_store->store->database());
    QVERIFY(builder);
    QVERIFY(!*builder); // the catch-up indexes as it writes
}

void TestSearchIndexBuilder::rolledBackEntriesAreLeftOut()
{
    auto &db = m_store->store->database();
    auto builder = store::SearchIndexBuilder::startFor(db);
    QVERIFY(builder && *builder);
    QVERIFY(writeBatch(**builder, 1, 2));
    // More than the builder is handed at a time, so some reach its thread
    // before the rollback.
    constexpr int kMany = 1500;
    QVERIFY(writeBatch(**builder, 2, 2 + kMany, End::RollBack));
    // Written again, with the same docids: a build that had kept the
    // rolled-back entries would fail on them here.
    QVERIFY(writeBatch(**builder, 2, 2 + kMany));
    // Not committed when the build is taken in: left out with the rows.
    QVERIFY(writeBatch(**builder, 2 + kMany, 2 + 2 * kMany, End::Open));
    QVERIFY((*builder)->takeInto(db));
    QCOMPARE(indexed().size(), 1 + kMany);
    QCOMPARE(search(QStringLiteral("given999")), QStringList {clientId(999)});
    QCOMPARE(search(QStringLiteral("given") + QString::number(1 + kMany)), QStringList {clientId(1 + kMany)});
    QCOMPARE(search(QStringLiteral("given") + QString::number(2 + kMany)), QStringList());
    QVERIFY(integrityHolds());
}

void TestSearchIndexBuilder::theStoresOwnWritesMeanwhileWin()
{
    auto &db = m_store->store->database();
    auto builder = store::SearchIndexBuilder::startFor(db);
    QVERIFY(builder && *builder);
    QVERIFY(writeBatch(**builder, 1, 4));
    // Meanwhile, on the store: a new client indexed as usual, client 2
    // merged away (out of the index), client 3 renamed (indexed again).
    QVERIFY(writeClient(4, nullptr) >= 0);
    QVERIFY(store::unindexClient(db, rowIdOf(2)));
    auto rename = db.prepare("UPDATE client SET family_name = 'Renamed' WHERE id = ?1;");
    QVERIFY(rename && rename->bind(1, clientId(3)).run());
    QVERIFY(store::indexClientRow(db, rowIdOf(3)));

    QVERIFY((*builder)->takeInto(db));
    QCOMPARE(indexed().size(), 3);
    QCOMPARE(search(QStringLiteral("given1")), QStringList {clientId(1)});
    QCOMPARE(search(QStringLiteral("given2")), QStringList());
    QCOMPARE(search(QStringLiteral("renamed")), QStringList {clientId(3)});
    QCOMPARE(search(QStringLiteral("family3")), QStringList());
    QCOMPARE(search(QStringLiteral("given4")), QStringList {clientId(4)});
    QVERIFY(integrityHolds());
    QCOMPARE(mark(), QString());
}

void TestSearchIndexBuilder::aClientMissingFromTheBuildIsIndexedFromItsRow()
{
    auto &db = m_store->store->database();
    auto builder = store::SearchIndexBuilder::startFor(db);
    QVERIFY(builder && *builder);
    QVERIFY(writeBatch(**builder, 1, 2));
    // A row with a docid whose entry went nowhere (written before a crash by
    // a build that was lost).
    {
        auto lost = store::SearchIndexBuilder::startFor(db); // another, empty index
        QVERIFY(lost && *lost);
        QVERIFY(writeBatch(**lost, 2, 3));
    }
    QVERIFY((*builder)->takeInto(db));
    QCOMPARE(indexed().size(), 2);
    QCOMPARE(search(QStringLiteral("given2")), QStringList {clientId(2)});
    QVERIFY(integrityHolds());
}

void TestSearchIndexBuilder::anOpenAfterAStoppedBuildIndexesWhatIsMissing()
{
    auto &db = m_store->store->database();
    {
        auto builder = store::SearchIndexBuilder::startFor(db);
        QVERIFY(builder && *builder);
        QVERIFY(writeBatch(**builder, 0, 50));
        // The process stops here: the build in memory is lost.
    }
    QCOMPARE(indexed(), QStringList());
    QCOMPARE(mark(), QStringLiteral("1"));
    QVERIFY(m_store->reopen());
    QCOMPARE(indexed().size(), 50);
    QCOMPARE(mark(), QString());
    QCOMPARE(search(QStringLiteral("given42")), QStringList {clientId(42)});
    QVERIFY(integrityHolds());
}

QTEST_GUILESS_MAIN(TestSearchIndexBuilder)
#include "tst_searchindexbuilder.moc"
