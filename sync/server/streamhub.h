#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>

namespace msp::server {

class Metrics;

// Open WSS streams by clinic. A hint reaches every stream of the clinic on
// this instance; other instances get it through LISTEN/NOTIFY.
class StreamHub
{
public:
    using Sender = std::function<void(const std::string &message)>;
    std::uint64_t subscribe(const std::string &orgId, Sender sender);
    void unsubscribe(std::uint64_t id);
    int broadcast(const std::string &orgId, const std::string &message);

private:
    struct Entry {
        std::string orgId;
        Sender sender;
    };
    std::mutex m_mutex;
    std::uint64_t m_next = 1;
    std::map<std::uint64_t, Entry> m_streams;
};

} // namespace msp::server
