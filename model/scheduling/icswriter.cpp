#include "scheduling/icswriter.h"

namespace msp::scheduling {

QString IcsWriter::escapeText(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c == u'\\' || c == u';' || c == u',')
            out += u'\\' + QString(c);
        else if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c != u'\r')
            out += c;
    }
    return out;
}

QByteArray IcsWriter::fold(const QByteArray &line)
{
    // The first line holds 75 octets, continuation lines a space and 74.
    QByteArray out;
    qsizetype pos = 0;
    int room = 75;
    while (line.size() - pos > room) {
        qsizetype cut = pos + room;
        while (cut > pos && (uchar(line.at(cut)) & 0xC0) == 0x80)
            --cut; // not inside a UTF-8 sequence
        out += line.mid(pos, cut - pos) + "\r\n ";
        pos = cut;
        room = 74;
    }
    out += line.mid(pos) + "\r\n";
    return out;
}

QString IcsWriter::utcStamp(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString IcsWriter::localStamp(const QDateTime &localTime)
{
    return localTime.toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
}

namespace {
QString offsetText(int seconds)
{
    const int abs = qAbs(seconds);
    return QStringLiteral("%1%2%3")
        .arg(seconds < 0 ? QStringLiteral("-") : QStringLiteral("+"))
        .arg(abs / 3600, 2, 10, QLatin1Char('0'))
        .arg((abs % 3600) / 60, 2, 10, QLatin1Char('0'));
}
} // namespace

void IcsWriter::timeZone(const QTimeZone &zone, const TimeRange &span)
{
    const QByteArray id = zone.id();
    begin("VTIMEZONE");
    raw("TZID", QString::fromLatin1(id));
    // From a year before the span, so the offset in force at its start is
    // defined by a transition listed here.
    const QDateTime from = span.startUtc().addYears(-1);
    const QDateTime to = span.endUtc().addYears(1);
    const QTimeZone::OffsetDataList transitions = zone.transitions(from, to);
    if (transitions.isEmpty()) {
        const int offset = zone.offsetFromUtc(span.startUtc());
        begin("STANDARD");
        raw("DTSTART", QStringLiteral("19700101T000000"));
        raw("TZOFFSETFROM", offsetText(offset));
        raw("TZOFFSETTO", offsetText(offset));
        end("STANDARD");
    }
    for (const QTimeZone::OffsetData &t : transitions) {
        const int before = zone.offsetFromUtc(t.atUtc.addSecs(-1));
        const char *kind = t.daylightTimeOffset != 0 ? "DAYLIGHT" : "STANDARD";
        begin(kind);
        // DTSTART is the wall-clock time of the change, read in the old offset.
        raw("DTSTART", t.atUtc.toUTC().addSecs(before).toString(QStringLiteral("yyyyMMdd'T'HHmmss")));
        raw("TZOFFSETFROM", offsetText(before));
        raw("TZOFFSETTO", offsetText(t.offsetFromUtc));
        if (!t.abbreviation.isEmpty())
            text("TZNAME", t.abbreviation);
        end(kind);
    }
    end("VTIMEZONE");
}

} // namespace msp::scheduling
