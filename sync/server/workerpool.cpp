#include "workerpool.h"

#include "metrics.h"
#include "statements.h"

#include <pqxx/pqxx>

namespace msp::server {

WorkerPool::WorkerPool(std::string conninfo, int threads, std::size_t maxQueue, Metrics &metrics)
    : m_conninfo(std::move(conninfo))
    , m_maxQueue(maxQueue)
    , m_metrics(metrics)
{
    m_metrics.dbPoolSize = threads;
    for (int i = 0; i < threads; ++i)
        m_threads.emplace_back([this] { run(); });
}

WorkerPool::~WorkerPool()
{
    stop();
}

bool WorkerPool::post(Job job, Failure onFailure)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping || m_queue.size() >= m_maxQueue)
            return false;
        m_queue.push_back({std::move(job), std::move(onFailure)});
        m_metrics.dbQueueLength = long(m_queue.size());
    }
    m_cv.notify_one();
    return true;
}

void WorkerPool::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_cv.notify_all();
    for (auto &t : m_threads)
        if (t.joinable())
            t.join();
    m_threads.clear();
}

void WorkerPool::run()
{
    std::unique_ptr<pqxx::connection> conn;
    for (;;) {
        Item item;
        {
            std::unique_lock lock(m_mutex);
            m_cv.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                return;
            item = std::move(m_queue.front());
            m_queue.pop_front();
            m_metrics.dbQueueLength = long(m_queue.size());
        }
        ++m_metrics.dbPoolBusy;
        try {
            if (!conn || !conn->is_open()) {
                conn.reset();
                conn = std::make_unique<pqxx::connection>(m_conninfo);
                prepareStatements(*conn);
            }
            item.job(*conn);
        } catch (const pqxx::broken_connection &e) {
            conn.reset();
            item.onFailure(e.what());
        } catch (const std::exception &e) {
            item.onFailure(e.what());
        }
        --m_metrics.dbPoolBusy;
    }
}

} // namespace msp::server
