#include "reconfixture.h"

#include "reconcile/csvtable.h"
#include "reconcilestore/columnpreset.h"

namespace msp::test {

ReconFixture::ReconFixture()
{
    if (!s.isOpen()) {
        error = QStringLiteral("store did not open");
        return;
    }
    error = seedClinic(store(), seed);
    const char *names[][2] = {{"Ana", "Lopez"},   {"Beth", "Carter"}, {"Chloe", "Nguyen"},
                              {"Dana", "Okafor"}, {"Erin", "Walsh"},  {"Fiona", "Brennan"}};
    int n = 0;
    for (const auto &name : names) {
        Client c = makeClient(QString::fromUtf8(name[0]), QString::fromUtf8(name[1]),
                              QStringLiteral("+1 555 010 %1").arg(1000 + n), {});
        ++n;
        auto created = store().clients().create(adminActor(), c);
        if (!created) {
            error = created.error().message;
            return;
        }
        clients.append(*created);
    }
}

EntityId ReconFixture::sale(int i, QDate date, qint64 amountMinor, const QString &code, TenderKind kind)
{
    Invoice inv;
    inv.clientId = clients.at(i).id;
    inv.status = InvoiceStatus::Paid;
    inv.createdAt = QDateTime(date, QTime(16, 0), Qt::UTC);
    inv.lines.append({EntityId(), LineKind::Service, QStringLiteral("Botox Cosmetic"), 1, amountMinor, 0,
                      seed.service.id, seed.alice.id});
    TenderLine t;
    t.kind = kind;
    t.amountMinor = amountMinor;
    t.authorisationCode = isLoyaltyTender(kind) ? code : QString();
    t.reference = isLoyaltyTender(kind) ? QString() : code;
    t.rewardValueMinor = isLoyaltyTender(kind) ? amountMinor : 0;
    inv.tenders.append(t);
    auto created = store().invoices().create(adminActor(), inv);
    if (!created) {
        error = created.error().message;
        return {};
    }
    return created->tenders.first().id;
}

QByteArray ReconFixture::alleCsv(const QList<PortalRow> &rows) const
{
    QByteArray out = "Redemption Date,Patient First Name,Patient Last Name,Product,Reward Amount,Authorization Code\n";
    for (const PortalRow &r : rows) {
        const QString given = r.client < 0 ? QStringLiteral("Zed") : clients.at(r.client).name.given();
        const QString family = r.client < 0 ? QStringLiteral("Unknown") : clients.at(r.client).name.family();
        out += QStringLiteral("%1,%2,%3,Botox Cosmetic,\"%4\",%5\n")
                   .arg(r.date, given, family, r.amount, r.code)
                   .toUtf8();
    }
    return out;
}

reconcilestore::ImportRequest ReconFixture::request(const QByteArray &bytes, reconcilestore::Source source) const
{
    reconcilestore::ImportRequest r;
    r.fileName = QStringLiteral("alle-march.csv");
    r.bytes = bytes;
    r.source = source;
    auto table = reconcile::CsvTable::parse(bytes);
    if (table) {
        for (const auto &p : reconcilestore::builtInPresets())
            if (p.source == source && !p.headers.isEmpty())
                r.mapping = reconcilestore::mappingFor(*table, p);
    }
    return r;
}

QByteArray standardScenario(ReconFixture &f)
{
    const QDate d(2026, 3, 2);
    f.sale(0, d, 6000, QStringLiteral("ALLE-1001"));
    f.sale(1, d.addDays(1), 4000, QStringLiteral("ALLE-1002"));
    f.sale(2, d.addDays(2), 8000, QStringLiteral("ALLE-1003"));
    f.sale(3, d.addDays(3), 5000, QStringLiteral("ALLE-1004"));
    f.sale(4, d.addDays(4), 3000, QStringLiteral("ALLE-1005"));
    f.sale(5, d.addDays(5), 7000, QStringLiteral("ALLE-1006"));
    return f.alleCsv({{QStringLiteral("03/02/2026"), 0, QStringLiteral("$60.00"), QStringLiteral("ALLE-1001")},
                      {QStringLiteral("03/03/2026"), 1, QStringLiteral("$40.00"), QStringLiteral("ALLE-1002")},
                      {QStringLiteral("03/04/2026"), 2, QStringLiteral("$80.00"), QStringLiteral("ALLE-1003")},
                      {QStringLiteral("03/05/2026"), 3, QStringLiteral("$50.00"), QStringLiteral("ALLE-1004")},
                      {QStringLiteral("03/07/2026"), 4, QStringLiteral("$30.00"), QString()},
                      {QStringLiteral("03/12/2026"), -1, QStringLiteral("$60.00"), QStringLiteral("ALLE-2001")}});
}

} // namespace msp::test
