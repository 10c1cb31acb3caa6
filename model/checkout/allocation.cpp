#include "checkout/allocation.h"

#include <algorithm>
#include <numeric>

namespace msp::checkout {

QList<qint64> allocateProportionally(qint64 amount, const QList<qint64> &weights)
{
    QList<qint64> parts(weights.size(), 0);
    if (weights.isEmpty())
        return parts;
    const qint64 total = std::accumulate(weights.begin(), weights.end(), qint64(0));
    if (total == 0) {
        parts[0] = amount;
        return parts;
    }
    const qint64 sign = amount < 0 ? -1 : 1;
    const qint64 magnitude = amount * sign;
    QList<qint64> remainders(weights.size(), 0);
    qint64 assigned = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        // Safe while amount and weight stay under $30 million each, far
        // beyond any clinic invoice.
        const qint64 product = magnitude * weights[i];
        parts[i] = product / total;
        remainders[i] = product % total;
        assigned += parts[i];
    }
    QList<qsizetype> order(weights.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return remainders[a] > remainders[b]; });
    for (qsizetype k = 0; assigned < magnitude; k = (k + 1) % order.size()) {
        ++parts[order[k]];
        ++assigned;
    }
    for (qint64 &p : parts)
        p *= sign;
    return parts;
}

QList<qint64> splitEvenly(qint64 amount, int parts)
{
    if (parts <= 0)
        return {};
    return allocateProportionally(amount, QList<qint64>(parts, 1));
}

qint64 basisPointsOf(qint64 amount, qint64 basisPoints)
{
    const qint64 product = amount * basisPoints;
    return (product + (product >= 0 ? 5000 : -5000)) / 10000;
}

} // namespace msp::checkout
