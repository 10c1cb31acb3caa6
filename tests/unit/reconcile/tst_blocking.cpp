#include "reconcile/personblocker.h"
#include "reconcile/transactionblocker.h"

#include <QTest>

#include <random>
#include <set>

using namespace msp::reconcile;

class TestBlocking : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plantedPeopleNeverLost_data();
    void plantedPeopleNeverLost();
    void plantedPeopleInLinkMode();
    void oversizedBlockStillLinear();
    void plantedTransactionsNeverLost();
};

namespace {

std::string randomWord(std::mt19937 &rng, int syllables)
{
    static const char *parts[] = {"ka", "lo",  "mi",  "ren", "sa", "tor", "vel", "an", "bri", "dun",
                                  "el", "fay", "gor", "hal", "is", "jo",  "mar", "ne", "pet", "quin"};
    std::string s;
    for (int i = 0; i < syllables; ++i)
        s += parts[rng() % 20];
    return s;
}

PersonRecord randomPerson(std::mt19937 &rng, int i)
{
    PersonRecord p;
    p.id = std::to_string(i);
    p.givenName = randomWord(rng, 2);
    p.surname = randomWord(rng, 3);
    char dob[9];
    std::snprintf(dob, sizeof dob, "%04d%02d%02d", 1940 + int(rng() % 60), 1 + int(rng() % 12), 1 + int(rng() % 28));
    p.dateOfBirth = dob;
    p.postcode = std::to_string(2000 + rng() % 3000);
    p.streetNumber = std::to_string(1 + rng() % 300);
    p.suburb = randomWord(rng, 2);
    p.address = randomWord(rng, 2) + " street";
    return p;
}

// Damages a copy in one of the ways real duplicates differ. Each corruption
// leaves at least one blocking key intact, as a real duplicate has.
PersonRecord corrupt(PersonRecord p, int kind, std::mt19937 &rng)
{
    switch (kind % 7) {
    case 0: p.surname[1] = 'z'; break; // typo in surname
    case 1: std::swap(p.givenName, p.surname); break;
    case 2: p.dateOfBirth = p.dateOfBirth.substr(0, 4) + p.dateOfBirth.substr(6, 2) + p.dateOfBirth.substr(4, 2); break;
    case 3:
        p.postcode = std::to_string(2000 + rng() % 3000);
        p.streetNumber.clear();
        break; // moved house
    case 4:
        p.dateOfBirth.clear();
        p.givenName[0] = 'q';
        break;
    case 5: p.surname = randomWord(rng, 3); break; // married name
    case 6:
        p.givenName.clear();
        p.suburb.clear();
        p.dateOfBirth[3] = '0';
        break;
    }
    return p;
}

} // namespace

void TestBlocking::plantedPeopleNeverLost_data()
{
    QTest::addColumn<int>("seed");
    QTest::newRow("seed 1") << 1;
    QTest::newRow("seed 2") << 2;
    QTest::newRow("seed 3") << 3;
}

void TestBlocking::plantedPeopleNeverLost()
{
    QFETCH(int, seed);
    std::mt19937 rng {std::uint32_t(seed)};
    std::vector<PersonRecord> people;
    for (int i = 0; i < 3000; ++i)
        people.push_back(randomPerson(rng, i));
    std::set<std::pair<std::uint32_t, std::uint32_t>> planted;
    for (int k = 0; k < 700; ++k) {
        const auto original = std::uint32_t(rng() % 3000);
        people.push_back(corrupt(people[original], k, rng));
        planted.emplace(original, std::uint32_t(people.size() - 1));
    }
    const auto c = candidatePairs(personBlockingKeys(people, nullptr));
    const std::set<std::uint64_t> got(c.pairs.begin(), c.pairs.end());
    for (const auto &[a, b] : planted)
        QVERIFY2(got.count((std::uint64_t(a) << 32) | b), qPrintable(QStringLiteral("lost %1-%2").arg(a).arg(b)));
    QVERIFY(c.stats.reductionRatio > 0.99);
    QCOMPARE(got.size(), c.pairs.size()); // each pair once
}

void TestBlocking::plantedPeopleInLinkMode()
{
    std::mt19937 rng(7);
    std::vector<PersonRecord> left;
    std::vector<PersonRecord> right;
    for (int i = 0; i < 1000; ++i)
        left.push_back(randomPerson(rng, i));
    for (int i = 0; i < 1000; ++i)
        right.push_back(i % 2 ? corrupt(left[size_t(i)], i, rng) : randomPerson(rng, 5000 + i));
    const auto c = candidatePairs(personBlockingKeys(left, &right));
    const std::set<std::uint64_t> got(c.pairs.begin(), c.pairs.end());
    for (std::uint32_t i = 1; i < 1000; i += 2)
        QVERIFY(got.count((std::uint64_t(i) << 32) | i));
    for (const auto p : c.pairs)
        QVERIFY(pairFirst(p) < 1000 && pairSecond(p) < 1000);
}

void TestBlocking::oversizedBlockStillLinear()
{
    // Everyone in one postcode: the block is windowed, pairs stay linear, and
    // a planted duplicate still meets its original through its name key.
    std::mt19937 rng(11);
    std::vector<PersonRecord> people;
    for (int i = 0; i < 4000; ++i) {
        people.push_back(randomPerson(rng, i));
        people.back().postcode = "3000";
        people.back().dateOfBirth.clear();
        people.back().streetNumber = "1";
    }
    people.push_back(people[17]);
    people.back().streetNumber = "999";
    BlockingOptions o;
    o.maxBlock = 200;
    const auto c = candidatePairs(personBlockingKeys(people, nullptr), o);
    QVERIFY(c.stats.oversizedBlocks >= 1);
    QVERIFY(c.pairs.size() < people.size() * 40);
    QVERIFY(std::find(c.pairs.begin(), c.pairs.end(), (std::uint64_t(17) << 32) | 4000) != c.pairs.end());
}

void TestBlocking::plantedTransactionsNeverLost()
{
    std::mt19937 rng(5);
    std::vector<TransactionRecord> left;
    std::vector<TransactionRecord> right;
    for (int i = 0; i < 20000; ++i) {
        TransactionRecord t;
        t.day = 19700 + int(rng() % 365);
        t.amount = 1000 + std::int64_t(rng() % 200000);
        t.name = randomWord(rng, 2) + " " + randomWord(rng, 3);
        left.push_back(t);
        TransactionRecord u = t;
        switch (i % 5) {
        case 0: break;
        case 1: u.day += 1 + int(rng() % 3); break; // payout lag
        case 2:
            u.amount = t.amount - (t.amount * 290 + 5000) / 10000 - 30;
            u.day += 2;
            break; // fee
        case 3:
            u.amount += 777;
            u.name = t.name;
            u.day -= 5;
            break; // amount wrong, name intact
        case 4:
            u.name.clear();
            u.reference = "ref" + std::to_string(i);
            left.back().reference = u.reference;
            u.amount = 1;
            break;
        }
        right.push_back(u);
    }
    const auto c = transactionCandidates(left, right);
    const std::set<std::uint64_t> got(c.pairs.begin(), c.pairs.end());
    for (std::uint32_t i = 0; i < left.size(); ++i)
        QVERIFY2(got.count((std::uint64_t(i) << 32) | i), qPrintable(QStringLiteral("lost %1").arg(i)));
    QVERIFY(c.stats.reductionRatio > 0.99);
}

QTEST_GUILESS_MAIN(TestBlocking)
#include "tst_blocking.moc"
