#pragma once

#include "httptransport.h"

#include <QMutex>
#include <QString>

#include <memory>

namespace msp::stripe {

struct CurlOptions {
    int connectTimeoutMs = 10000;
    int totalTimeoutMs = 80000; // Stripe's own libraries wait 80 s
    QString caBundlePath; // empty: the system's trust store
    QByteArray userAgent = "MedSpaSync-Pro";
};

// HTTPS through libcurl, TLS 1.2 or newer, the peer always verified. One easy
// handle reused for keep-alive; calls from several threads (a card charge, a
// reader poll, the start-up recovery) take turns on it.
class CurlTransport : public HttpTransport
{
public:
    explicit CurlTransport(CurlOptions options = {});
    ~CurlTransport() override;
    HttpOutcome send(const HttpRequest &request) override;

private:
    struct Handle;
    CurlOptions m_options;
    QMutex m_mutex; // guards m_handle
    std::unique_ptr<Handle> m_handle;
};

} // namespace msp::stripe
