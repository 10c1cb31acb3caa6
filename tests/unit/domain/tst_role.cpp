#include "domain/role.h"

#include <QTest>

using namespace msp;
using P = Permission;

Q_DECLARE_METATYPE(msp::Role)
Q_DECLARE_METATYPE(msp::Permission)

namespace {
const QList<Role> kRoles {Role::Admin, Role::Manager, Role::FrontDesk, Role::Practitioner};

const char *permissionName(P p)
{
    switch (p) {
    case P::ViewClients: return "ViewClients";
    case P::EditClients: return "EditClients";
    case P::ViewClinicalNotes: return "ViewClinicalNotes";
    case P::Book: return "Book";
    case P::Overbook: return "Overbook";
    case P::Checkout: return "Checkout";
    case P::Refund: return "Refund";
    case P::Reconcile: return "Reconcile";
    case P::ManageUsers: return "ManageUsers";
    case P::ManageClinic: return "ManageClinic";
    case P::ExportData: return "ExportData";
    }
    return "?";
}

struct Row {
    P permission;
    bool admin, manager, frontDesk, practitioner;
};

// The permission table, as the product defines it.
const Row kTable[] = {
    {P::ViewClients, true, true, true, true},        {P::EditClients, true, true, true, true},
    {P::ViewClinicalNotes, true, true, false, true}, {P::Book, true, true, true, true},
    {P::Overbook, true, true, false, false},         {P::Checkout, true, true, true, false},
    {P::Refund, true, true, false, false},           {P::Reconcile, true, true, false, false},
    {P::ManageUsers, true, false, false, false},     {P::ManageClinic, true, true, false, false},
    {P::ExportData, true, true, false, false},
};
} // namespace

class TestRole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keys_data();
    void keys();
    void unknownKeys();
    void permissions_data();
    void permissions();
};

void TestRole::keys_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("key");

    QTest::newRow("admin") << Role::Admin << QStringLiteral("admin");
    QTest::newRow("manager") << Role::Manager << QStringLiteral("manager");
    QTest::newRow("front desk") << Role::FrontDesk << QStringLiteral("front_desk");
    QTest::newRow("practitioner") << Role::Practitioner << QStringLiteral("practitioner");
}

void TestRole::keys()
{
    QFETCH(Role, role);
    QFETCH(QString, key);
    QCOMPARE(roleKey(role), key);
    QCOMPARE(roleFromKey(key), std::optional(role));
    QVERIFY(!roleDisplayName(role).isEmpty());
}

void TestRole::unknownKeys()
{
    QVERIFY(!roleFromKey(u"").has_value());
    QVERIFY(!roleFromKey(u"Admin").has_value());
    QVERIFY(!roleFromKey(u"front-desk").has_value());
    QVERIFY(!roleFromKey(u"owner").has_value());
}

void TestRole::permissions_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<P>("permission");
    QTest::addColumn<bool>("allowed");

    for (const Row &r : kTable) {
        const bool allowed[] = {r.admin, r.manager, r.frontDesk, r.practitioner};
        for (qsizetype i = 0; i < kRoles.size(); ++i)
            QTest::addRow("%s %s", qPrintable(roleKey(kRoles.at(i))), permissionName(r.permission))
                << kRoles.at(i) << r.permission << allowed[i];
    }
}

void TestRole::permissions()
{
    QFETCH(Role, role);
    QFETCH(P, permission);
    QFETCH(bool, allowed);
    QCOMPARE(roleAllows(role, permission), allowed);
}

QTEST_GUILESS_MAIN(TestRole)
#include "tst_role.moc"
