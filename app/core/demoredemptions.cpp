#include "core/demoredemptions.h"

#include "reconcilestore/importrepository.h"
#include "reconcilestore/salesreader.h"
#include "store/clinicrepository.h"
#include "store/clinicstore.h"

#include <QRandomGenerator>

namespace msp::app {

using namespace msp::reconcilestore;

Result<void> seedDemoRedemptions(store::ClinicStore &store, const Actor &actor, QDate from, QDate to, quint32 seed)
{
    QTimeZone zone("America/New_York");
    if (auto clinic = store.clinic().clinic())
        zone = QTimeZone(clinic->timeZone);
    auto sales = readSales(store, from, to, zone);
    if (!sales)
        return sales.error();
    QRandomGenerator rng(seed);
    QByteArray csv = "Redemption Date,Patient First Name,Patient Last Name,Product,Reward Amount,Authorization Code\n";
    const auto row = [&csv](QDate date, const QString &given, const QString &family, const QString &product,
                            qint64 minor, const QString &code) {
        csv += QStringLiteral("%1,%2,%3,%4,\"$%5.%6\",%7\n")
                   .arg(date.toString(QStringLiteral("MM/dd/yyyy")), given, family, product)
                   .arg(minor / 100)
                   .arg(minor % 100, 2, 10, QLatin1Char('0'))
                   .arg(code)
                   .toUtf8();
    };
    for (const ReconItem &sale : std::as_const(*sales)) {
        if (sale.group != u"alle")
            continue;
        const int roll = int(rng.bounded(10));
        if (roll == 0)
            continue; // never submitted
        const qsizetype space = sale.name.indexOf(u' ');
        const QString given = space < 0 ? sale.name : sale.name.left(space);
        const QString family = space < 0 ? QString() : sale.name.mid(space + 1);
        const QDate date = roll == 1 ? sale.date.addDays(1) : sale.date;
        row(date, given, family, sale.product, sale.amountMinor, roll == 1 ? QString() : sale.reference);
    }
    row(to.addDays(-3), QStringLiteral("Marisol"), QStringLiteral("Ferreira"), QStringLiteral("Botox Cosmetic"), 6000,
        QStringLiteral("ALLE-998101"));
    row(to.addDays(-9), QStringLiteral("Priya"), QStringLiteral("Raman"), QStringLiteral("Juvederm Voluma"), 10000,
        QStringLiteral("ALLE-998102"));
    auto table = reconcile::CsvTable::parse(csv);
    if (!table)
        return table.error();
    ImportRequest request;
    request.fileName = QStringLiteral("alle-for-business-demo.csv");
    request.bytes = csv;
    request.source = Source::Alle;
    for (const ColumnPreset &p : builtInPresets()) {
        if (p.source == Source::Alle) { // the Allē for Business layout comes first
            request.mapping = mappingFor(*table, p);
            break;
        }
    }
    auto imported = ImportRepository(store).importFile(actor, request);
    if (!imported)
        return imported.error();
    return ok();
}

} // namespace msp::app
