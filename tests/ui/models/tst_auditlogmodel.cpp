#include "admin/auditlogmodel.h"
#include "store/auditlog.h"
#include "store/clientrepository.h"
#include "support/tempstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace msp;

class TestAuditLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsRecentEventsNewestFirst();
    void actionText_data();
    void actionText();
    void neverShowsClientData();
};

namespace {
EntityId createAna(store::ClinicStore &store)
{
    ClientInput in;
    in.givenName = QStringLiteral("Ana");
    in.familyName = QStringLiteral("García");
    in.email = QStringLiteral("ana@example.com");
    const auto v = validateClient(in, QDate(2026, 11, 25));
    auto created = store.clients().create(test::adminActor(), *v.client);
    return created ? created->id : EntityId();
}
} // namespace

void TestAuditLogModel::showsRecentEventsNewestFirst()
{
    test::TempStore temp;
    QVERIFY(temp.isOpen());
    const EntityId ana = createAna(*temp.store);
    QVERIFY(!ana.isNull());
    QVERIFY(temp.store->clients().open(test::adminActor(), ana).isOk());

    ui::AuditLogModel model(*temp.store, QTimeZone("America/New_York"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(model.reload(200).isOk());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ui::AuditLogModel::ActionColumn).data().toString(),
             QStringLiteral("Viewed a client record"));
    QCOMPARE(model.index(1, ui::AuditLogModel::ActionColumn).data().toString(), QStringLiteral("Created a client"));
    QCOMPARE(model.index(0, ui::AuditLogModel::DeviceColumn).data().toString(), QStringLiteral("test-device"));
    QVERIFY(model.index(0, ui::AuditLogModel::RecordColumn).data().toString().startsWith(u"client"));
}

void TestAuditLogModel::actionText_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("text");
    QTest::newRow("known") << QStringLiteral("session.sign_in") << QStringLiteral("Signed in");
    QTest::newRow("failed sign-in") << QStringLiteral("session.sign_in_failed") << QStringLiteral("Failed sign-in");
    QTest::newRow("unknown stays as recorded") << QStringLiteral("room.save") << QStringLiteral("room.save");
}

void TestAuditLogModel::actionText()
{
    QFETCH(QString, action);
    QFETCH(QString, text);
    QCOMPARE(ui::AuditLogModel::actionText(action), text);
}

void TestAuditLogModel::neverShowsClientData()
{
    test::TempStore temp;
    QVERIFY(temp.isOpen());
    QVERIFY(!createAna(*temp.store).isNull());
    ui::AuditLogModel model(*temp.store, QTimeZone::utc());
    QVERIFY(model.reload().isOk());
    for (int r = 0; r < model.rowCount(); ++r)
        for (int c = 0; c < model.columnCount(); ++c) {
            const QString cell = model.index(r, c).data().toString();
            QVERIFY(!cell.contains(u"Ana"));
            QVERIFY(!cell.contains(u"example.com"));
        }
}

QTEST_MAIN(TestAuditLogModel)
#include "tst_auditlogmodel.moc"
