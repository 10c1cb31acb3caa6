#include "store/knownids.h"

#include <QTest>

using msp::store::KnownIds;

namespace {
QByteArray uuidText(quint64 high, quint64 low)
{
    QByteArray hex
        = QByteArray::number(high, 16).rightJustified(16, '0') + QByteArray::number(low, 16).rightJustified(16, '0');
    return hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' + hex.mid(16, 4) + '-' + hex.mid(20);
}
} // namespace

class TestKnownIds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsWhatWasInsertedAndNothingElse()
    {
        KnownIds ids;
        QVERIFY(ids.isEmpty());
        QVERIFY(!ids.contains("6f1c2a4e-0b7d-4c55-9a61-3e2f8d9b0c17"));
        ids.insert("6f1c2a4e-0b7d-4c55-9a61-3e2f8d9b0c17");
        ids.insert("6f1c2a4e-0b7d-4c55-9a61-3e2f8d9b0c17"); // again: still one
        QCOMPARE(ids.size(), 1);
        QVERIFY(ids.contains("6f1c2a4e-0b7d-4c55-9a61-3e2f8d9b0c17"));
        // One digit off, in either half.
        QVERIFY(!ids.contains("6f1c2a4e-0b7d-4c55-9a61-3e2f8d9b0c18"));
        QVERIFY(!ids.contains("7f1c2a4e-0b7d-4c55-9a61-3e2f8d9b0c17"));
    }

    void keepsEveryIdAsItGrows()
    {
        // Ids that differ in one half only, and ids whose halves are swapped,
        // must not collapse into one another.
        KnownIds ids;
        const int n = 50000;
        for (int i = 1; i <= n; ++i) {
            ids.insert(uuidText(quint64(i), 7));
            ids.insert(uuidText(7, quint64(i)));
        }
        QCOMPARE(ids.size(), qsizetype(2 * n - 1)); // (7, 7) is both
        for (int i = 1; i <= n; ++i) {
            QVERIFY(ids.contains(uuidText(quint64(i), 7)));
            QVERIFY(ids.contains(uuidText(7, quint64(i))));
        }
        QVERIFY(!ids.contains(uuidText(quint64(n + 1), 7)));
        QVERIFY(!ids.contains(uuidText(8, 8)));
    }

    void keepsTextThatIsNotTheStoredFormAsItIs()
    {
        KnownIds ids;
        // Upper case, no dashes, the nil UUID, too short: none is the stored
        // form, each is its own entry, and none is taken for another.
        const QByteArray upper = "6F1C2A4E-0B7D-4C55-9A61-3E2F8D9B0C17";
        const QByteArray bare = "6f1c2a4e0b7d4c559a613e2f8d9b0c17";
        const QByteArray nil = "00000000-0000-0000-0000-000000000000";
        ids.insert(upper);
        ids.insert(bare);
        ids.insert(nil);
        ids.insert("abc");
        QCOMPARE(ids.size(), 4);
        QVERIFY(ids.contains(upper));
        QVERIFY(ids.contains(bare));
        QVERIFY(ids.contains(nil));
        QVERIFY(ids.contains("abc"));
        QVERIFY(!ids.contains("6f1c2a4e-0b7d-4c55-9a61-3e2f8d9b0c17"));
        QVERIFY(!ids.contains(""));
        // A dash out of place is not the stored form either.
        QVERIFY(!ids.contains("6f1c2a4e0-b7d-4c55-9a61-3e2f8d9b0c17"));
    }

    void clearForgetsEverything()
    {
        KnownIds ids;
        for (int i = 1; i <= 3000; ++i)
            ids.insert(uuidText(quint64(i), quint64(i)));
        ids.insert("other");
        ids.clear();
        QVERIFY(ids.isEmpty());
        QVERIFY(!ids.contains(uuidText(1, 1)));
        QVERIFY(!ids.contains("other"));
        ids.insert(uuidText(1, 1)); // usable again
        QVERIFY(ids.contains(uuidText(1, 1)));
        QCOMPARE(ids.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestKnownIds)
#include "tst_knownids.moc"
