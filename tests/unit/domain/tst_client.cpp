#include "domain/client.h"

#include <QTest>

using namespace msp;

Q_DECLARE_METATYPE(msp::ClientInput)

namespace {
const QDate kToday(2025, 6, 15);

ClientInput goodInput()
{
    ClientInput in;
    in.givenName = QStringLiteral(" José ");
    in.familyName = QStringLiteral("Núñez");
    in.preferredName = QStringLiteral("Pepe");
    in.dateOfBirth = QStringLiteral("1984-03-12");
    in.phone = QStringLiteral("(555) 234-5678");
    in.email = QStringLiteral("Jose.Nunez@Example.com");
    in.address = QStringLiteral("  12 Main St  ");
    in.allergies = QStringLiteral(" lidocaine ");
    in.alerts = QString();
    in.notes = QStringLiteral("Prefers afternoons.");
    in.marketingConsent = true;
    return in;
}

QStringList fieldsOf(const FieldErrors &errors)
{
    QStringList f;
    for (const auto &e : errors)
        f << e.field;
    return f;
}
} // namespace

class TestClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validInput();
    void errors_data();
    void errors();
    void bothNamesMissingReportsBoth();
    void inputRoundTrip_data();
    void inputRoundTrip();
    void changedFields();
    void protectedFields_data();
    void protectedFields();
};

void TestClient::validInput()
{
    const EntityId id = EntityId::generate();
    const ClientValidation v = validateClient(goodInput(), kToday, id);
    QVERIFY(v.isValid());
    QVERIFY(v.errors.isEmpty());
    const Client &c = *v.client;
    QCOMPARE(c.id, id);
    QCOMPARE(c.name.given(), QStringLiteral("José"));
    QCOMPARE(c.name.family(), QStringLiteral("Núñez"));
    QCOMPARE(c.name.preferred(), QStringLiteral("Pepe"));
    QCOMPARE(c.dateOfBirth.date(), QDate(1984, 3, 12));
    QCOMPARE(c.phone.e164(), QStringLiteral("+15552345678"));
    QCOMPARE(c.email.value(), QStringLiteral("jose.nunez@example.com"));
    QCOMPARE(c.address, QStringLiteral("12 Main St"));
    QCOMPARE(c.allergies, QStringLiteral("lidocaine"));
    QCOMPARE(c.notes, QStringLiteral("Prefers afternoons."));
    QVERIFY(c.marketingConsent);
}

void TestClient::errors_data()
{
    QTest::addColumn<ClientInput>("input");
    QTest::addColumn<QStringList>("fields");

    ClientInput in = goodInput();
    in.givenName.clear();
    in.email = QStringLiteral("jose@");
    in.phone = QStringLiteral("12");
    in.dateOfBirth = QStringLiteral("2030-01-01");
    QTest::newRow("several fields at once") << in
                                            << QStringList {QStringLiteral("givenName"), QStringLiteral("dateOfBirth"),
                                                            QStringLiteral("phone"), QStringLiteral("email")};

    in = goodInput();
    in.phone.clear();
    in.email.clear();
    QTest::newRow("neither phone nor email") << in << QStringList {QStringLiteral("phone")};

    in = goodInput();
    in.phone = QStringLiteral("   ");
    in.email = QStringLiteral(" ");
    QTest::newRow("blank phone and email") << in << QStringList {QStringLiteral("phone")};

    in = goodInput();
    in.phone.clear();
    QTest::newRow("email only is enough") << in << QStringList {};

    in = goodInput();
    in.email.clear();
    QTest::newRow("phone only is enough") << in << QStringList {};

    in = goodInput();
    in.dateOfBirth.clear();
    QTest::newRow("date of birth optional") << in << QStringList {};

    in = goodInput();
    in.notes = QString(20001, u'x');
    QTest::newRow("notes too long") << in << QStringList {QStringLiteral("notes")};

    in = goodInput();
    in.notes = QString(20000, u'x');
    QTest::newRow("notes at the limit") << in << QStringList {};

    in = goodInput();
    in.familyName = QStringLiteral("  ");
    in.email = QStringLiteral("not an email");
    QTest::newRow("family name and email") << in << QStringList {QStringLiteral("familyName"), QStringLiteral("email")};

    in = goodInput();
    in.preferredName = QStringLiteral("Pe\u0007pe");
    QTest::newRow("control character in preferred name") << in << QStringList {QStringLiteral("preferredName")};
}

void TestClient::errors()
{
    QFETCH(ClientInput, input);
    QFETCH(QStringList, fields);

    const ClientValidation v = validateClient(input, kToday);
    QCOMPARE(v.isValid(), fields.isEmpty());
    QCOMPARE(fieldsOf(v.errors), fields);
    for (const auto &e : v.errors)
        QVERIFY2(!e.message.isEmpty(), qPrintable(e.field));
    if (!fields.isEmpty())
        QVERIFY(!v.client.has_value());
}

// A form shows every message beside its field at once, so a blank form must
// flag both legal name fields, not only the first.
void TestClient::bothNamesMissingReportsBoth()
{
    ClientInput in = goodInput();
    in.givenName.clear();
    in.familyName.clear();
    const ClientValidation v = validateClient(in, kToday);
    QVERIFY(!v.isValid());
    QVERIFY(fieldsOf(v.errors).contains(QStringLiteral("givenName")));
    QVERIFY(fieldsOf(v.errors).contains(QStringLiteral("familyName")));
}

void TestClient::inputRoundTrip_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("dateOfBirth");

    QTest::newRow("NANP phone, birth date") << QStringLiteral("555.234.5678") << QStringLiteral("1970-01-01");
    QTest::newRow("international phone, no birth date") << QStringLiteral("+44 20 7946 0958") << QString();
    QTest::newRow("no phone") << QString() << QStringLiteral("2000-02-29");
}

// What a form shows for a client must validate back to the same client.
void TestClient::inputRoundTrip()
{
    QFETCH(QString, phone);
    QFETCH(QString, dateOfBirth);

    ClientInput in = goodInput();
    in.phone = phone;
    in.dateOfBirth = dateOfBirth;
    const EntityId id = EntityId::generate();
    const ClientValidation first = validateClient(in, kToday, id);
    QVERIFY(first.isValid());
    const ClientValidation second = validateClient(ClientInput::fromClient(*first.client), kToday, id);
    QVERIFY(second.isValid());
    QCOMPARE(changedClientFields(*first.client, *second.client), QStringList());
    QCOMPARE(second.client->id, id);
}

void TestClient::changedFields()
{
    const Client a = *validateClient(goodInput(), kToday).client;
    QCOMPARE(changedClientFields(a, a), QStringList());

    Client b = a;
    b.phone = *Phone::parse(u"555-234-9999");
    b.email = *Email::parse(u"new@example.com");
    b.notes = QStringLiteral("other");
    b.marketingConsent = false;
    QCOMPARE(changedClientFields(a, b),
             (QStringList {QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("notes"),
                           QStringLiteral("marketingConsent")}));

    Client c = a;
    c.name = *PersonName::create(u"Josefa", u"Núñez", u"Pepa");
    c.dateOfBirth = *DateOfBirth::parse(u"1985-03-12", kToday);
    c.address = QStringLiteral("1 Elm");
    c.allergies.clear();
    c.alerts = QStringLiteral("latex");
    QCOMPARE(changedClientFields(a, c),
             (QStringList {QStringLiteral("givenName"), QStringLiteral("preferredName"), QStringLiteral("dateOfBirth"),
                           QStringLiteral("address"), QStringLiteral("allergies"), QStringLiteral("alerts")}));

    // Timestamps and id are bookkeeping, not client fields.
    Client d = a;
    d.updatedAt = QDateTime::currentDateTimeUtc();
    d.id = EntityId::generate();
    QCOMPARE(changedClientFields(a, d), QStringList());
}

void TestClient::protectedFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("isProtected");

    QTest::newRow("givenName") << QStringLiteral("givenName") << true;
    QTest::newRow("familyName") << QStringLiteral("familyName") << true;
    QTest::newRow("dateOfBirth") << QStringLiteral("dateOfBirth") << true;
    QTest::newRow("allergies") << QStringLiteral("allergies") << true;
    QTest::newRow("preferredName") << QStringLiteral("preferredName") << false;
    QTest::newRow("phone") << QStringLiteral("phone") << false;
    QTest::newRow("email") << QStringLiteral("email") << false;
    QTest::newRow("notes") << QStringLiteral("notes") << false;
    QTest::newRow("unknown") << QStringLiteral("shoeSize") << false;
}

void TestClient::protectedFields()
{
    QFETCH(QString, field);
    QFETCH(bool, isProtected);
    QCOMPARE(isProtectedClientField(field), isProtected);
}

QTEST_GUILESS_MAIN(TestClient)
#include "tst_client.moc"
