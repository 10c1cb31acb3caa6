#include "protocol/mutation.h"
#include "protocol/pull.h"
#include "protocol/recordargs.h"
#include "serverfixture.h"

#include <QElapsedTimer>
#include <QTest>
#include <QUrlQuery>

using namespace msp::test;
using namespace msp::protocol;

// Record mutations (invoices, payments, set-up, reconciliation ...): rows
// stored newest-wins, re-authorised by role, limited to the kinds each
// change may write, owned by one clinic, and served in the pull feed.
class TestServerRecords : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void invoiceRowsReachAnotherDevice();
    void roleWithoutPermissionIsRefused();
    void kindOutsideTheChangeIsRefusedWhole();
    void anotherClinicCannotOverwriteARow();
    void malformedRecordsAreRefused();

private:
    Session newDevice(const QString &role);
    PushResponse push(const Session &s, const QList<Mutation> &mutations);
    QList<PullRow> pullRecords(const Session &s, QString &cursor, int atLeast);
    qint64 nextId(const Session &s) { return ++m_lastIds[s.deviceId]; }
    static Mutation records(qint64 id, const QString &name, const QString &entity, const QList<RecordRow> &rows);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;
    TestCertificate m_cert;
    Session m_admin;
    QHash<QString, qint64> m_lastIds;
    int m_users = 0;
};

void TestServerRecords::initTestCase()
{
    if (!TestDatabase::isAvailable())
        QSKIP(qPrintable(TestDatabase::skipReason()));
    m_dir = std::make_unique<QTemporaryDir>();
    m_cert = makeCertificate(m_dir->path());
    m_db = std::make_unique<TestDatabase>();
    Account admin;
    QVERIFY(ServerProcess::init(m_db->conninfo(), QStringLiteral("Records Clinic"), QStringLiteral("admin@rec.test"),
                                admin));
    m_server = std::make_unique<ServerProcess>(m_db->conninfo(), m_cert, kFastServerArgs);
    QVERIFY(m_server->start());
    auto client = m_server->client();
    m_admin = login(client, admin);
    QVERIFY(!m_admin.accessToken.isEmpty());
}

void TestServerRecords::cleanupTestCase()
{
    m_server.reset();
    m_db.reset();
}

Session TestServerRecords::newDevice(const QString &role)
{
    auto client = m_server->client();
    const auto account = createUser(client, m_admin, QStringLiteral("%1%2@rec.test").arg(role).arg(++m_users), role);
    return login(client, account);
}

PushResponse TestServerRecords::push(const Session &s, const QList<Mutation> &mutations)
{
    auto client = m_server->client();
    const auto r = client.post(QStringLiteral("/v1/sync/push"), encodePushRequest({mutations}), s.accessToken);
    if (r.status != 200)
        qWarning("push: %d %s", r.status, r.body.constData());
    auto decoded = decodePushResponse(r.body);
    if (decoded && decoded->results.size() == mutations.size())
        return *decoded;
    // Keeps the cases' indexing safe: an HTTP failure reads as a rejection.
    PushResponse failed;
    for (const Mutation &m : mutations) {
        MutationResult x;
        x.id = m.id;
        x.outcome = MutationOutcome::Rejected;
        x.reason = QStringLiteral("http_%1").arg(r.status);
        failed.results.append(x);
    }
    return failed;
}

// A transaction of our own database (autovacuum's ANALYZE takes an xid) can
// hold rows back for a moment, so counts are awaited.
QList<PullRow> TestServerRecords::pullRecords(const Session &s, QString &cursor, int atLeast)
{
    QList<PullRow> rows;
    QElapsedTimer timer;
    timer.start();
    auto client = m_server->client();
    while (timer.elapsed() < 15000) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("cursor"), cursor);
        const auto r = client.get(QStringLiteral("/v1/sync/pull?") + q.toString(QUrl::FullyEncoded), s.accessToken);
        auto page = decodePullResponse(r.body);
        if (!page)
            return rows;
        for (const PullRow &row : std::as_const(page->rows))
            if (row.type.startsWith(u"row:"))
                rows.append(row);
        cursor = page->cursor.toString();
        if (!page->hasMore && rows.size() >= atLeast)
            return rows;
        if (!page->hasMore)
            QTest::qWait(20);
    }
    return rows;
}

Mutation TestServerRecords::records(qint64 id, const QString &name, const QString &entity, const QList<RecordRow> &rows)
{
    Mutation m;
    m.id = id;
    m.name = name;
    m.args = toJson(PutRecordsArgs {entity, rows});
    return m;
}

void TestServerRecords::invoiceRowsReachAnotherDevice()
{
    const Session desk = newDevice(QStringLiteral("front_desk"));
    const Session laptop = newDevice(QStringLiteral("practitioner"));
    QString cursor;
    pullRecords(laptop, cursor, 0); // everything so far

    const QString invoice = newUuid();
    const QString line = newUuid();
    const QString tender = newUuid();
    const QList<RecordRow> rows {
        {QStringLiteral("invoice"),
         invoice,
         {{QStringLiteral("id"), invoice}, {QStringLiteral("status"), QStringLiteral("paid")}}},
        {QStringLiteral("invoice_line"),
         line,
         {{QStringLiteral("id"), line},
          {QStringLiteral("invoice_id"), invoice},
          {QStringLiteral("unit_price_minor"), 45000}}},
        {QStringLiteral("tender_line"),
         tender,
         {{QStringLiteral("id"), tender},
          {QStringLiteral("invoice_id"), invoice},
          {QStringLiteral("kind"), QStringLiteral("alle")},
          {QStringLiteral("amount_minor"), 6000},
          {QStringLiteral("authorisation_code"), QStringLiteral("A-1")}}}};
    const auto answer = push(desk, {records(nextId(desk), QStringLiteral("create_invoice"), invoice, rows)});
    QCOMPARE(answer.results.size(), 1);
    QCOMPARE(answer.results[0].outcome, MutationOutcome::Applied);

    const auto pulled = pullRecords(laptop, cursor, 3);
    QCOMPARE(pulled.size(), 3);
    QCOMPARE(pulled[0].type, QStringLiteral("row:invoice"));
    QCOMPARE(pulled[0].id, invoice);
    QCOMPARE(pulled[2].type, QStringLiteral("row:tender_line"));
    QCOMPARE(pulled[2].data.value(QStringLiteral("amount_minor")).toInteger(), 6000);
    QCOMPARE(pulled[2].data.value(QStringLiteral("authorisation_code")).toString(), QStringLiteral("A-1"));

    // The same rows again (the device's own echo, a retry) do not travel the
    // feed again; a changed row does, alone.
    QList<RecordRow> again = rows;
    QCOMPARE(push(desk, {records(nextId(desk), QStringLiteral("add_tender"), invoice, again)}).results[0].outcome,
             MutationOutcome::Applied);
    again[0].data.insert(QStringLiteral("status"), QStringLiteral("void"));
    QCOMPARE(
        push(desk, {records(nextId(desk), QStringLiteral("set_invoice_status"), invoice, again)}).results[0].outcome,
        MutationOutcome::Applied);
    const auto changed = pullRecords(laptop, cursor, 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed[0].id, invoice);
    QCOMPARE(changed[0].data.value(QStringLiteral("status")).toString(), QStringLiteral("void"));
    QCOMPARE(
        m_db->scalar("SELECT count(*) FROM audit_events WHERE action = 'set_invoice_status' AND entity = 'invoice'"),
        QStringLiteral("1"));
}

void TestServerRecords::roleWithoutPermissionIsRefused()
{
    const Session practitioner = newDevice(QStringLiteral("practitioner"));
    const QString service = newUuid();
    const auto answer = push(
        practitioner,
        {records(nextId(practitioner), QStringLiteral("save_service"), service,
                 {{QStringLiteral("service"), service, {{QStringLiteral("name"), QStringLiteral("Free Botox")}}}})});
    QCOMPARE(answer.results.size(), 1);
    QCOMPARE(answer.results[0].outcome, MutationOutcome::Rejected);
    QCOMPARE(answer.results[0].reason, QStringLiteral("not_permitted"));
    QCOMPARE(m_db->scalar("SELECT count(*) FROM records WHERE id = '" + service.toStdString() + "'"),
             QStringLiteral("0"));
    // A refund needs the Refund permission, which the front desk lacks.
    const Session desk = newDevice(QStringLiteral("front_desk"));
    const QString refund = newUuid();
    QCOMPARE(push(desk,
                  {records(nextId(desk), QStringLiteral("record_refund"), refund,
                           {{QStringLiteral("refund"), refund, {{QStringLiteral("amount_minor"), 100}}}})})
                 .results[0]
                 .reason,
             QStringLiteral("not_permitted"));
}

void TestServerRecords::kindOutsideTheChangeIsRefusedWhole()
{
    const QString invoice = newUuid();
    const QString decision = newUuid();
    const auto answer
        = push(m_admin,
               {records(nextId(m_admin), QStringLiteral("create_invoice"), invoice,
                        {{QStringLiteral("invoice"), invoice, {{QStringLiteral("status"), QStringLiteral("open")}}},
                         {QStringLiteral("reconcile_decision"),
                          decision,
                          {{QStringLiteral("decision"), QStringLiteral("accept")}}}})});
    QCOMPARE(answer.results[0].outcome, MutationOutcome::Rejected);
    QCOMPARE(answer.results[0].reason, QStringLiteral("invalid"));
    QVERIFY(answer.results[0].message.contains(u"reconcile_decision"));
    QCOMPARE(m_db->scalar("SELECT count(*) FROM records WHERE id IN ('" + invoice.toStdString() + "', '"
                          + decision.toStdString() + "')"),
             QStringLiteral("0"));
}

void TestServerRecords::anotherClinicCannotOverwriteARow()
{
    const QString payment = newUuid();
    QCOMPARE(
        push(m_admin,
             {records(
                 nextId(m_admin), QStringLiteral("record_payment"), payment,
                 {{QStringLiteral("payment"), payment, {{QStringLiteral("status"), QStringLiteral("succeeded")}}}})})
            .results[0]
            .outcome,
        MutationOutcome::Applied);
    Account other;
    QVERIFY(ServerProcess::init(m_db->conninfo(), QStringLiteral("Other Clinic"), QStringLiteral("admin@other.test"),
                                other));
    auto client = m_server->client();
    const Session intruder = login(client, other);
    QVERIFY(!intruder.accessToken.isEmpty());
    const auto answer = push(
        intruder,
        {records(nextId(intruder), QStringLiteral("record_payment"), payment,
                 {{QStringLiteral("payment"), payment, {{QStringLiteral("status"), QStringLiteral("failed")}}}})});
    QCOMPARE(answer.results[0].outcome, MutationOutcome::Rejected);
    QCOMPARE(answer.results[0].reason, QStringLiteral("not_permitted"));
    QCOMPARE(m_db->scalar("SELECT data->>'status' FROM records WHERE kind = 'payment' AND id = '"
                          + payment.toStdString() + "'"),
             QStringLiteral("succeeded"));
    // And the other clinic's feed does not carry it.
    QString cursor;
    for (const PullRow &row : pullRecords(intruder, cursor, 0))
        QVERIFY(row.id != payment);
}

void TestServerRecords::malformedRecordsAreRefused()
{
    const QString invoice = newUuid();
    Mutation m = records(nextId(m_admin), QStringLiteral("create_invoice"), invoice,
                         {{QStringLiteral("invoice"), QStringLiteral("not-a-uuid"), {}}});
    auto answer = push(m_admin, {m});
    QCOMPARE(answer.results[0].outcome, MutationOutcome::Rejected);
    QCOMPARE(answer.results[0].reason, QStringLiteral("invalid"));
    // The same row twice in one change.
    answer = push(m_admin,
                  {records(nextId(m_admin), QStringLiteral("create_invoice"), invoice,
                           {{QStringLiteral("invoice"), invoice, {}}, {QStringLiteral("invoice"), invoice, {}}})});
    QCOMPARE(answer.results[0].reason, QStringLiteral("invalid"));
    // No rows at all.
    answer = push(m_admin, {records(nextId(m_admin), QStringLiteral("create_invoice"), invoice, {})});
    QCOMPARE(answer.results[0].reason, QStringLiteral("invalid"));
    QCOMPARE(m_db->scalar("SELECT count(*) FROM records WHERE id = '" + invoice.toStdString() + "'"),
             QStringLiteral("0"));
}

QTEST_MAIN(TestServerRecords)
#include "tst_serverrecords.moc"
