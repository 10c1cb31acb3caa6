// The bit-parallel Jaro-Winkler and Levenshtein against the textbook
// algorithms they replace: equal on every pair, not merely close.

#include "reconcile/similarity.h"

#include <QTest>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

using namespace msp::reconcile;

class TestSimilarity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void levenshteinValues_data();
    void levenshteinValues();
    void sameAsTextbook_data();
    void sameAsTextbook();
};

namespace {

double textbookJaroWinkler(std::string a, std::string b)
{
    if (a.empty() || b.empty())
        return 0.0;
    if (a == b)
        return 1.0;
    a = a.substr(0, 64);
    b = b.substr(0, 64);
    if (a.size() > b.size())
        std::swap(a, b);
    const int la = int(a.size());
    const int lb = int(b.size());
    const int window = std::max(0, lb / 2 - 1);
    std::vector<bool> matchedB(size_t(lb), false);
    std::string charsA;
    for (int i = 0; i < la; ++i) {
        for (int j = std::max(0, i - window); j <= std::min(lb - 1, i + window); ++j) {
            if (!matchedB[size_t(j)] && a[size_t(i)] == b[size_t(j)]) {
                matchedB[size_t(j)] = true;
                charsA.push_back(a[size_t(i)]);
                break;
            }
        }
    }
    if (charsA.empty())
        return 0.0;
    int transpositions = 0;
    size_t k = 0;
    for (int j = 0; j < lb; ++j)
        if (matchedB[size_t(j)])
            transpositions += charsA[k++] != b[size_t(j)];
    const double m = double(charsA.size());
    const double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
    int prefix = 0;
    while (prefix < 4 && prefix < la && a[size_t(prefix)] == b[size_t(prefix)])
        ++prefix;
    return jaro + prefix * 0.1 * (1.0 - jaro);
}

int textbookLevenshtein(std::string a, std::string b, int limit)
{
    if (std::abs(int(a.size()) - int(b.size())) > limit)
        return limit + 1;
    a = a.substr(0, 64);
    b = b.substr(0, 64);
    std::vector<int> prev(b.size() + 1);
    std::vector<int> cur(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j)
        prev[j] = int(j);
    for (size_t i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (size_t j = 1; j <= b.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(prev, cur);
    }
    return std::min(prev[b.size()], limit + 1);
}

std::string randomText(std::mt19937_64 &rng, const std::string &alphabet, size_t maxLength)
{
    std::string s(rng() % (maxLength + 1), ' ');
    for (char &c : s)
        c = alphabet[rng() % alphabet.size()];
    return s;
}

} // namespace

void TestSimilarity::levenshteinValues_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("expected");
    QTest::newRow("kitten sitting") << QStringLiteral("kitten") << QStringLiteral("sitting") << 5 << 3;
    QTest::newRow("past the limit") << QStringLiteral("kitten") << QStringLiteral("sitting") << 2 << 3;
    QTest::newRow("dates two apart") << QStringLiteral("19840312") << QStringLiteral("19850313") << 2 << 2;
    QTest::newRow("equal") << QStringLiteral("abc") << QStringLiteral("abc") << 2 << 0;
    QTest::newRow("one empty") << QString() << QStringLiteral("ab") << 2 << 2;
    QTest::newRow("lengths too far apart") << QStringLiteral("a") << QStringLiteral("abcd") << 2 << 3;
}

void TestSimilarity::levenshteinValues()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, limit);
    QFETCH(int, expected);
    QCOMPARE(boundedLevenshtein(a.toStdString(), b.toStdString(), limit), expected);
    QCOMPARE(boundedLevenshtein(b.toStdString(), a.toStdString(), limit), expected);
}

void TestSimilarity::sameAsTextbook_data()
{
    QTest::addColumn<QString>("alphabet");
    QTest::addColumn<int>("maxLength");
    // Few letters give many matches and transpositions; long strings cross
    // the 64-byte cut.
    QTest::newRow("two letters") << QStringLiteral("ab") << 12;
    QTest::newRow("digits, dates") << QStringLiteral("0123456789") << 9;
    QTest::newRow("names") << QStringLiteral("aeilnorst ") << 16;
    QTest::newRow("past 64 bytes") << QStringLiteral("abc") << 80;
}

void TestSimilarity::sameAsTextbook()
{
    QFETCH(QString, alphabet);
    QFETCH(int, maxLength);
    const std::string letters = alphabet.toStdString();
    std::mt19937_64 rng(1234);
    for (int i = 0; i < 20000; ++i) {
        const std::string a = randomText(rng, letters, size_t(maxLength));
        const std::string b = i % 3 == 0 ? a.substr(0, a.size() / 2) + randomText(rng, letters, 3)
                                         : randomText(rng, letters, size_t(maxLength));
        QCOMPARE(jaroWinkler(a, b), textbookJaroWinkler(a, b));
        QCOMPARE(jaroWinkler(b, a), textbookJaroWinkler(b, a));
        // The bag bound never falls below the value it bounds.
        QVERIFY(jaroWinklerUpperBound(a, b, letterBag(a), letterBag(b)) >= jaroWinkler(a, b) - 1e-12);
        for (const int limit : {1, 2, 100})
            QCOMPARE(boundedLevenshtein(a, b, limit), textbookLevenshtein(a, b, limit));
    }
}

QTEST_GUILESS_MAIN(TestSimilarity)
#include "tst_similarity.moc"
