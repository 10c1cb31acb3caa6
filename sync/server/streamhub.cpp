#include "streamhub.h"

#include <vector>

namespace msp::server {

std::uint64_t StreamHub::subscribe(const std::string &orgId, Sender sender)
{
    std::lock_guard lock(m_mutex);
    const auto id = m_next++;
    m_streams.emplace(id, Entry {orgId, std::move(sender)});
    return id;
}

void StreamHub::unsubscribe(std::uint64_t id)
{
    std::lock_guard lock(m_mutex);
    m_streams.erase(id);
}

int StreamHub::broadcast(const std::string &orgId, const std::string &message)
{
    std::vector<Sender> targets;
    {
        std::lock_guard lock(m_mutex);
        for (const auto &[id, e] : m_streams)
            if (e.orgId == orgId)
                targets.push_back(e.sender);
    }
    // Senders only post to their stream's strand, so calling them unlocked is cheap and safe.
    for (const auto &send : targets)
        send(message);
    return int(targets.size());
}

} // namespace msp::server
