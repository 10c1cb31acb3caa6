#pragma once

#include "domain/tenderkind.h"
#include "reconcilestore/reconciliationservice.h"
#include "storetesthelpers.h"
#include "support/tempstore.h"

#include <QDate>

namespace msp::test {

// A clinic with clients and loyalty sales, and the portal files that report
// them, for reconciliation tests.
struct ReconFixture {
    TempStore s;
    SeededClinic seed;
    QList<Client> clients;
    QString error; // empty when set up

    ReconFixture();
    store::ClinicStore &store() { return *s.store; }
    // An invoice for client `i` paid with a loyalty reward (or a card).
    EntityId sale(int i, QDate date, qint64 amountMinor, const QString &code, TenderKind kind = TenderKind::Alle);
    // An Allē for Business export: one line per row, written as given.
    struct PortalRow {
        QString date; // as the file writes it
        int client = -1; // -1: a name nobody in the clinic has
        QString amount;
        QString code;
    };
    QByteArray alleCsv(const QList<PortalRow> &rows) const;
    reconcilestore::ImportRequest request(const QByteArray &bytes,
                                          reconcilestore::Source source = reconcilestore::Source::Alle) const;
};

// The standard scenario: six Allē sales in March 2026; the portal reports
// four of them exactly, one a day late without its code, and a $60
// redemption on 12 March no sale records. Sale 5 was never submitted.
QByteArray standardScenario(ReconFixture &f);

} // namespace msp::test
