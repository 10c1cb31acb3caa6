#include "protocol/apierror.h"

#include "protocol/jsonread.h"

#include <QJsonDocument>

namespace msp::protocol {

QByteArray encodeApiError(const ApiError &error)
{
    QJsonObject inner {{QStringLiteral("code"), error.code}, {QStringLiteral("message"), error.message}};
    if (!error.field.isEmpty())
        inner.insert(QStringLiteral("field"), error.field);
    return QJsonDocument(QJsonObject {{QStringLiteral("error"), inner}}).toJson(QJsonDocument::Compact);
}

Result<ApiError> decodeApiError(const QByteArray &json)
{
    auto root = json::parseObject(json);
    MSP_TRY(root);
    auto inner = json::requireObject(*root, u"error");
    MSP_TRY(inner);
    ApiError e;
    auto code = json::requireString(*inner, u"code");
    MSP_TRY(code);
    auto message = json::requireString(*inner, u"message");
    MSP_TRY(message);
    auto field = json::optionalString(*inner, u"field");
    MSP_TRY(field);
    e.code = *code;
    e.message = *message;
    e.field = *field;
    return e;
}

} // namespace msp::protocol
