#include "client/syncstatus.h"
#include "core/language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace msp;

class TestCatalogTranslator : public QObject
{
    Q_OBJECT

private:
    void removeTranslators()
    {
        const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>();
        for (QTranslator *t : translators) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }

private Q_SLOTS:
    void cleanup() { removeTranslators(); }

    void unknownLanguageIsRefused() { QVERIFY(!app::installLanguage(QStringLiteral("xx"))); }

    void englishPluralsReadNaturally()
    {
        QVERIFY(app::installLanguage(QStringLiteral("en")));
        sync::SyncStatus s;
        s.state = sync::SyncStatus::State::Syncing;
        s.pending = 1;
        QCOMPARE(s.summary(), QStringLiteral("Syncing 1 change"));
        s.pending = 3;
        QCOMPARE(s.summary(), QStringLiteral("Syncing 3 changes"));
    }

    void spanishPluralsAndStatus()
    {
        QVERIFY(app::installLanguage(QStringLiteral("es")));
        sync::SyncStatus s;
        s.state = sync::SyncStatus::State::NotConfigured;
        QVERIFY2(!s.summary().contains(QStringLiteral("no sync server")), qPrintable(s.summary()));
        s.state = sync::SyncStatus::State::Syncing;
        s.pending = 2;
        QVERIFY2(!s.summary().startsWith(QStringLiteral("Syncing")), qPrintable(s.summary()));
        QVERIFY(s.summary().contains(u'2'));
        // Dates follow the language; amounts keep their decimal point.
        QCOMPARE(QLocale().monthName(1), QStringLiteral("enero"));
        QCOMPARE(QLocale().decimalPoint(), QStringLiteral("."));
    }

    // A helper that translates under a fixed context ("msp::cli") while the
    // catalogue filed the message under its C++ scope ("msp::app") is still
    // translated.
    void messagesFoundUnderAnotherContext()
    {
        QVERIFY(app::installLanguage(QStringLiteral("es")));
        const char *source = "%1 needs a value.";
        const QString viaCli = QCoreApplication::translate("msp::cli", source);
        QVERIFY2(viaCli != QLatin1String(source), qPrintable(viaCli));
        const char *unknown = "A sentence that is in no catalogue.";
        QCOMPARE(QCoreApplication::translate("msp::cli", unknown), QString::fromLatin1(unknown));
    }
};

QTEST_GUILESS_MAIN(TestCatalogTranslator)
#include "tst_catalogtranslator.moc"
