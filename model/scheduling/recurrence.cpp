#include "scheduling/recurrence.h"

#include <QCoreApplication>

namespace msp::scheduling {

namespace {
Error invalid(const char *text)
{
    return Error::invalid(QStringLiteral("recurrence"), QCoreApplication::translate("msp::scheduling", text));
}
} // namespace

Result<void> RecurrenceRule::validate() const
{
    if (interval < 1 || interval > 365)
        return invalid(QT_TRANSLATE_NOOP("msp::scheduling", "Repeat every 1 to 365 days, weeks or months."));
    if (count < 0 || count > 520)
        return invalid(QT_TRANSLATE_NOOP("msp::scheduling", "A series can have at most 520 appointments."));
    if (count == 0 && !until.isValid())
        return invalid(QT_TRANSLATE_NOOP("msp::scheduling",
                                         "Choose how the series ends: after a number of appointments or on a date."));
    if (count > 0 && until.isValid())
        return invalid(
            QT_TRANSLATE_NOOP("msp::scheduling", "A series ends either after a count or on a date, not both."));
    return ok();
}

QString RecurrenceRule::toRRule(const ClinicTime &time) const
{
    const char *freq = frequency == Frequency::Daily ? "DAILY" : frequency == Frequency::Weekly ? "WEEKLY" : "MONTHLY";
    QString out = QStringLiteral("FREQ=") + QString::fromLatin1(freq);
    if (interval != 1)
        out += QStringLiteral(";INTERVAL=") + QString::number(interval);
    if (count > 0)
        out += QStringLiteral(";COUNT=") + QString::number(count);
    else if (until.isValid())
        out += QStringLiteral(";UNTIL=")
            + QDateTime::fromMSecsSinceEpoch(time.toUtcMs(until.addDays(1), 0) - 1000, Qt::UTC)
                  .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    return out;
}

Result<RecurrenceRule> RecurrenceRule::fromRRule(QStringView text, const ClinicTime &time)
{
    RecurrenceRule r;
    bool hasFreq = false;
    for (QStringView part : text.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq < 0)
            return invalid(QT_TRANSLATE_NOOP("msp::scheduling", "The stored repeat rule is unreadable."));
        const QStringView key = part.left(eq);
        const QStringView value = part.mid(eq + 1);
        if (key == u"FREQ") {
            hasFreq = true;
            if (value == u"DAILY")
                r.frequency = Frequency::Daily;
            else if (value == u"WEEKLY")
                r.frequency = Frequency::Weekly;
            else if (value == u"MONTHLY")
                r.frequency = Frequency::Monthly;
            else
                return invalid(QT_TRANSLATE_NOOP("msp::scheduling", "Only daily, weekly and monthly series exist."));
        } else if (key == u"INTERVAL") {
            r.interval = value.toInt();
        } else if (key == u"COUNT") {
            r.count = value.toInt();
        } else if (key == u"UNTIL") {
            QDateTime parsed = QDateTime::fromString(value.toString(), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
            parsed.setTimeSpec(Qt::UTC);
            if (!parsed.isValid())
                return invalid(QT_TRANSLATE_NOOP("msp::scheduling", "The stored repeat rule is unreadable."));
            r.until = time.localDate(parsed.toMSecsSinceEpoch());
        }
    }
    if (!hasFreq)
        return invalid(QT_TRANSLATE_NOOP("msp::scheduling", "The stored repeat rule is unreadable."));
    MSP_TRY(r.validate());
    return r;
}

QList<QDateTime> expandOccurrences(const RecurrenceRule &rule, const QDateTime &firstStart, const ClinicTime &time,
                                   const QList<QDateTime> &exceptions, int limit)
{
    QList<QDateTime> out;
    if (!rule.validate() || !firstStart.isValid())
        return out;
    const QDateTime local = time.toLocal(firstStart.toMSecsSinceEpoch());
    const QDate firstDay = local.date();
    const QTime wallClock = local.time();
    int generated = 0;
    for (int step = 0; generated < limit; ++step) {
        QDate day;
        switch (rule.frequency) {
        case RecurrenceRule::Frequency::Daily: day = firstDay.addDays(qint64(step) * rule.interval); break;
        case RecurrenceRule::Frequency::Weekly: day = firstDay.addDays(qint64(step) * rule.interval * 7); break;
        case RecurrenceRule::Frequency::Monthly: {
            const QDate month = QDate(firstDay.year(), firstDay.month(), 1).addMonths(step * rule.interval);
            if (firstDay.day() > month.daysInMonth()) {
                if (rule.until.isValid() && month > rule.until)
                    return out;
                continue; // no such day this month
            }
            day = QDate(month.year(), month.month(), firstDay.day());
            break;
        }
        }
        if (rule.until.isValid() && day > rule.until)
            break;
        const QDateTime start = time.toUtc(day, wallClock);
        ++generated;
        if (!exceptions.contains(start))
            out.append(start);
        if (rule.count > 0 && generated >= rule.count)
            break;
    }
    return out;
}

} // namespace msp::scheduling
