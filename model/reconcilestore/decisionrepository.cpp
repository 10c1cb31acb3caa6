#include "reconcilestore/decisionrepository.h"

#include "store/auditlog.h"
#include "store/clinicstore.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/permissions.h"
#include "store/query.h"
#include "store/settingstore.h"
#include "store/transaction.h"
#include "store/upsert.h"

#include <QCoreApplication>

namespace msp::reconcilestore {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("msp::reconcilestore", text);
}

QString decisionKey(Decision d)
{
    return d == Decision::Accept ? QStringLiteral("accept") : QStringLiteral("reject");
}

const QString kMatchedKey = QStringLiteral("reconcile.threshold_matched");
const QString kReviewKey = QStringLiteral("reconcile.threshold_review");
} // namespace

Result<QList<MatchDecision>> DecisionRepository::record(const Actor &actor, QList<MatchDecision> decisions)
{
    MSP_TRY(store::requirePermission(actor, Permission::Reconcile));
    store::Database &db = m_store.database();
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return tx.error();
    for (MatchDecision &d : decisions) {
        if (d.leftId.isNull() || d.rightId.isNull())
            return Error::invalid(QStringLiteral("pair"), tr("A decision needs a sale and a record to pair it with."));
        d.id = EntityId::generate();
        d.userId = actor.userId;
        d.at = QDateTime::currentDateTimeUtc();
        auto q = db.prepare("INSERT INTO reconcile_decision (id, left_id, right_id, grp, decision, pattern, user_id, "
                            "decided_at) VALUES (?1,?2,?3,?4,?5,?6,?7,?8);");
        if (!q)
            return q.error();
        MSP_TRY(q->bind(1, d.id)
                    .bind(2, d.leftId)
                    .bind(3, d.rightId)
                    .bind(4, d.group)
                    .bind(5, decisionKey(d.decision))
                    .bind(6, qint64(d.pattern))
                    .bind(7, d.userId)
                    .bind(8, d.at)
                    .run());
        MSP_TRY(m_store.audit().append(
            actor,
            d.decision == Decision::Accept ? QStringLiteral("reconcile.accept") : QStringLiteral("reconcile.reject"),
            QStringLiteral("reconcile_decision"), d.id,
            QStringLiteral("group: %1, left: %2, right: %3").arg(d.group, d.leftId.toString(), d.rightId.toString())));
        auto m = m_store.outbox().enqueue(QStringLiteral("record_reconcile_decision"), d.id,
                                          {{QStringLiteral("left_id"), d.leftId.toString()},
                                           {QStringLiteral("right_id"), d.rightId.toString()},
                                           {QStringLiteral("group"), d.group},
                                           {QStringLiteral("decision"), decisionKey(d.decision)}});
        if (!m)
            return m.error();
    }
    MSP_TRY(tx->commit());
    return decisions;
}

namespace {
constexpr const char *kDecisionColumns = "SELECT id, left_id, right_id, grp, decision, pattern, user_id, decided_at, "
                                         "undone_by, undone_at FROM reconcile_decision ";

MatchDecision readDecision(const store::Query &r)
{
    MatchDecision d;
    d.id = r.id(0);
    d.leftId = r.id(1);
    d.rightId = r.id(2);
    d.group = r.text(3);
    d.decision = r.text(4) == u"accept" ? Decision::Accept : Decision::Reject;
    d.pattern = reconcile::Pattern(r.int64(5));
    d.userId = r.id(6);
    d.at = r.dateTime(7);
    d.undoneBy = r.id(8);
    if (!r.isNull(9))
        d.undoneAt = r.dateTime(9);
    return d;
}
} // namespace

Result<QList<MatchDecision>> DecisionRepository::inForce()
{
    const QByteArray sql = QByteArray(kDecisionColumns) + "WHERE undone_at IS NULL ORDER BY decided_at, rowid;";
    auto q = m_store.database().prepare(sql.constData());
    if (!q)
        return q.error();
    return store::collectRows<MatchDecision>(*q, readDecision);
}

Result<QList<MatchDecision>> DecisionRepository::history(const EntityId &importId)
{
    if (importId.isNull()) {
        const QByteArray sql = QByteArray(kDecisionColumns) + "ORDER BY decided_at DESC, rowid DESC;";
        auto q = m_store.database().prepare(sql.constData());
        if (!q)
            return q.error();
        return store::collectRows<MatchDecision>(*q, readDecision);
    }
    const QByteArray sql = QByteArray(kDecisionColumns)
        + "WHERE left_id IN (SELECT id FROM reconcile_row WHERE import_id = ?1) "
          "OR right_id IN (SELECT id FROM reconcile_row WHERE import_id = ?1) ORDER BY decided_at DESC, rowid DESC;";
    auto q = m_store.database().prepare(sql.constData());
    if (!q)
        return q.error();
    q->bind(1, importId);
    return store::collectRows<MatchDecision>(*q, readDecision);
}

Result<QList<MatchDecision>> DecisionRepository::undo(const Actor &actor, const QList<EntityId> &ids)
{
    MSP_TRY(store::requirePermission(actor, Permission::Reconcile));
    store::Database &db = m_store.database();
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return tx.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<MatchDecision> out;
    for (const EntityId &id : ids) {
        const QByteArray sql = QByteArray(kDecisionColumns) + "WHERE id = ?1;";
        auto q = db.prepare(sql.constData());
        if (!q)
            return q.error();
        q->bind(1, id);
        auto row = q->next();
        if (!row)
            return row.error();
        if (!*row)
            return Error::make(ErrorCode::NotFound,
                               tr("That decision is no longer in the clinic's records. Open the list again."));
        MatchDecision d = readDecision(*q);
        if (d.isUndone())
            return Error::make(ErrorCode::Conflict,
                               tr("That decision was already undone. Open the list again to see who undid it."));
        d.undoneAt = now;
        d.undoneBy = actor.userId;
        auto u = db.prepare("UPDATE reconcile_decision SET undone_at = ?2, undone_by = ?3 WHERE id = ?1;");
        if (!u)
            return u.error();
        MSP_TRY(u->bind(1, d.id).bind(2, d.undoneAt).bind(3, d.undoneBy).run());
        MSP_TRY(m_store.audit().append(
            actor, QStringLiteral("reconcile.undo"), QStringLiteral("reconcile_decision"), d.id,
            QStringLiteral("undid: %1, group: %2, left: %3, right: %4")
                .arg(decisionKey(d.decision), d.group, d.leftId.toString(), d.rightId.toString())));
        auto m = m_store.outbox().enqueue(QStringLiteral("undo_reconcile_decision"), d.id,
                                          {{QStringLiteral("left_id"), d.leftId.toString()},
                                           {QStringLiteral("right_id"), d.rightId.toString()},
                                           {QStringLiteral("group"), d.group},
                                           {QStringLiteral("decision"), decisionKey(d.decision)}});
        if (!m)
            return m.error();
        out.append(d);
    }
    MSP_TRY(tx->commit());
    return out;
}

Result<std::optional<QByteArray>> DecisionRepository::model(const QString &group)
{
    auto q = m_store.database().prepare("SELECT model FROM reconcile_model WHERE grp = ?1;");
    if (!q)
        return q.error();
    q->bind(1, group);
    auto row = q->next();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(q->text(0).toUtf8());
}

Result<void> DecisionRepository::saveModel(const QString &group, const QByteArray &json)
{
    return store::upsert(m_store.database(), "UPDATE reconcile_model SET model = ?2, updated_at = ?3 WHERE grp = ?1;",
                         "INSERT INTO reconcile_model (grp, model, updated_at) VALUES (?1, ?2, ?3);",
                         [&](store::Query &q) {
                             q.bind(1, group).bind(2, QString::fromUtf8(json)).bind(3, QDateTime::currentDateTimeUtc());
                         });
}

Result<Thresholds> DecisionRepository::thresholds()
{
    Thresholds t;
    auto matched = store::readSetting(m_store.database(), kMatchedKey);
    if (!matched)
        return matched.error();
    auto review = store::readSetting(m_store.database(), kReviewKey);
    if (!review)
        return review.error();
    bool ok1 = false, ok2 = false;
    Thresholds read {matched->toDouble(&ok1), review->toDouble(&ok2)};
    // A value out of range (an older version's, or edited by hand) falls back
    // to the default rather than banding nothing or everything.
    if (ok1 && read.matched >= Thresholds::kMatchedMin && read.matched <= Thresholds::kMatchedMax)
        t.matched = read.matched;
    if (ok2 && read.review >= Thresholds::kReviewMin && read.review < t.matched)
        t.review = read.review;
    return t;
}

bool DecisionRepository::mayChangeThresholds(Role role)
{
    return roleAllows(role, Permission::ManageClinic);
}

QString DecisionRepository::thresholdProblem(const Thresholds &t)
{
    const auto pct = [](double v) -> QString { return QString::number(v * 100.0, 'g', 4) + QStringLiteral(" %"); };
    if (!(t.matched >= Thresholds::kMatchedMin && t.matched <= Thresholds::kMatchedMax))
        return tr("Choose a match threshold from %1 to %2: below an even chance a pair is more likely two "
                  "different payments.")
            .arg(pct(Thresholds::kMatchedMin), pct(Thresholds::kMatchedMax));
    if (!(t.review >= Thresholds::kReviewMin))
        return tr("Choose a review threshold of at least %1.").arg(pct(Thresholds::kReviewMin));
    if (!(t.review < t.matched))
        return tr("The review threshold must be below the match threshold (%1): lower it, or raise the match "
                  "threshold.")
            .arg(pct(t.matched));
    return {};
}

Result<void> DecisionRepository::setThresholds(const Actor &actor, const Thresholds &t)
{
    if (!mayChangeThresholds(actor.role))
        return Error::make(ErrorCode::NotPermitted,
                           tr("Only managers and administrators can change the reconciliation thresholds."));
    if (const QString problem = thresholdProblem(t); !problem.isEmpty())
        return Error::invalid(QStringLiteral("threshold"), problem);
    auto before = thresholds();
    if (!before)
        return before.error();
    auto tx = store::Transaction::begin(m_store.database());
    if (!tx)
        return tx.error();
    MSP_TRY(store::writeSetting(m_store.database(), kMatchedKey, QString::number(t.matched)));
    MSP_TRY(store::writeSetting(m_store.database(), kReviewKey, QString::number(t.review)));
    MSP_TRY(m_store.audit().append(actor, QStringLiteral("reconcile.thresholds"), QStringLiteral("setting"), EntityId(),
                                   QStringLiteral("match threshold: %1 -> %2, review threshold: %3 -> %4")
                                       .arg(before->matched)
                                       .arg(t.matched)
                                       .arg(before->review)
                                       .arg(t.review)));
    // Like the clinic's other settings (scheduling/settings), a device setting:
    // no outbox mutation.
    return tx->commit();
}

} // namespace msp::reconcilestore
