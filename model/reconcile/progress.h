#pragma once

#include <QString>

#include <functional>

namespace msp::reconcile {

// Reports long work: `stage` in words ("Comparing pairs"), done out of total.
// Called from the calling thread only, a few hundred times per run at most.
using ProgressCallback = std::function<void(const QString &stage, qint64 done, qint64 total)>;

} // namespace msp::reconcile
