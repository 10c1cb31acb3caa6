#pragma once

#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace msp::server {

// The network layer's view of a request, free of Beast types so handlers
// compile without Beast's headers.
struct HttpRequest {
    std::string method;
    std::string path;
    std::map<std::string, std::string> query;
    std::map<std::string, std::string> headers; // lower-case names
    std::string body;
    std::string remoteAddress;
    std::string requestId;

    std::string header(const std::string &lowerName) const
    {
        const auto it = headers.find(lowerName);
        return it == headers.end() ? std::string() : it->second;
    }
};

struct HttpResponse {
    int status = 200;
    std::string contentType = "application/json";
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;
};

using Responder = std::function<void(HttpResponse)>;

} // namespace msp::server
