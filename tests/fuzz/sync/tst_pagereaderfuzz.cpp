#include "client/pagereader.h"
#include "protocol/pull.h"
#include "store/pulledrows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <QUuid>

using namespace msp;
using namespace msp::sync;

// The sync engine reads pull pages with its own scanner (readPageText) and
// falls back to QJsonDocument (readPageDocument) for any page it does not
// take whole. Differential: for pages encoded as the protocol encodes them
// (with PostgreSQL's spacing, escaped names, fields of the wrong kind now and
// then) and then damaged at random, whatever the scanner gives must be
// exactly what the long way gives; the pages as built must all go the short
// way.
class TestPageReaderFuzz : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pagesAsSentAreReadTheShortWay();
    void damagedPagesReadTheSameOrStepAside();
    void repeatedNamesStepAside();
    void numbersNoDoubleHoldsStepAside();

private:
    QRandomGenerator m_random {20261206};
    QByteArray page();
    QString text();
    QString uuid();
    QJsonValue maybeId();
    static void compare(const PulledPage &fast, const PulledPage &slow);
};

QString TestPageReaderFuzz::uuid()
{
    const bool upper = m_random.bounded(8) == 0; // the server's form is lower case; others are read too
    QUuid u(m_random.generate(), quint16(m_random.generate()), quint16(m_random.generate()), 1, 2, 3, 4, 5, 6, 7, 8);
    const QString s = u.toString(QUuid::WithoutBraces);
    return upper ? s.toUpper() : s;
}

QJsonValue TestPageReaderFuzz::maybeId()
{
    switch (m_random.bounded(10)) {
    case 0: return QJsonValue::Null;
    case 1: return QStringLiteral("not-an-id");
    case 2: return 12;
    case 3: return QString(QLatin1Char('{') + uuid() + QLatin1Char('}')); // read, then stored without braces
    case 4: return QStringLiteral("00000000-0000-0000-0000-000000000000"); // the nil UUID is no id
    default: return uuid();
    }
}

QString TestPageReaderFuzz::text()
{
    static const QStringList parts {QStringLiteral("Ana"),         QStringLiteral("Renée"),
                                    QStringLiteral("Żółć"),        QStringLiteral("quote \" here"),
                                    QStringLiteral("back\\slash"), QStringLiteral("line\nbreak\ttab"),
                                    QStringLiteral("€ 😀"),         QStringLiteral(""),
                                    QStringLiteral("O'Brien"),     QStringLiteral("\u0001ctl")};
    QString out;
    const int n = int(m_random.bounded(3));
    for (int i = 0; i <= n; ++i)
        out += parts[m_random.bounded(parts.size())];
    return out;
}

QByteArray TestPageReaderFuzz::page()
{
    protocol::PullResponse r;
    const int rows = 1 + int(m_random.bounded(12));
    for (int i = 0; i < rows; ++i) {
        QJsonObject data;
        QString type;
        switch (m_random.bounded(6)) {
        case 0:
        case 1:
            type = QStringLiteral("appointment");
            data = {{QStringLiteral("client_id"), maybeId()},
                    {QStringLiteral("practitioner_id"), maybeId()},
                    {QStringLiteral("service_id"), maybeId()},
                    {QStringLiteral("room_id"), maybeId()},
                    {QStringLiteral("device_id"), maybeId()},
                    {QStringLiteral("start"), QStringLiteral("2026-12-0%1T09:30:00.000Z").arg(1 + i % 9)},
                    {QStringLiteral("end"),
                     m_random.bounded(4) == 0 ? QJsonValue(QStringLiteral("2026-12-01T10:00:00Z"))
                                              : QJsonValue(QStringLiteral("2026-12-01T10:00:00.000Z"))},
                    {QStringLiteral("status"), QStringLiteral("booked")},
                    {QStringLiteral("notes"), text()}};
            // Fields of the wrong kind read as missing, both ways.
            if (m_random.bounded(6) == 0)
                data.insert(QStringLiteral("notes"), QJsonArray {text(), 1.5, QJsonObject {}});
            if (m_random.bounded(6) == 0)
                data.insert(QStringLiteral("status"), QJsonObject {{QStringLiteral("s"), true}});
            if (m_random.bounded(6) == 0)
                data.insert(QStringLiteral("start"), 1798000000000.0);
            break;
        case 2:
        case 3:
            type = QStringLiteral("client");
            data = {
                {QStringLiteral("givenName"), text()},
                {QStringLiteral("familyName"), text()},
                {QStringLiteral("preferredName"), text()},
                {QStringLiteral("phone"), QStringLiteral("+1212555%1").arg(1000 + i)},
                {QStringLiteral("email"), QStringLiteral("c%1@Example.com").arg(i)},
                {QStringLiteral("dateOfBirth"), QStringLiteral("1980-01-02")},
                {QStringLiteral("address"), text()},
                {QStringLiteral("allergies"), text()},
                {QStringLiteral("alerts"), text()},
                {QStringLiteral("notes"), text()},
                {QStringLiteral("marketingConsent"),
                 m_random.bounded(2) ? QStringLiteral("true") : QStringLiteral("false")},
                {QStringLiteral("mergedInto"), m_random.bounded(5) == 0 ? QJsonValue(uuid()) : QJsonValue(QString())}};
            break;
        case 4:
            type = QStringLiteral("row:invoice");
            data = {{QStringLiteral("id"), uuid()},
                    {QStringLiteral("total_minor"), qint64(m_random.bounded(100000))},
                    {QStringLiteral("ratio"), 0.25},
                    {QStringLiteral("lines"),
                     QJsonArray {QJsonObject {{QStringLiteral("text"), text()}}, true, QJsonValue::Null}}};
            break;
        default:
            type = QStringLiteral("conflict");
            data = {{QStringLiteral("field"), QStringLiteral("date_of_birth")}, {QStringLiteral("mine"), text()}};
        }
        r.rows.append({type, uuid(), data});
    }
    if (m_random.bounded(3) == 0)
        r.tombstones.append({QStringLiteral("client"), uuid()});
    r.cursor = {QUuid::createUuidV5(QUuid(), QStringLiteral("gen")).toString(QUuid::WithoutBraces),
                quint64(m_random.bounded(1000)), qint64(m_random.bounded(1000)), QString()};
    r.hasMore = m_random.bounded(2) == 0;
    QByteArray body = protocol::encodePullResponse(r);
    // Other writers' ways with the same JSON: PostgreSQL's spaces, an
    // escaped name, a null for "no more".
    if (m_random.bounded(3) == 0)
        body.replace("\":", "\": ").replace(",\"", ", \"");
    if (m_random.bounded(4) == 0)
        body.replace("\"notes\":", "\"n\\u006ftes\":");
    if (m_random.bounded(4) == 0)
        body.replace("\"has_more\":false", "\"has_more\":null");
    return body;
}

void TestPageReaderFuzz::compare(const PulledPage &fast, const PulledPage &slow)
{
    QCOMPARE(fast.cursor, slow.cursor);
    QCOMPARE(fast.hasMore, slow.hasMore);
    QCOMPARE(fast.tombstones.size(), slow.tombstones.size());
    for (qsizetype i = 0; i < fast.tombstones.size(); ++i) {
        QCOMPARE(fast.tombstones[i].type, slow.tombstones[i].type);
        QCOMPARE(fast.tombstones[i].id, slow.tombstones[i].id);
    }
    QCOMPARE(fast.rows.size(), slow.rows.size());
    for (qsizetype i = 0; i < fast.rows.size(); ++i) {
        const store::ReplicaRow &f = fast.rows[i];
        const store::ReplicaRow &s = slow.rows[i];
        QCOMPARE(f.type, s.type);
        QCOMPARE(f.id, s.id);
        // What a parked row would keep, read back.
        const QJsonObject fData = f.data.isEmpty() ? QJsonDocument::fromJson(f.dataText).object() : f.data;
        QCOMPARE(fData, s.data);
        QCOMPARE(bool(f.appointment), bool(s.appointment));
        if (f.appointment) {
            const store::PulledAppointment &a = *f.appointment;
            const store::PulledAppointment &b = *s.appointment;
            QCOMPARE(a.clientId, b.clientId);
            QCOMPARE(a.practitionerId, b.practitionerId);
            QCOMPARE(a.serviceId, b.serviceId);
            QCOMPARE(a.roomId, b.roomId);
            QCOMPARE(a.deviceId, b.deviceId);
            QCOMPARE(a.start, b.start);
            QCOMPARE(a.end, b.end);
            QCOMPARE(a.status, b.status);
            QCOMPARE(a.notes, b.notes);
        }
        QCOMPARE(bool(f.client), bool(s.client));
        if (f.client) {
            const store::PulledClient &a = *f.client;
            const store::PulledClient &b = *s.client;
            QCOMPARE(a.text.given, b.text.given);
            QCOMPARE(a.text.family, b.text.family);
            QCOMPARE(a.text.preferred, b.text.preferred);
            QCOMPARE(a.text.phone, b.text.phone);
            QCOMPARE(a.text.email, b.text.email);
            QCOMPARE(a.dateOfBirth, b.dateOfBirth);
            QCOMPARE(a.address, b.address);
            QCOMPARE(a.allergies, b.allergies);
            QCOMPARE(a.alerts, b.alerts);
            QCOMPARE(a.notes, b.notes);
            QCOMPARE(a.marketingConsent, b.marketingConsent);
            QCOMPARE(a.mergedInto, b.mergedInto);
            QCOMPARE(a.search.sortKey, b.search.sortKey);
            QCOMPARE(a.search.names, b.search.names);
            QCOMPARE(a.search.phone, b.search.phone);
            QCOMPARE(a.search.email, b.search.email);
        }
    }
}

void TestPageReaderFuzz::pagesAsSentAreReadTheShortWay()
{
    for (int i = 0; i < 300; ++i) {
        const QByteArray body = page();
        const auto fast = readPageText(body);
        QVERIFY2(fast, body.constData());
        const auto slow = readPageDocument(body);
        QVERIFY2(slow, qPrintable(slow ? QString() : slow.error().message));
        compare(*fast, *slow);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestPageReaderFuzz::damagedPagesReadTheSameOrStepAside()
{
    static const QByteArray alphabet = QByteArray("{}[]\",:\\ 0123456789-+.eEtrufalsn\t\n\r/abu") + char(0) + char(0x1f)
        + char(0x80) + char(0xc3) + char(0xa9) + char(0xed) + char(0xff);
    int fastTook = 0;
    int slowTook = 0;
    for (int i = 0; i < 4000; ++i) {
        QByteArray body = page();
        const int damages = 1 + int(m_random.bounded(3));
        for (int d = 0; d < damages && !body.isEmpty(); ++d) {
            const qsizetype at = m_random.bounded(body.size());
            switch (m_random.bounded(5)) {
            case 0: body[at] = alphabet[m_random.bounded(alphabet.size())]; break;
            case 1: body.insert(at, alphabet[m_random.bounded(alphabet.size())]); break;
            case 2: body.remove(at, 1 + m_random.bounded(4)); break;
            case 3: body.insert(at, body.mid(m_random.bounded(body.size()), 1 + m_random.bounded(30))); break;
            default: body.truncate(at); break;
            }
        }
        const auto fast = readPageText(body);
        const auto slow = readPageDocument(body);
        slowTook += slow ? 1 : 0;
        if (!fast)
            continue;
        ++fastTook;
        QVERIFY2(slow, body.constData()); // the scanner never takes what QJsonDocument refuses
        compare(*fast, *slow);
        if (QTest::currentTestFailed()) {
            qWarning() << "page:" << body;
            return;
        }
    }
    qInfo("damaged pages read: %d the short way, %d the long way (of 4000)", fastTook, slowTook);
    QVERIFY(fastTook > 100); // damage inside strings and numbers leaves a page that still reads
}

void TestPageReaderFuzz::repeatedNamesStepAside()
{
    const QString gen = QUuid::createUuidV5(QUuid(), QStringLiteral("gen")).toString(QUuid::WithoutBraces);
    const QByteArray cursor = "\"cursor\":\"1." + gen.toLatin1() + ".1.1\"";
    const QByteArray ok = "{\"rows\":[{\"type\":\"client\",\"id\":\"x\",\"data\":{\"givenName\":\"A\"}}],"
                          "\"tombstones\":[],"
        + cursor + "}";
    QVERIFY(readPageText(ok));
    QVERIFY(!readPageText(
        "{\"rows\":[{\"type\":\"client\",\"id\":\"x\",\"data\":{\"givenName\":\"A\",\"givenName\":\"B\"}}],"
        "\"tombstones\":[],"
        + cursor + "}"));
    const QByteArray twice = "{\"rows\":[],\"rows\":[],\"tombstones\":[]," + cursor + "}";
    QVERIFY(!readPageText(twice));
    QVERIFY(readPageDocument(twice)); // read the long way, as QJsonDocument reads it
    QVERIFY(!readPageText("{\"rows\":[{\"type\":\"client\",\"type\":\"client\",\"id\":\"x\",\"data\":{}}],"
                          "\"tombstones\":[],"
                          + cursor + "}"));
}

void TestPageReaderFuzz::numbersNoDoubleHoldsStepAside()
{
    int replaced = 0;
    for (int i = 0; i < 200; ++i) {
        QByteArray body = page();
        if (!body.contains("\"ratio\":0.25"))
            continue;
        ++replaced;
        body.replace("\"ratio\":0.25", m_random.bounded(2) ? "\"ratio\":1e400" : "\"ratio\":-2e-400");
        // QJsonDocument refuses the page, so the scanner must too.
        QVERIFY(!readPageDocument(body));
        QVERIFY(!readPageText(body));
    }
    QVERIFY(replaced > 10);
}

QTEST_GUILESS_MAIN(TestPageReaderFuzz)
#include "tst_pagereaderfuzz.moc"
