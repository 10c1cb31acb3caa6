#include "reconcilestore/reconmatching.h"

#include "reconcile/dateparser.h"
#include "reconcile/phonetic.h"
#include "reconcile/textfold.h"
#include "reconcile/transactioncomparator.h"
#include "reconcile/transactionreconciler.h"

#include <QCoreApplication>

#include <algorithm>

namespace msp::reconcilestore {

using namespace msp::reconcile;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("msp::reconcilestore", text);
}

} // namespace

Band bandFor(double probability, bool isSplit, MatchGrade grade, const Thresholds &t)
{
    // A split or a row with an identical twin left over is worth a look even
    // when the score is high.
    if (probability >= t.matched && !isSplit && grade != MatchGrade::Duplicate)
        return Band::Matched;
    return probability >= t.review || isSplit ? Band::Review : Band::Unmatched;
}

TransactionRecord recordOf(const ReconItem &x)
{
    TransactionRecord r;
    r.id = x.id.toString().toStdString();
    r.day = daysFromCivil(x.date.year(), x.date.month(), x.date.day());
    r.amount = x.amountMinor;
    r.name = sortedTokens(foldName(x.name.toStdString()));
    r.product = foldName(x.product.toStdString());
    r.reference = foldName(x.reference.toStdString());
    const std::string key
        = std::to_string(r.day) + '|' + std::to_string(r.amount) + '|' + r.name + '|' + r.product + '|' + r.reference;
    r.fingerprint = hashKey(key);
    return r;
}

int dayOf(QDate d)
{
    return daysFromCivil(d.year(), d.month(), d.day());
}

QDate dateOfDay(int day)
{
    int y = 0, m = 0, d = 0;
    civilFromDays(day, y, m, d);
    return QDate(y, m, d);
}

ReconItem itemOf(const ImportedRow &row)
{
    ReconItem x;
    x.id = row.id;
    x.side = sideOf(row.source);
    x.group = groupOf(row.source);
    x.origin = sourceDisplayName(row.source);
    x.date = dateOfDay(row.day);
    x.amountMinor = row.amountMinor;
    x.name = row.name;
    x.product = row.product;
    x.reference = row.reference.isEmpty() ? row.externalId : row.reference;
    return x;
}

DecisionState replay(const QList<MatchDecision> &decisions)
{
    DecisionState s;
    for (const MatchDecision &d : decisions) {
        if (d.isUndone())
            continue; // undone: it neither settles, excludes nor teaches
        const QPair<EntityId, EntityId> pair {d.leftId, d.rightId};
        if (d.decision == Decision::Accept) {
            s.accepted.insert(pair);
            s.rejected.remove(pair);
        } else {
            s.rejected.insert(pair);
            s.accepted.remove(pair);
        }
        if (d.pattern != 0)
            s.labels[d.group].push_back({d.pattern, d.decision == Decision::Accept});
    }
    return s;
}

FellegiSunter modelFor(const ReconReport &report, const QString &group)
{
    const auto it = report.models.find(group);
    if (it != report.models.end())
        return it->second;
    FellegiSunter defaults(TransactionComparator::specs());
    defaults.resetToDefaults();
    return defaults;
}

PairScore scorePair(const ReconItem &left, const ReconItem &right, const FellegiSunter &model)
{
    const std::vector<TransactionRecord> a {recordOf(left)};
    const std::vector<TransactionRecord> b {recordOf(right)};
    const TransactionComparator cmp(a, b);
    PairScore s;
    s.pattern = cmp.compare(0, 0);
    s.probability = model.probability(model.weight(s.pattern));
    s.explanation = summarise(cmp.explain(0, 0, model));
    return s;
}

GroupOutcome matchGroup(const ReconReport &rep, const GroupInput &in, const QString &group, const Thresholds &t,
                        const std::optional<QByteArray> &savedModel, const std::vector<LabelledPattern> &labels)
{
    GroupOutcome out;
    std::vector<TransactionRecord> left, right;
    for (const int i : in.left)
        left.push_back(recordOf(rep.left[i]));
    for (const int i : in.right)
        right.push_back(recordOf(rep.right[i]));
    ReconcileOptions o;
    o.threshold = t.review;
    o.threads = 1;
    QHash<EntityId, std::uint32_t> rightAt;
    for (int j = 0; j < in.right.size(); ++j)
        rightAt.insert(rep.right[in.right[j]].id, std::uint32_t(j));
    for (int i = 0; i < in.left.size(); ++i)
        for (const auto &pair : rep.rejected)
            if (pair.first == rep.left[in.left[i]].id && rightAt.contains(pair.second))
                o.excludedPairs.emplace_back(std::uint32_t(i), rightAt.value(pair.second));

    ReconcileResult res;
    std::optional<FellegiSunter> saved;
    if (savedModel) {
        if (auto m = FellegiSunter::fromJson(*savedModel, TransactionComparator::specs()))
            saved = *m;
    }
    if (!left.empty() && !right.empty()) {
        res = reconcileTransactions(left, right, o);
        const bool trusted = !res.em.noMatches;
        FellegiSunter base = res.model;
        if (trusted)
            out.learnt = res.model;
        else if (saved)
            base = *saved;
        else if (!res.em.message.isEmpty())
            out.note = res.em.message;
        if (!labels.empty() || (!trusted && saved)) {
            base.refine(labels);
            o.model = base;
            res = reconcileTransactions(left, right, o);
        }
        out.model = res.model;
    } else {
        out.model = saved ? *saved : modelFor(rep, group);
        for (std::uint32_t i = 0; i < left.size(); ++i)
            res.unmatchedLeft.push_back(i);
        for (std::uint32_t j = 0; j < right.size(); ++j)
            res.unmatchedRight.push_back(j);
    }
    for (const TransactionMatch &m : res.matches) {
        ReconLine line;
        line.group = group;
        for (const auto a : m.left)
            line.left.append(in.left[int(a)]);
        for (const auto b : m.right)
            line.right.append(in.right[int(b)]);
        line.probability = m.probability;
        line.grade = m.grade;
        line.pattern = m.pattern;
        // A match by elimination is, like a split, worth a look whatever its score.
        line.band = bandFor(m.probability, m.isSplit() || m.byElimination, m.grade, t);
        line.explanation = explainMatch(left, right, res, m);
        out.lines.append(line);
    }
    for (const auto a : res.unmatchedLeft) {
        ReconLine line;
        line.group = group;
        line.left = {in.left[int(a)]};
        line.explanation = tr("nothing reported matches this sale");
        out.lines.append(line);
    }
    for (const auto b : res.unmatchedRight) {
        ReconLine line;
        line.group = group;
        line.right = {in.right[int(b)]};
        line.explanation = tr("no sale matches this record");
        out.lines.append(line);
    }
    return out;
}

void describeAccepted(const ReconReport &rep, ReconLine &line)
{
    line.probability = 1.0;
    line.grade = MatchGrade::Precise;
    if (line.left.isEmpty() || line.right.isEmpty()) {
        line.explanation = tr("accepted with a record outside this period");
    } else if (line.left.size() == 1 && line.right.size() == 1) {
        const PairScore s = scorePair(rep.left[line.left[0]], rep.right[line.right[0]], modelFor(rep, line.group));
        line.pattern = s.pattern;
        line.probability = s.probability;
        line.explanation = tr("accepted: %1").arg(s.explanation);
    } else {
        const int parts = int(std::max(line.left.size(), line.right.size()));
        line.explanation
            = QCoreApplication::translate("msp::reconcilestore", "accepted split of %n lines", nullptr, parts);
    }
}

void summariseRisk(ReconReport &rep)
{
    std::map<QString, ProgramRisk> risk;
    for (const ReconLine &line : std::as_const(rep.lines)) {
        if (line.band != Band::Unmatched || !isLoyaltyGroup(line.group))
            continue;
        for (const int r : line.right) {
            ProgramRisk &p = risk[line.group];
            p.group = line.group;
            ++p.count;
            p.amountMinor += rep.right[r].amountMinor;
            rep.atRiskMinor += rep.right[r].amountMinor;
            ++rep.atRiskCount;
            rep.atRiskItems.append(r);
        }
        for (const int l : line.left)
            rep.notSubmitted.append(l);
    }
    for (const QString &g : allGroups())
        if (risk.count(g))
            rep.atRisk.append(risk[g]);
    const auto byDate = [](const QList<ReconItem> &side) {
        return [&side](int a, int b) { return side[a].date < side[b].date || (side[a].date == side[b].date && a < b); };
    };
    std::sort(rep.atRiskItems.begin(), rep.atRiskItems.end(), byDate(rep.right));
    std::sort(rep.notSubmitted.begin(), rep.notSubmitted.end(), byDate(rep.left));
}

void sortLines(ReconReport &rep)
{
    const auto dateOf = [&rep](const ReconLine &l) {
        return l.left.isEmpty() ? rep.right[l.right.first()].date : rep.left[l.left.first()].date;
    };
    std::stable_sort(rep.lines.begin(), rep.lines.end(), [&](const ReconLine &a, const ReconLine &b) {
        if (a.band != b.band)
            return int(a.band) < int(b.band);
        return dateOf(a) < dateOf(b);
    });
}

} // namespace msp::reconcilestore
