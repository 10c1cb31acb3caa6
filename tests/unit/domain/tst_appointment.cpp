#include "domain/appointment.h"

#include <QTest>

using namespace msp;

class TestAppointment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate_data();
    void validate();
};

namespace {
Appointment valid()
{
    Appointment a;
    a.id = EntityId::generate();
    a.clientId = EntityId::generate();
    a.practitionerId = EntityId::generate();
    a.serviceId = EntityId::generate();
    a.start = QDateTime(QDate(2025, 6, 16), QTime(14, 0), Qt::UTC);
    a.end = a.start.addSecs(45 * 60);
    return a;
}
} // namespace

void TestAppointment::validate_data()
{
    QTest::addColumn<int>("mutation");
    QTest::addColumn<QString>("errorField"); // empty: valid

    QTest::newRow("valid") << 0 << QString();
    QTest::newRow("no client") << 1 << QStringLiteral("client");
    QTest::newRow("no practitioner") << 2 << QStringLiteral("practitioner");
    QTest::newRow("no service") << 3 << QStringLiteral("service");
    QTest::newRow("no start") << 4 << QStringLiteral("start");
    QTest::newRow("local time instead of UTC") << 5 << QStringLiteral("start");
    QTest::newRow("ends when it starts") << 6 << QStringLiteral("end");
    QTest::newRow("ends before it starts") << 7 << QStringLiteral("end");
    QTest::newRow("longer than 12 hours") << 8 << QStringLiteral("end");
    QTest::newRow("exactly 12 hours") << 9 << QString();
    QTest::newRow("no room and no device is fine") << 10 << QString();
}

void TestAppointment::validate()
{
    QFETCH(int, mutation);
    QFETCH(QString, errorField);

    Appointment a = valid();
    switch (mutation) {
    case 1: a.clientId = {}; break;
    case 2: a.practitionerId = {}; break;
    case 3: a.serviceId = {}; break;
    case 4: a.start = {}; break;
    case 5: a.start = QDateTime(QDate(2025, 6, 16), QTime(14, 0), Qt::LocalTime); break;
    case 6: a.end = a.start; break;
    case 7: a.end = a.start.addSecs(-60); break;
    case 8: a.end = a.start.addSecs(12 * 3600 + 60); break;
    case 9: a.end = a.start.addSecs(12 * 3600); break;
    case 10:
        a.roomId = {};
        a.deviceId = {};
        break;
    default: break;
    }
    const auto r = a.validate();
    QCOMPARE(r.isOk(), errorField.isEmpty());
    if (!r) {
        QCOMPARE(r.error().code, ErrorCode::Invalid);
        QCOMPARE(r.error().field, errorField);
    }
    if (mutation == 0)
        QCOMPARE(a.durationMinutes(), qint64(45));
}

QTEST_GUILESS_MAIN(TestAppointment)
#include "tst_appointment.moc"
