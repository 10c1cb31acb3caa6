#include "webhookstate.h"

#include <tuple>

namespace msp::server {

namespace {
bool isFinal(const QString &status)
{
    return status == u"succeeded" || status == u"cancelled";
}

int paymentRank(const QString &status)
{
    if (status == u"succeeded")
        return 3;
    if (status == u"cancelled")
        return 2;
    if (status == u"failed")
        return 1;
    return 0;
}

int payoutRank(const QString &status)
{
    if (status == u"failed" || status == u"cancelled")
        return 3;
    if (status == u"paid")
        return 2;
    if (status == u"in_transit")
        return 1;
    return 0;
}

template<typename T>
void fillOnce(T &field, const T &value, const T &empty)
{
    if (field == empty && value != empty)
        field = value;
}
} // namespace

bool mergePayment(PaymentState &state, const PaymentFacts &facts)
{
    const PaymentState before = state;
    fillOnce(state.paymentId, facts.paymentId, QString());
    fillOnce(state.orgId, facts.orgId, QString());
    fillOnce(state.currency, facts.currency, QString());
    if (state.amount == 0 && facts.amount > 0)
        state.amount = facts.amount;
    fillOnce(state.chargeId, facts.chargeId, QString());

    if (facts.hasStatus) {
        const auto key = [](const QString &status, qint64 at) {
            return std::make_tuple(isFinal(status), at, paymentRank(status));
        };
        const bool hasNone = state.statusAt == 0 && state.stripeStatus.isEmpty();
        if (hasNone || key(facts.status, facts.statusAt) > key(state.status, state.statusAt)) {
            state.status = facts.status;
            state.stripeStatus = facts.stripeStatus;
            state.statusAt = facts.statusAt;
            if (facts.amountReceived >= 0)
                state.amountReceived = facts.amountReceived;
            if (facts.amount > 0)
                state.amount = facts.amount;
            if (!facts.chargeId.isEmpty())
                state.chargeId = facts.chargeId;
            state.failureCode = facts.failureCode;
            state.failureMessage = facts.failureMessage;
        }
    }
    if (facts.amountRefunded > state.amountRefunded) {
        state.amountRefunded = facts.amountRefunded;
        state.refundedAt = facts.refundedAt;
    }
    return !(state == before);
}

bool mergePayout(PayoutState &state, const PayoutFacts &facts)
{
    const PayoutState before = state;
    fillOnce(state.orgId, facts.orgId, QString());
    fillOnce(state.currency, facts.currency, QString());
    if (state.amount == 0 && facts.amount > 0)
        state.amount = facts.amount;
    const bool hasNone = state.statusAt == 0;
    if (!facts.status.isEmpty()
        && (hasNone
            || std::make_tuple(payoutRank(facts.status), facts.statusAt)
                > std::make_tuple(payoutRank(state.status), state.statusAt))) {
        state.status = facts.status;
        state.statusAt = facts.statusAt;
        if (facts.amount > 0)
            state.amount = facts.amount;
        if (facts.arrivalDate > 0)
            state.arrivalDate = facts.arrivalDate;
        state.failureCode = facts.failureCode;
        state.failureMessage = facts.failureMessage;
    }
    return !(state == before);
}

} // namespace msp::server
