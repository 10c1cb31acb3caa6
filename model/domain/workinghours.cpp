#include "domain/workinghours.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace msp {

Result<void> WorkingHours::setSpans(int dayOfWeek, QList<DaySpan> spans)
{
    if (dayOfWeek < 1 || dayOfWeek > 7)
        return Error::invalid(QStringLiteral("workingHours"),
                              QCoreApplication::translate("msp::WorkingHours", "The day of the week must be 1 to 7."));
    std::sort(spans.begin(), spans.end(),
              [](const DaySpan &a, const DaySpan &b) { return a.startMinute < b.startMinute; });
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const DaySpan &s = spans.at(i);
        if (s.startMinute < 0 || s.endMinute > 24 * 60 || s.startMinute >= s.endMinute)
            return Error::invalid(
                QStringLiteral("workingHours"),
                QCoreApplication::translate("msp::WorkingHours",
                                            "Each working period must start before it ends, within the day."));
        if (i > 0 && spans.at(i - 1).endMinute > s.startMinute)
            return Error::invalid(
                QStringLiteral("workingHours"),
                QCoreApplication::translate("msp::WorkingHours", "Working periods on one day must not overlap."));
    }
    m_days[size_t(dayOfWeek - 1)] = std::move(spans);
    return ok();
}

bool WorkingHours::covers(int dayOfWeek, int fromMinute, int toMinute) const
{
    if (dayOfWeek < 1 || dayOfWeek > 7)
        return false;
    const auto &spans = m_days.at(size_t(dayOfWeek - 1));
    return std::any_of(spans.begin(), spans.end(), [&](const DaySpan &s) { return s.contains(fromMinute, toMinute); });
}

bool WorkingHours::isEmpty() const
{
    return std::all_of(m_days.begin(), m_days.end(), [](const auto &d) { return d.isEmpty(); });
}

QString WorkingHours::toJson() const
{
    QJsonObject o;
    for (int d = 1; d <= 7; ++d) {
        const auto &spans = m_days.at(size_t(d - 1));
        if (spans.isEmpty())
            continue;
        QJsonArray arr;
        for (const auto &s : spans)
            arr.append(QJsonArray {s.startMinute, s.endMinute});
        o.insert(QString::number(d), arr);
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<WorkingHours> WorkingHours::fromJson(QStringView json)
{
    const auto bad = [] {
        return Error::invalid(
            QStringLiteral("workingHours"),
            QCoreApplication::translate("msp::WorkingHours", "The stored working hours are unreadable."));
    };
    QJsonParseError err {};
    const auto doc = QJsonDocument::fromJson(json.toUtf8(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return bad();
    WorkingHours wh;
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool okDay = false;
        const int day = it.key().toInt(&okDay);
        if (!okDay || !it.value().isArray())
            return bad();
        QList<DaySpan> spans;
        for (const auto &v : it.value().toArray()) {
            const auto pair = v.toArray();
            if (pair.size() != 2)
                return bad();
            spans.append({pair.at(0).toInt(), pair.at(1).toInt()});
        }
        MSP_TRY(wh.setSpans(day, spans));
    }
    return wh;
}

WorkingHours WorkingHours::standardWeek()
{
    WorkingHours wh;
    for (int d = 1; d <= 5; ++d)
        (void)wh.setSpans(d, {{9 * 60, 12 * 60 + 30}, {13 * 60, 17 * 60}});
    return wh;
}

} // namespace msp
