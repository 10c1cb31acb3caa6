#include "fakestripeserver.h"

#include "stripe/formbody.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslKey>
#include <QSslSocket>

namespace msp::test {

namespace {
QJsonObject error(const QString &type, const QString &message, const QString &code = {},
                  const QString &declineCode = {})
{
    QJsonObject e {{QStringLiteral("type"), type}, {QStringLiteral("message"), message}};
    if (!code.isEmpty())
        e.insert(QStringLiteral("code"), code);
    if (!declineCode.isEmpty())
        e.insert(QStringLiteral("decline_code"), declineCode);
    return {{QStringLiteral("error"), e}};
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 402: return "Request Failed";
    case 404: return "Not Found";
    default: return "Server Error";
    }
}
} // namespace

FakeStripeServer::FakeStripeServer(FakeStripe &owner)
    : m_owner(owner)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    QFile cert(QStringLiteral(MEDSPASYNC_FAKESTRIPE_DIR "/fakestripe.crt"));
    QFile key(QStringLiteral(MEDSPASYNC_FAKESTRIPE_DIR "/fakestripe.key"));
    if (cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly)) {
        tls.setLocalCertificate(QSslCertificate(cert.readAll()));
        tls.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa));
    }
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server.setSslConfiguration(tls);
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, &FakeStripeServer::onConnection);
    addReader(QStringLiteral("tmr_front_desk"), QStringLiteral("Front desk"), true);
    addReader(QStringLiteral("tmr_treatment_2"), QStringLiteral("Treatment room 2"), false);
}

void FakeStripeServer::addReader(const QString &id, const QString &label, bool online)
{
    if (!readers.contains(id))
        readerOrder.append(id);
    readers.insert(
        id,
        QJsonObject {{QStringLiteral("id"), id},
                     {QStringLiteral("object"), QStringLiteral("terminal.reader")},
                     {QStringLiteral("label"), label},
                     {QStringLiteral("device_type"), QStringLiteral("simulated_wisepos_e")},
                     {QStringLiteral("status"), online ? QStringLiteral("online") : QStringLiteral("offline")},
                     {QStringLiteral("livemode"), false},
                     {QStringLiteral("action"), QJsonValue::Null}});
}

FakeStripeServer::~FakeStripeServer()
{
    // Sockets die with the QSslServer member, after the other members are
    // gone: cut their connections to us first.
    m_server.close();
    const auto sockets = m_server.findChildren<QSslSocket *>();
    for (QSslSocket *socket : sockets) {
        socket->disconnect(this);
        delete socket;
    }
}

bool FakeStripeServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void FakeStripeServer::onConnection()
{
    while (m_server.hasPendingConnections()) {
        auto *socket = qobject_cast<QSslSocket *>(m_server.nextPendingConnection());
        if (!socket)
            continue;
        connect(socket, &QSslSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QSslSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void FakeStripeServer::onReadyRead(QSslSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer.append(socket->readAll());
    while (true) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        QHash<QByteArray, QByteArray> headers;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = headers.value("content-length", "0").toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        const QByteArray body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        handle(socket, requestLine.value(0), requestLine.value(1), headers, body);
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
    }
}

void FakeStripeServer::send(QSslSocket *socket, int status, const QByteArray &body, bool replayed)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + "\r\nContent-Type: application/json\r\nRequest-Id: req_fake\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n";
    if (replayed)
        head += "Idempotent-Replayed: true\r\n";
    socket->write(head + "\r\n" + body);
    // One request per connection: libcurl sends a request again by itself
    // when a reused connection dies before any answer, which would hide the
    // dropped answers this fake is asked to simulate.
    socket->disconnectFromHost();
}

void FakeStripeServer::handle(QSslSocket *socket, const QByteArray &method, const QByteArray &path,
                              const QHash<QByteArray, QByteArray> &headers, const QByteArray &body)
{
    QMutexLocker lock(&m_owner.m_mutex);
    FakeStripe::Request record {method, path, headers.value("idempotency-key"), body, false, 0};
    const auto finish = [&](int status, const QByteArray &json, bool replayed) {
        record.status = status;
        record.replayed = replayed;
        log.append(record);
        send(socket, status, json, replayed);
    };

    if (headers.value("authorization") != "Bearer " + FakeStripe::apiKey()) {
        const QJsonObject e
            = error(QStringLiteral("invalid_request_error"), QStringLiteral("Invalid API Key provided: sk_test_****"));
        finish(401, QJsonDocument(e).toJson(QJsonDocument::Compact), false);
        return;
    }
    std::optional<FakeStripe::Fault> fault;
    if (method == "POST" && !faults.isEmpty() && path.contains(faults.first().second))
        fault = faults.takeFirst().first;
    if (fault == FakeStripe::Fault::ServerError) {
        finish(
            500,
            QJsonDocument(error(QStringLiteral("api_error"), QStringLiteral("Something went wrong on Stripe's end.")))
                .toJson(QJsonDocument::Compact),
            false);
        return;
    }
    if (fault == FakeStripe::Fault::Timeout) {
        log.append(record);
        return; // the socket stays open and silent until the client gives up
    }

    const QByteArray key = record.idempotencyKey;
    const QByteArray fingerprint = method + ' ' + path + '\n' + body;
    int status = 0;
    QByteArray json;
    bool replayed = false;
    if (method == "POST" && !key.isEmpty() && m_idempotent.contains(key)) {
        const Stored &stored = m_idempotent[key];
        if (stored.fingerprint != fingerprint) {
            status = 400;
            json = QJsonDocument(error(QStringLiteral("idempotency_error"),
                                       QStringLiteral("Keys for idempotent requests can only be used with the same "
                                                      "parameters they were first used with.")))
                       .toJson(QJsonDocument::Compact);
        } else {
            status = stored.status;
            json = stored.body;
            replayed = true;
        }
    } else {
        QHash<QString, QString> form;
        for (const auto &[k, v] : stripe::FormBody::decode(body))
            form.insert(k, v);
        const Answer a = route(method, path, form);
        status = a.status;
        json = QJsonDocument(a.body).toJson(QJsonDocument::Compact);
        if (method == "POST" && !key.isEmpty())
            m_idempotent.insert(key, Stored {fingerprint, status, json});
    }
    if (fault == FakeStripe::Fault::DropAfterCharge) {
        record.status = 0;
        log.append(record);
        socket->abort();
        return;
    }
    finish(status, json, replayed);
}

FakeStripeServer::Answer FakeStripeServer::route(const QByteArray &method, const QByteArray &path,
                                                 const QHash<QString, QString> &form)
{
    const QList<QByteArray> parts = path.left(path.indexOf('?') < 0 ? path.size() : path.indexOf('?')).split('/');
    // "", "v1", "payment_intents", id, action
    const QString resource = QString::fromLatin1(parts.value(2));
    const QString id = QString::fromLatin1(parts.value(3));
    const QString action = QString::fromLatin1(parts.value(4));
    if (resource == u"payment_intents" && id.isEmpty() && method == "POST")
        return createIntent(form);
    if (resource == u"payment_intents" && m_intents.contains(id)) {
        QJsonObject &pi = m_intents[id];
        const QString status = pi.value(QStringLiteral("status")).toString();
        if (method == "GET" && action.isEmpty())
            return {200, pi};
        if (action == u"confirm")
            return confirmIntent(pi, form.value(QStringLiteral("payment_method")));
        if (action == u"capture") {
            if (status != u"requires_capture")
                return {400,
                        error(QStringLiteral("invalid_request_error"),
                              QStringLiteral("This PaymentIntent could not be captured because it has a status "
                                             "of %1.")
                                  .arg(status),
                              QStringLiteral("payment_intent_unexpected_state"))};
            const qint64 amount = form.value(QStringLiteral("amount_to_capture"),
                                             QString::number(pi.value(QStringLiteral("amount")).toInteger()))
                                      .toLongLong();
            pi.insert(QStringLiteral("amount_received"), amount);
            pi.insert(QStringLiteral("amount_capturable"), 0);
            pi.insert(QStringLiteral("status"), QStringLiteral("succeeded"));
            return {200, pi};
        }
        if (action == u"cancel") {
            if (status == u"succeeded")
                return {400,
                        error(QStringLiteral("invalid_request_error"),
                              QStringLiteral("You cannot cancel this PaymentIntent because it has a status of "
                                             "succeeded."),
                              QStringLiteral("payment_intent_unexpected_state"))};
            pi.insert(QStringLiteral("status"), QStringLiteral("canceled"));
            pi.insert(QStringLiteral("cancellation_reason"), form.value(QStringLiteral("cancellation_reason")));
            return {200, pi};
        }
    }
    if (resource == u"refunds" && method == "POST")
        return refund(form);
    if (resource == u"customers" && method == "POST") {
        QJsonObject metadata;
        for (auto it = form.cbegin(); it != form.cend(); ++it)
            if (it.key().startsWith(u"metadata["))
                metadata.insert(it.key().mid(9).chopped(1), it.value());
        return {200,
                {{QStringLiteral("id"), QStringLiteral("cus_%1").arg(m_nextId++)},
                 {QStringLiteral("object"), QStringLiteral("customer")},
                 {QStringLiteral("metadata"), metadata}}};
    }
    if (resource == u"setup_intents" && method == "POST") {
        const QString sid = QStringLiteral("seti_%1").arg(m_nextId++);
        return {200,
                {{QStringLiteral("id"), sid},
                 {QStringLiteral("object"), QStringLiteral("setup_intent")},
                 {QStringLiteral("status"), QStringLiteral("requires_payment_method")},
                 {QStringLiteral("customer"), form.value(QStringLiteral("customer"))},
                 {QStringLiteral("client_secret"), QString(sid + QStringLiteral("_secret_fake"))}}};
    }
    if (resource == u"terminal" && id == u"readers")
        return reader(method, QString::fromLatin1(parts.value(4)), QString::fromLatin1(parts.value(5)), form);
    if (resource == u"test_helpers" && id == u"terminal" && parts.value(4) == "readers"
        && parts.value(6) == "present_payment_method" && method == "POST")
        return presentCard(QString::fromLatin1(parts.value(5)), form);
    return {404,
            error(QStringLiteral("invalid_request_error"),
                  QStringLiteral("Unrecognized request URL (%1: %2).")
                      .arg(QString::fromLatin1(method), QString::fromLatin1(path)))};
}

FakeStripeServer::Answer FakeStripeServer::reader(const QByteArray &method, const QString &readerId,
                                                  const QString &action, const QHash<QString, QString> &form)
{
    if (readerId.isEmpty() && method == "GET") {
        QJsonArray data;
        for (const QString &id : std::as_const(readerOrder))
            data.append(readers.value(id));
        return {200,
                {{QStringLiteral("object"), QStringLiteral("list")},
                 {QStringLiteral("url"), QStringLiteral("/v1/terminal/readers")},
                 {QStringLiteral("has_more"), false},
                 {QStringLiteral("data"), data}}};
    }
    if (!readers.contains(readerId))
        return {404,
                error(QStringLiteral("invalid_request_error"),
                      QStringLiteral("No such terminal.reader: '%1'").arg(readerId),
                      QStringLiteral("resource_missing"))};
    QJsonObject &r = readers[readerId];
    QJsonObject current = r.value(QStringLiteral("action")).toObject();
    const bool busy = current.value(QStringLiteral("status")).toString() == u"in_progress";
    if (method == "GET" && action.isEmpty())
        return {200, r};
    if (method == "POST" && action == u"process_payment_intent") {
        const QString intent = form.value(QStringLiteral("payment_intent"));
        if (!m_intents.contains(intent))
            return {400,
                    error(QStringLiteral("invalid_request_error"),
                          QStringLiteral("No such payment_intent: '%1'").arg(intent),
                          QStringLiteral("resource_missing"))};
        if (r.value(QStringLiteral("status")).toString() != u"online")
            return {400,
                    error(QStringLiteral("invalid_request_error"),
                          QStringLiteral("Reader is currently offline, please ensure the reader is powered on and "
                                         "connected to the internet before retrying your request."),
                          QStringLiteral("terminal_reader_offline"))};
        if (busy)
            return {400,
                    error(QStringLiteral("invalid_request_error"),
                          QStringLiteral("Reader is currently busy processing another request."),
                          QStringLiteral("terminal_reader_busy"))};
        r.insert(QStringLiteral("action"),
                 QJsonObject {{QStringLiteral("type"), QStringLiteral("process_payment_intent")},
                              {QStringLiteral("status"), QStringLiteral("in_progress")},
                              {QStringLiteral("failure_code"), QJsonValue::Null},
                              {QStringLiteral("failure_message"), QJsonValue::Null},
                              {QStringLiteral("process_payment_intent"),
                               QJsonObject {{QStringLiteral("payment_intent"), intent}}}});
        return {200, r};
    }
    if (method == "POST" && action == u"cancel_action") {
        if (!busy)
            return {400,
                    error(QStringLiteral("invalid_request_error"),
                          QStringLiteral("This reader has no action in progress to cancel."),
                          QStringLiteral("terminal_reader_action_unexpected_state"))};
        current.insert(QStringLiteral("status"), QStringLiteral("failed"));
        current.insert(QStringLiteral("failure_code"), QStringLiteral("canceled"));
        current.insert(QStringLiteral("failure_message"), QStringLiteral("The action was canceled."));
        r.insert(QStringLiteral("action"), current);
        return {200, r};
    }
    return {404, error(QStringLiteral("invalid_request_error"), QStringLiteral("Unrecognized request URL."))};
}

FakeStripeServer::Answer FakeStripeServer::presentCard(const QString &readerId, const QHash<QString, QString> &form)
{
    if (!readers.contains(readerId))
        return {404,
                error(QStringLiteral("invalid_request_error"),
                      QStringLiteral("No such terminal.reader: '%1'").arg(readerId),
                      QStringLiteral("resource_missing"))};
    QJsonObject &r = readers[readerId];
    QJsonObject current = r.value(QStringLiteral("action")).toObject();
    if (current.value(QStringLiteral("status")).toString() != u"in_progress")
        return {400,
                error(QStringLiteral("invalid_request_error"),
                      QStringLiteral("This reader is not waiting for a payment method."),
                      QStringLiteral("terminal_reader_action_unexpected_state"))};
    const QString intentId = current.value(QStringLiteral("process_payment_intent"))
                                 .toObject()
                                 .value(QStringLiteral("payment_intent"))
                                 .toString();
    // As in Stripe's test mode: this card number is declined, any other is approved.
    const bool declined = form.value(QStringLiteral("card_present[number]")) == u"4000000000000002";
    const Answer confirmed
        = confirmIntent(m_intents[intentId],
                        declined ? QStringLiteral("pm_card_chargeDeclined") : QStringLiteral("pm_card_present_visa"));
    if (confirmed.status == 200) {
        current.insert(QStringLiteral("status"), QStringLiteral("succeeded"));
    } else {
        current.insert(QStringLiteral("status"), QStringLiteral("failed"));
        current.insert(QStringLiteral("failure_code"), QStringLiteral("card_declined"));
        current.insert(QStringLiteral("failure_message"), QStringLiteral("Your card was declined."));
    }
    r.insert(QStringLiteral("action"), current);
    return {200, r};
}

FakeStripeServer::Answer FakeStripeServer::createIntent(const QHash<QString, QString> &form)
{
    bool ok = false;
    const qint64 amount = form.value(QStringLiteral("amount")).toLongLong(&ok);
    if (!ok || amount < 50)
        return {400,
                error(QStringLiteral("invalid_request_error"), QStringLiteral("Amount must be at least $0.50 usd"),
                      QStringLiteral("amount_too_small"))};
    if (form.value(QStringLiteral("currency")).isEmpty())
        return {400,
                error(QStringLiteral("invalid_request_error"), QStringLiteral("Missing required param: currency."),
                      QStringLiteral("parameter_missing"))};
    const QString id = QStringLiteral("pi_fake%1").arg(m_nextId++);
    QJsonObject metadata;
    for (auto it = form.cbegin(); it != form.cend(); ++it)
        if (it.key().startsWith(u"metadata["))
            metadata.insert(it.key().mid(9).chopped(1), it.value());
    QJsonObject pi {
        {QStringLiteral("id"), id},
        {QStringLiteral("object"), QStringLiteral("payment_intent")},
        {QStringLiteral("amount"), amount},
        {QStringLiteral("amount_received"), 0},
        {QStringLiteral("amount_capturable"), 0},
        {QStringLiteral("currency"), form.value(QStringLiteral("currency"))},
        {QStringLiteral("capture_method"), form.value(QStringLiteral("capture_method"), QStringLiteral("automatic"))},
        {QStringLiteral("client_secret"), QString(id + QStringLiteral("_secret_fake"))},
        {QStringLiteral("customer"), form.value(QStringLiteral("customer"))},
        {QStringLiteral("metadata"), metadata},
        {QStringLiteral("status"), QStringLiteral("requires_payment_method")}};
    m_intents.insert(id, pi);
    if (form.value(QStringLiteral("confirm")) == u"true")
        return confirmIntent(m_intents[id], form.value(QStringLiteral("payment_method")));
    if (!form.value(QStringLiteral("payment_method")).isEmpty()) {
        m_intents[id].insert(QStringLiteral("status"), QStringLiteral("requires_confirmation"));
        m_intents[id].insert(QStringLiteral("payment_method"), form.value(QStringLiteral("payment_method")));
    }
    return {200, m_intents[id]};
}

FakeStripeServer::Answer FakeStripeServer::confirmIntent(QJsonObject &pi, const QString &paymentMethod)
{
    const QString pm = paymentMethod.isEmpty() ? pi.value(QStringLiteral("payment_method")).toString() : paymentMethod;
    const QString status = pi.value(QStringLiteral("status")).toString();
    if (status == u"succeeded" || status == u"canceled" || status == u"requires_capture")
        return {
            400,
            error(QStringLiteral("invalid_request_error"),
                  QStringLiteral("You cannot confirm this PaymentIntent because it has a status of %1.").arg(status),
                  QStringLiteral("payment_intent_unexpected_state"))};
    if (pm.isEmpty())
        return {400,
                error(QStringLiteral("invalid_request_error"),
                      QStringLiteral("You cannot confirm this PaymentIntent because it's missing a payment "
                                     "method."),
                      QStringLiteral("payment_intent_unexpected_state"))};
    pi.insert(QStringLiteral("payment_method"), pm);
    QString decline;
    if (pm == u"pm_card_chargeDeclinedInsufficientFunds")
        decline = QStringLiteral("insufficient_funds");
    else if (pm == u"pm_card_chargeDeclined")
        decline = QStringLiteral("generic_decline");
    if (!decline.isEmpty()) {
        QJsonObject e = error(QStringLiteral("card_error"),
                              decline == u"insufficient_funds" ? QStringLiteral("Your card has insufficient funds.")
                                                               : QStringLiteral("Your card was declined."),
                              QStringLiteral("card_declined"), decline);
        pi.insert(QStringLiteral("status"), QStringLiteral("requires_payment_method"));
        pi.insert(QStringLiteral("last_payment_error"), e.value(QStringLiteral("error")));
        QJsonObject inner = e.value(QStringLiteral("error")).toObject();
        inner.insert(QStringLiteral("payment_intent"), pi);
        e.insert(QStringLiteral("error"), inner);
        return {402, e};
    }
    const qint64 amount = pi.value(QStringLiteral("amount")).toInteger();
    if (pi.value(QStringLiteral("capture_method")).toString() == u"manual") {
        pi.insert(QStringLiteral("status"), QStringLiteral("requires_capture"));
        pi.insert(QStringLiteral("amount_capturable"), amount);
    } else {
        pi.insert(QStringLiteral("status"), QStringLiteral("succeeded"));
        pi.insert(QStringLiteral("amount_received"), amount);
    }
    pi.insert(QStringLiteral("latest_charge"), QStringLiteral("ch_fake%1").arg(m_nextId++));
    ++charges;
    return {200, pi};
}

FakeStripeServer::Answer FakeStripeServer::refund(const QHash<QString, QString> &form)
{
    const QString intent = form.value(QStringLiteral("payment_intent"));
    if (!m_intents.contains(intent))
        return {400,
                error(QStringLiteral("invalid_request_error"),
                      QStringLiteral("No such payment_intent: '%1'").arg(intent), QStringLiteral("resource_missing"))};
    QJsonObject &pi = m_intents[intent];
    const qint64 received = pi.value(QStringLiteral("amount_received")).toInteger();
    const qint64 already = pi.value(QStringLiteral("amount_refunded")).toInteger();
    const qint64 amount = form.value(QStringLiteral("amount"), QString::number(received - already)).toLongLong();
    if (amount <= 0 || amount > received - already)
        return {400,
                error(QStringLiteral("invalid_request_error"),
                      QStringLiteral("Refund amount ($%1) is greater than unrefunded amount on charge ($%2)")
                          .arg(amount / 100.0, 0, 'f', 2)
                          .arg((received - already) / 100.0, 0, 'f', 2),
                      QStringLiteral("amount_too_large"))};
    pi.insert(QStringLiteral("amount_refunded"), already + amount);
    refunded += amount;
    return {200,
            {{QStringLiteral("id"), QStringLiteral("re_fake%1").arg(m_nextId++)},
             {QStringLiteral("object"), QStringLiteral("refund")},
             {QStringLiteral("amount"), amount},
             {QStringLiteral("currency"), pi.value(QStringLiteral("currency"))},
             {QStringLiteral("payment_intent"), intent},
             {QStringLiteral("reason"), form.value(QStringLiteral("reason"))},
             {QStringLiteral("status"), QStringLiteral("succeeded")}}};
}

} // namespace msp::test
