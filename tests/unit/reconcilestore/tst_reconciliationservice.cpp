#include "reconcilestore/reconmatching.h"
#include "reconfixture.h"

#include <QTest>

using namespace msp;
using namespace msp::test;
using namespace msp::reconcilestore;

// The service: sales against portal rows in three bands, money at risk and
// not submitted, and staff decisions stored, audited and fed back.
class TestReconciliationService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gradesIntoBands_data();
    void gradesIntoBands();
    void scenarioBandsAndRisk();
    void acceptedPairStaysMatched();
    void rejectedPairIsNotProposedAgain();
    void confirmedPairsChangeWeights();
    void pickAnotherCandidate();
    void bulkAcceptIsOneAuditedTransaction();
    void frontDeskMayNotReconcile();
};

namespace {
const QDate kFrom(2026, 3, 1);
const QDate kTo(2026, 3, 31);

int lineOf(const ReconReport &r, const EntityId &leftId)
{
    for (int i = 0; i < r.lines.size(); ++i)
        for (const int l : r.lines[i].left)
            if (r.left[l].id == leftId)
                return i;
    return -1;
}

struct Scenario {
    ReconFixture f;
    QList<EntityId> tenders;
    Scenario()
    {
        const QByteArray csv = standardScenario(f);
        auto r = ImportRepository(f.store()).importFile(adminActor(), f.request(csv));
        if (!r)
            f.error = r.error().message;
        auto rows = f.store().database().prepare("SELECT t.id FROM tender_line t JOIN invoice i ON i.id = "
                                                 "t.invoice_id ORDER BY i.created_at;");
        while (rows && rows->next().valueOr(false))
            tenders.append(rows->id(0));
    }
};
} // namespace

void TestReconciliationService::gradesIntoBands_data()
{
    QTest::addColumn<double>("probability");
    QTest::addColumn<bool>("split");
    QTest::addColumn<int>("grade");
    QTest::addColumn<int>("band");
    const int precise = int(reconcile::MatchGrade::Precise);
    QTest::newRow("above the threshold") << 0.99 << false << precise << int(Band::Matched);
    QTest::newRow("at the threshold") << 0.95 << false << precise << int(Band::Matched);
    QTest::newRow("just below") << 0.9499 << false << precise << int(Band::Review);
    QTest::newRow("at review") << 0.5 << false << precise << int(Band::Review);
    QTest::newRow("below review") << 0.49 << false << precise << int(Band::Unmatched);
    QTest::newRow("split, certain") << 0.999 << true << int(reconcile::MatchGrade::Imprecise) << int(Band::Review);
    QTest::newRow("twin left over") << 0.999 << false << int(reconcile::MatchGrade::Duplicate) << int(Band::Review);
}

void TestReconciliationService::gradesIntoBands()
{
    QFETCH(double, probability);
    QFETCH(bool, split);
    QFETCH(int, grade);
    QFETCH(int, band);
    QCOMPARE(int(bandFor(probability, split, reconcile::MatchGrade(grade), Thresholds {0.95, 0.5})), band);
}

void TestReconciliationService::scenarioBandsAndRisk()
{
    Scenario s;
    QCOMPARE(s.f.error, QString());
    QCOMPARE(s.tenders.size(), 6);
    ReconciliationService service(s.f.store(), adminActor());
    auto r = service.run(kFrom, kTo);
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    QCOMPARE(r->left.size(), 6);
    QCOMPARE(r->right.size(), 6);
    for (int i = 0; i < 4; ++i) {
        const int line = lineOf(*r, s.tenders[i]);
        QVERIFY(line >= 0);
        QCOMPARE(r->lines[line].band, Band::Matched);
        QCOMPARE(r->lines[line].right.size(), 1);
        QCOMPARE(r->right[r->lines[line].right[0]].reference, QStringLiteral("ALLE-100%1").arg(i + 1));
        QVERIFY2(r->lines[line].explanation.contains(u"amount same"), qPrintable(r->lines[line].explanation));
    }
    // A day late and without its code: proposed, for a person to look at.
    const int late = lineOf(*r, s.tenders[4]);
    QVERIFY(late >= 0);
    QVERIFY(r->lines[late].isPair());
    QVERIFY(r->lines[late].band != Band::Unmatched);
    QVERIFY2(r->lines[late].explanation.contains(u"one day later"), qPrintable(r->lines[late].explanation));
    // Money at risk: the redemption nobody rang up.
    QCOMPARE(r->atRiskCount, 1);
    QCOMPARE(r->atRiskMinor, 6000);
    QCOMPARE(r->atRisk.size(), 1);
    QCOMPARE(r->atRisk.first().group, QStringLiteral("alle"));
    QCOMPARE(r->right[r->atRiskItems.first()].date, QDate(2026, 3, 12));
    // Not submitted: the reward taken at checkout the portal never saw.
    QCOMPARE(r->notSubmitted.size(), 1);
    QCOMPARE(r->left[r->notSubmitted.first()].id, s.tenders[5]);
    QCOMPARE(lastAuditAction(s.f.store()), QStringLiteral("reconcile.run"));
}

void TestReconciliationService::acceptedPairStaysMatched()
{
    Scenario s;
    ReconciliationService service(s.f.store(), adminActor());
    auto r = service.run(kFrom, kTo);
    QVERIFY(r);
    const int late = lineOf(*r, s.tenders[4]);
    QVERIFY(service.accept(*r, late));
    QCOMPARE(r->lines[late].state, LineState::Accepted);
    QCOMPARE(lastAuditAction(s.f.store()), QStringLiteral("reconcile.accept"));
    QCOMPARE(lastOutboxName(s.f.store()), QStringLiteral("record_reconcile_decision"));
    auto again = service.run(kFrom, kTo);
    QVERIFY(again);
    const int line = lineOf(*again, s.tenders[4]);
    QCOMPARE(again->lines[line].band, Band::Matched);
    QCOMPARE(again->lines[line].state, LineState::Accepted);
    QVERIFY(again->lines[line].explanation.startsWith(u"accepted"));
}

void TestReconciliationService::rejectedPairIsNotProposedAgain()
{
    Scenario s;
    ReconciliationService service(s.f.store(), adminActor());
    auto r = service.run(kFrom, kTo);
    QVERIFY(r);
    const int first = lineOf(*r, s.tenders[0]);
    const EntityId rejectedRight = r->right[r->lines[first].right[0]].id;
    QVERIFY(service.reject(*r, first));
    QCOMPARE(r->lines[first].state, LineState::Rejected);
    QCOMPARE(lastAuditAction(s.f.store()), QStringLiteral("reconcile.reject"));
    auto again = service.run(kFrom, kTo);
    QVERIFY(again);
    const int line = lineOf(*again, s.tenders[0]);
    QVERIFY(line >= 0);
    for (const int right : again->lines[line].right)
        QVERIFY(again->right[right].id != rejectedRight);
    // Nor is it offered when picking another candidate.
    for (const Candidate &c : service.candidates(*again, line))
        QVERIFY(again->right[c.item].id != rejectedRight);
}

void TestReconciliationService::confirmedPairsChangeWeights()
{
    Scenario s;
    ReconciliationService service(s.f.store(), adminActor());
    auto before = service.run(kFrom, kTo);
    QVERIFY(before);
    const int line = lineOf(*before, s.tenders[0]);
    const reconcile::Pattern exact = before->lines[line].pattern;
    const reconcile::Pattern late = before->lines[lineOf(*before, s.tenders[4])].pattern;
    QVERIFY(exact != 0 && late != 0);
    const auto &model = before->models.at(QStringLiteral("alle"));
    // Everything disagrees: the pattern a rejected stranger shows.
    reconcile::Pattern far = 0;
    for (int c = 0; c < model.comparisonCount(); ++c)
        far = reconcile::withLevel(far, c, 1);
    // Decisions on pairs outside this period still teach the model.
    QList<MatchDecision> decisions;
    for (int i = 0; i < 5; ++i) {
        decisions.append(
            {{}, EntityId::generate(), EntityId::generate(), QStringLiteral("alle"), Decision::Accept, late, {}, {}});
        decisions.append(
            {{}, EntityId::generate(), EntityId::generate(), QStringLiteral("alle"), Decision::Reject, far, {}, {}});
    }
    QVERIFY(service.decisions().record(adminActor(), decisions));
    QCOMPARE(rawScalar(s.f.store(), "SELECT count(*) FROM audit_event WHERE action = 'reconcile.accept';"), 5);
    QCOMPARE(rawScalar(s.f.store(), "SELECT count(*) FROM audit_event WHERE action = 'reconcile.reject';"), 5);
    auto after = service.run(kFrom, kTo);
    QVERIFY(after);
    const auto &refined = after->models.at(QStringLiteral("alle"));
    QVERIFY2(refined.weight(late) > model.weight(late),
             qPrintable(QStringLiteral("%1 -> %2").arg(model.weight(late)).arg(refined.weight(late))));
    QVERIFY2(refined.weight(far) < model.weight(far),
             qPrintable(QStringLiteral("%1 -> %2").arg(model.weight(far)).arg(refined.weight(far))));
    // The learnt model is kept in the store for runs on thin data.
    auto saved = service.decisions().model(QStringLiteral("alle"));
    QVERIFY(saved && *saved);
}

void TestReconciliationService::pickAnotherCandidate()
{
    Scenario s;
    ReconciliationService service(s.f.store(), adminActor());
    auto r = service.run(kFrom, kTo);
    QVERIFY(r);
    // The unsubmitted sale is really the $60 redemption of 12 March? A person
    // says so by picking it.
    const int line = lineOf(*r, s.tenders[5]);
    QCOMPARE(r->lines[line].band, Band::Unmatched);
    const QList<Candidate> candidates = service.candidates(*r, line);
    QVERIFY(!candidates.isEmpty());
    for (int i = 1; i < candidates.size(); ++i)
        QVERIFY(candidates[i - 1].probability >= candidates[i].probability);
    int chosen = -1;
    for (const Candidate &c : candidates)
        if (r->right[c.item].date == QDate(2026, 3, 12))
            chosen = int(&c - candidates.data());
    QVERIFY(chosen >= 0);
    QVERIFY(!candidates[chosen].explanation.isEmpty());
    QVERIFY(service.pick(*r, line, candidates[chosen]));
    const int now = lineOf(*r, s.tenders[5]);
    QCOMPARE(r->lines[now].state, LineState::Accepted);
    QCOMPARE(r->right[r->lines[now].right[0]].date, QDate(2026, 3, 12));
    QCOMPARE(r->atRiskCount, 0);
    QVERIFY(r->notSubmitted.isEmpty());
}

void TestReconciliationService::bulkAcceptIsOneAuditedTransaction()
{
    Scenario s;
    ReconciliationService service(s.f.store(), adminActor());
    auto r = service.run(kFrom, kTo);
    QVERIFY(r);
    const int matched = r->bandCount(Band::Matched);
    QVERIFY(matched >= 4);
    auto n = service.acceptAll(*r, Band::Matched);
    QVERIFY(n);
    QCOMPARE(*n, matched);
    QCOMPARE(rawScalar(s.f.store(), "SELECT count(*) FROM reconcile_decision WHERE decision = 'accept';"), matched);
    QCOMPARE(rawScalar(s.f.store(), "SELECT count(*) FROM audit_event WHERE action = 'reconcile.accept';"), matched);
    // Nothing is left to accept in the band.
    QCOMPARE(service.acceptAll(*r, Band::Matched).valueOr(-1), 0);
}

void TestReconciliationService::frontDeskMayNotReconcile()
{
    Scenario s;
    ReconciliationService service(s.f.store(), actorWithRole(Role::FrontDesk));
    auto r = service.run(kFrom, kTo);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::NotPermitted);
}

QTEST_GUILESS_MAIN(TestReconciliationService)
#include "tst_reconciliationservice.moc"
