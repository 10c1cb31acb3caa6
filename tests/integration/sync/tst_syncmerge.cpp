#include "dedupe/clientmerger.h"
#include "store/appointmentrepository.h"
#include "store/clientrepository.h"
#include "store/database.h"
#include "store/invoicerepository.h"
#include "store/query.h"
#include "syncdevice.h"

#include <QTest>
#include <QTimeZone>

using namespace msp;
using namespace msp::test;

// A merge of duplicate clients (and its undo) through the real server: the
// server applies merge_clients (appointments re-pointed, the merged client
// marked, never deleted) and another device follows.
class TestSyncMerge : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SyncServerFixture> m_server;
    ClinicFixture m_clinic;

    std::unique_ptr<SyncDevice> device(const QString &name) { return signedInDevice(name, m_clinic, *m_server); }

    static Client person(const QString &given, const QString &phone)
    {
        Client c;
        c.name = PersonName::create(given, u"Whitfield").value();
        c.dateOfBirth = DateOfBirth::parse(u"1984-03-12", QDate::currentDate()).value();
        if (!phone.isEmpty())
            c.phone = Phone::parse(phone).value();
        return c;
    }

    Appointment visit(const EntityId &client, int hour)
    {
        Appointment a;
        a.clientId = client;
        a.practitionerId = m_clinic.practitioner1;
        a.serviceId = m_clinic.service;
        a.roomId = m_clinic.room1;
        const QDate day = QDate::currentDate().addDays(9);
        a.start = QDateTime(day, QTime(hour, 0), QTimeZone("America/New_York")).toUTC();
        a.end = a.start.addSecs(30 * 60);
        return a;
    }

    // "appointment -> client" and "client -> merged_into" on one device.
    static QString state(SyncDevice &d)
    {
        QStringList out;
        auto a = d.store().database().prepare("SELECT id || '>' || client_id FROM appointment ORDER BY id;");
        while (a && a->next().valueOr(false))
            out << a->text(0);
        auto c = d.store().database().prepare(
            "SELECT id || '|' || given_name || '|' || ifnull(merged_into, '-') FROM client ORDER BY id;");
        while (c && c->next().valueOr(false))
            out << c->text(0);
        return out.join(u'\n');
    }

    static bool converged(SyncDevice &a, SyncDevice &b)
    {
        for (int i = 0; i < 10; ++i) {
            if (state(a) == state(b) && a.store().outbox().pendingCount().valueOr(1) == 0)
                return true;
            if (!a.syncOnce() || !b.syncOnce())
                return false;
        }
        return state(a) == state(b);
    }

    static dedupe::ClientMerger merger(SyncDevice &d)
    {
        return {d.store().database(), d.store().audit(), d.store().outbox()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (SyncServerFixture::clusterConnInfo().isEmpty())
            QSKIP("MEDSPASYNC_TEST_PG is not set: run through scripts/test, which starts PostgreSQL.");
    }

    void init()
    {
        m_server = std::make_unique<SyncServerFixture>(QStringLiteral(MEDSPASYNC_SERVER_BIN));
        QString error;
        QVERIFY2(m_server->setUp(&error), qPrintable(error));
        m_clinic = ClinicFixture();
    }

    void cleanup() { m_server.reset(); }

    void mergeAndUndoReachTheServerAndAnotherDevice()
    {
        auto a = device(QStringLiteral("Front desk"));
        auto b = device(QStringLiteral("Laptop"));
        QVERIFY(a && b);
        auto kept = a->store().clients().create(a->actor, person(QStringLiteral("Elizabeth"), {}));
        auto dup = a->store().clients().create(a->actor, person(QStringLiteral("Liz"), QStringLiteral("555-201-4477")));
        QVERIFY(kept && dup);
        auto v1 = a->store().appointments().create(a->actor, visit(dup->id, 10));
        auto v2 = a->store().appointments().create(a->actor, visit(dup->id, 11));
        QVERIFY(v1 && v2);
        QVERIFY(a->syncOnce());
        QVERIFY(b->syncOnce());
        QCOMPARE(b->store().clients().count().valueOr(0), 2);

        // Merge on A, keeping Elizabeth's record with Liz's phone.
        auto entry
            = merger(*a).merge(a->actor, {*kept, *dup, {{QStringLiteral("phone"), dedupe::FieldSource::Merged}}});
        QVERIFY2(entry.isOk(), qPrintable(entry.isOk() ? QString() : entry.error().message));
        QVERIFY(a->syncOnce());
        const QString keptId = kept->id.toString();
        const QString dupId = dup->id.toString();
        QCOMPARE(m_server->sql(QStringLiteral("SELECT count(*) FROM appointments WHERE client_id = '%1'").arg(keptId)),
                 QStringLiteral("2"));
        QCOMPARE(m_server->sql(QStringLiteral("SELECT fields->>'mergedInto' FROM clients WHERE id = '%1'").arg(dupId)),
                 keptId);
        QCOMPARE(m_server->sql(QStringLiteral("SELECT fields->>'phone' FROM clients WHERE id = '%1'").arg(keptId)),
                 dup->phone.e164());
        QCOMPARE(m_server->sql(QStringLiteral("SELECT count(*) FROM clients")), QStringLiteral("2")); // kept, marked
        QCOMPARE(m_server->sql(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'merge_clients'")),
                 QStringLiteral("1"));

        QVERIFY(converged(*a, *b));
        QCOMPARE(b->store().appointments().find(v1->id)->clientId, kept->id);
        QCOMPARE(b->store().clients().count().valueOr(0), 1);
        QVERIFY(b->store().clients().search(u"Liz")->isEmpty());
        QCOMPARE(b->store().clients().search(u"2014477")->size(), 1);
        // The merging device still has its own merge, not undone by the pull.
        QCOMPARE(a->store().clients().count().valueOr(0), 1);

        // Undo on A: both records and the appointments come back everywhere.
        QVERIFY(merger(*a).undo(a->actor, entry->id).isOk());
        QVERIFY(a->syncOnce());
        QCOMPARE(m_server->sql(QStringLiteral("SELECT count(*) FROM appointments WHERE client_id = '%1'").arg(dupId)),
                 QStringLiteral("2"));
        QCOMPARE(m_server->sql(QStringLiteral("SELECT fields ? 'mergedInto' FROM clients WHERE id = '%1'").arg(dupId)),
                 QStringLiteral("f"));
        QCOMPARE(m_server->sql(QStringLiteral("SELECT fields->>'phone' FROM clients WHERE id = '%1'").arg(keptId)),
                 QString());
        QVERIFY(converged(*a, *b));
        QCOMPARE(b->store().appointments().find(v2->id)->clientId, dup->id);
        QCOMPARE(b->store().clients().count().valueOr(0), 2);
        QCOMPARE(b->store().clients().search(u"Liz")->size(), 1);
        QVERIFY(a->replica().openAttentionItems()->isEmpty());
    }

    // The merge journal travels: another device lists the merge, with the
    // invoice it moved, and can undo it; the undo reaches the merging device.
    void mergeUndoneOnAnotherDevice()
    {
        auto a = device(QStringLiteral("Front desk"));
        auto b = device(QStringLiteral("Laptop"));
        QVERIFY(a && b);
        auto kept = a->store().clients().create(a->actor, person(QStringLiteral("Katherine"), {}));
        auto dup
            = a->store().clients().create(a->actor, person(QStringLiteral("Kate"), QStringLiteral("555-201-9911")));
        QVERIFY(kept && dup);
        auto v1 = a->store().appointments().create(a->actor, visit(dup->id, 13));
        QVERIFY(v1);
        Invoice inv;
        inv.clientId = dup->id;
        inv.appointmentId = v1->id;
        InvoiceLine line;
        line.description = QStringLiteral("HydraFacial");
        line.unitPriceMinor = 19900;
        line.serviceId = m_clinic.service;
        inv.lines.append(line);
        auto invoice = a->store().invoices().create(a->actor, inv);
        QVERIFY(invoice);
        QVERIFY(a->syncOnce());
        QVERIFY(b->syncOnce());

        auto entry = merger(*a).merge(a->actor, {*kept, *dup, {}});
        QVERIFY2(entry.isOk(), qPrintable(entry.isOk() ? QString() : entry.error().message));
        QVERIFY(converged(*a, *b));
        QCOMPARE(b->store().invoices().find(invoice->id)->clientId, kept->id); // moved everywhere
        auto seen = merger(*b).history();
        QVERIFY(seen.isOk());
        QCOMPARE(seen->size(), 1);
        QCOMPARE(seen->first().id, entry->id);
        QCOMPARE(seen->first().moved.invoices, 1);
        QVERIFY(seen->first().undoneAt.isNull());

        // Undone on the laptop, which did not merge.
        auto undone = merger(*b).undo(b->actor, entry->id);
        QVERIFY2(undone.isOk(), qPrintable(undone.isOk() ? QString() : undone.error().message));
        QVERIFY(converged(*b, *a));
        QCOMPARE(a->store().clients().count().valueOr(0), 2);
        QCOMPARE(a->store().appointments().find(v1->id)->clientId, dup->id);
        QCOMPARE(a->store().invoices().find(invoice->id)->clientId, dup->id);
        QCOMPARE(m_server->sql(QStringLiteral("SELECT data->>'client_id' FROM records WHERE kind = 'invoice' AND id = "
                                              "'%1'")
                                   .arg(invoice->id.toString())),
                 dup->id.toString());
        auto after = merger(*a).history();
        QVERIFY(after.isOk());
        QCOMPARE(after->size(), 1);
        QVERIFY(!after->first().undoneAt.isNull());
        // Undoing it again on the merging device is refused, changing nothing.
        QCOMPARE(merger(*a).undo(a->actor, entry->id).error().code, ErrorCode::Conflict);
    }

    void concurrentMergesOfOneRecord_firstWinsOtherIsRefused()
    {
        auto a = device(QStringLiteral("Front desk"));
        auto b = device(QStringLiteral("Laptop"));
        QVERIFY(a && b);
        auto x = a->store().clients().create(a->actor, person(QStringLiteral("Ann"), {}));
        auto y = a->store().clients().create(a->actor, person(QStringLiteral("Anne"), {}));
        auto z = a->store().clients().create(a->actor, person(QStringLiteral("Annie"), {}));
        QVERIFY(x && y && z);
        QVERIFY(a->syncOnce());
        QVERIFY(b->syncOnce());
        // A merges Anne into Ann, B merges Anne into Annie (each device's
        // engine pushes on its own, so either may reach the server first).
        // Both merge what they have now: a cycle a hint started may still be
        // applying a page, which the merge would rightly see as a change
        // since its scan, so wait until both engines are idle.
        QTRY_VERIFY_WITH_TIMEOUT(!a->engine->isBusy() && !b->engine->isBusy(), 30000);
        auto first = merger(*a).merge(a->actor, {*x, *y, {}});
        QVERIFY2(first.isOk(), first.isOk() ? "" : qPrintable(first.error().message));
        auto second = merger(*b).merge(b->actor, {*z, *y, {}});
        QVERIFY2(second.isOk(), second.isOk() ? "" : qPrintable(second.error().message));
        QVERIFY(a->syncOnce());
        QVERIFY(b->syncOnce());
        // The server keeps the first merge; the other device is told in its
        // inbox and follows the server.
        const QString winner = m_server->sql(
            QStringLiteral("SELECT fields->>'mergedInto' FROM clients WHERE id = '%1'").arg(y->id.toString()));
        QVERIFY(winner == x->id.toString() || winner == z->id.toString());
        SyncDevice &loser = winner == x->id.toString() ? *b : *a;
        QVERIFY(loser.syncOnce());
        auto inbox = loser.replica().openAttentionItems();
        QVERIFY(inbox);
        QCOMPARE(inbox->size(), 1);
        QCOMPARE(inbox->first().field, QStringLiteral("merge_clients"));
        QCOMPARE(m_server->sql(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'merge_clients'")),
                 QStringLiteral("1"));
        QVERIFY(converged(*a, *b));
        for (SyncDevice *d : {a.get(), b.get()}) {
            auto state = dedupe::loadClientState(d->store().database(), y->id);
            QVERIFY(state);
            QCOMPARE(state->mergedInto.toString(), winner);
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncMerge)
#include "tst_syncmerge.moc"
