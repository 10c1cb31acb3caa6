#include "reconcilestore/reconmatching.h"
#include "reconfixture.h"

#include <QTest>

using namespace msp;
using namespace msp::test;
using namespace msp::reconcilestore;

// What staff can change after the fact: the clinic's thresholds, decisions
// undone (and forgotten by the learning), the Decisions list, and a past
// import opened again.
class TestReconciliationHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thresholdsValidated_data();
    void thresholdsValidated();
    void thresholdsOnlyManagersAndAdmins();
    void thresholdsRebandTheNextRun();
    void undoAcceptedReturnsBothSidesToTheBands();
    void undoRejectedLetsThePairBeProposedAgain();
    void undoneDecisionsNoLongerTeach();
    void undoAcceptedSplitUndoesTheWholeLine();
    void undoLineFromTheReport();
    void decisionLogPerImport();
    void periodOfAnImport();
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
    EntityId importId;
    Scenario()
    {
        const QByteArray csv = standardScenario(f);
        auto r = ImportRepository(f.store()).importFile(adminActor(), f.request(csv));
        if (!r)
            f.error = r.error().message;
        else
            importId = r->batch.id;
        User u;
        u.id = adminActor().userId;
        u.username = QStringLiteral("maria");
        u.displayName = QStringLiteral("Maria Manager");
        u.role = Role::Admin;
        u.passwordHash = QStringLiteral("$argon2id$test");
        if (auto saved = f.store().users().save(adminActor(), u); !saved)
            f.error = saved.error().message;
        auto rows = f.store().database().prepare("SELECT t.id FROM tender_line t JOIN invoice i ON i.id = "
                                                 "t.invoice_id ORDER BY i.created_at;");
        while (rows && rows->next().valueOr(false))
            tenders.append(rows->id(0));
    }
};

qint64 count(ReconFixture &f, const QByteArray &sql)
{
    return rawScalar(f.store(), sql.constData());
}
} // namespace

void TestReconciliationHistory::thresholdsValidated_data()
{
    QTest::addColumn<double>("matched");
    QTest::addColumn<double>("review");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("defaults") << 0.95 << 0.5 << true;
    QTest::newRow("stricter") << 0.99 << 0.8 << true;
    QTest::newRow("at the bounds") << Thresholds::kMatchedMax << Thresholds::kReviewMin << true;
    QTest::newRow("review equal to matched") << 0.9 << 0.9 << false;
    QTest::newRow("review above matched") << 0.8 << 0.9 << false;
    QTest::newRow("matched below an even chance") << 0.4 << 0.2 << false;
    QTest::newRow("matched certain") << 1.0 << 0.5 << false;
    QTest::newRow("review zero") << 0.95 << 0.0 << false;
    QTest::newRow("not a number") << qQNaN() << 0.5 << false;
}

void TestReconciliationHistory::thresholdsValidated()
{
    QFETCH(double, matched);
    QFETCH(double, review);
    QFETCH(bool, accepted);
    ReconFixture f;
    QCOMPARE(f.error, QString());
    DecisionRepository repo(f.store());
    const WriteCounts before = writeCounts(f.store());
    auto saved = repo.setThresholds(adminActor(), Thresholds {matched, review});
    QCOMPARE(bool(saved), accepted);
    auto now = repo.thresholds();
    QVERIFY(now);
    if (accepted) {
        QCOMPARE(now->matched, matched);
        QCOMPARE(now->review, review);
        QCOMPARE(lastAuditAction(f.store()), QStringLiteral("reconcile.thresholds"));
    } else {
        QCOMPARE(saved.error().code, ErrorCode::Invalid);
        QVERIFY(!saved.error().message.isEmpty());
        QCOMPARE(now->matched, 0.95);
        QCOMPARE(now->review, 0.5);
        QCOMPARE(writeCounts(f.store()), before); // nothing written, nothing audited
    }
}

void TestReconciliationHistory::thresholdsOnlyManagersAndAdmins()
{
    ReconFixture f;
    QCOMPARE(f.error, QString());
    DecisionRepository repo(f.store());
    for (const Role role : {Role::FrontDesk, Role::Practitioner}) {
        QVERIFY(!DecisionRepository::mayChangeThresholds(role));
        auto r = repo.setThresholds(actorWithRole(role), Thresholds {0.9, 0.4});
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::NotPermitted);
        QVERIFY(r.error().message.contains(u"managers and administrators"));
    }
    QCOMPARE(repo.thresholds().value().matched, 0.95);
    QVERIFY(DecisionRepository::mayChangeThresholds(Role::Admin));
    QVERIFY(DecisionRepository::mayChangeThresholds(Role::Manager));
    QVERIFY(repo.setThresholds(actorWithRole(Role::Manager), Thresholds {0.9, 0.4}));
    // The audit event says what changed (numbers only, no client data).
    QCOMPARE(count(f,
                   "SELECT count(*) FROM audit_event WHERE action = 'reconcile.thresholds' AND detail = "
                   "'match threshold: 0.95 -> 0.9, review threshold: 0.5 -> 0.4';"),
             1);
    QVERIFY(f.store().audit().verifyChain());
}

void TestReconciliationHistory::thresholdsRebandTheNextRun()
{
    Scenario s;
    QCOMPARE(s.f.error, QString());
    ReconciliationService service(s.f.store(), adminActor());
    // Fiona's unsubmitted reward reported two days late, $2 short, no code:
    // a pair worth about 0.91, to review under the default thresholds.
    const QByteArray weak = s.f.alleCsv({{QStringLiteral("03/09/2026"), 5, QStringLiteral("$68.00"), QString()}});
    QVERIFY(service.imports().importFile(adminActor(), s.f.request(weak)));
    auto before = service.run(kFrom, kTo);
    QVERIFY(before);
    const ReconLine &weakLine = before->lines[lineOf(*before, s.tenders[5])];
    QVERIFY(weakLine.isPair());
    QCOMPARE(weakLine.band, Band::Review);
    const double p = weakLine.probability;
    QVERIFY2(p > 0.6 && p < 0.94, qPrintable(QString::number(p)));

    // A lower match threshold: matched.
    QVERIFY(service.decisions().setThresholds(adminActor(), Thresholds {p - 0.01, 0.5}));
    auto lower = service.run(kFrom, kTo);
    QVERIFY(lower);
    QCOMPARE(lower->lines[lineOf(*lower, s.tenders[5])].band, Band::Matched);
    // A review threshold above its score: unmatched, and not proposed at all.
    QVERIFY(service.decisions().setThresholds(adminActor(), Thresholds {0.95, p + 0.01}));
    auto higher = service.run(kFrom, kTo);
    QVERIFY(higher);
    const ReconLine &now = higher->lines[lineOf(*higher, s.tenders[5])];
    QCOMPARE(now.band, Band::Unmatched);
    QVERIFY(!now.isPair());
}

void TestReconciliationHistory::undoAcceptedReturnsBothSidesToTheBands()
{
    Scenario s;
    QCOMPARE(s.f.error, QString());
    ReconciliationService service(s.f.store(), adminActor());
    auto r = service.run(kFrom, kTo);
    QVERIFY(r);
    const int late = lineOf(*r, s.tenders[4]);
    const Band band = r->lines[late].band;
    const EntityId partner = r->right[r->lines[late].right[0]].id;
    QVERIFY(service.accept(*r, late));
    auto log = service.decisionLog();
    QVERIFY(log);
    QCOMPARE(log->size(), 1);
    const DecisionEntry &e = log->first();
    QCOMPARE(e.decision.decision, Decision::Accept);
    QCOMPARE(e.decidedBy, QStringLiteral("Maria Manager"));
    QVERIFY(e.left && e.right);
    QCOMPARE(e.left->id, s.tenders[4]);
    QCOMPARE(e.right->id, partner);
    QCOMPARE(e.right->amountMinor, 3000);

    auto undone = service.undo(e.decision.id);
    QVERIFY2(undone, undone ? "" : qPrintable(undone.error().message));
    QCOMPARE(undone->size(), 1);
    QCOMPARE(lastAuditAction(s.f.store()), QStringLiteral("reconcile.undo"));
    QCOMPARE(lastAuditEntity(s.f.store()), e.decision.id);
    QCOMPARE(lastOutboxName(s.f.store()), QStringLiteral("undo_reconcile_decision"));
    // Kept as history, marked undone, no longer in force.
    QCOMPARE(count(s.f, "SELECT count(*) FROM reconcile_decision WHERE undone_at IS NOT NULL;"), 1);
    QVERIFY(service.decisions().inForce().value().isEmpty());
    auto again = service.run(kFrom, kTo);
    QVERIFY(again);
    const int line = lineOf(*again, s.tenders[4]);
    QCOMPARE(again->lines[line].state, LineState::Proposed);
    QCOMPARE(again->lines[line].band, band);
    QCOMPARE(again->right[again->lines[line].right[0]].id, partner);
    auto after = service.decisionLog();
    QVERIFY(after && after->size() == 1);
    QVERIFY(after->first().decision.isUndone());
    QCOMPARE(after->first().undoneBy, QStringLiteral("Maria Manager"));
    // Undoing twice is refused and changes nothing.
    const WriteCounts counts = writeCounts(s.f.store());
    auto twice = service.undo(e.decision.id);
    QVERIFY(!twice);
    QCOMPARE(twice.error().code, ErrorCode::Conflict);
    QCOMPARE(writeCounts(s.f.store()), counts);
    auto unknown = service.undo(EntityId::generate());
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    QVERIFY(s.f.store().audit().verifyChain());
}

void TestReconciliationHistory::undoRejectedLetsThePairBeProposedAgain()
{
    Scenario s;
    QCOMPARE(s.f.error, QString());
    ReconciliationService service(s.f.store(), adminActor());
    auto r = service.run(kFrom, kTo);
    QVERIFY(r);
    const int first = lineOf(*r, s.tenders[0]);
    const EntityId partner = r->right[r->lines[first].right[0]].id;
    QVERIFY(service.reject(*r, first));
    auto rejected = service.run(kFrom, kTo);
    QVERIFY(rejected);
    QVERIFY(rejected->rejected.contains({s.tenders[0], partner}));
    auto log = service.decisionLog();
    QVERIFY(log && log->size() == 1);
    QCOMPARE(log->first().decision.decision, Decision::Reject);
    QVERIFY(service.undo(log->first().decision.id));
    auto again = service.run(kFrom, kTo);
    QVERIFY(again);
    QVERIFY(again->rejected.isEmpty());
    const int line = lineOf(*again, s.tenders[0]);
    QCOMPARE(again->lines[line].band, Band::Matched);
    QCOMPARE(again->right[again->lines[line].right[0]].id, partner);
}

void TestReconciliationHistory::undoneDecisionsNoLongerTeach()
{
    Scenario s;
    QCOMPARE(s.f.error, QString());
    ReconciliationService service(s.f.store(), adminActor());
    auto before = service.run(kFrom, kTo);
    QVERIFY(before);
    const reconcile::Pattern late = before->lines[lineOf(*before, s.tenders[4])].pattern;
    const double baseline = before->models.at(QStringLiteral("alle")).weight(late);
    QList<MatchDecision> decisions;
    for (int i = 0; i < 5; ++i)
        decisions.append(
            {{}, EntityId::generate(), EntityId::generate(), QStringLiteral("alle"), Decision::Accept, late, {}, {}});
    auto saved = service.decisions().record(adminActor(), decisions);
    QVERIFY(saved);
    auto taught = service.run(kFrom, kTo);
    QVERIFY(taught);
    QVERIFY(taught->models.at(QStringLiteral("alle")).weight(late) > baseline);
    for (const MatchDecision &d : std::as_const(*saved))
        QVERIFY(service.undo(d.id));
    QCOMPARE(count(s.f, "SELECT count(*) FROM audit_event WHERE action = 'reconcile.undo';"), 5);
    auto forgot = service.run(kFrom, kTo);
    QVERIFY(forgot);
    QCOMPARE(forgot->models.at(QStringLiteral("alle")).weight(late), baseline);
}

void TestReconciliationHistory::undoAcceptedSplitUndoesTheWholeLine()
{
    Scenario s;
    QCOMPARE(s.f.error, QString());
    ReconciliationService service(s.f.store(), adminActor());
    // A payment accepted as a split over three rows, and an unrelated pair.
    const EntityId sale = EntityId::generate();
    QList<MatchDecision> split;
    for (int i = 0; i < 3; ++i)
        split.append({{}, sale, EntityId::generate(), QStringLiteral("card"), Decision::Accept, 0, {}, {}});
    split.append({{}, EntityId::generate(), EntityId::generate(), QStringLiteral("card"), Decision::Accept, 0, {}, {}});
    auto saved = service.decisions().record(adminActor(), split);
    QVERIFY(saved);
    auto undone = service.undo(saved->at(1).id);
    QVERIFY(undone);
    QCOMPARE(undone->size(), 3);
    const auto left = service.decisions().inForce();
    QVERIFY(left);
    QCOMPARE(left->size(), 1);
    QCOMPARE(left->first().id, saved->at(3).id);
}

void TestReconciliationHistory::undoLineFromTheReport()
{
    Scenario s;
    QCOMPARE(s.f.error, QString());
    ReconciliationService service(s.f.store(), adminActor());
    auto r = service.run(kFrom, kTo);
    QVERIFY(r);
    const int first = lineOf(*r, s.tenders[0]);
    // Nothing decided yet: nothing to undo.
    auto nothing = service.undoLine(*r, first);
    QVERIFY(!nothing);
    QCOMPARE(nothing.error().code, ErrorCode::Invalid);
    QVERIFY(service.accept(*r, first));
    auto undone = service.undoLine(*r, first);
    QVERIFY(undone);
    QCOMPARE(undone->size(), 1);
    auto again = service.run(kFrom, kTo);
    QVERIFY(again);
    QCOMPARE(again->lines[lineOf(*again, s.tenders[0])].state, LineState::Proposed);
}

void TestReconciliationHistory::decisionLogPerImport()
{
    Scenario s;
    QCOMPARE(s.f.error, QString());
    ReconciliationService service(s.f.store(), adminActor());
    // A second file with April's rows: its decisions are its own.
    const QByteArray april
        = s.f.alleCsv({{QStringLiteral("04/02/2026"), 0, QStringLiteral("$90.00"), QStringLiteral("ALLE-3001")}});
    auto second = service.imports().importFile(adminActor(), s.f.request(april));
    QVERIFY(second);
    const EntityId aprilSale = s.f.sale(0, QDate(2026, 4, 2), 9000, QStringLiteral("ALLE-3001"));
    auto march = service.run(kFrom, kTo);
    QVERIFY(march);
    QVERIFY(service.accept(*march, lineOf(*march, s.tenders[0])));
    auto aprilReport = service.run(QDate(2026, 4, 1), QDate(2026, 4, 30));
    QVERIFY(aprilReport);
    QVERIFY(service.accept(*aprilReport, lineOf(*aprilReport, aprilSale)));

    QCOMPARE(service.decisionLog().value().size(), 2);
    auto ofMarch = service.decisionLog(s.importId);
    QVERIFY(ofMarch);
    QCOMPARE(ofMarch->size(), 1);
    QCOMPARE(ofMarch->first().decision.leftId, s.tenders[0]);
    auto ofApril = service.decisionLog(second->batch.id);
    QVERIFY(ofApril);
    QCOMPARE(ofApril->size(), 1);
    QCOMPARE(ofApril->first().decision.leftId, aprilSale);
    QCOMPARE(ofApril->first().left->date, QDate(2026, 4, 2));
    QCOMPARE(lastAuditAction(s.f.store()), QStringLiteral("reconcile.decisions"));
}

void TestReconciliationHistory::periodOfAnImport()
{
    Scenario s;
    QCOMPARE(s.f.error, QString());
    ReconciliationService service(s.f.store(), adminActor());
    auto period = service.periodOf(s.importId);
    QVERIFY(period);
    QCOMPARE(period->first, QDate(2026, 3, 2));
    QCOMPARE(period->second, QDate(2026, 3, 12));
    // A file whose rows an earlier import already holds added nothing.
    const QByteArray again
        = s.f.alleCsv({{QStringLiteral("03/02/2026"), 0, QStringLiteral("$60.00"), QStringLiteral("ALLE-1001")}});
    auto overlap = service.imports().importFile(adminActor(), s.f.request(again));
    QVERIFY(overlap);
    QCOMPARE(overlap->batch.addedCount, 0);
    auto none = service.periodOf(overlap->batch.id);
    QVERIFY(!none);
    QCOMPARE(none.error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestReconciliationHistory)
#include "tst_reconciliationhistory.moc"
