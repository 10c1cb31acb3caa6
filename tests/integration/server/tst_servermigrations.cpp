#include "migrations.h"
#include "serverfixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <pqxx/pqxx>

using namespace msp::server;
using namespace msp::test;

// The server's migrations on a real database that already holds data: each
// runs from the version before it, keeps what is there, and a second run
// changes nothing.
class TestServerMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void freshDatabaseReachesTheLatestVersion();
    void appointmentsKeepTheirFeedJsonWithoutBeingSentAgain();
    void feedJsonFollowsEveryWrite();

private:
    QString sql(const std::string &statement) const { return m_db->scalar(statement); }
    void exec(const std::string &statement)
    {
        pqxx::connection c(m_db->conninfo());
        pqxx::nontransaction tx(c);
        tx.exec(statement);
    }
    void insertAppointment(const char *id, const char *notes, const char *start, bool overbooked = false);

    std::unique_ptr<TestDatabase> m_db;
};

namespace {
constexpr char kOrg[] = "0194b6a2-0000-7000-8000-000000000001";
constexpr char kClient[] = "0194b6a2-0000-7000-8000-0000000000c1";
constexpr char kPractitioner[] = "0194b6a2-0000-7000-8000-0000000000a1";
constexpr char kService[] = "0194b6a2-0000-7000-8000-0000000000b1";
constexpr char kRoom[] = "0194b6a2-0000-7000-8000-0000000000d1";
constexpr char kFirst[] = "0194b6a2-0000-7000-8000-000000000101";
constexpr char kSecond[] = "0194b6a2-0000-7000-8000-000000000102";

// What the change feed sent for an appointment before migration 7, built
// by hand: the stored text must be exactly this.
QString feedJson(const QString &notes, const QString &start, const QString &end, bool overbooked)
{
    return QStringLiteral("{\"client_id\":\"%1\",\"practitioner_id\":\"%2\",\"service_id\":\"%3\",\"room_id\":\"%4\","
                          "\"device_id\":null,\"start\":\"%5\",\"end\":\"%6\",\"status\":\"booked\",\"notes\":%7,"
                          "\"overbooked\":%8}")
        .arg(QLatin1String(kClient), QLatin1String(kPractitioner), QLatin1String(kService), QLatin1String(kRoom), start,
             end, notes, overbooked ? QStringLiteral("true") : QStringLiteral("false"));
}
} // namespace

void TestServerMigrations::init()
{
    if (!TestDatabase::isAvailable())
        QSKIP(qPrintable(TestDatabase::skipReason()));
    m_db = std::make_unique<TestDatabase>();
}

void TestServerMigrations::cleanup()
{
    m_db.reset();
}

void TestServerMigrations::insertAppointment(const char *id, const char *notes, const char *start, bool overbooked)
{
    pqxx::connection c(m_db->conninfo());
    pqxx::work tx(c);
    tx.exec_params(
        "INSERT INTO appointments (id, org_id, client_id, practitioner_id, service_id, room_id, starts_at, "
        "ends_at, status, notes, overbooked, overbook_reason) VALUES ($1, $2, $3, $4, $5, $6, $7::timestamptz, "
        "$7::timestamptz + interval '30 minutes', 'booked', $8, $9, $10)",
        id, kOrg, kClient, kPractitioner, kService, kRoom, start, notes, overbooked,
        overbooked ? "double-booked on purpose" : "");
    tx.commit();
}

void TestServerMigrations::freshDatabaseReachesTheLatestVersion()
{
    auto migrated = migrate(m_db->conninfo());
    QVERIFY2(migrated, qPrintable(migrated ? QString() : migrated.error().message));
    QCOMPARE(*migrated, kSchemaVersion);
    QCOMPARE(sql("SELECT max(version) FROM schema_migrations").toInt(), kSchemaVersion);
    auto again = migrate(m_db->conninfo());
    QVERIFY(again);
    QCOMPARE(*again, kSchemaVersion);
    QCOMPARE(sql("SELECT count(*) FROM schema_migrations").toInt(), kSchemaVersion);
}

void TestServerMigrations::appointmentsKeepTheirFeedJsonWithoutBeingSentAgain()
{
    auto v6 = migrate(m_db->conninfo(), 6);
    QVERIFY(v6);
    QCOMPARE(*v6, 6);
    exec(std::string("INSERT INTO orgs (id, name) VALUES ('") + kOrg + "', 'Migration Clinic')");
    insertAppointment(kFirst, "Says \"hi\" \\ ✓\nnew line", "2027-01-04 14:00:00.25Z");
    insertAppointment(kSecond, "", "2027-03-31 23:45Z", true);
    const QString stamps = sql("SELECT string_agg(txid::text || '/' || seq, ',' ORDER BY id) FROM appointments");

    auto v7 = migrate(m_db->conninfo(), 7);
    QVERIFY2(v7, qPrintable(v7 ? QString() : v7.error().message));
    QCOMPARE(*v7, 7);
    // Not stamped again: no device pulls them a second time.
    QCOMPARE(sql("SELECT string_agg(txid::text || '/' || seq, ',' ORDER BY id) FROM appointments"), stamps);
    const QString first = sql(std::string("SELECT wire FROM appointments WHERE id = '") + kFirst + "'");
    QCOMPARE(first,
             feedJson(QStringLiteral("\"Says \\\"hi\\\" \\\\ ✓\\nnew line\""),
                      QStringLiteral("2027-01-04T14:00:00.250Z"), QStringLiteral("2027-01-04T14:30:00.250Z"), false));
    QCOMPARE(QJsonDocument::fromJson(first.toUtf8()).object().value(QStringLiteral("notes")).toString(),
             QStringLiteral("Says \"hi\" \\ ✓\nnew line"));
    QCOMPARE(sql(std::string("SELECT wire FROM appointments WHERE id = '") + kSecond + "'"),
             feedJson(QStringLiteral("\"\""), QStringLiteral("2027-03-31T23:45:00.000Z"),
                      QStringLiteral("2027-04-01T00:15:00.000Z"), true));
    QCOMPARE(sql("SELECT count(*) FROM appointments WHERE wire IS NULL").toInt(), 0);
    auto again = migrate(m_db->conninfo());
    QVERIFY(again);
    QCOMPARE(sql("SELECT string_agg(txid::text || '/' || seq, ',' ORDER BY id) FROM appointments"), stamps);
}

void TestServerMigrations::feedJsonFollowsEveryWrite()
{
    QVERIFY(migrate(m_db->conninfo()));
    exec(std::string("INSERT INTO orgs (id, name) VALUES ('") + kOrg + "', 'Migration Clinic')");
    insertAppointment(kFirst, "", "2027-01-04 09:00-05");
    QCOMPARE(sql(std::string("SELECT wire FROM appointments WHERE id = '") + kFirst + "'"),
             feedJson(QStringLiteral("\"\""), QStringLiteral("2027-01-04T14:00:00.000Z"),
                      QStringLiteral("2027-01-04T14:30:00.000Z"), false));
    const QString stamp = sql(std::string("SELECT seq FROM appointments WHERE id = '") + kFirst + "'");
    exec(std::string("UPDATE appointments SET notes = 'Moved', starts_at = starts_at + interval '1 day', "
                     "ends_at = ends_at + interval '1 day' WHERE id = '")
         + kFirst + "'");
    QCOMPARE(sql(std::string("SELECT wire FROM appointments WHERE id = '") + kFirst + "'"),
             feedJson(QStringLiteral("\"Moved\""), QStringLiteral("2027-01-05T14:00:00.000Z"),
                      QStringLiteral("2027-01-05T14:30:00.000Z"), false));
    QVERIFY(sql(std::string("SELECT seq FROM appointments WHERE id = '") + kFirst + "'") != stamp);
    // Nobody writes the column but the trigger: a value given is replaced.
    exec(std::string("UPDATE appointments SET wire = '{}' WHERE id = '") + kFirst + "'");
    QVERIFY(sql(std::string("SELECT wire FROM appointments WHERE id = '") + kFirst + "'").contains(u"\"Moved\""));
}

QTEST_GUILESS_MAIN(TestServerMigrations)
#include "tst_servermigrations.moc"
