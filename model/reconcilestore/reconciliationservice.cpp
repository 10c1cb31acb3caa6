#include "reconcilestore/reconciliationservice.h"

#include "reconcile/dateparser.h"
#include "reconcile/phonetic.h"
#include "reconcile/textfold.h"
#include "reconcile/transactionreconciler.h"
#include "reconcilestore/reconmatching.h"
#include "reconcilestore/salesreader.h"
#include "store/auditlog.h"
#include "store/clinicrepository.h"
#include "store/clinicstore.h"
#include "store/permissions.h"
#include "store/transaction.h"

#include <QCoreApplication>

#include <algorithm>

namespace msp::reconcilestore {

using namespace msp::reconcile;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("msp::reconcilestore", text);
}

// Union-find over accepted pairs: a split accepted as three pairs is one
// line. Left items are i, right items ~i.
int findRoot(const QHash<int, int> &parent, int x)
{
    while (parent.contains(x) && parent.value(x) != x)
        x = parent.value(x);
    return x;
}
} // namespace

ReconciliationService::ReconciliationService(store::ClinicStore &store, Actor actor)
    : m_store(store)
    , m_actor(std::move(actor))
    , m_zone(QTimeZone::systemTimeZone())
    , m_imports(store)
    , m_decisions(store)
{
    if (auto clinic = m_store.clinic().clinic())
        if (const QTimeZone z(clinic->timeZone); z.isValid())
            m_zone = z;
}

Result<ReconReport> ReconciliationService::run(QDate from, QDate to)
{
    MSP_TRY(store::requirePermission(m_actor, Permission::Reconcile));
    if (!from.isValid() || !to.isValid() || from > to)
        return Error::invalid(QStringLiteral("period"), tr("Choose a period whose start is not after its end."));
    auto thresholds = m_decisions.thresholds();
    if (!thresholds)
        return thresholds.error();
    ReconReport rep;
    rep.from = from;
    rep.to = to;
    if (auto clinic = m_store.clinic().clinic())
        rep.currency = clinic->currency;
    auto sales = readSales(m_store, from, to, m_zone);
    if (!sales)
        return sales.error();
    rep.left = *sales;
    auto rows = m_imports.rows(dayOf(from), dayOf(to));
    if (!rows)
        return rows.error();
    for (const ImportedRow &row : *rows) {
        const ReconItem x = itemOf(row);
        (x.side == Side::Left ? rep.left : rep.right).append(x);
    }
    auto decided = m_decisions.inForce();
    if (!decided)
        return decided.error();
    const DecisionState state = replay(*decided);
    rep.rejected = state.rejected;

    QHash<EntityId, int> leftIndex, rightIndex;
    for (int i = 0; i < rep.left.size(); ++i)
        leftIndex.insert(rep.left[i].id, i);
    for (int i = 0; i < rep.right.size(); ++i)
        rightIndex.insert(rep.right[i].id, i);
    // Items settled by an accepted pair: both here, or a partner outside the period.
    QHash<int, int> parent; // union-find over left i and right ~i
    QSet<int> settledLeft, settledRight;
    QSet<EntityId> acceptedIds;
    for (const auto &pair : state.accepted) {
        acceptedIds.insert(pair.first);
        acceptedIds.insert(pair.second);
        const int l = leftIndex.value(pair.first, -1);
        const int r = rightIndex.value(pair.second, -1);
        if (l >= 0)
            settledLeft.insert(l);
        if (r >= 0)
            settledRight.insert(r);
        if (l >= 0 && r >= 0)
            parent[findRoot(parent, l)] = findRoot(parent, ~r);
    }

    auto tx = store::Transaction::begin(m_store.database());
    if (!tx)
        return tx.error();
    for (const QString &group : allGroups()) {
        GroupInput in;
        for (int i = 0; i < rep.left.size(); ++i)
            if (rep.left[i].group == group && !settledLeft.contains(i))
                in.left.append(i);
        for (int i = 0; i < rep.right.size(); ++i)
            if (rep.right[i].group == group && !settledRight.contains(i))
                in.right.append(i);
        auto saved = m_decisions.model(group);
        if (!saved)
            return saved.error();
        auto labels = state.labels.find(group);
        GroupOutcome out = matchGroup(rep, in, group, *thresholds, *saved,
                                      labels == state.labels.end() ? std::vector<LabelledPattern>() : labels->second);
        if (out.learnt)
            MSP_TRY(m_decisions.saveModel(group, out.learnt->toJson()));
        if (!out.note.isEmpty())
            rep.notes << groupDisplayName(group) + QStringLiteral(": ") + out.note;
        rep.models.insert_or_assign(group, out.model);
        rep.lines.append(out.lines);
    }
    // Accepted lines, one per connected set of accepted pairs.
    QHash<int, ReconLine> accepted;
    for (const int l : settledLeft) {
        const int root = findRoot(parent, l);
        accepted[root].left.append(l);
        accepted[root].group = rep.left[l].group;
    }
    for (const int r : settledRight) {
        const int root = findRoot(parent, ~r);
        accepted[root].right.append(r);
        accepted[root].group = rep.right[r].group;
    }
    for (ReconLine line : std::as_const(accepted)) {
        line.band = Band::Matched;
        line.state = LineState::Accepted;
        std::sort(line.left.begin(), line.left.end());
        std::sort(line.right.begin(), line.right.end());
        describeAccepted(rep, line);
        rep.lines.append(line);
    }
    summariseRisk(rep);
    sortLines(rep);
    MSP_TRY(m_store.audit().append(m_actor, QStringLiteral("reconcile.run"), QStringLiteral("reconcile"), EntityId(),
                                   QStringLiteral("period: %1..%2, sales: %3, records: %4")
                                       .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                                       .arg(rep.left.size())
                                       .arg(rep.right.size())));
    MSP_TRY(tx->commit());
    return rep;
}

} // namespace msp::reconcilestore
