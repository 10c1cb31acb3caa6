#pragma once

#include "domain/result.h"
#include "scheduling/bookingrules.h"
#include "scheduling/clinictime.h"

namespace msp::scheduling {

// Shared by the two halves of SeriesService (seriesservice.cpp books,
// seriesedit.cpp changes): the refusal that names the occurrence's date.
Error occurrenceRefused(const ClinicTime &time, qint64 start, const Verdict &v);

} // namespace msp::scheduling
