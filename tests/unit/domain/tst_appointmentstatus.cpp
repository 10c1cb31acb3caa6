#include "domain/appointmentstatus.h"

#include <QTest>

using namespace msp;
using S = AppointmentStatus;

Q_DECLARE_METATYPE(msp::AppointmentStatus)

namespace {
const QList<S> kAll {S::Proposed,  S::Pending, S::Booked,    S::Arrived,  S::Fulfilled,
                     S::Cancelled, S::NoShow,  S::CheckedIn, S::Waitlist, S::EnteredInError};

// The front desk's flow (appointmentstatus.h): booked -> arrived/checked-in ->
// fulfilled; cancellation from any open state; no-show from booked;
// entered-in-error from anywhere.
const QList<QPair<S, S>> kAllowed {
    {S::Proposed, S::Booked},   {S::Proposed, S::Cancelled},  {S::Pending, S::Booked},      {S::Pending, S::Cancelled},
    {S::Waitlist, S::Booked},   {S::Waitlist, S::Cancelled},  {S::Booked, S::Arrived},      {S::Booked, S::CheckedIn},
    {S::Booked, S::Cancelled},  {S::Booked, S::NoShow},       {S::Arrived, S::CheckedIn},   {S::Arrived, S::Fulfilled},
    {S::Arrived, S::Cancelled}, {S::CheckedIn, S::Fulfilled}, {S::CheckedIn, S::Cancelled},
};
} // namespace

class TestAppointmentStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codes_data();
    void codes();
    void unknownCodes_data();
    void unknownCodes();
    void occupiesTime_data();
    void occupiesTime();
    void transitions_data();
    void transitions();
};

void TestAppointmentStatus::codes_data()
{
    QTest::addColumn<S>("status");
    QTest::addColumn<QString>("code");

    QTest::newRow("proposed") << S::Proposed << QStringLiteral("proposed");
    QTest::newRow("pending") << S::Pending << QStringLiteral("pending");
    QTest::newRow("booked") << S::Booked << QStringLiteral("booked");
    QTest::newRow("arrived") << S::Arrived << QStringLiteral("arrived");
    QTest::newRow("fulfilled") << S::Fulfilled << QStringLiteral("fulfilled");
    QTest::newRow("cancelled") << S::Cancelled << QStringLiteral("cancelled");
    QTest::newRow("noshow") << S::NoShow << QStringLiteral("noshow");
    QTest::newRow("checked-in") << S::CheckedIn << QStringLiteral("checked-in");
    QTest::newRow("waitlist") << S::Waitlist << QStringLiteral("waitlist");
    QTest::newRow("entered-in-error") << S::EnteredInError << QStringLiteral("entered-in-error");
}

void TestAppointmentStatus::codes()
{
    QFETCH(S, status);
    QFETCH(QString, code);

    QCOMPARE(statusCode(status), code);
    const auto back = statusFromCode(code);
    QVERIFY(back.has_value());
    QCOMPARE(*back, status);
    QVERIFY(!statusDisplayName(status).isEmpty());
}

void TestAppointmentStatus::unknownCodes_data()
{
    QTest::addColumn<QString>("code");

    QTest::newRow("empty") << QString();
    QTest::newRow("wrong case") << QStringLiteral("Booked");
    QTest::newRow("hyphenated no-show") << QStringLiteral("no-show");
    QTest::newRow("underscore") << QStringLiteral("checked_in");
    QTest::newRow("display name") << QStringLiteral("Completed");
    QTest::newRow("trailing space") << QStringLiteral("booked ");
}

void TestAppointmentStatus::unknownCodes()
{
    QFETCH(QString, code);
    QVERIFY(!statusFromCode(code).has_value());
}

void TestAppointmentStatus::occupiesTime_data()
{
    QTest::addColumn<S>("status");
    QTest::addColumn<bool>("occupies");

    for (S s : kAll) {
        const bool free = s == S::Cancelled || s == S::NoShow || s == S::Waitlist || s == S::EnteredInError;
        QTest::newRow(qPrintable(statusCode(s))) << s << !free;
    }
}

void TestAppointmentStatus::occupiesTime()
{
    QFETCH(S, status);
    QFETCH(bool, occupies);
    QCOMPARE(statusOccupiesTime(status), occupies);
}

void TestAppointmentStatus::transitions_data()
{
    QTest::addColumn<S>("from");
    QTest::addColumn<S>("to");
    QTest::addColumn<bool>("allowed");

    for (S from : kAll) {
        for (S to : kAll) {
            const bool allowed
                = kAllowed.contains({from, to}) || (to == S::EnteredInError && from != S::EnteredInError);
            QTest::addRow("%s -> %s", qPrintable(statusCode(from)), qPrintable(statusCode(to)))
                << from << to << allowed;
        }
    }
}

void TestAppointmentStatus::transitions()
{
    QFETCH(S, from);
    QFETCH(S, to);
    QFETCH(bool, allowed);
    QCOMPARE(isAllowedTransition(from, to), allowed);
}

QTEST_GUILESS_MAIN(TestAppointmentStatus)
#include "tst_appointmentstatus.moc"
