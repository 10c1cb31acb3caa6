#include "reconcilestore/reconciliationservice.h"
#include "reconcilestore/reconmatching.h"

#include <algorithm>
#include <functional>

namespace msp::reconcilestore {

MatchDecision ReconciliationService::decisionFor(const ReconReport &report, int left, int right, Decision d) const
{
    MatchDecision m;
    m.leftId = report.left[left].id;
    m.rightId = report.right[right].id;
    m.group = report.left[left].group;
    m.decision = d;
    m.pattern = scorePair(report.left[left], report.right[right], modelFor(report, m.group)).pattern;
    return m;
}

namespace {
// Decisions on every pair of a line; a split teaches the model nothing about
// single pairs, so its pattern is left empty.
QList<MatchDecision> lineDecisions(const ReconLine &line, Decision d,
                                   const std::function<MatchDecision(int, int, Decision)> &make)
{
    QList<MatchDecision> out;
    const bool split = line.left.size() > 1 || line.right.size() > 1;
    for (const int l : line.left) {
        for (const int r : line.right) {
            MatchDecision m = make(l, r, d);
            if (split)
                m.pattern = 0;
            out.append(m);
        }
    }
    return out;
}
} // namespace

Result<void> ReconciliationService::accept(ReconReport &report, int index)
{
    if (index < 0 || index >= report.lines.size())
        return ok();
    ReconLine &line = report.lines[index];
    if (!line.isPair() || line.state != LineState::Proposed)
        return ok();
    const auto make = [&](int l, int r, Decision d) { return decisionFor(report, l, r, d); };
    auto saved = m_decisions.record(m_actor, lineDecisions(line, Decision::Accept, make));
    if (!saved)
        return saved.error();
    line.state = LineState::Accepted;
    return ok();
}

Result<int> ReconciliationService::acceptAll(ReconReport &report, Band band)
{
    QList<MatchDecision> all;
    QList<int> lines;
    const auto make = [&](int l, int r, Decision d) { return decisionFor(report, l, r, d); };
    for (int i = 0; i < report.lines.size(); ++i) {
        const ReconLine &line = report.lines[i];
        if (line.band != band || !line.isPair() || line.state != LineState::Proposed)
            continue;
        all.append(lineDecisions(line, Decision::Accept, make));
        lines.append(i);
    }
    if (lines.isEmpty())
        return 0;
    auto saved = m_decisions.record(m_actor, all);
    if (!saved)
        return saved.error();
    for (const int i : lines)
        report.lines[i].state = LineState::Accepted;
    return int(lines.size());
}

Result<void> ReconciliationService::reject(ReconReport &report, int index)
{
    if (index < 0 || index >= report.lines.size())
        return ok();
    ReconLine &line = report.lines[index];
    if (!line.isPair() || line.state != LineState::Proposed)
        return ok();
    const auto make = [&](int l, int r, Decision d) { return decisionFor(report, l, r, d); };
    auto saved = m_decisions.record(m_actor, lineDecisions(line, Decision::Reject, make));
    if (!saved)
        return saved.error();
    for (const MatchDecision &d : *saved)
        report.rejected.insert({d.leftId, d.rightId});
    line.state = LineState::Rejected;
    return ok();
}

QList<Candidate> ReconciliationService::candidates(const ReconReport &report, int index, int max) const
{
    QList<Candidate> out;
    if (index < 0 || index >= report.lines.size())
        return out;
    const ReconLine &line = report.lines[index];
    const bool fromLeft = !line.left.isEmpty();
    const int item = fromLeft ? line.left.first() : line.right.first();
    const ReconItem &x = fromLeft ? report.left[item] : report.right[item];
    const QList<ReconItem> &others = fromLeft ? report.right : report.left;
    const QList<int> &partners = fromLeft ? line.right : line.left;
    // Items a person already paired stay paired.
    QSet<int> taken;
    for (const ReconLine &l : report.lines)
        if (l.state == LineState::Accepted)
            for (const int o : fromLeft ? l.right : l.left)
                taken.insert(o);
    const reconcile::FellegiSunter model = modelFor(report, x.group);
    for (int j = 0; j < others.size(); ++j) {
        const ReconItem &y = others[j];
        if (y.group != x.group || partners.contains(j) || taken.contains(j))
            continue;
        const ReconItem &l = fromLeft ? x : y;
        const ReconItem &r = fromLeft ? y : x;
        if (report.rejected.contains({l.id, r.id}))
            continue;
        const PairScore s = scorePair(l, r, model);
        out.append({j, s.probability, s.explanation, s.pattern});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Candidate &a, const Candidate &b) { return a.probability > b.probability; });
    if (out.size() > max)
        out.resize(max);
    return out;
}

Result<void> ReconciliationService::pick(ReconReport &report, int index, const Candidate &c)
{
    if (index < 0 || index >= report.lines.size() || c.item < 0)
        return ok();
    const ReconLine &line = report.lines[index];
    const bool fromLeft = !line.left.isEmpty();
    const int item = fromLeft ? line.left.first() : line.right.first();
    QList<MatchDecision> decisions;
    if (line.isPair() && line.state == LineState::Proposed && line.left.size() == 1 && line.right.size() == 1)
        decisions.append(decisionFor(report, line.left[0], line.right[0], Decision::Reject));
    decisions.append(fromLeft ? decisionFor(report, item, c.item, Decision::Accept)
                              : decisionFor(report, c.item, item, Decision::Accept));
    auto saved = m_decisions.record(m_actor, decisions);
    if (!saved)
        return saved.error();
    auto again = run(report.from, report.to);
    if (!again)
        return again.error();
    report = std::move(*again);
    return ok();
}

} // namespace msp::reconcilestore
