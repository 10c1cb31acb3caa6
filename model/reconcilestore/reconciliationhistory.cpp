#include "reconcilestore/reconciliationservice.h"
#include "reconcilestore/reconmatching.h"
#include "reconcilestore/salesreader.h"
#include "store/auditlog.h"
#include "store/clinicstore.h"
#include "store/permissions.h"
#include "store/userrepository.h"

#include <QCoreApplication>

// The history side of the service: the Decisions list, undo, and past
// imports opened again.
namespace msp::reconcilestore {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("msp::reconcilestore", text);
}

using Pair = QPair<EntityId, EntityId>;

Pair pairOf(const MatchDecision &d)
{
    return {d.leftId, d.rightId};
}
} // namespace

Result<QHash<EntityId, QString>> ReconciliationService::userNames()
{
    auto users = m_store.users().all();
    if (!users)
        return users.error();
    QHash<EntityId, QString> out;
    for (const User &u : *users)
        out.insert(u.id, u.displayName.isEmpty() ? u.username : u.displayName);
    return out;
}

Result<QList<DecisionEntry>> ReconciliationService::decisionLog(const EntityId &importId)
{
    MSP_TRY(store::requirePermission(m_actor, Permission::Reconcile));
    auto history = m_decisions.history(importId);
    if (!history)
        return history.error();
    auto names = userNames();
    if (!names)
        return names.error();
    QHash<EntityId, std::optional<ReconItem>> items;
    // An imported row (POS rows are on the left too), else a tender line.
    const auto itemFor = [&](const EntityId &id, bool left) -> Result<std::optional<ReconItem>> {
        if (const auto it = items.constFind(id); it != items.constEnd())
            return *it;
        auto row = m_imports.row(id);
        if (!row)
            return row.error();
        std::optional<ReconItem> item;
        if (*row) {
            item = itemOf(**row);
        } else if (left) {
            auto sale = readSale(m_store, id, m_zone);
            if (!sale)
                return sale.error();
            item = *sale;
        }
        items.insert(id, item);
        return item;
    };
    QList<DecisionEntry> out;
    for (const MatchDecision &d : *history) {
        DecisionEntry e;
        e.decision = d;
        auto left = itemFor(d.leftId, true);
        if (!left)
            return left.error();
        auto right = itemFor(d.rightId, false);
        if (!right)
            return right.error();
        e.left = *left;
        e.right = *right;
        e.decidedBy = names->value(d.userId, tr("someone on another device"));
        if (d.isUndone())
            e.undoneBy = names->value(d.undoneBy, tr("someone on another device"));
        out.append(e);
    }
    // Counts only: the entries hold client names.
    MSP_TRY(m_store.audit().append(m_actor, QStringLiteral("reconcile.decisions"), QStringLiteral("reconcile"),
                                   importId, QStringLiteral("decisions listed: %1").arg(out.size())));
    return out;
}

Result<QList<MatchDecision>> ReconciliationService::undo(const EntityId &decisionId)
{
    auto decided = m_decisions.inForce();
    if (!decided)
        return decided.error();
    const MatchDecision *target = nullptr;
    for (const MatchDecision &d : std::as_const(*decided))
        if (d.id == decisionId)
            target = &d;
    // Unknown or already undone: the repository says which.
    if (!target)
        return m_decisions.undo(m_actor, {decisionId});
    QSet<Pair> pairs {pairOf(*target)};
    if (target->decision == Decision::Accept) {
        // The accepted pairs sharing an item with it were one line (a split).
        const DecisionState state = replay(*decided);
        QSet<EntityId> ids {target->leftId, target->rightId};
        for (bool grew = true; grew;) {
            grew = false;
            for (const Pair &p : state.accepted) {
                if (!pairs.contains(p) && (ids.contains(p.first) || ids.contains(p.second))) {
                    pairs.insert(p);
                    ids.insert(p.first);
                    ids.insert(p.second);
                    grew = true;
                }
            }
        }
    }
    QList<EntityId> undo;
    for (const MatchDecision &d : std::as_const(*decided))
        if (pairs.contains(pairOf(d)))
            undo.append(d.id);
    return m_decisions.undo(m_actor, undo);
}

Result<QList<MatchDecision>> ReconciliationService::undoLine(const ReconReport &report, int index)
{
    if (index < 0 || index >= report.lines.size())
        return QList<MatchDecision>();
    const ReconLine &line = report.lines[index];
    if (line.state == LineState::Proposed)
        return Error::invalid(QStringLiteral("line"),
                              tr("Nothing was decided on this row, so there is nothing to undo."));
    auto decided = m_decisions.inForce();
    if (!decided)
        return decided.error();
    QSet<Pair> pairs;
    if (line.state == LineState::Rejected) {
        for (const int l : line.left)
            for (const int r : line.right)
                pairs.insert({report.left[l].id, report.right[r].id});
    } else {
        // An accepted line may have its partner outside the period: every
        // accepted pair touching one of its items.
        QSet<EntityId> ids;
        for (const int l : line.left)
            ids.insert(report.left[l].id);
        for (const int r : line.right)
            ids.insert(report.right[r].id);
        for (const Pair &p : replay(*decided).accepted)
            if (ids.contains(p.first) || ids.contains(p.second))
                pairs.insert(p);
    }
    QList<EntityId> undo;
    for (const MatchDecision &d : std::as_const(*decided))
        if (pairs.contains(pairOf(d)))
            undo.append(d.id);
    if (undo.isEmpty())
        return Error::make(ErrorCode::Conflict,
                           tr("This row's decision was already undone. Run again to see the row as it is now."));
    return m_decisions.undo(m_actor, undo);
}

Result<std::pair<QDate, QDate>> ReconciliationService::periodOf(const EntityId &importId)
{
    auto range = m_imports.dayRange(importId);
    if (!range)
        return range.error();
    if (!*range)
        return Error::make(ErrorCode::NotFound,
                           tr("This import added no rows of its own: an earlier import already holds every row, "
                              "or every row had a problem. Open the earlier import instead."));
    return std::pair {dateOfDay((*range)->first), dateOfDay((*range)->second)};
}

} // namespace msp::reconcilestore
