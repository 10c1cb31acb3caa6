#include "protocol/jsonread.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace msp::protocol::json {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("msp::protocol", text);
}

Error wrongType(QStringView key, const char *expected)
{
    return Error::invalid(key.toString(), tr("The field \"%1\" must be %2.").arg(key, tr(expected)));
}

Error missing(QStringView key)
{
    return Error::invalid(key.toString(), tr("The field \"%1\" is missing.").arg(key));
}
} // namespace

Result<QJsonObject> parseObject(const QByteArray &json)
{
    if (json.trimmed().isEmpty())
        return Error::invalid({}, tr("The request body is empty; send a JSON object."));
    QJsonParseError err;
    const auto doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return Error::invalid(
            {}, tr("The body is not valid JSON (%1 at offset %2).").arg(err.errorString()).arg(err.offset));
    if (!doc.isObject())
        return Error::invalid({}, tr("The body must be a JSON object."));
    return doc.object();
}

Result<QString> requireString(const QJsonObject &o, QStringView key, bool allowEmpty)
{
    const auto v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return missing(key);
    if (!v.isString())
        return wrongType(key, "a string");
    if (!allowEmpty && v.toString().isEmpty())
        return Error::invalid(key.toString(), tr("The field \"%1\" must not be empty.").arg(key));
    return v.toString();
}

Result<QString> optionalString(const QJsonObject &o, QStringView key)
{
    const auto v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return QString();
    if (!v.isString())
        return wrongType(key, "a string");
    return v.toString();
}

Result<qint64> requireInt(const QJsonObject &o, QStringView key)
{
    const auto v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return missing(key);
    // JSON numbers are doubles; accept only integral values exactly representable.
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || std::isnan(d) || std::floor(d) != d || std::fabs(d) > 9007199254740991.0)
        return wrongType(key, "an integer");
    return static_cast<qint64>(d);
}

Result<bool> optionalBool(const QJsonObject &o, QStringView key, bool fallback)
{
    const auto v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isBool())
        return wrongType(key, "true or false");
    return v.toBool();
}

Result<QJsonObject> requireObject(const QJsonObject &o, QStringView key)
{
    const auto v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return missing(key);
    if (!v.isObject())
        return wrongType(key, "an object");
    return v.toObject();
}

Result<QJsonArray> requireArray(const QJsonObject &o, QStringView key)
{
    const auto v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return missing(key);
    if (!v.isArray())
        return wrongType(key, "an array");
    return v.toArray();
}

} // namespace msp::protocol::json
