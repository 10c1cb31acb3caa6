#include "store/wiretime.h"

#include <QDate>
#include <QJsonValue>

namespace msp::store {

namespace {
// Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's
// days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

} // namespace

QDateTime readWireTime(const QJsonValue &v)
{
    if (!v.isString())
        return {};
    const QString text = v.toString();
    const QChar *c = text.constData();
    const auto digits = [c](int at, int n) {
        int value = 0;
        for (int i = at; i < at + n; ++i) {
            if (c[i] < u'0' || c[i] > u'9')
                return -1;
            value = value * 10 + (c[i].unicode() - u'0');
        }
        return value;
    };
    if (text.size() == 24 && c[4] == u'-' && c[7] == u'-' && c[10] == u'T' && c[13] == u':' && c[16] == u':'
        && c[19] == u'.' && c[23] == u'Z') {
        const int y = digits(0, 4), mo = digits(5, 2), d = digits(8, 2), h = digits(11, 2), mi = digits(14, 2),
                  sec = digits(17, 2), ms = digits(20, 3);
        if (y >= 0 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h >= 0 && h < 24 && mi >= 0 && mi < 60 && sec >= 0
            && sec < 60 && ms >= 0 && QDate::isValid(y, mo, d))
            return QDateTime::fromMSecsSinceEpoch(
                ((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi) * 60000 + sec * 1000 + ms, Qt::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

} // namespace msp::store
