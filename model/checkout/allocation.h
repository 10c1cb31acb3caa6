#pragma once

#include <QList>

namespace msp::checkout {

// Splits `amount` (minor units, may be negative) across `weights` in
// proportion, so the parts always add up to exactly `amount`. Leftover cents go
// to the parts with the largest remainders, earlier parts first on a tie.
// All-zero weights give everything to the first part.
QList<qint64> allocateProportionally(qint64 amount, const QList<qint64> &weights);

// `amount` split into `parts` near-equal shares; the first shares carry the
// extra cents ($100 in three: 33.34, 33.33, 33.33).
QList<qint64> splitEvenly(qint64 amount, int parts);

// Rate in basis points of an amount, half away from zero (the rounding the
// invoice uses for tax).
qint64 basisPointsOf(qint64 amount, qint64 basisPoints);

} // namespace msp::checkout
