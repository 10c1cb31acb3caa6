#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace msp::stripe {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest {
    QByteArray method; // "GET", "POST"
    QByteArray url;
    HttpHeaders headers;
    QByteArray body;
};

struct HttpResponse {
    int status = 0;
    HttpHeaders headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const; // case-insensitive, empty when absent
};

// What came back: an HTTP answer, or no answer at all (could not connect,
// TLS failure, timeout, connection dropped). With no answer the request may
// or may not have been carried out by the server.
struct HttpOutcome {
    bool answered = false;
    HttpResponse response;
    QString failure; // for the log and the person: what went wrong on the way
};

// The swappable edge of the Stripe gateway: libcurl in the app, anything in
// a test. Implementations block until the answer or their timeout.
class HttpTransport
{
public:
    virtual ~HttpTransport() = default;
    virtual HttpOutcome send(const HttpRequest &request) = 0;
};

} // namespace msp::stripe
