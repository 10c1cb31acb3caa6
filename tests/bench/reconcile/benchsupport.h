#pragma once

#include <QElapsedTimer>
#include <QString>

#include <cstdio>
#include <sys/resource.h>

// Bench output: a table for people, and one `bench: <name> <value> <unit>`
// line per figure for tools.
namespace benchsupport {

inline void figure(const char *name, double value, const char *unit)
{
    std::printf("bench: %s %.4f %s\n", name, value, unit);
    std::fflush(stdout);
}

inline double peakMemoryMiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // Linux reports KiB
}

// CPU seconds used by the process so far (all threads, user and system): on a
// machine shared with other work this varies far less than wall time.
inline double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

struct Accuracy {
    double precision = 0;
    double recall = 0;
    double f1 = 0;
};

inline Accuracy accuracy(double truePositives, double predicted, double actual)
{
    Accuracy a;
    a.precision = predicted > 0 ? truePositives / predicted : 0;
    a.recall = actual > 0 ? truePositives / actual : 0;
    a.f1 = a.precision + a.recall > 0 ? 2 * a.precision * a.recall / (a.precision + a.recall) : 0;
    return a;
}

} // namespace benchsupport
