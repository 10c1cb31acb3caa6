#pragma once

#include "reconcile/blocker.h"
#include "reconcile/fellegisunter.h"
#include "reconcile/progress.h"
#include "reconcile/records.h"

#include <optional>
#include <vector>

namespace msp::reconcile {

struct ScoredPair {
    std::uint32_t a = 0; // left index
    std::uint32_t b = 0; // right index (same list for dedupe)
    double weight = 0; // log2 Bayes factor, term frequencies included
    double probability = 0;
    Pattern pattern = 0;
};

struct LinkOptions {
    double threshold = 0.5; // match probability at which a pair is reported
    int threads = 2;
    bool termFrequency = true;
    bool oneToOne = true; // link: each record in at most one pair
    // Dedupe: also report pairs that are only linked through a third record
    // (a group of three spellings of one person is three pairs).
    bool closeGroups = true;
    BlockingOptions blocking;
    // A saved model (e.g. refined by staff decisions): EM is skipped.
    std::optional<FellegiSunter> model;
    std::vector<LabelledPair> labels; // refine the learnt model with these
    ProgressCallback progress;
};

struct LinkResult {
    std::vector<ScoredPair> pairs; // sorted by (a, b)
    FellegiSunter model;
    EmReport em;
    BlockingStats blocking;
};

// Pairs of records in one list that describe the same person.
LinkResult dedupePeople(const std::vector<PersonRecord> &people, const LinkOptions &options = {});
// Links between two lists of people.
LinkResult linkPeople(const std::vector<PersonRecord> &left, const std::vector<PersonRecord> &right,
                      const LinkOptions &options = {});

} // namespace msp::reconcile
