#include "clients/clientlistmodel.h"
#include "store/clientrepository.h"
#include "support/tempstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace msp;

class TestClientListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void searchFiltersRows_data();
    void searchFiltersRows();
    void newTextReplacesRowsWithRowSignals();
    void sameResultsEmitNothing();
    void noMatchEmptiesTheList();
    void columnsShowTheSummary();
    void rowOfFindsAClient();

private:
    EntityId addClient(const QString &given, const QString &family, const QString &phone, const QString &email,
                       const QString &preferred = {});

    test::TempStore m_store;
    EntityId m_ana;
};

EntityId TestClientListModel::addClient(const QString &given, const QString &family, const QString &phone,
                                        const QString &email, const QString &preferred)
{
    ClientInput in;
    in.givenName = given;
    in.familyName = family;
    in.preferredName = preferred;
    in.phone = phone;
    in.email = email;
    in.dateOfBirth = QStringLiteral("1984-03-12");
    const auto v = validateClient(in, QDate(2026, 11, 25));
    if (!v.isValid())
        return {};
    auto created = m_store.store->clients().create(test::adminActor(), *v.client);
    return created ? created->id : EntityId();
}

void TestClientListModel::initTestCase()
{
    QVERIFY(m_store.isOpen());
    m_ana = addClient(QStringLiteral("Ana"), QStringLiteral("García"), QStringLiteral("(212) 555-0101"),
                      QStringLiteral("ana@example.com"));
    QVERIFY(!m_ana.isNull());
    QVERIFY(!addClient(QStringLiteral("Anabel"), QStringLiteral("Smith"), QStringLiteral("(212) 555-0102"),
                       QStringLiteral("anabel@example.com"))
                 .isNull());
    QVERIFY(!addClient(QStringLiteral("Beatriz"), QStringLiteral("López"), QStringLiteral("(646) 555-0103"), {},
                       QStringLiteral("Bea"))
                 .isNull());
    QVERIFY(
        !addClient(QStringLiteral("Carla"), QStringLiteral("Gomez"), {}, QStringLiteral("carla@example.org")).isNull());
}

void TestClientListModel::searchFiltersRows_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("rows");
    QTest::newRow("empty lists everyone") << QString() << 4;
    QTest::newRow("first name prefix") << QStringLiteral("ana") << 2;
    QTest::newRow("full first name and family") << QStringLiteral("ana garc") << 1;
    QTest::newRow("accents do not matter") << QStringLiteral("garcia") << 1;
    QTest::newRow("case does not matter") << QStringLiteral("LOPEZ") << 1;
    QTest::newRow("preferred name") << QStringLiteral("bea") << 1;
    QTest::newRow("phone digits as typed") << QStringLiteral("(646) 555") << 1;
    QTest::newRow("e-mail domain") << QStringLiteral("example.org") << 1;
    QTest::newRow("nobody") << QStringLiteral("zzzz") << 0;
}

void TestClientListModel::searchFiltersRows()
{
    QFETCH(QString, text);
    QFETCH(int, rows);
    ui::ClientListModel model(m_store.store->clients());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setSearchText(text).isOk());
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(model.columnCount(), int(ui::ClientListModel::ColumnCount));
}

void TestClientListModel::newTextReplacesRowsWithRowSignals()
{
    ui::ClientListModel model(m_store.store->clients());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setSearchText({}).isOk());
    QCOMPARE(model.rowCount(), 4);

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(model.setSearchText(QStringLiteral("ana")).isOk());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 0);
    QCOMPARE(removed.first().at(2).toInt(), 3);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), 2);
}

void TestClientListModel::sameResultsEmitNothing()
{
    ui::ClientListModel model(m_store.store->clients());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setSearchText(QStringLiteral("ana")).isOk());
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    // A trailing space finds the same two clients: the view keeps its rows.
    QVERIFY(model.setSearchText(QStringLiteral("ana ")).isOk());
    QCOMPARE(removed.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(model.searchText(), QStringLiteral("ana "));
}

void TestClientListModel::noMatchEmptiesTheList()
{
    ui::ClientListModel model(m_store.store->clients());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setSearchText({}).isOk());
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(model.setSearchText(QStringLiteral("zzzz")).isOk());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(model.rowCount(), 0);
}

void TestClientListModel::columnsShowTheSummary()
{
    ui::ClientListModel model(m_store.store->clients());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setSearchText(QStringLiteral("bea")).isOk());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ui::ClientListModel::NameColumn).data().toString(), QStringLiteral("Bea López"));
    QCOMPARE(model.index(0, ui::ClientListModel::PhoneColumn).data().toString(), QStringLiteral("(646) 555-0103"));
    QCOMPARE(model.index(0, ui::ClientListModel::EmailColumn).data().toString(), QString());
    QVERIFY(model.index(0, ui::ClientListModel::DateOfBirthColumn).data().toString().contains(u"1984"));
    QVERIFY(
        model.index(0, ui::ClientListModel::NameColumn).data(Qt::ToolTipRole).toString().contains(u"Beatriz López"));
    QCOMPARE(model.headerData(ui::ClientListModel::EmailColumn, Qt::Horizontal).toString(), QStringLiteral("E-mail"));
}

void TestClientListModel::rowOfFindsAClient()
{
    ui::ClientListModel model(m_store.store->clients());
    QVERIFY(model.setSearchText({}).isOk());
    const int row = model.rowOf(m_ana);
    QVERIFY(row >= 0);
    QCOMPARE(model.idAt(row), m_ana);
    QCOMPARE(model.index(row, 0).data(ui::ClientListModel::IdRole).toString(), m_ana.toString());
    QCOMPARE(model.rowOf(EntityId::generate()), -1);
    QVERIFY(model.idAt(99).isNull());
}

QTEST_MAIN(TestClientListModel)
#include "tst_clientlistmodel.moc"
