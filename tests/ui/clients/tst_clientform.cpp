#include "clients/clientform.h"
#include "common/fielderrorlabel.h"
#include "store/clientrepository.h"
#include "support/tempstore.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace msp;

namespace {
const QTimeZone kNewYork("America/New_York");

void type(ui::ClientForm &form, const char *field, const QString &text)
{
    if (auto *line = form.findChild<QLineEdit *>(QLatin1StringView(field)))
        line->setText(text);
    else if (auto *box = form.findChild<QPlainTextEdit *>(QLatin1StringView(field)))
        box->setPlainText(text);
}

void clickSave(ui::ClientForm &form)
{
    QTest::mouseClick(form.findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
}
} // namespace

class TestClientForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void invalidFieldShowsItsOwnMessage_data();
    void invalidFieldShowsItsOwnMessage();
    void validNewClientIsCreated();
    void storeRefusalIsShownInline();
    void roleWithoutClinicalNotesKeepsThem();

private:
    std::unique_ptr<test::TempStore> m_store;
};

void TestClientForm::init()
{
    m_store = std::make_unique<test::TempStore>();
    QVERIFY(m_store->isOpen());
}

void TestClientForm::invalidFieldShowsItsOwnMessage_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("errorField");
    QTest::newRow("missing first name") << QStringLiteral("givenName") << QString() << QStringLiteral("givenName");
    QTest::newRow("e-mail without domain")
        << QStringLiteral("email") << QStringLiteral("ana@") << QStringLiteral("email");
    QTest::newRow("birth date in the future")
        << QStringLiteral("dateOfBirth") << QStringLiteral("2999-01-01") << QStringLiteral("dateOfBirth");
    QTest::newRow("birth date not a date")
        << QStringLiteral("dateOfBirth") << QStringLiteral("12/03/1984") << QStringLiteral("dateOfBirth");
    QTest::newRow("phone too short") << QStringLiteral("phone") << QStringLiteral("555") << QStringLiteral("phone");
}

void TestClientForm::invalidFieldShowsItsOwnMessage()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, errorField);
    ui::ClientForm form(m_store->store->clients(), test::adminActor(), kNewYork, true);
    form.show();
    type(form, "givenName", QStringLiteral("Ana"));
    type(form, "familyName", QStringLiteral("García"));
    type(form, "email", QStringLiteral("ana@example.com"));
    type(form, field.toLatin1().constData(), value);
    QSignalSpy saved(&form, &ui::ClientForm::saved);
    clickSave(form);

    QCOMPARE(saved.count(), 0);
    auto *label = form.findChild<ui::FieldErrorLabel *>(QStringLiteral("error_") + errorField);
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QVERIFY(!label->text().isEmpty());
    // Only that field complains.
    const auto labels = form.findChildren<ui::FieldErrorLabel *>();
    for (auto *other : labels)
        if (other != label)
            QVERIFY2(!other->isVisible(), qPrintable(other->objectName()));
    QCOMPARE(m_store->store->clients().count().valueOr(-1), 0);
}

void TestClientForm::validNewClientIsCreated()
{
    ui::ClientForm form(m_store->store->clients(), test::adminActor(), kNewYork, true);
    form.show();
    type(form, "givenName", QStringLiteral("Ana"));
    type(form, "familyName", QStringLiteral("García"));
    type(form, "phone", QStringLiteral("(212) 555-0101"));
    type(form, "dateOfBirth", QStringLiteral("1984-03-12"));
    type(form, "allergies", QStringLiteral("Lidocaine"));
    QSignalSpy saved(&form, &ui::ClientForm::saved);
    clickSave(form);
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.first().at(1).toBool(), true);
    QVERIFY(!form.isNew());
    const auto stored = m_store->store->clients().open(test::adminActor(), form.clientId());
    QVERIFY(stored.isOk());
    QCOMPARE(stored->name.legalFullName(), QStringLiteral("Ana García"));
    QCOMPARE(stored->phone.e164(), QStringLiteral("+12125550101"));
    QCOMPARE(stored->dateOfBirth.date(), QDate(1984, 3, 12));
    QCOMPARE(stored->allergies, QStringLiteral("Lidocaine"));
    QCOMPARE(form.findChild<QLabel *>(QStringLiteral("clientTitle"))->text(), QStringLiteral("Ana García"));

    // Saving again without changes is fine and reports an update.
    clickSave(form);
    QCOMPARE(saved.count(), 2);
    QCOMPARE(saved.last().at(1).toBool(), false);
}

void TestClientForm::storeRefusalIsShownInline()
{
    // A record deleted (or merged) elsewhere: the repository refuses the
    // update, and the form says so in place instead of losing the edit.
    ClientInput in;
    in.givenName = QStringLiteral("Ana");
    in.familyName = QStringLiteral("García");
    in.email = QStringLiteral("ana@example.com");
    Client ghost = *validateClient(in, QDate(2026, 11, 25), EntityId::generate()).client;
    ui::ClientForm form(m_store->store->clients(), test::adminActor(), kNewYork, true);
    form.show();
    form.load(ghost);
    type(form, "phone", QStringLiteral("(212) 555-0101"));
    QSignalSpy saved(&form, &ui::ClientForm::saved);
    clickSave(form);
    QCOMPARE(saved.count(), 0);
    auto *banner = form.findChild<QLabel *>(QStringLiteral("formError"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("no longer exists")));
    QCOMPARE(form.findChild<QLineEdit *>(QStringLiteral("phone"))->text(), QStringLiteral("(212) 555-0101"));
}

void TestClientForm::roleWithoutClinicalNotesKeepsThem()
{
    ClientInput in;
    in.givenName = QStringLiteral("Ana");
    in.familyName = QStringLiteral("García");
    in.email = QStringLiteral("ana@example.com");
    in.notes = QStringLiteral("Reacted to filler in 2024.");
    auto created
        = m_store->store->clients().create(test::adminActor(), *validateClient(in, QDate(2026, 11, 25)).client);
    QVERIFY(created.isOk());

    const Actor frontDesk = test::actorWithRole(Role::FrontDesk);
    ui::ClientForm form(m_store->store->clients(), frontDesk, kNewYork,
                        roleAllows(frontDesk.role, Permission::ViewClinicalNotes));
    form.show();
    form.load(*created);
    auto *notes = form.findChild<QPlainTextEdit *>(QStringLiteral("notes"));
    QVERIFY(!notes->isVisible());
    QVERIFY(notes->toPlainText().isEmpty());
    type(form, "phone", QStringLiteral("(212) 555-0101"));
    clickSave(form);
    const auto stored = m_store->store->clients().open(test::adminActor(), created->id);
    QCOMPARE(stored->notes, QStringLiteral("Reacted to filler in 2024."));
    QCOMPARE(stored->phone.e164(), QStringLiteral("+12125550101"));
}

QTEST_MAIN(TestClientForm)
#include "tst_clientform.moc"
