#include "common/displayformat.h"

#include <QLocale>

namespace msp::ui {

QString shortTime(QTime time)
{
    const QLocale locale;
    static const QString format = [&locale] {
        QString f = locale.timeFormat(QLocale::ShortFormat);
        f.remove(QStringLiteral(":ss"));
        f.remove(QStringLiteral(".ss"));
        return f;
    }();
    return locale.toString(time, format);
}

QString shortDate(QDate date)
{
    if (!date.isValid())
        return {};
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return locale.toString(date, format);
}

} // namespace msp::ui
