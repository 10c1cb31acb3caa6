#include "domain/tenderkind.h"

#include <QCoreApplication>

namespace msp {

QString tenderKey(TenderKind kind)
{
    switch (kind) {
    case TenderKind::Cash: return QStringLiteral("cash");
    case TenderKind::Card: return QStringLiteral("card");
    case TenderKind::GiftCard: return QStringLiteral("gift_card");
    case TenderKind::Alle: return QStringLiteral("alle");
    case TenderKind::Aspire: return QStringLiteral("aspire");
    case TenderKind::Xperience: return QStringLiteral("xperience");
    case TenderKind::Evolus: return QStringLiteral("evolus");
    }
    return {};
}

std::optional<TenderKind> tenderFromKey(QStringView key)
{
    for (auto k : {TenderKind::Cash, TenderKind::Card, TenderKind::GiftCard, TenderKind::Alle, TenderKind::Aspire,
                   TenderKind::Xperience, TenderKind::Evolus})
        if (tenderKey(k) == key)
            return k;
    return std::nullopt;
}

QString tenderDisplayName(TenderKind kind)
{
    switch (kind) {
    case TenderKind::Cash: return QCoreApplication::translate("msp::TenderKind", "Cash");
    case TenderKind::Card: return QCoreApplication::translate("msp::TenderKind", "Card");
    case TenderKind::GiftCard: return QCoreApplication::translate("msp::TenderKind", "Gift card");
    case TenderKind::Alle: return QStringLiteral("All\u0113");
    case TenderKind::Aspire: return QStringLiteral("Aspire Rewards");
    case TenderKind::Xperience: return QStringLiteral("Xperience");
    case TenderKind::Evolus: return QStringLiteral("Evolus Rewards");
    }
    return {};
}

bool isLoyaltyTender(TenderKind kind)
{
    return kind == TenderKind::Alle || kind == TenderKind::Aspire || kind == TenderKind::Xperience
        || kind == TenderKind::Evolus;
}

} // namespace msp
