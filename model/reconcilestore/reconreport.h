#pragma once

#include "domain/entityid.h"
#include "reconcile/fellegisunter.h"
#include "reconcile/matchgrade.h"
#include "reconcilestore/reconsource.h"

#include <QDate>
#include <QList>
#include <QSet>

#include <map>

namespace msp::reconcilestore {

// One money movement on either side of the screen, as people read it.
struct ReconItem {
    EntityId id; // tender line or imported row
    Side side = Side::Left;
    QString group; // "card", "alle", ...
    QString origin; // "Allē tender", "Stripe payouts"
    QDate date;
    qint64 amountMinor = 0;
    QString name;
    QString product;
    QString reference;
    EntityId invoiceId; // tender lines only
};

enum class Band { Matched, Review, Unmatched };
enum class LineState { Proposed, Accepted, Rejected };

// A row of the reconciliation screen: a pair (or a split: one item and the
// two or three that add up to it), or a single item nothing matched.
struct ReconLine {
    Band band = Band::Unmatched;
    LineState state = LineState::Proposed;
    QString group;
    QList<int> left; // indices into ReconReport::left
    QList<int> right;
    double probability = 0;
    reconcile::MatchGrade grade = reconcile::MatchGrade::NotFound;
    reconcile::Pattern pattern = 0;
    QString explanation; // "amount same, one day later, name 0.93"

    bool isPair() const { return !left.isEmpty() && !right.isEmpty(); }
};

// Redemptions a program reports that no tender line records: the clinic
// cannot claim them.
struct ProgramRisk {
    QString group;
    int count = 0;
    qint64 amountMinor = 0;
};

struct ReconReport {
    QDate from;
    QDate to;
    QString currency = QStringLiteral("USD");
    QList<ReconItem> left;
    QList<ReconItem> right;
    QList<ReconLine> lines; // matched, then to review, then unmatched; by date within a band
    QList<ProgramRisk> atRisk; // by program
    qint64 atRiskMinor = 0;
    int atRiskCount = 0;
    QList<int> atRiskItems; // indices into right
    QList<int> notSubmitted; // loyalty tender lines (indices into left) no portal reports
    QStringList notes; // what the model said about the data, for people
    std::map<QString, reconcile::FellegiSunter> models; // per group, as used
    QSet<QPair<EntityId, EntityId>> rejected; // (left id, right id)

    int bandCount(Band band) const
    {
        int n = 0;
        for (const ReconLine &l : lines)
            n += l.band == band;
        return n;
    }
};

} // namespace msp::reconcilestore
