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

// The server's form, 2027-01-04T14:00:00.000Z; `c(i)` gives the i-th
// character of any text, of 16-bit or 8-bit characters.
template<typename CharAt>
std::optional<QDateTime> readServerForm(CharAt c, qsizetype size)
{
    const auto at = [&c](int i) { return char16_t(c(i)); };
    const auto digits = [&at](int from, int n) {
        int value = 0;
        for (int i = from; i < from + n; ++i) {
            if (at(i) < u'0' || at(i) > u'9')
                return -1;
            value = value * 10 + (at(i) - u'0');
        }
        return value;
    };
    if (size != 24 || at(4) != u'-' || at(7) != u'-' || at(10) != u'T' || at(13) != u':' || at(16) != u':'
        || at(19) != u'.' || at(23) != u'Z')
        return std::nullopt;
    const int y = digits(0, 4), mo = digits(5, 2), d = digits(8, 2), h = digits(11, 2), mi = digits(14, 2),
              sec = digits(17, 2), ms = digits(20, 3);
    if (y >= 0 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h >= 0 && h < 24 && mi >= 0 && mi < 60 && sec >= 0
        && sec < 60 && ms >= 0 && QDate::isValid(y, mo, d))
        return QDateTime::fromMSecsSinceEpoch(((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi) * 60000 + sec * 1000 + ms,
                                              Qt::UTC);
    return std::nullopt;
}

} // namespace

QDateTime readWireTime(const QJsonValue &v)
{
    if (!v.isString())
        return {};
    const QString text = v.toString();
    const auto chars = [&text](int i) { return text.at(i).unicode(); };
    if (auto t = readServerForm(chars, text.size()))
        return *t;
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

std::optional<QDateTime> readWireTimeText(QByteArrayView text)
{
    const auto bytes = [text](int i) { return static_cast<unsigned char>(text[i]); };
    return readServerForm(bytes, text.size());
}

} // namespace msp::store
