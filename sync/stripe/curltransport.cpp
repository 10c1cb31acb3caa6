#include "curltransport.h"

#include <QCoreApplication>

#include <curl/curl.h>

namespace msp::stripe {

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

namespace {
// curl_global_init is not thread-safe before 7.84; do it once, early.
struct CurlGlobal {
    CurlGlobal() { curl_global_init(CURL_GLOBAL_DEFAULT); }
    ~CurlGlobal() { curl_global_cleanup(); }
};

size_t writeBody(char *data, size_t size, size_t count, void *user)
{
    static_cast<QByteArray *>(user)->append(data, qsizetype(size * count));
    return size * count;
}

size_t writeHeader(char *data, size_t size, size_t count, void *user)
{
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    auto *headers = static_cast<HttpHeaders *>(user);
    if (line.startsWith("HTTP/"))
        headers->clear(); // a new response (after a 100 Continue or a redirect)
    const qsizetype colon = line.indexOf(':');
    if (colon > 0)
        headers->append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    return size * count;
}
} // namespace

struct CurlTransport::Handle {
    CURL *easy = nullptr;
    ~Handle()
    {
        if (easy)
            curl_easy_cleanup(easy);
    }
};

CurlTransport::CurlTransport(CurlOptions options)
    : m_options(std::move(options))
    , m_handle(std::make_unique<Handle>())
{
    static CurlGlobal global;
    m_handle->easy = curl_easy_init();
}

CurlTransport::~CurlTransport() = default;

HttpOutcome CurlTransport::send(const HttpRequest &request)
{
    const QMutexLocker lock(&m_mutex);
    HttpOutcome out;
    CURL *easy = m_handle->easy;
    if (!easy) {
        out.failure = QCoreApplication::translate("msp::stripe", "The network library could not start.");
        return out;
    }
    curl_easy_reset(easy);
    curl_easy_setopt(easy, CURLOPT_URL, request.url.constData());
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, long(m_options.connectTimeoutMs));
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, long(m_options.totalTimeoutMs));
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(easy, CURLOPT_SSLVERSION, long(CURL_SSLVERSION_TLSv1_2));
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "https");
    curl_easy_setopt(easy, CURLOPT_USERAGENT, m_options.userAgent.constData());
    const QByteArray ca = m_options.caBundlePath.toLocal8Bit();
    if (!ca.isEmpty())
        curl_easy_setopt(easy, CURLOPT_CAINFO, ca.constData());
    if (request.method == "POST") {
        curl_easy_setopt(easy, CURLOPT_POST, 1L);
        curl_easy_setopt(easy, CURLOPT_POSTFIELDS, request.body.constData());
        curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE, long(request.body.size()));
    } else if (request.method != "GET") {
        curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, request.method.constData());
    }
    curl_slist *headers = nullptr;
    for (const auto &h : request.headers)
        headers = curl_slist_append(headers, QByteArray(h.first + ": " + h.second).constData());
    // No "Expect: 100-continue" round trip for small form bodies.
    headers = curl_slist_append(headers, "Expect:");
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &writeBody);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, &out.response.body);
    curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, &writeHeader);
    curl_easy_setopt(easy, CURLOPT_HEADERDATA, &out.response.headers);

    const CURLcode rc = curl_easy_perform(easy);
    curl_slist_free_all(headers);
    if (rc != CURLE_OK) {
        out.failure = QString::fromUtf8(curl_easy_strerror(rc));
        return out;
    }
    long status = 0;
    curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
    out.answered = true;
    out.response.status = int(status);
    return out;
}

} // namespace msp::stripe
