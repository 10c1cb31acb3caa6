#include "answerlanguage.h"

#include <QTest>
#include <QThread>
#include <QTranslator>

using namespace msp::server;

// Accept-Language picks the language of the server's messages; trServer()
// writes them in it on the thread serving the request, and only there.
class TestAnswerLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void picksByWeightThenOrder_data();
    void picksByWeightThenOrder();
    void translatesOnlyInsideItsScope();
    void pluralFormsFollowTheCount();
    void eachThreadHasItsOwnLanguage();
};

void TestAnswerLanguage::picksByWeightThenOrder_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("picked");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("plain") << QByteArray("es") << QByteArray("es");
    QTest::newRow("region and case") << QByteArray("ES-mx") << QByteArray("es");
    QTest::newRow("first of equals") << QByteArray("en, es") << QByteArray("en");
    QTest::newRow("weight wins") << QByteArray("en;q=0.5, es;q=0.8") << QByteArray("es");
    QTest::newRow("spaces and params") << QByteArray(" fr ;q=1 , es ; q=0.7 ") << QByteArray("es");
    QTest::newRow("zero is refused") << QByteArray("es;q=0") << QByteArray();
    QTest::newRow("over one is malformed") << QByteArray("es;q=1.5") << QByteArray();
    QTest::newRow("malformed skipped") << QByteArray("es;q=x, en;q=0.1") << QByteArray("en");
    QTest::newRow("any is none") << QByteArray("*") << QByteArray();
    QTest::newRow("unknown only") << QByteArray("de, fr-CA") << QByteArray();
    QTest::newRow("garbage") << QByteArray(";;,,=q;") << QByteArray();
}

void TestAnswerLanguage::picksByWeightThenOrder()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, picked);
    QCOMPARE(QByteArray::fromStdString(pickLanguage(header.toStdString(), {"en", "es"})), picked);
}

void TestAnswerLanguage::translatesOnlyInsideItsScope()
{
    AnswerLanguages languages;
    const QTranslator *spanish = languages.forHeader("es-US");
    QVERIFY(spanish);
    const char *text = "The email or password is wrong.";
    QCOMPARE(trServer(text), QString::fromUtf8(text));
    {
        AnswerLanguageScope scope(spanish);
        QCOMPARE(trServer(text), QStringLiteral("El correo electrónico o la contraseña son incorrectos."));
        // Found whatever context lupdate filed it under (here: msp::server::App).
        QCOMPARE(trServer("This method is not allowed here."), QStringLiteral("Este método no está permitido aquí."));
        // A message without a translation stays as written.
        QCOMPARE(trServer("not a catalogued message"), QStringLiteral("not a catalogued message"));
        {
            AnswerLanguageScope english(languages.forHeader("en"));
            QCOMPARE(trServer(text), QString::fromUtf8(text));
        }
        QCOMPARE(trServer(text), QStringLiteral("El correo electrónico o la contraseña son incorrectos."));
    }
    QCOMPARE(trServer(text), QString::fromUtf8(text));
}

void TestAnswerLanguage::pluralFormsFollowTheCount()
{
    AnswerLanguages languages;
    const char *text = "%n protected field(s) changed on another device too; see Needs attention.";
    {
        AnswerLanguageScope scope(languages.forHeader("en"));
        QCOMPARE(trServerN(text, 1),
                 QStringLiteral("1 protected field changed on another device too; see Needs "
                                "attention."));
        QCOMPARE(trServerN(text, 3),
                 QStringLiteral("3 protected fields changed on another device too; see Needs "
                                "attention."));
    }
    AnswerLanguageScope scope(languages.forHeader("es"));
    QCOMPARE(trServerN(text, 1),
             QStringLiteral("1 campo protegido también cambió en otro dispositivo; consulte “Requiere atención”."));
    QCOMPARE(
        trServerN(text, 2),
        QStringLiteral("2 campos protegidos también cambiaron en otro dispositivo; consulte “Requiere atención”."));
}

void TestAnswerLanguage::eachThreadHasItsOwnLanguage()
{
    AnswerLanguages languages;
    AnswerLanguageScope scope(languages.forHeader("es"));
    QString elsewhere;
    QThread *other = QThread::create([&] { elsewhere = trServer("Retry shortly."); });
    other->start();
    QVERIFY(other->wait(10000));
    delete other;
    QCOMPARE(elsewhere, QStringLiteral("Retry shortly."));
    QCOMPARE(trServer("Retry shortly."), QStringLiteral("Vuelva a intentarlo en breve."));
}

QTEST_GUILESS_MAIN(TestAnswerLanguage)
#include "tst_answerlanguage.moc"
