#include "stripegateway.h"

#include "stripeerror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QThread>
#include <QUrl>

Q_LOGGING_CATEGORY(lcStripe, "medspasync.stripe")

namespace msp::stripe {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("msp::stripe", text);
}

template<typename T>
Result<T> as(Result<QJsonObject> json)
{
    if (!json)
        return json.error();
    return T::fromJson(*json);
}

void addMetadata(FormBody &form, const QList<QPair<QString, QString>> &metadata)
{
    for (const auto &[key, value] : metadata)
        form.addNested(QStringLiteral("metadata"), key, value);
}
} // namespace

StripeGateway::StripeGateway(StripeConfig config, std::unique_ptr<HttpTransport> transport)
    : m_config(std::move(config))
    , m_transport(std::move(transport))
    , m_sleep([](int ms) { QThread::msleep(ulong(ms)); })
{
    while (m_config.baseUrl.endsWith(u'/'))
        m_config.baseUrl.chop(1);
}

StripeGateway::~StripeGateway() = default;

QByteArray StripeGateway::idempotencyKey(const QString &localId, QStringView operation)
{
    return QByteArray("msp-" + localId.toLatin1() + '-' + operation.toLatin1());
}

int StripeGateway::backoffMs(int attempt, const HttpResponse *response) const
{
    if (response) {
        bool ok = false;
        const int retryAfter = response->header("Retry-After").toInt(&ok);
        if (ok && retryAfter >= 0)
            return std::min(retryAfter * 1000, m_config.retry.maxDelayMs);
    }
    const qint64 full
        = std::min<qint64>(qint64(m_config.retry.baseDelayMs) << std::min(attempt - 1, 20), m_config.retry.maxDelayMs);
    // Half fixed, half random, so many clients recovering at once spread out.
    return int(full / 2 + QRandomGenerator::global()->bounded(full / 2 + 1));
}

Result<QJsonObject> StripeGateway::call(const QByteArray &method, const QString &path, const FormBody &form,
                                        const QByteArray &idempotencyKey)
{
    HttpRequest request;
    request.method = method;
    request.url = (m_config.baseUrl + path).toUtf8();
    using Header = QPair<QByteArray, QByteArray>;
    request.headers
        = {Header("Authorization", QByteArray("Bearer " + m_config.apiKey)), Header("Accept", "application/json")};
    if (!m_config.apiVersion.isEmpty())
        request.headers.append(Header("Stripe-Version", m_config.apiVersion));
    if (method == "POST") {
        request.headers.append(Header("Content-Type", "application/x-www-form-urlencoded"));
        request.headers.append(Header("Idempotency-Key", idempotencyKey));
        request.body = form.encode();
    }

    QString lastFailure;
    std::optional<StripeError> lastError;
    const int attempts = std::max(1, m_config.retry.maxAttempts);
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        m_lastAttempts = attempt;
        const HttpOutcome outcome = m_transport->send(request);
        const HttpResponse *response = outcome.answered ? &outcome.response : nullptr;
        bool retry = false;
        if (!outcome.answered) {
            qCWarning(lcStripe) << method << path << "no answer, attempt" << attempt;
            lastFailure = outcome.failure;
            retry = true;
        } else {
            const int status = outcome.response.status;
            qCInfo(lcStripe) << method << path << status << "request" << outcome.response.header("Request-Id")
                             << "attempt" << attempt;
            if (status >= 200 && status < 300) {
                QJsonParseError parseError;
                const QJsonDocument doc = QJsonDocument::fromJson(outcome.response.body, &parseError);
                if (!doc.isObject())
                    return Error {ErrorCode::Internal, tr("Stripe's answer could not be read."),
                                  failureKindKey(FailureKind::Invalid)};
                return doc.object();
            }
            StripeError error = StripeError::parse(status, outcome.response.body);
            error.requestId = QString::fromLatin1(outcome.response.header("Request-Id"));
            const QByteArray should = outcome.response.header("Stripe-Should-Retry");
            retry = should == "true" || (should != "false" && (status == 429 || status >= 500));
            if (!retry)
                return error.toError();
            lastError = error;
        }
        if (attempt < attempts)
            m_sleep(backoffMs(attempt, response));
    }
    if (lastError && lastFailure.isEmpty())
        return lastError->toError();
    return Error {ErrorCode::Internal,
                  tr("Stripe could not be reached (%1). Check the internet connection and try again: the payment "
                     "keeps its key, so a retry cannot charge twice.")
                      .arg(lastFailure),
                  failureKindKey(FailureKind::Unreachable)};
}

Result<PaymentIntent> StripeGateway::createPaymentIntent(const QString &localPaymentId, const PaymentIntentRequest &r)
{
    if (r.amount <= 0)
        return Error::invalid(QStringLiteral("amount"), tr("A card payment must be more than zero."));
    FormBody form;
    form.add(QStringLiteral("amount"), r.amount).add(QStringLiteral("currency"), currencyForStripe(r.currency));
    if (!r.customer.isEmpty())
        form.add(QStringLiteral("customer"), r.customer);
    if (!r.paymentMethod.isEmpty())
        form.add(QStringLiteral("payment_method"), r.paymentMethod);
    if (r.cardPresent)
        form.addArray(QStringLiteral("payment_method_types"), {QStringLiteral("card_present")});
    if (r.confirm)
        form.add(QStringLiteral("confirm"), QStringLiteral("true"));
    if (r.manualCapture || r.cardPresent)
        form.add(QStringLiteral("capture_method"), QStringLiteral("manual"));
    if (!r.description.isEmpty())
        form.add(QStringLiteral("description"), r.description);
    addMetadata(form, r.metadata);
    form.addNested(QStringLiteral("metadata"), QStringLiteral("msp_payment_id"), localPaymentId);
    if (!m_config.orgId.isEmpty())
        form.addNested(QStringLiteral("metadata"), QStringLiteral("msp_org_id"), m_config.orgId);
    return as<PaymentIntent>(
        call("POST", QStringLiteral("/v1/payment_intents"), form, idempotencyKey(localPaymentId, u"create")));
}

Result<PaymentIntent> StripeGateway::confirmPaymentIntent(const QString &localPaymentId, const QString &intentId,
                                                          const QString &paymentMethod)
{
    FormBody form;
    if (!paymentMethod.isEmpty())
        form.add(QStringLiteral("payment_method"), paymentMethod);
    return as<PaymentIntent>(call("POST", QStringLiteral("/v1/payment_intents/%1/confirm").arg(intentId), form,
                                  idempotencyKey(localPaymentId, u"confirm")));
}

Result<PaymentIntent> StripeGateway::capturePaymentIntent(const QString &localPaymentId, const QString &intentId,
                                                          std::optional<qint64> amountToCapture)
{
    FormBody form;
    if (amountToCapture)
        form.add(QStringLiteral("amount_to_capture"), *amountToCapture);
    return as<PaymentIntent>(call("POST", QStringLiteral("/v1/payment_intents/%1/capture").arg(intentId), form,
                                  idempotencyKey(localPaymentId, u"capture")));
}

Result<PaymentIntent> StripeGateway::cancelPaymentIntent(const QString &localPaymentId, const QString &intentId,
                                                         const QString &reason)
{
    FormBody form;
    if (!reason.isEmpty())
        form.add(QStringLiteral("cancellation_reason"), reason);
    return as<PaymentIntent>(call("POST", QStringLiteral("/v1/payment_intents/%1/cancel").arg(intentId), form,
                                  idempotencyKey(localPaymentId, u"cancel")));
}

Result<PaymentIntent> StripeGateway::retrievePaymentIntent(const QString &intentId)
{
    return as<PaymentIntent>(call("GET", QStringLiteral("/v1/payment_intents/%1").arg(intentId), {}, {}));
}

Result<Refund> StripeGateway::createRefund(const QString &localRefundId, const QString &paymentIntentId, qint64 amount,
                                           const QString &reason)
{
    if (amount <= 0)
        return Error::invalid(QStringLiteral("amount"), tr("A refund must be more than zero."));
    FormBody form;
    form.add(QStringLiteral("payment_intent"), paymentIntentId).add(QStringLiteral("amount"), amount);
    if (!reason.isEmpty())
        form.add(QStringLiteral("reason"), reason);
    form.addNested(QStringLiteral("metadata"), QStringLiteral("msp_refund_id"), localRefundId);
    if (!m_config.orgId.isEmpty())
        form.addNested(QStringLiteral("metadata"), QStringLiteral("msp_org_id"), m_config.orgId);
    return as<Refund>(call("POST", QStringLiteral("/v1/refunds"), form, idempotencyKey(localRefundId, u"refund")));
}

Result<Customer> StripeGateway::createCustomer(const QString &localClientId)
{
    FormBody form;
    form.addNested(QStringLiteral("metadata"), QStringLiteral("msp_client_id"), localClientId);
    return as<Customer>(
        call("POST", QStringLiteral("/v1/customers"), form, idempotencyKey(localClientId, u"customer")));
}

Result<SetupIntent> StripeGateway::createSetupIntent(const QString &localId, const QString &customerId)
{
    FormBody form;
    form.add(QStringLiteral("customer"), customerId)
        .add(QStringLiteral("usage"), QStringLiteral("off_session"))
        .addArray(QStringLiteral("payment_method_types"), {QStringLiteral("card")});
    return as<SetupIntent>(call("POST", QStringLiteral("/v1/setup_intents"), form, idempotencyKey(localId, u"setup")));
}

Result<ReaderAction> StripeGateway::processPaymentIntentOnReader(const QString &localPaymentId, const QString &readerId,
                                                                 const QString &intentId)
{
    FormBody form;
    form.add(QStringLiteral("payment_intent"), intentId);
    return as<ReaderAction>(call("POST", QStringLiteral("/v1/terminal/readers/%1/process_payment_intent").arg(readerId),
                                 form, idempotencyKey(localPaymentId, u"reader")));
}

QString StripeGateway::pathPart(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

Result<QList<ReaderAction>> StripeGateway::listReaders()
{
    auto json = call("GET", QStringLiteral("/v1/terminal/readers?limit=100"), {}, {});
    if (!json)
        return json.error();
    QList<ReaderAction> readers;
    const QJsonArray data = json->value(QLatin1String("data")).toArray();
    for (const QJsonValue &v : data)
        readers.append(ReaderAction::fromJson(v.toObject()));
    return readers;
}

Result<ReaderAction> StripeGateway::retrieveReader(const QString &readerId)
{
    return as<ReaderAction>(call("GET", QStringLiteral("/v1/terminal/readers/%1").arg(pathPart(readerId)), {}, {}));
}

Result<ReaderAction> StripeGateway::cancelReaderAction(const QString &localId, const QString &readerId)
{
    return as<ReaderAction>(call("POST",
                                 QStringLiteral("/v1/terminal/readers/%1/cancel_action").arg(pathPart(readerId)), {},
                                 idempotencyKey(localId, u"reader-cancel")));
}

Result<ReaderAction> StripeGateway::presentTestCardOnReader(const QString &localId, const QString &readerId,
                                                            const QString &cardNumber)
{
    FormBody form;
    form.add(QStringLiteral("type"), QStringLiteral("card_present"));
    if (!cardNumber.isEmpty())
        form.addNested(QStringLiteral("card_present"), QStringLiteral("number"), cardNumber);
    return as<ReaderAction>(call(
        "POST", QStringLiteral("/v1/test_helpers/terminal/readers/%1/present_payment_method").arg(pathPart(readerId)),
        form, idempotencyKey(localId, u"reader-present")));
}

} // namespace msp::stripe
