#pragma once

#include "reconcile/blocker.h"
#include "reconcile/records.h"

#include <vector>

namespace msp::reconcile {

// The blocking keys for people, any one shared makes a candidate pair:
// phonetic surname + phonetic given name, date of birth, postcode + street
// number, phonetic surname + postcode, given name + birth year, surname +
// suburb, phone, email.
BlockingKeys personBlockingKeys(const std::vector<PersonRecord> &left, const std::vector<PersonRecord> *right,
                                int threads = 1);

} // namespace msp::reconcile
