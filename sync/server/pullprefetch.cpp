#include "pullprefetch.h"

#include "metrics.h"
#include "workerpool.h"

#include <pqxx/except>

namespace msp::server {

PullPrefetch::PullPrefetch(int capacity, std::chrono::seconds keep, Metrics &metrics)
    : m_capacity(capacity)
    , m_keep(keep)
    , m_metrics(metrics)
{
}

void PullPrefetch::start(WorkerPool &pool, const Key &key, Read read)
{
    auto page = std::make_shared<Page>();
    {
        std::lock_guard lock(m_mutex);
        if (m_pages.count(key) || !makeRoom())
            return;
        page->since = std::chrono::steady_clock::now();
        m_pages.emplace(key, page);
    }
    const bool queued = pool.post(
        [this, page, read = std::move(read)](pqxx::connection_base &conn) {
            {
                std::lock_guard lock(m_mutex);
                if (page->state == State::Withdrawn)
                    return;
                page->state = State::Reading;
            }
            try {
                finish(page, State::Ready, read(conn));
            } catch (const pqxx::broken_connection &) {
                finish(page, State::Failed);
                throw; // the pool opens a fresh connection
            } catch (const std::exception &) {
                // The request reads the page itself and answers what went
                // wrong (a snapshot that ended is a 410).
                finish(page, State::Failed);
            }
        },
        [this, page](const std::string &) { finish(page, State::Failed); });
    if (!queued)
        finish(page, State::Failed);
}

void PullPrefetch::finish(const std::shared_ptr<Page> &page, State state, pqxx::result rows)
{
    {
        std::lock_guard lock(m_mutex);
        if (page->state == State::Withdrawn)
            return;
        page->rows = std::move(rows);
        page->state = state;
    }
    m_finished.notify_all();
}

std::optional<pqxx::result> PullPrefetch::take(const Key &key)
{
    std::unique_lock lock(m_mutex);
    const auto it = m_pages.find(key);
    if (it == m_pages.end())
        return std::nullopt;
    const auto page = it->second;
    m_pages.erase(it);
    if (page->state == State::Queued) {
        page->state = State::Withdrawn;
        ++m_metrics.pullPagesReadAheadUnused;
        return std::nullopt;
    }
    m_finished.wait(lock, [&] { return page->state != State::Reading; });
    if (page->state != State::Ready) {
        ++m_metrics.pullPagesReadAheadUnused;
        return std::nullopt;
    }
    ++m_metrics.pullPagesReadAhead;
    return std::move(page->rows);
}

void PullPrefetch::drop(const std::string &snapshot)
{
    std::lock_guard lock(m_mutex);
    for (auto it = m_pages.lower_bound(Key {snapshot, {}, {}, 0, 0});
         it != m_pages.end() && it->first.snapshot == snapshot;) {
        it->second->state = State::Withdrawn; // a worker reading it lets it go
        ++m_metrics.pullPagesReadAheadUnused;
        it = m_pages.erase(it);
    }
}

int PullPrefetch::held() const
{
    std::lock_guard lock(m_mutex);
    return int(m_pages.size());
}

bool PullPrefetch::makeRoom()
{
    const auto now = std::chrono::steady_clock::now();
    for (auto it = m_pages.begin(); it != m_pages.end();) {
        const bool settled = it->second->state == State::Ready || it->second->state == State::Failed;
        if (settled && now - it->second->since > m_keep) {
            ++m_metrics.pullPagesReadAheadUnused;
            it = m_pages.erase(it);
        } else
            ++it;
    }
    return int(m_pages.size()) < m_capacity;
}

} // namespace msp::server
