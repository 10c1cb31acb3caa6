// The engine splits its work across threads; the answer must not depend on
// how many: same candidate pairs, same model, same matches, bit for bit.

#include "generators.h"
#include "reconcile/personlinker.h"
#include "reconcile/transactionblocker.h"
#include "reconcile/transactionreconciler.h"

#include <QTest>

#include <algorithm>

using namespace msp::reconcile;

class TestThreadedDeterminism : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dedupeSameOnAnyThreadCount();
    void linkSameOnAnyThreadCount();
    void reconcileSameOnAnyThreadCount();
};

namespace {

void comparePairs(const LinkResult &one, const LinkResult &many)
{
    QCOMPARE(many.blocking.candidatePairs, one.blocking.candidatePairs);
    QCOMPARE(many.em.iterations, one.em.iterations);
    QCOMPARE(many.model.prior(), one.model.prior());
    QCOMPARE(many.pairs.size(), one.pairs.size());
    for (size_t i = 0; i < one.pairs.size(); ++i) {
        QCOMPARE(many.pairs[i].a, one.pairs[i].a);
        QCOMPARE(many.pairs[i].b, one.pairs[i].b);
        QCOMPARE(many.pairs[i].pattern, one.pairs[i].pattern);
        // Exactly equal, not merely close: sums are taken in the same order.
        QVERIFY(many.pairs[i].weight == one.pairs[i].weight);
        QVERIFY(many.pairs[i].probability == one.pairs[i].probability);
    }
}

} // namespace

void TestThreadedDeterminism::dedupeSameOnAnyThreadCount()
{
    std::vector<std::uint32_t> entity;
    const auto people = generators::people(16000, 4000, 11, entity);
    LinkOptions o;
    o.threads = 1;
    const LinkResult one = dedupePeople(people, o);
    QVERIFY(one.pairs.size() > 1000);
    for (const int threads : {2, 3}) {
        o.threads = threads;
        comparePairs(one, dedupePeople(people, o));
    }
}

void TestThreadedDeterminism::linkSameOnAnyThreadCount()
{
    std::vector<std::uint32_t> entity;
    const auto people = generators::people(16000, 4000, 12, entity);
    const std::vector<PersonRecord> left(people.begin(), people.begin() + 10000);
    const std::vector<PersonRecord> right(people.begin() + 10000, people.end());
    LinkOptions o;
    o.threads = 1;
    const LinkResult one = linkPeople(left, right, o);
    QVERIFY(!one.pairs.empty());
    o.threads = 2;
    comparePairs(one, linkPeople(left, right, o));
}

void TestThreadedDeterminism::reconcileSameOnAnyThreadCount()
{
    const auto data = generators::transactions(12000, 13);
    auto sorted = [](CandidatePairs c) {
        std::sort(c.pairs.begin(), c.pairs.end());
        return c.pairs;
    };
    QCOMPARE(sorted(transactionCandidates(data.left, data.right, {}, 2)),
             sorted(transactionCandidates(data.left, data.right, {}, 1)));
    ReconcileOptions o;
    o.threads = 1;
    const ReconcileResult one = reconcileTransactions(data.left, data.right, o);
    QVERIFY(one.matches.size() > 10000);
    for (const int threads : {2, 3}) {
        o.threads = threads;
        const ReconcileResult many = reconcileTransactions(data.left, data.right, o);
        QCOMPARE(many.blocking.candidatePairs, one.blocking.candidatePairs);
        QCOMPARE(many.em.iterations, one.em.iterations);
        QCOMPARE(many.matches.size(), one.matches.size());
        for (size_t i = 0; i < one.matches.size(); ++i) {
            QCOMPARE(many.matches[i].left, one.matches[i].left);
            QCOMPARE(many.matches[i].right, one.matches[i].right);
            QCOMPARE(many.matches[i].pattern, one.matches[i].pattern);
            QVERIFY(many.matches[i].weight == one.matches[i].weight);
            QCOMPARE(many.matches[i].grade, one.matches[i].grade);
        }
        QCOMPARE(many.unmatchedLeft, one.unmatchedLeft);
        QCOMPARE(many.unmatchedRight, one.unmatchedRight);
    }
}

QTEST_GUILESS_MAIN(TestThreadedDeterminism)
#include "tst_threadeddeterminism.moc"
