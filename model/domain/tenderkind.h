#pragma once

#include <QString>

#include <optional>

namespace msp {

// How an invoice was paid. The loyalty tenders carry an authorisation code and
// the reward value so reconciliation can match them to the program's records.
enum class TenderKind { Cash, Card, GiftCard, Alle, Aspire, Xperience, Evolus };

QString tenderKey(TenderKind kind); // "alle", "gift_card"
std::optional<TenderKind> tenderFromKey(QStringView key);
QString tenderDisplayName(TenderKind kind); // "Allē", "Aspire Rewards"
bool isLoyaltyTender(TenderKind kind);

} // namespace msp
