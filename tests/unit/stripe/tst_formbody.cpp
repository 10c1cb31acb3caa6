#include "stripe/formbody.h"

#include <QTest>

using namespace msp::stripe;

class TestFormBody : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encode_data();
    void encode();
    void decodeRoundTrip();
};

void TestFormBody::encode_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain pairs") << "plain" << QByteArray("amount=45000&currency=usd");
    QTest::newRow("nested metadata keeps brackets") << "nested" << QByteArray("metadata[invoice_id]=inv-1");
    QTest::newRow("array is indexed") << "array"
                                      << QByteArray("payment_method_types[0]=card&payment_method_types[1]=link");
    QTest::newRow("reserved characters escaped") << "escaped" << QByteArray("description=Botox%20%26%20filler%3D%2B");
    QTest::newRow("non-ASCII as UTF-8") << "utf8" << QByteArray("description=All%C4%93");
    QTest::newRow("empty") << "empty" << QByteArray();
}

void TestFormBody::encode()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, expected);
    FormBody f;
    if (kind == u"plain")
        f.add(QStringLiteral("amount"), 45000).add(QStringLiteral("currency"), QStringLiteral("usd"));
    else if (kind == u"nested")
        f.addNested(QStringLiteral("metadata"), QStringLiteral("invoice_id"), QStringLiteral("inv-1"));
    else if (kind == u"array")
        f.addArray(QStringLiteral("payment_method_types"), {QStringLiteral("card"), QStringLiteral("link")});
    else if (kind == u"escaped")
        f.add(QStringLiteral("description"), QStringLiteral("Botox & filler=+"));
    else if (kind == u"utf8")
        f.add(QStringLiteral("description"), QStringLiteral("All\u0113"));
    QCOMPARE(f.encode(), expected);
}

void TestFormBody::decodeRoundTrip()
{
    FormBody f;
    f.add(QStringLiteral("amount"), 100)
        .addNested(QStringLiteral("metadata"), QStringLiteral("note"), QStringLiteral("a b&c=d"))
        .add(QStringLiteral("empty"), QString());
    const auto pairs = FormBody::decode(f.encode());
    QCOMPARE(pairs, f.pairs());
    QCOMPARE(FormBody::decode("a=1+2&b"),
             (QList<QPair<QString, QString>> {{QStringLiteral("a"), QStringLiteral("1 2")},
                                              {QStringLiteral("b"), QString()}}));
}

QTEST_GUILESS_MAIN(TestFormBody)
#include "tst_formbody.moc"
