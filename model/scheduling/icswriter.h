#pragma once

#include "scheduling/timerange.h"

#include <QByteArray>
#include <QString>
#include <QTimeZone>

namespace msp::scheduling {

// RFC 5545 content lines: CRLF endings, lines folded at 75 octets (never
// inside a UTF-8 sequence), TEXT values escaped.
class IcsWriter
{
public:
    void begin(const char *component) { line(QByteArray("BEGIN:") + component); }
    void end(const char *component) { line(QByteArray("END:") + component); }
    // `nameAndParams` such as "DTSTART;TZID=America/New_York"; `value` as is.
    void raw(const QByteArray &nameAndParams, const QString &value) { line(nameAndParams + ':' + value.toUtf8()); }
    // A TEXT value, escaped.
    void text(const QByteArray &name, const QString &value) { raw(name, escapeText(value)); }
    void utc(const QByteArray &name, const QDateTime &when) { raw(name, utcStamp(when)); }
    void local(const QByteArray &name, const QByteArray &tzid, const QDateTime &localTime)
    {
        raw(name + ";TZID=" + tzid, localStamp(localTime));
    }
    // VTIMEZONE for `zone` with every transition that touches `span` (one
    // STANDARD or DAYLIGHT block per transition, no RRULE), so any client
    // shows the same wall clock the clinic sees.
    void timeZone(const QTimeZone &zone, const TimeRange &span);

    const QByteArray &data() const { return m_data; }

    static QString escapeText(const QString &value);
    static QByteArray fold(const QByteArray &line);
    static QString utcStamp(const QDateTime &when); // 20250309T130000Z
    static QString localStamp(const QDateTime &localTime); // 20250309T090000

private:
    void line(const QByteArray &content) { m_data += fold(content); }
    QByteArray m_data;
};

} // namespace msp::scheduling
