#include "protocol/wiretime.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace msp::protocol {

QString encodeTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

Result<QDateTime> decodeTime(const QString &text, QStringView field)
{
    auto t = QDateTime::fromString(text, Qt::ISODateWithMs);
    // Without an offset the instant is ambiguous; the wire is UTC only.
    if (!t.isValid() || !(text.endsWith(u'Z') || text.contains(u'+') || text.lastIndexOf(u'-') > 9))
        return Error::invalid(field.toString(),
                              QCoreApplication::translate("msp::protocol",
                                                          "The field \"%1\" must be an ISO 8601 time in UTC, "
                                                          "like 2025-03-01T09:30:00.000Z.")
                                  .arg(field));
    return t.toUTC();
}

} // namespace msp::protocol
