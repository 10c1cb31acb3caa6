#include "store/searchindex.h"
#include "storetesthelpers.h"
#include "support/tempstore.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace msp;
using namespace msp::test;
using namespace Qt::StringLiterals;

class TestClientSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void search_data();
    void search();
    void summaryShowsDisplayForms();
    void followsUpdates();
    void ordered_data();
    void ordered();
    void renameMovesInOrder();
    void agreesWithBruteForce();
    void foldsAsciiAsUnicodeFolds_data();
    void foldsAsciiAsUnicodeFolds();

private:
    std::unique_ptr<TempStore> m_s;
    std::unique_ptr<TempStore> m_ordered; // no phones or e-mails: names decide
};

namespace {
QStringList legalNames(const QList<store::ClientSummary> &found)
{
    QStringList names;
    for (const auto &c : found)
        names << c.legalName;
    return names;
}

// A client needs a phone or an e-mail; digits never match a name query.
QString phoneNumber(int n)
{
    return QStringLiteral("555-234-%1").arg(n, 4, 10, QLatin1Char('0'));
}
} // namespace

void TestClientSearch::initTestCase()
{
    m_s = std::make_unique<TempStore>();
    QVERIFY(m_s->isOpen());
    const QList<Client> clients {
        makeClient(QStringLiteral("José"), QStringLiteral("Núñez"), QStringLiteral("(555) 201-4477"),
                   QStringLiteral("jose.nunez@example.com")),
        makeClient(QStringLiteral("Zoë"), QStringLiteral("Åkesson"), QStringLiteral("+44 20 7946 0958"),
                   QStringLiteral("zoe@spa.co.uk"), QStringLiteral("Zo")),
        makeClient(QStringLiteral("Mary-Jane"), QStringLiteral("O'Neil"), QStringLiteral("555-303-1234"),
                   QStringLiteral("mj@example.com")),
        makeClient(QStringLiteral("John"), QStringLiteral("Smith"), QString(), QStringLiteral("jsmith@example.org")),
        makeClient(QStringLiteral("Jonathan"), QStringLiteral("Smythe"), QStringLiteral("555-404-2222"), QString()),
    };
    for (const Client &c : clients) {
        QVERIFY(!c.name.given().isEmpty());
        QVERIFY(m_s->store->clients().create(adminActor(), c));
    }
    // Three Anderssons share one docid bucket (the first eight folded
    // characters), so a limit can fall inside a bucket.
    m_ordered = std::make_unique<TempStore>();
    QVERIFY(m_ordered->isOpen());
    const QList<std::pair<const char16_t *, const char16_t *>> names {
        {u"Zoë", u"Andersson"}, {u"Ölof", u"Zetterlund"}, {u"Émile", u"Andersson"}, {u"Ida", u"Oakes"},
        {u"Åsa", u"Andersén"},  {u"Anna", u"Andersson"},  {u"Carl", u"Öberg"},      {u"Bo", u"Anders"},
        {u"Éric", u"Élan"},     {u"Ella", u"Ekberg"},
    };
    int n = 0;
    for (const auto &[given, family] : names) {
        const Client c = makeClient(QString::fromUtf16(given), QString::fromUtf16(family), phoneNumber(n++), {});
        QVERIFY(!c.name.given().isEmpty());
        QVERIFY(m_ordered->store->clients().create(adminActor(), c));
    }
}

void TestClientSearch::cleanupTestCase()
{
    m_s.reset();
    m_ordered.reset();
}

void TestClientSearch::search_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("expected"); // legal names, in order

    const QString jose = QStringLiteral("José Núñez");
    const QString zoe = QStringLiteral("Zoë Åkesson");
    const QString mj = QStringLiteral("Mary-Jane O'Neil");
    const QString john = QStringLiteral("John Smith");
    const QString jonathan = QStringLiteral("Jonathan Smythe");

    QTest::newRow("accent-insensitive given name") << QStringLiteral("jose") << QStringList {jose};
    QTest::newRow("accented query") << QStringLiteral("JOSÉ") << QStringList {jose};
    QTest::newRow("family without accents") << QStringLiteral("nunez") << QStringList {jose};
    QTest::newRow("family with accents") << QStringLiteral("Núñez") << QStringList {jose};
    QTest::newRow("upper case") << QStringLiteral("SMITH") << QStringList {john};
    QTest::newRow("prefix") << QStringLiteral("jo") << QStringList {jose, john, jonathan};
    QTest::newRow("prefix of two families") << QStringLiteral("sm") << QStringList {john, jonathan};
    QTest::newRow("two words") << QStringLiteral("john smith") << QStringList {john};
    QTest::newRow("two words reversed") << QStringLiteral("smith john") << QStringList {john};
    QTest::newRow("two prefixes") << QStringLiteral("jo sm") << QStringList {john, jonathan};
    QTest::newRow("preferred name") << QStringLiteral("zo") << QStringList {zoe};
    QTest::newRow("diaeresis folded") << QStringLiteral("zoe akesson") << QStringList {zoe};
    QTest::newRow("hyphenated given name") << QStringLiteral("Mary-Jane") << QStringList {mj};
    QTest::newRow("apostrophe") << QStringLiteral("o'neil") << QStringList {mj};
    QTest::newRow("phone typed with punctuation") << QStringLiteral("(555) 201-4477") << QStringList {jose};
    QTest::newRow("phone with dashes") << QStringLiteral("555-201-4477") << QStringList {jose};
    QTest::newRow("phone digits") << QStringLiteral("5552014477") << QStringList {jose};
    QTest::newRow("phone with country code") << QStringLiteral("+1 555 201 4477") << QStringList {jose};
    QTest::newRow("local seven digits") << QStringLiteral("201-4477") << QStringList {jose};
    QTest::newRow("phone prefix") << QStringLiteral("555 20") << QStringList {jose};
    QTest::newRow("area code") << QStringLiteral("555") << QStringList {jose, mj, jonathan};
    QTest::newRow("international phone") << QStringLiteral("+44 20 7946 0958") << QStringList {zoe};
    QTest::newRow("whole e-mail") << QStringLiteral("jose.nunez@example.com") << QStringList {jose};
    QTest::newRow("e-mail upper case") << QStringLiteral("MJ@EXAMPLE.COM") << QStringList {mj};
    QTest::newRow("e-mail domain") << QStringLiteral("example.org") << QStringList {john};
    QTest::newRow("e-mail local part") << QStringLiteral("jsmith") << QStringList {john};
    QTest::newRow("no match") << QStringLiteral("xyzzy") << QStringList {};
    QTest::newRow("one word matches, other does not") << QStringLiteral("john xyzzy") << QStringList {};
    QTest::newRow("query operator word is a plain prefix") << QStringLiteral("OR") << QStringList {john};
    QTest::newRow("quotes and stars") << QStringLiteral("\"smi*") << QStringList {john};
    QTest::newRow("only punctuation lists all")
        << QStringLiteral("-- ()") << QStringList {zoe, jose, mj, john, jonathan};
    QTest::newRow("empty lists all, accented initial with its letter")
        << QString() << QStringList {zoe, jose, mj, john, jonathan};
    QTest::newRow("accented initial typed plain") << QStringLiteral("a") << QStringList {zoe};
    QTest::newRow("accented initial typed accented") << QStringLiteral("Å") << QStringList {zoe};
    QTest::newRow("one letter, names and e-mail") << QStringLiteral("j") << QStringList {jose, mj, john, jonathan};
    QTest::newRow("three-letter prefix") << QStringLiteral("smy") << QStringList {jonathan};
    QTest::newRow("four-letter prefix past the prefix index") << QStringLiteral("smyt") << QStringList {jonathan};
    QTest::newRow("whole given name across words") << QStringLiteral("jane") << QStringList {mj};
}

void TestClientSearch::search()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, expected);

    const auto found = m_s->store->clients().search(typed);
    QVERIFY2(found, found ? "" : qPrintable(found.error().message));
    QStringList names;
    for (const auto &c : *found)
        names << c.legalName;
    QCOMPARE(names, expected);
}

void TestClientSearch::summaryShowsDisplayForms()
{
    const auto found = m_s->store->clients().search(u"zoe");
    QVERIFY(found);
    QCOMPARE(found->size(), 1);
    const auto &s = found->first();
    QCOMPARE(s.displayName, QStringLiteral("Zo Åkesson"));
    QCOMPARE(s.legalName, QStringLiteral("Zoë Åkesson"));
    QCOMPARE(s.phone, QStringLiteral("+442079460958"));
    QCOMPARE(s.email, QStringLiteral("zoe@spa.co.uk"));
    const auto jose = m_s->store->clients().search(u"jose");
    QVERIFY(jose);
    QCOMPARE(jose->first().phone, QStringLiteral("(555) 201-4477"));
}

void TestClientSearch::followsUpdates()
{
    TempStore s;
    QVERIFY(s.isOpen());
    const auto created
        = s.store->clients().create(adminActor(),
                                    makeClient(QStringLiteral("Hana"), QStringLiteral("Sato"),
                                               QStringLiteral("555-777-1212"), QStringLiteral("hana@example.com")));
    QVERIFY(created);
    Client changed = *created;
    changed.name = *PersonName::create(u"Hana", u"Kimura");
    changed.phone = *Phone::parse(u"555-888-3434");
    QVERIFY(s.store->clients().update(adminActor(), changed));
    QCOMPARE(s.store->clients().search(u"sato").valueOr({}).size(), 0);
    QCOMPARE(s.store->clients().search(u"555-777-1212").valueOr({}).size(), 0);
    QCOMPARE(s.store->clients().search(u"kimura").valueOr({}).size(), 1);
    QCOMPARE(s.store->clients().search(u"555-888-3434").valueOr({}).size(), 1);
    QCOMPARE(s.store->clients().search(u"hana@example.com").valueOr({}).size(), 1);
}

void TestClientSearch::ordered_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QStringList>("expected"); // legal names, in order

    const QString bo = QStringLiteral("Bo Anders");
    const QString asa = QStringLiteral("Åsa Andersén");
    const QString anna = QStringLiteral("Anna Andersson");
    const QString emile = QStringLiteral("Émile Andersson");
    const QString zoe = QStringLiteral("Zoë Andersson");
    const QString ella = QStringLiteral("Ella Ekberg");
    const QString eric = QStringLiteral("Éric Élan");
    const QString ida = QStringLiteral("Ida Oakes");
    const QString carl = QStringLiteral("Carl Öberg");
    const QString olof = QStringLiteral("Ölof Zetterlund");

    QTest::newRow("all, by family then given, accents folded")
        << QString() << 200 << QStringList {bo, asa, anna, emile, zoe, ella, eric, ida, carl, olof};
    QTest::newRow("limit inside a shared bucket") << QString() << 3 << QStringList {bo, asa, anna};
    QTest::newRow("limit one past it") << QString() << 4 << QStringList {bo, asa, anna, emile};
    QTest::newRow("limit at the end of a bucket") << QString() << 5 << QStringList {bo, asa, anna, emile, zoe};
    QTest::newRow("limit zero") << QString() << 0 << QStringList {};
    QTest::newRow("prefix, limited") << QStringLiteral("and") << 2 << QStringList {bo, asa};
    QTest::newRow("shorter family first") << QStringLiteral("anders") << 200 << QStringList {bo, asa, anna, emile, zoe};
    QTest::newRow("whole family, given decides")
        << QStringLiteral("ANDERSSON") << 200 << QStringList {anna, emile, zoe};
    QTest::newRow("given or family, accented or not") << QStringLiteral("e") << 200 << QStringList {emile, ella, eric};
    QTest::newRow("given or family, limited") << QStringLiteral("e") << 2 << QStringList {emile, ella};
    QTest::newRow("o plain") << QStringLiteral("o") << 200 << QStringList {ida, carl, olof};
    QTest::newRow("o with diaeresis") << QStringLiteral("Ö") << 200 << QStringList {ida, carl, olof};
    QTest::newRow("one word can match twice") << QStringLiteral("a anders") << 2 << QStringList {bo, asa};
    QTest::newRow("two words, one each") << QStringLiteral("anders e") << 200 << QStringList {emile};
    QTest::newRow("accented query, one letter") << QStringLiteral("É") << 1 << QStringList {emile};
}

void TestClientSearch::ordered()
{
    QFETCH(QString, typed);
    QFETCH(int, limit);
    QFETCH(QStringList, expected);

    const auto found = m_ordered->store->clients().search(typed, limit);
    QVERIFY2(found, found ? "" : qPrintable(found.error().message));
    QCOMPARE(legalNames(*found), expected);
}

void TestClientSearch::renameMovesInOrder()
{
    TempStore s;
    QVERIFY(s.isOpen());
    const auto first = s.store->clients().create(adminActor(), makeClient(u"Anna"_s, u"Berg"_s, phoneNumber(1), {}));
    const auto second = s.store->clients().create(adminActor(), makeClient(u"Cleo"_s, u"Dahl"_s, phoneNumber(2), {}));
    QVERIFY(first && second);
    QCOMPARE(legalNames(s.store->clients().search(u"", 1).valueOr({})), QStringList {u"Anna Berg"_s});

    Client moved = *second;
    moved.name = *PersonName::create(u"Cleo", u"Ågren");
    QVERIFY(s.store->clients().update(adminActor(), moved));
    QCOMPARE(legalNames(s.store->clients().search(u"", 1).valueOr({})), QStringList {u"Cleo Ågren"_s});
    QCOMPARE(legalNames(s.store->clients().search(u"", 5).valueOr({})),
             (QStringList {u"Cleo Ågren"_s, u"Anna Berg"_s}));
    QCOMPARE(legalNames(s.store->clients().search(u"dahl").valueOr({})), QStringList {});

    // A change that keeps the name keeps the client's place.
    moved.notes = u"prefers mornings"_s;
    QVERIFY(s.store->clients().update(adminActor(), moved));
    QCOMPARE(legalNames(s.store->clients().search(u"a", 5).valueOr({})),
             (QStringList {u"Cleo Ågren"_s, u"Anna Berg"_s}));
}

// Random names from a small alphabet with accents and shared starts, so many
// clients share a bucket; every search must equal filtering and sorting all
// of them by hand.
void TestClientSearch::agreesWithBruteForce()
{
    TempStore s;
    QVERIFY(s.isOpen());
    const QStringList parts {u"an"_s, u"Än"_s, u"de"_s, u"dé"_s, u"rs"_s, u"so"_s, u"n"_s, u"Ø"_s, u"ka"_s};
    QRandomGenerator rng(20240607);
    const auto word = [&] {
        QString w;
        const int n = 1 + int(rng.bounded(5u));
        for (int i = 0; i < n; ++i)
            w += parts.at(int(rng.bounded(quint32(parts.size()))));
        w[0] = w.at(0).toUpper();
        return w;
    };
    struct Person {
        QString given, family, key, id;
    };
    QList<Person> people;
    for (int i = 0; i < 150; ++i) {
        const QString given = word();
        const QString family = rng.bounded(3u) == 0 ? word() + u' ' + word() : word();
        const auto created = s.store->clients().create(adminActor(), makeClient(given, family, phoneNumber(i), {}));
        QVERIFY(created);
        QVERIFY(!created->name.given().isEmpty());
        people.append({given, family, store::clientSortKey(given, family), created->id.toString()});
    }
    std::sort(people.begin(), people.end(), [](const Person &a, const Person &b) {
        const int c = a.key.compare(b.key);
        return c != 0 ? c < 0 : a.id < b.id;
    });
    const auto matches = [](const Person &p, const QStringList &terms) {
        const QStringList words = store::foldForSearch(QString(p.given + u' ' + p.family)).split(u' ');
        return std::all_of(terms.begin(), terms.end(), [&](const QString &t) {
            return std::any_of(words.begin(), words.end(), [&](const QString &w) { return w.startsWith(t); });
        });
    };
    const QList<QStringList> queries {{},          {u"a"_s},           {u"an"_s},  {u"and"_s},
                                      {u"ande"_s}, {u"d"_s},           {u"ø"_s},   {u"ka"_s, u"an"_s},
                                      {u"s"_s},    {u"nrs"_s, u"d"_s}, {u"anan"_s}};
    for (const QStringList &terms : queries) {
        for (int limit : {1, 2, 7, 20, 1000}) {
            QStringList expected;
            for (const Person &p : people)
                if (expected.size() < limit && matches(p, terms))
                    expected << p.id;
            const auto found = s.store->clients().search(terms.join(u' '), limit);
            QVERIFY(found);
            QStringList ids;
            for (const auto &c : *found)
                ids << c.id.toString();
            QVERIFY2(ids == expected,
                     qPrintable(terms.join(u' ') + u" limit "_s + QString::number(limit) + u": got "_s + ids.join(u',')
                                + u", expected "_s + expected.join(u',')));
        }
    }
}

void TestClientSearch::foldsAsciiAsUnicodeFolds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("ascii") << QStringLiteral("O'Brien-Smith Jr. 42") << QStringLiteral("o'brien-smith jr. 42");
    QTest::newRow("every ascii") <<
        [] {
            QString all;
            for (char16_t u = 0; u < 0x80; ++u)
                all.append(QChar(u));
            return all;
        }()
                                 << [] {
                                        QString all;
                                        for (char16_t u = 0; u < 0x80; ++u)
                                            all.append(QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u));
                                        return all;
                                    }();
    QTest::newRow("accents") << QStringLiteral("Émile ÅKESSON") << QStringLiteral("emile akesson");
    QTest::newRow("sharp s") << QStringLiteral("STRAßE") << QStringLiteral("straße"); // simple folding: one letter each
    QTest::newRow("empty") << QString() << QString();
}

void TestClientSearch::foldsAsciiAsUnicodeFolds()
{
    // ASCII takes a short cut past the Unicode tables; it must land where the
    // tables would: the same text with one accented letter after it goes the
    // long way.
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(store::foldForSearch(text), folded);
    QCOMPARE(store::foldForSearch(QString(text + QStringLiteral("\u00C9"))), QString(folded + u'e'));
}

QTEST_GUILESS_MAIN(TestClientSearch)
#include "tst_clientsearch.moc"
