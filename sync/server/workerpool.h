#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace pqxx {
class connection_base;
}

namespace msp::server {

class Metrics;

// Database work runs here, one libpq connection per thread, so the network
// threads never wait on PostgreSQL. A job whose connection broke is given a
// fresh one on the next job.
class WorkerPool
{
public:
    using Job = std::function<void(pqxx::connection_base &)>;
    // Called instead of a job when no connection can be made.
    using Failure = std::function<void(const std::string &why)>;

    WorkerPool(std::string conninfo, int threads, std::size_t maxQueue, Metrics &metrics);
    ~WorkerPool();

    // False when the queue is full: the caller answers 503 instead of piling up work.
    bool post(Job job, Failure onFailure);
    void stop();

private:
    struct Item {
        Job job;
        Failure onFailure;
    };
    void run();

    std::string m_conninfo;
    std::size_t m_maxQueue;
    Metrics &m_metrics;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<Item> m_queue;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace msp::server
