#include "logger.h"

#include "appointmentjson.h"

#include <chrono>
#include <cstdio>
#include <ctime>

namespace msp::server {

void Logger::write(const char *level, const char *event, std::initializer_list<Field> fields)
{
    const auto now = std::chrono::system_clock::now();
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count();
    const std::time_t secs = std::time_t(ms / 1000);
    std::tm tm {};
    gmtime_r(&secs, &tm);
    char ts[64];
    std::snprintf(ts, sizeof ts, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                  tm.tm_hour, tm.tm_min, tm.tm_sec, int(ms % 1000));
    std::string line = std::string("{\"ts\":\"") + ts + "\",\"level\":\"" + level + "\",\"event\":\"" + event + '"';
    for (const auto &[key, value] : fields) {
        line += std::string(",\"") + key + "\":";
        appendJsonString(line, value);
    }
    line += "}\n";
    std::lock_guard lock(m_mutex);
    std::fwrite(line.data(), 1, line.size(), stderr);
    std::fflush(stderr);
}

} // namespace msp::server
