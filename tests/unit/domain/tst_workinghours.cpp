#include "domain/workinghours.h"

#include <QTest>

using namespace msp;

using Spans = QList<DaySpan>;

class TestWorkingHours : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setSpans_data();
    void setSpans();
    void refusedChangeKeepsPrevious();
    void covers_data();
    void covers();
    void jsonRoundTrip();
    void jsonFormat();
    void fromJsonRefuses_data();
    void fromJsonRefuses();
};

void TestWorkingHours::setSpans_data()
{
    QTest::addColumn<int>("day");
    QTest::addColumn<Spans>("spans");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<Spans>("stored");

    QTest::newRow("one span") << 1 << Spans {{540, 1020}} << true << Spans {{540, 1020}};
    QTest::newRow("two spans with a break")
        << 2 << Spans {{540, 720}, {780, 1020}} << true << Spans {{540, 720}, {780, 1020}};
    QTest::newRow("unsorted input is sorted")
        << 3 << Spans {{780, 1020}, {540, 720}} << true << Spans {{540, 720}, {780, 1020}};
    QTest::newRow("touching spans") << 4 << Spans {{540, 720}, {720, 1020}} << true << Spans {{540, 720}, {720, 1020}};
    QTest::newRow("whole day") << 7 << Spans {{0, 1440}} << true << Spans {{0, 1440}};
    QTest::newRow("no spans (day off)") << 6 << Spans {} << true << Spans {};

    QTest::newRow("overlapping spans") << 1 << Spans {{540, 720}, {700, 1020}} << false << Spans {};
    QTest::newRow("overlapping unsorted") << 1 << Spans {{700, 1020}, {540, 720}} << false << Spans {};
    QTest::newRow("contained span") << 1 << Spans {{540, 1020}, {600, 660}} << false << Spans {};
    QTest::newRow("duplicate span") << 1 << Spans {{540, 600}, {540, 600}} << false << Spans {};
    QTest::newRow("ends before it starts") << 1 << Spans {{600, 540}} << false << Spans {};
    QTest::newRow("empty span") << 1 << Spans {{600, 600}} << false << Spans {};
    QTest::newRow("negative start") << 1 << Spans {{-1, 600}} << false << Spans {};
    QTest::newRow("past midnight") << 1 << Spans {{1380, 1441}} << false << Spans {};
    QTest::newRow("day 0") << 0 << Spans {{540, 600}} << false << Spans {};
    QTest::newRow("day 8") << 8 << Spans {{540, 600}} << false << Spans {};
}

void TestWorkingHours::setSpans()
{
    QFETCH(int, day);
    QFETCH(Spans, spans);
    QFETCH(bool, valid);
    QFETCH(Spans, stored);

    WorkingHours wh;
    const auto r = wh.setSpans(day, spans);
    QCOMPARE(r.isOk(), valid);
    if (valid) {
        QCOMPARE(wh.spansOn(day), stored);
        QCOMPARE(wh.isEmpty(), stored.isEmpty());
    } else {
        QCOMPARE(r.error().code, ErrorCode::Invalid);
        QCOMPARE(r.error().field, QStringLiteral("workingHours"));
        QVERIFY(wh.isEmpty());
    }
}

void TestWorkingHours::refusedChangeKeepsPrevious()
{
    WorkingHours wh = WorkingHours::standardWeek();
    const WorkingHours before = wh;
    QVERIFY(!wh.setSpans(1, {{540, 720}, {600, 800}}));
    QCOMPARE(wh, before);
}

void TestWorkingHours::covers_data()
{
    QTest::addColumn<int>("day");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<bool>("covered");

    // standardWeek: Mon-Fri 9:00-12:30 and 13:00-17:00.
    QTest::newRow("Monday morning") << 1 << 540 << 600 << true;
    QTest::newRow("starts at opening") << 3 << 540 << 570 << true;
    QTest::newRow("ends at lunch") << 2 << 720 << 750 << true;
    QTest::newRow("ends at closing") << 5 << 990 << 1020 << true;
    QTest::newRow("crosses lunch") << 1 << 720 << 800 << false;
    QTest::newRow("inside lunch") << 1 << 755 << 775 << false;
    QTest::newRow("before opening") << 1 << 510 << 570 << false;
    QTest::newRow("past closing") << 1 << 990 << 1021 << false;
    QTest::newRow("Saturday") << 6 << 600 << 660 << false;
    QTest::newRow("Sunday") << 7 << 600 << 660 << false;
    QTest::newRow("day 0") << 0 << 600 << 660 << false;
    QTest::newRow("day 8") << 8 << 600 << 660 << false;
}

void TestWorkingHours::covers()
{
    QFETCH(int, day);
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(bool, covered);

    QCOMPARE(WorkingHours::standardWeek().covers(day, from, to), covered);
}

void TestWorkingHours::jsonRoundTrip()
{
    WorkingHours wh = WorkingHours::standardWeek();
    QVERIFY(wh.setSpans(6, {{600, 840}}));
    QVERIFY(wh.setSpans(2, {}));
    const auto back = WorkingHours::fromJson(wh.toJson());
    QVERIFY(back);
    QCOMPARE(*back, wh);

    const auto empty = WorkingHours::fromJson(WorkingHours().toJson());
    QVERIFY(empty);
    QVERIFY(empty->isEmpty());
    QCOMPARE(WorkingHours().toJson(), QStringLiteral("{}"));
}

void TestWorkingHours::jsonFormat()
{
    WorkingHours wh;
    QVERIFY(wh.setSpans(1, {{540, 720}, {780, 1020}}));
    QVERIFY(wh.setSpans(7, {{600, 660}}));
    QCOMPARE(wh.toJson(), QStringLiteral("{\"1\":[[540,720],[780,1020]],\"7\":[[600,660]]}"));
}

void TestWorkingHours::fromJsonRefuses_data()
{
    QTest::addColumn<QString>("json");

    QTest::newRow("not json") << QStringLiteral("nine to five");
    QTest::newRow("empty text") << QString();
    QTest::newRow("array") << QStringLiteral("[[540,600]]");
    QTest::newRow("day not a number") << QStringLiteral("{\"mon\":[[540,600]]}");
    QTest::newRow("day out of range") << QStringLiteral("{\"9\":[[540,600]]}");
    QTest::newRow("spans not an array") << QStringLiteral("{\"1\":540}");
    QTest::newRow("span with one number") << QStringLiteral("{\"1\":[[540]]}");
    QTest::newRow("span backwards") << QStringLiteral("{\"1\":[[600,540]]}");
    QTest::newRow("overlapping spans") << QStringLiteral("{\"1\":[[540,720],[700,800]]}");
}

void TestWorkingHours::fromJsonRefuses()
{
    QFETCH(QString, json);

    const auto r = WorkingHours::fromJson(json);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Invalid);
    QCOMPARE(r.error().field, QStringLiteral("workingHours"));
}

QTEST_GUILESS_MAIN(TestWorkingHours)
#include "tst_workinghours.moc"
