#pragma once

#include <QString>
#include <QStringList>

#include <cstdio>

// Bench output shared by the sync and server benches: one
// `bench: <name> <value> <unit>` line per figure as it is measured (for
// tools), and a table with each figure's goal at the end (for people).
class BenchTable
{
public:
    explicit BenchTable(int decimals = 1)
        : m_decimals(decimals)
    {
    }

    void figure(const char *name, double value, const char *unit, const QString &goal)
    {
        m_rows << QStringLiteral("| %1 | %2 %3 | %4 |")
                      .arg(QLatin1String(name))
                      .arg(value, 0, 'f', m_decimals)
                      .arg(QLatin1String(unit), goal);
        std::printf("bench: %s %.*f %s\n", name, m_decimals, value, unit);
        std::fflush(stdout);
    }

    void print() const
    {
        std::printf("\n| figure | value | goal |\n|---|---|---|\n%s\n", qPrintable(m_rows.join(u'\n')));
    }

private:
    int m_decimals;
    QStringList m_rows;
};
