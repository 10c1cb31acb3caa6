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

Result<QList<MatchDecision>> DecisionRepository::all()
{
    auto q = m_store.database().prepare("SELECT id, left_id, right_id, grp, decision, pattern, user_id, decided_at "
                                        "FROM reconcile_decision ORDER BY decided_at, rowid;");
    if (!q)
        return q.error();
    return store::collectRows<MatchDecision>(*q, [](const store::Query &r) {
        MatchDecision d;
        d.id = r.id(0);
        d.leftId = r.id(1);
        d.rightId = r.id(2);
        d.group = r.text(3);
        d.decision = r.text(4) == u"accept" ? Decision::Accept : Decision::Reject;
        d.pattern = reconcile::Pattern(r.int64(5));
        d.userId = r.id(6);
        d.at = r.dateTime(7);
        return d;
    });
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
    const double m = matched->toDouble(&ok1);
    const double r = review->toDouble(&ok2);
    if (ok1 && m > 0 && m < 1)
        t.matched = m;
    if (ok2 && r > 0 && r <= t.matched)
        t.review = r;
    return t;
}

Result<void> DecisionRepository::setThresholds(const Actor &actor, const Thresholds &t)
{
    MSP_TRY(store::requirePermission(actor, Permission::Reconcile));
    if (!(t.matched > 0 && t.matched < 1 && t.review > 0 && t.review <= t.matched))
        return Error::invalid(QStringLiteral("threshold"),
                              tr("Choose a match threshold between 0 and 1, at or above the review threshold."));
    auto tx = store::Transaction::begin(m_store.database());
    if (!tx)
        return tx.error();
    MSP_TRY(store::writeSetting(m_store.database(), kMatchedKey, QString::number(t.matched)));
    MSP_TRY(store::writeSetting(m_store.database(), kReviewKey, QString::number(t.review)));
    MSP_TRY(m_store.audit().append(actor, QStringLiteral("reconcile.thresholds"), QStringLiteral("setting"), EntityId(),
                                   QStringLiteral("fields: match threshold, review threshold")));
    return tx->commit();
}

} // namespace msp::reconcilestore
