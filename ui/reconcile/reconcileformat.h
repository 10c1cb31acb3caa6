#pragma once

#include "reconcilestore/reconreport.h"

#include <QString>

namespace msp::ui::reconcileformat {

QString money(const reconcilestore::ReconReport &report, qint64 minor);
// "Ana Lopez · Botox Cosmetic · ALLE-1001 (Allē tender)"
QString describe(const reconcilestore::ReconItem &item);
// "Allē redemption on 12 Mar, $60.00, no tender line"
QString atRiskText(const reconcilestore::ReconReport &report, const reconcilestore::ReconItem &item);
QString percent(double probability);

} // namespace msp::ui::reconcileformat
