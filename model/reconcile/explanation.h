#pragma once

#include <QString>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace msp::reconcile {

// One comparison's part in a match score, in words: "amount −2.1 %".
struct Contribution {
    QString comparison; // "amount"
    QString detail; // "−2.1 %"
    double weight = 0; // log2 Bayes factor added to the score
};

// "amount −2.1 %, one day later, name 0.93": the details ordered by how much
// each one moved the score, strongest first.
inline QString summarise(std::vector<Contribution> parts)
{
    std::stable_sort(parts.begin(), parts.end(), [](const Contribution &a, const Contribution &b) {
        return std::abs(a.weight) > std::abs(b.weight);
    });
    QStringList words;
    for (const auto &p : parts) {
        if (!p.detail.isEmpty())
            words << p.detail;
    }
    return words.join(QStringLiteral(", "));
}

} // namespace msp::reconcile
