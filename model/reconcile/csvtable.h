#pragma once

#include "domain/result.h"
#include "reconcile/textencoding.h"

#include <QString>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace msp::reconcile {

// A problem with one row of an import: the row is reported and skipped, the
// rest of the file still imports.
struct RowIssue {
    qint64 line = 0; // 1-based physical line where the row starts
    QString reason;
};

// A CSV file read whole (RFC 4180: quoted fields may hold delimiters, doubled
// quotes and newlines). Cells are views into one UTF-8 buffer so a million-row
// file does not become millions of small allocations.
class CsvTable
{
public:
    static Result<CsvTable> parse(QByteArrayView bytes);
    static Result<CsvTable> readFile(const QString &path);

    char delimiter() const { return m_delimiter; }
    TextEncoding encoding() const { return m_encoding; }
    int columnCount() const { return int(m_headers.size()); }
    qsizetype rowCount() const { return qsizetype(m_rowLines.size()); }
    std::string_view header(int column) const { return m_headers.at(size_t(column)); }
    std::string_view cell(qsizetype row, int column) const
    {
        const Cell c = m_cells[size_t(row) * m_headers.size() + size_t(column)];
        return std::string_view(m_text).substr(c.offset, c.length);
    }
    qint64 lineOf(qsizetype row) const { return m_rowLines[size_t(row)]; }
    // Rows with the wrong number of fields, reported and left out.
    const std::vector<RowIssue> &issues() const { return m_issues; }

private:
    struct Cell {
        std::uint32_t offset = 0;
        std::uint32_t length = 0;
    };
    std::string m_text; // unquoted cell contents, back to back
    std::vector<std::string> m_headers;
    std::vector<Cell> m_cells;
    std::vector<qint64> m_rowLines;
    std::vector<RowIssue> m_issues;
    char m_delimiter = ',';
    TextEncoding m_encoding = TextEncoding::Utf8;
};

// The delimiter among , ; tab | that splits the first lines most consistently.
char detectDelimiter(std::string_view text);

} // namespace msp::reconcile
