#include "reconcile/reconcileformat.h"

#include "domain/money.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace msp::ui::reconcileformat {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("msp::ui::ReconciliationPage", text);
}
} // namespace

QString money(const reconcilestore::ReconReport &report, qint64 minor)
{
    return Money(minor, report.currency).toDisplayString();
}

QString describe(const reconcilestore::ReconItem &item)
{
    QStringList parts;
    for (const QString &p : {item.name, item.product, item.reference})
        if (!p.isEmpty())
            parts << p;
    return parts.join(QStringLiteral(" · ")) + QStringLiteral(" (") + item.origin + u')';
}

QString atRiskText(const reconcilestore::ReconReport &report, const reconcilestore::ReconItem &item)
{
    return tr("%1 redemption on %2, %3, no tender line")
        .arg(reconcilestore::groupDisplayName(item.group), QLocale().toString(item.date, QStringLiteral("d MMM")),
             money(report, item.amountMinor));
}

QString percent(double probability)
{
    return QLocale().toString(probability * 100.0, 'f', probability >= 0.995 && probability < 1.0 ? 1 : 0)
        + QStringLiteral(" %");
}

} // namespace msp::ui::reconcileformat
