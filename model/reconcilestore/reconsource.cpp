#include "reconcilestore/reconsource.h"

#include <QCoreApplication>

namespace msp::reconcilestore {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("msp::reconcilestore", text);
}
} // namespace

QString sourceKey(Source source)
{
    switch (source) {
    case Source::Pos: return QStringLiteral("pos");
    case Source::StripeBalance: return QStringLiteral("stripe_balance");
    case Source::StripePayout: return QStringLiteral("stripe_payout");
    case Source::Alle: return QStringLiteral("alle");
    case Source::Aspire: return QStringLiteral("aspire");
    case Source::Xperience: return QStringLiteral("xperience");
    case Source::Evolus: return QStringLiteral("evolus");
    }
    return {};
}

QList<Source> allSources()
{
    return {Source::Pos,    Source::StripeBalance, Source::StripePayout, Source::Alle,
            Source::Aspire, Source::Xperience,     Source::Evolus};
}

std::optional<Source> sourceFromKey(QStringView key)
{
    for (const Source s : allSources())
        if (sourceKey(s) == key)
            return s;
    return std::nullopt;
}

QString sourceDisplayName(Source source)
{
    switch (source) {
    case Source::Pos: return tr("POS export");
    case Source::StripeBalance: return tr("Stripe balance transactions");
    case Source::StripePayout: return tr("Stripe payouts");
    case Source::Alle: return tr("Allē redemptions");
    case Source::Aspire: return tr("Aspire redemptions");
    case Source::Xperience: return tr("Xperience redemptions");
    case Source::Evolus: return tr("Evolus redemptions");
    }
    return {};
}

Side sideOf(Source source)
{
    return source == Source::Pos ? Side::Left : Side::Right;
}

QString groupOf(Source source)
{
    switch (source) {
    case Source::Pos:
    case Source::StripeBalance:
    case Source::StripePayout: return QStringLiteral("card");
    case Source::Alle: return tenderKey(TenderKind::Alle);
    case Source::Aspire: return tenderKey(TenderKind::Aspire);
    case Source::Xperience: return tenderKey(TenderKind::Xperience);
    case Source::Evolus: return tenderKey(TenderKind::Evolus);
    }
    return {};
}

QString groupOfTender(TenderKind kind)
{
    if (kind == TenderKind::Card)
        return QStringLiteral("card");
    return isLoyaltyTender(kind) ? tenderKey(kind) : QString();
}

bool isLoyaltyGroup(const QString &group)
{
    const auto kind = tenderFromKey(group);
    return kind && isLoyaltyTender(*kind);
}

QString groupDisplayName(const QString &group)
{
    if (group == u"card")
        return tr("Card payments");
    const auto kind = tenderFromKey(group);
    return kind ? tenderDisplayName(*kind) : group;
}

QStringList allGroups()
{
    return {QStringLiteral("card"), tenderKey(TenderKind::Alle), tenderKey(TenderKind::Aspire),
            tenderKey(TenderKind::Xperience), tenderKey(TenderKind::Evolus)};
}

} // namespace msp::reconcilestore
