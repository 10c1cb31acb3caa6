#include "checkout/checkoutpolicy.h"

#include <QTest>

using namespace msp::checkout;

class TestCheckoutPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void rejects_data();
    void rejects();
};

void TestCheckoutPolicy::roundTrip()
{
    CheckoutPolicy p;
    p.serviceTaxBasisPoints = 600;
    p.retailTaxBasisPoints = 825;
    p.noShowFeeMinor = 5000;
    p.lateCancelFeeBasisPoints = 2500;
    p.lateCancelWindowHours = 48;
    p.depositBasisPoints = 2000;
    auto back = CheckoutPolicy::fromJson(p.toJson());
    QVERIFY(back.isOk());
    QCOMPARE(back->toJson(), p.toJson());
    QCOMPARE(back->lateCancelWindowHours, 48);
}

void TestCheckoutPolicy::rejects_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("value");
    QTest::newRow("tax over 100%") << "retail_tax_bp" << 10001;
    QTest::newRow("negative tax") << "service_tax_bp" << -1;
    QTest::newRow("negative fee") << "no_show_fee_minor" << -500;
    QTest::newRow("window of a month") << "late_cancel_window_hours" << 24 * 30;
}

void TestCheckoutPolicy::rejects()
{
    QFETCH(QString, key);
    QFETCH(int, value);
    QJsonObject json = CheckoutPolicy {}.toJson();
    json.insert(key, value);
    auto p = CheckoutPolicy::fromJson(json);
    QVERIFY(!p.isOk());
    QVERIFY(!p.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestCheckoutPolicy)
#include "tst_checkoutpolicy.moc"
