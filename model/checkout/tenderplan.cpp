#include "checkout/tenderplan.h"

#include <QCoreApplication>

namespace msp::checkout {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("msp::checkout", text);
}
} // namespace

Result<AcceptedTender> acceptTender(const Invoice &invoice, TenderLine tender)
{
    const qint64 balance = invoice.balanceMinor();
    if (balance <= 0)
        return Error::make(ErrorCode::Conflict, tr("This invoice is already paid in full."));
    if (tender.amountMinor <= 0)
        return Error::invalid(QStringLiteral("amount"), tr("Enter an amount of more than zero."));
    if (isLoyaltyTender(tender.kind)) {
        tender.authorisationCode = tender.authorisationCode.trimmed();
        if (tender.authorisationCode.isEmpty())
            return Error::invalid(QStringLiteral("authorisationCode"),
                                  tr("Enter the %1 authorisation code, so the manufacturer reimburses the reward.")
                                      .arg(tenderDisplayName(tender.kind)));
        if (tender.rewardValueMinor < 0)
            return Error::invalid(QStringLiteral("rewardValue"), tr("A reward value cannot be negative."));
        if (tender.rewardValueMinor == 0)
            tender.rewardValueMinor = std::min(tender.amountMinor, balance);
    } else if (tender.rewardValueMinor != 0) {
        return Error::invalid(QStringLiteral("rewardValue"), tr("Only a loyalty reward has a reward value."));
    }
    AcceptedTender accepted;
    if (tender.amountMinor > balance) {
        if (tender.kind != TenderKind::Cash)
            return Error::invalid(QStringLiteral("amount"),
                                  tr("%1 is more than the %2 still owed. Lower the amount.")
                                      .arg(Money(tender.amountMinor, invoice.currency).toDisplayString(),
                                           Money(balance, invoice.currency).toDisplayString()));
        accepted.changeDueMinor = tender.amountMinor - balance;
        tender.amountMinor = balance;
    }
    accepted.tender = std::move(tender);
    return accepted;
}

QList<DepositApplication> applyDeposits(const Invoice &invoice, const QList<HeldDeposit> &deposits)
{
    QList<DepositApplication> out;
    qint64 balance = invoice.balanceMinor();
    for (const HeldDeposit &d : deposits) {
        DepositApplication a;
        a.depositId = d.id;
        const qint64 used = std::clamp<qint64>(balance, 0, d.amountMinor);
        a.tender.kind = d.kind;
        a.tender.amountMinor = used;
        a.tender.reference = d.reference;
        a.leftoverMinor = d.amountMinor - used;
        balance -= used;
        out.append(a);
    }
    return out;
}

} // namespace msp::checkout
