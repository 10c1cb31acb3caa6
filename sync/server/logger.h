#pragma once

#include <initializer_list>
#include <mutex>
#include <string>
#include <utility>

namespace msp::server {

// JSON lines on stderr, one object per event. Fields are ids, routes, codes
// and timings only: never client data.
class Logger
{
public:
    using Field = std::pair<const char *, std::string>;
    void info(const char *event, std::initializer_list<Field> fields = {}) { write("info", event, fields); }
    void warn(const char *event, std::initializer_list<Field> fields = {}) { write("warn", event, fields); }
    void error(const char *event, std::initializer_list<Field> fields = {}) { write("error", event, fields); }

private:
    void write(const char *level, const char *event, std::initializer_list<Field> fields);
    std::mutex m_mutex;
};

} // namespace msp::server
