#include "ratelimiter.h"

#include <QTest>

using msp::server::RateLimiter;

class TestRateLimiter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void allowsUpToTheLimit();
    void windowSlides();
    void resetClears();
};

void TestRateLimiter::allowsUpToTheLimit()
{
    RateLimiter limiter(3, 60);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(limiter.retryAfter("a", 100 + i), 0);
        limiter.recordFailure("a", 100 + i);
    }
    QCOMPARE(limiter.retryAfter("a", 103), 58); // the first failure leaves the window at 160
    QCOMPARE(limiter.retryAfter("b", 103), 0); // keys are independent
}

void TestRateLimiter::windowSlides()
{
    RateLimiter limiter(2, 60);
    limiter.recordFailure("a", 0);
    limiter.recordFailure("a", 30);
    QVERIFY(limiter.retryAfter("a", 59) > 0);
    QCOMPARE(limiter.retryAfter("a", 60), 0);
}

void TestRateLimiter::resetClears()
{
    RateLimiter limiter(1, 60);
    limiter.recordFailure("a", 0);
    QVERIFY(limiter.retryAfter("a", 1) > 0);
    limiter.reset("a");
    QCOMPARE(limiter.retryAfter("a", 1), 0);
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
