#include "reconcile/matchgrade.h"

#include "reconcile/transactioncomparator.h"

#include <QCoreApplication>

namespace msp::reconcile {

QString gradeName(MatchGrade grade)
{
    switch (grade) {
    case MatchGrade::NotFound: return QCoreApplication::translate("msp::reconcile", "not found");
    case MatchGrade::Imprecise: return QCoreApplication::translate("msp::reconcile", "imprecise");
    case MatchGrade::Precise: return QCoreApplication::translate("msp::reconcile", "precise");
    case MatchGrade::Duplicate: return QCoreApplication::translate("msp::reconcile", "duplicate");
    }
    return {};
}

MatchGrade gradeForTransactionPattern(Pattern p)
{
    const bool amountSame = levelOf(p, TransactionComparator::Amount) == 5;
    const bool withinDay = levelOf(p, TransactionComparator::DateLag) >= 4;
    const int name = levelOf(p, TransactionComparator::Name);
    const bool nameOk = name == 0 || name >= 3;
    return amountSame && withinDay && nameOk ? MatchGrade::Precise : MatchGrade::Imprecise;
}

} // namespace msp::reconcile
