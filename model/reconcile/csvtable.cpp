#include "reconcile/csvtable.h"

#include <QCoreApplication>
#include <QFile>

#include <array>
#include <limits>

namespace msp::reconcile {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("msp::reconcile::CsvTable", text);
}

// Counts of each candidate delimiter outside quotes, per line, for the first
// lines of the file.
std::vector<std::array<int, 4>> delimiterCounts(std::string_view text, std::array<char, 4> candidates, int maxLines)
{
    std::vector<std::array<int, 4>> lines;
    std::array<int, 4> current {};
    bool quoted = false;
    for (size_t i = 0; i < text.size() && int(lines.size()) < maxLines; ++i) {
        const char c = text[i];
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r')) {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            lines.push_back(current);
            current = {};
        } else if (!quoted) {
            for (size_t k = 0; k < candidates.size(); ++k)
                current[k] += c == candidates[k];
        }
    }
    if (int(lines.size()) < maxLines && current != std::array<int, 4> {})
        lines.push_back(current);
    return lines;
}

void trimSpaces(std::string_view &v)
{
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t'))
        v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t'))
        v.remove_suffix(1);
}

} // namespace

char detectDelimiter(std::string_view text)
{
    constexpr std::array<char, 4> candidates {',', ';', '\t', '|'};
    const auto lines = delimiterCounts(text, candidates, 20);
    if (lines.empty())
        return ',';
    int best = 0;
    double bestScore = -1;
    for (size_t k = 0; k < candidates.size(); ++k) {
        const int head = lines.front()[k];
        if (head == 0)
            continue;
        int consistent = 0;
        for (const auto &line : lines)
            consistent += line[k] == head;
        // Consistency across lines first, then how many fields it makes.
        const double score = double(consistent) / double(lines.size()) * 1000.0 + head;
        if (score > bestScore) {
            bestScore = score;
            best = int(k);
        }
    }
    return candidates[size_t(best)];
}

Result<CsvTable> CsvTable::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(
            ErrorCode::NotFound,
            tr("Cannot read %1: %2. Check the path and that you may read the file.").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error::make(ErrorCode::StoreIo, tr("Reading %1 failed: %2.").arg(path, file.errorString()));
    return parse(bytes);
}

Result<CsvTable> CsvTable::parse(QByteArrayView bytes)
{
    CsvTable t;
    t.m_encoding = detectEncoding(bytes);
    const std::string text = toUtf8(bytes, t.m_encoding);
    if (text.size() >= std::numeric_limits<std::uint32_t>::max())
        return Error::make(ErrorCode::Invalid, tr("The file is larger than 4 GB; split it into smaller files."));
    t.m_delimiter = detectDelimiter(text);
    t.m_text.reserve(text.size());

    std::vector<Cell> row;
    qint64 line = 1;
    qint64 rowLine = 1;
    bool headerDone = false;
    size_t i = 0;
    const size_t n = text.size();
    const char delim = t.m_delimiter;

    const auto finishRow = [&]() {
        if (row.size() == 1 && row.front().length == 0) {
            row.clear(); // blank line
            return;
        }
        if (!headerDone) {
            for (const Cell &c : row)
                t.m_headers.emplace_back(std::string_view(t.m_text).substr(c.offset, c.length));
            t.m_text.clear();
            headerDone = true;
        } else if (row.size() != t.m_headers.size()) {
            t.m_issues.push_back(
                {rowLine, tr("has %1 fields where the header has %2").arg(row.size()).arg(t.m_headers.size())});
        } else {
            t.m_cells.insert(t.m_cells.end(), row.begin(), row.end());
            t.m_rowLines.push_back(rowLine);
        }
        row.clear();
    };

    while (i <= n) {
        // One field.
        const size_t start = t.m_text.size();
        size_t j = i;
        while (j < n && (text[j] == ' ' || text[j] == '\t') && text[j] != delim)
            ++j;
        if (j < n && text[j] == '"') {
            i = j + 1;
            bool closed = false;
            while (i < n) {
                const char c = text[i];
                if (c == '"') {
                    if (i + 1 < n && text[i + 1] == '"') {
                        t.m_text.push_back('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                if (c == '\n')
                    ++line;
                t.m_text.push_back(c);
                ++i;
            }
            if (!closed) {
                t.m_issues.push_back(
                    {rowLine, tr("has a quote that is never closed; the rest of the file was skipped")});
                row.clear();
                break;
            }
            // Anything between the closing quote and the delimiter is kept, as
            // spreadsheet programs do.
            while (i < n && text[i] != delim && text[i] != '\n' && text[i] != '\r') {
                if (text[i] != ' ' && text[i] != '\t')
                    t.m_text.push_back(text[i]);
                ++i;
            }
        } else {
            size_t end = i;
            while (end < n && text[end] != delim && text[end] != '\n' && text[end] != '\r')
                ++end;
            std::string_view v(text.data() + i, end - i);
            trimSpaces(v);
            t.m_text.append(v);
            i = end;
        }
        row.push_back({std::uint32_t(start), std::uint32_t(t.m_text.size() - start)});
        if (i >= n) {
            finishRow();
            break;
        }
        const char c = text[i];
        if (c == delim) {
            ++i;
            continue;
        }
        // End of line.
        if (c == '\r' && i + 1 < n && text[i + 1] == '\n')
            ++i;
        ++i;
        finishRow();
        ++line;
        rowLine = line;
        if (i >= n)
            break;
    }
    if (!headerDone)
        return Error::make(ErrorCode::Invalid, tr("The file is empty: it has no header line naming the columns."));
    t.m_text.shrink_to_fit();
    return t;
}

} // namespace msp::reconcile
