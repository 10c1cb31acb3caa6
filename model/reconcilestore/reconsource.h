#pragma once

#include "domain/tenderkind.h"

#include <QString>

#include <optional>

namespace msp::reconcilestore {

// Left is what the clinic sold (tender lines, POS exports); right is what a
// processor or a manufacturer's portal says happened.
enum class Side { Left, Right };

// Where an imported file comes from.
enum class Source { Pos, StripeBalance, StripePayout, Alle, Aspire, Xperience, Evolus };

QString sourceKey(Source source); // "stripe_balance": for storage
std::optional<Source> sourceFromKey(QStringView key);
QString sourceDisplayName(Source source); // translated
Side sideOf(Source source);
QList<Source> allSources();

// Rows are matched within a group: card payments against Stripe, each loyalty
// program's tender lines against that program's portal. A group is "card" or
// the program's tender key ("alle").
QString groupOf(Source source);
// Empty for tenders nobody else reports (cash, gift cards).
QString groupOfTender(TenderKind kind);
bool isLoyaltyGroup(const QString &group);
QString groupDisplayName(const QString &group); // "Card payments", "Allē"
QStringList allGroups();

} // namespace msp::reconcilestore
