#include "cli/reconcilecommands.h"

#include "reconcile/csvtable.h"
#include "reconcile/personlinker.h"
#include "reconcile/recordimport.h"
#include "reconcile/transactionreconciler.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>

#include <cstdio>
#include <unistd.h>
#include <utility>

namespace msp::app {

namespace {

using namespace msp::reconcile;

QString tr(const char *text)
{
    return QCoreApplication::translate("msp::cli", text);
}

void err(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stderr);
}

struct Args {
    QString command;
    QString input;
    QString left;
    QString right;
    QString output;
    QString idColumn;
    double threshold = 0.5;
    bool quiet = false;
    QString error;
};

Args parse(const QStringList &args)
{
    Args a;
    for (qsizetype i = 1; i < args.size() && a.error.isEmpty(); ++i) {
        const QString &arg = args.at(i);
        const auto value = [&]() -> QString {
            if (i + 1 < args.size())
                return args.at(++i);
            a.error = tr("%1 needs a value.").arg(arg);
            return {};
        };
        if (arg == u"--input")
            a.input = value();
        else if (arg == u"--left")
            a.left = value();
        else if (arg == u"--right")
            a.right = value();
        else if (arg == u"--output")
            a.output = value();
        else if (arg == u"--id-column")
            a.idColumn = value();
        else if (arg == u"--threshold") {
            bool okNumber = false;
            a.threshold = value().toDouble(&okNumber);
            if (!okNumber || a.threshold <= 0 || a.threshold >= 1)
                a.error = tr("--threshold needs a probability between 0 and 1, such as 0.5.");
        } else if (arg == u"--quiet")
            a.quiet = true;
        else if (!arg.startsWith(u'-') && a.command.isEmpty())
            a.command = arg;
        else
            a.error = tr("Unknown option %1. Run medspasync-cli --help to see the options.").arg(arg);
    }
    if (!a.error.isEmpty())
        return a;
    if (a.output.isEmpty())
        a.error = tr("%1 needs --output FILE for the pairs it finds.").arg(a.command);
    else if (a.command == u"dedupe" && a.input.isEmpty())
        a.error = tr("dedupe needs --input FILE.");
    else if (a.command != u"dedupe" && (a.left.isEmpty() || a.right.isEmpty()))
        a.error = tr("%1 needs --left FILE and --right FILE.").arg(a.command);
    return a;
}

// A bar on stderr when it is a terminal; a line per stage otherwise, and
// nothing with --quiet.
ProgressCallback progressBar(bool quiet)
{
    if (quiet)
        return {};
    const bool terminal = isatty(fileno(stderr));
    return [terminal](const QString &stage, qint64 done, qint64 total) {
        const int width = 30;
        const int filled = total > 0 ? int(width * done / total) : width;
        if (terminal) {
            const QString bar = QString(filled, u'#') + QString(width - filled, u'.');
            std::fprintf(stderr, "\r[%s] %-28s", qPrintable(bar), qPrintable(stage));
            if (done >= total)
                std::fputc('\n', stderr);
        } else if (done < total) {
            std::fprintf(stderr, "%s...\n", qPrintable(stage));
        }
        std::fflush(stderr);
    };
}

Result<CsvTable> readTable(const QString &path)
{
    auto table = CsvTable::readFile(path);
    if (!table)
        return table.error();
    return table;
}

void reportIssues(const QString &path, const std::vector<RowIssue> &issues)
{
    // Line numbers and reasons only: the rows may hold patient data.
    const size_t shown = std::min<size_t>(issues.size(), 20);
    for (size_t i = 0; i < shown; ++i)
        err(tr("%1, line %2: %3; the row was skipped.").arg(path).arg(issues[i].line).arg(issues[i].reason));
    if (issues.size() > shown)
        err(tr("%1: %2 more rows had problems.").arg(path).arg(issues.size() - shown));
}

QByteArray csvField(const std::string &s)
{
    QByteArray f = QByteArray::fromStdString(s);
    if (f.contains(',') || f.contains('"') || f.contains('\n')) {
        f.replace("\"", "\"\"");
        f = '"' + f + '"';
    }
    return f;
}

Result<void> writePairs(const QString &path, const std::vector<std::tuple<std::string, std::string, double>> &rows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(
            ErrorCode::StoreIo,
            tr("Cannot write %1: %2. Check the folder exists and you may write there.").arg(path, file.errorString()));
    QByteArray out = "id_a,id_b,score\n";
    for (const auto &[a, b, score] : rows) {
        out += csvField(a) + ',' + csvField(b) + ',' + QByteArray::number(score, 'f', 4) + '\n';
        if (out.size() > (1 << 20)) {
            file.write(out);
            out.clear();
        }
    }
    file.write(out);
    if (!file.commit())
        return Error::make(ErrorCode::StoreIo, tr("Writing %1 failed: %2.").arg(path, file.errorString()));
    return ok();
}

// Reads a CSV file and imports its rows; a failure names the file, and rows
// that could not be read are reported by line.
template<typename ImportRows>
auto importFile(const QString &path, ImportRows importRows) -> decltype(importRows(std::declval<const CsvTable &>()))
{
    auto table = readTable(path);
    if (!table)
        return table.error();
    auto imported = importRows(*table);
    if (!imported)
        return Error::make(imported.error().code, path + QStringLiteral(": ") + imported.error().message);
    reportIssues(path, imported->summary.issues);
    return imported;
}

int fail(const Error &e)
{
    err(e.message);
    return 1;
}

} // namespace

bool isReconcileCommand(const QString &command)
{
    return command == u"dedupe" || command == u"link" || command == u"reconcile";
}

QString reconcileUsage()
{
    return tr("Record linkage on CSV files (no data folder, no keychain):\n"
              "  dedupe        pairs of people in one CSV file who are the same person\n"
              "                --input FILE --output FILE [--id-column NAME]\n"
              "  link          one-to-one links between two CSV files of people\n"
              "                --left FILE --right FILE --output FILE [--id-column NAME]\n"
              "  reconcile     one-to-one links between two CSV files of transactions\n"
              "                --left FILE --right FILE --output FILE [--id-column NAME]\n"
              "                --threshold P   report pairs at or above this match probability (0.5)\n"
              "                --quiet         no progress or summary on stderr\n");
}

int runReconcileCommand(const QStringList &arguments)
{
    const Args args = parse(arguments);
    if (!args.error.isEmpty()) {
        err(args.error);
        return 2;
    }
    ImportOptions import;
    import.idColumn = args.idColumn.toStdString();
    const ProgressCallback progress = progressBar(args.quiet);
    QElapsedTimer timer;
    timer.start();
    std::vector<std::tuple<std::string, std::string, double>> rows;

    if (args.command == u"reconcile") {
        const auto readRows = [&](const CsvTable &t) { return importTransactions(t, import); };
        auto left = importFile(args.left, readRows);
        if (!left)
            return fail(left.error());
        auto right = importFile(args.right, readRows);
        if (!right)
            return fail(right.error());
        ReconcileOptions options;
        options.threshold = args.threshold;
        options.progress = progress;
        const auto result = reconcileTransactions(left->records, right->records, options);
        if (!result.em.message.isEmpty() && !args.quiet)
            err(result.em.message);
        for (const auto &m : result.matches)
            for (const auto a : m.left)
                for (const auto b : m.right)
                    rows.emplace_back(left->records[a].id, right->records[b].id, m.probability);
    } else if (args.command == u"link") {
        const auto readRows = [&](const CsvTable &t) { return importPeople(t, import); };
        auto left = importFile(args.left, readRows);
        if (!left)
            return fail(left.error());
        auto right = importFile(args.right, readRows);
        if (!right)
            return fail(right.error());
        LinkOptions options;
        options.threshold = args.threshold;
        options.progress = progress;
        const auto result = linkPeople(left->records, right->records, options);
        if (!result.em.message.isEmpty() && !args.quiet)
            err(result.em.message);
        for (const auto &p : result.pairs)
            rows.emplace_back(left->records[p.a].id, right->records[p.b].id, p.probability);
    } else {
        auto people = importFile(args.input, [&](const CsvTable &t) { return importPeople(t, import); });
        if (!people)
            return fail(people.error());
        LinkOptions options;
        options.threshold = args.threshold;
        options.progress = progress;
        const auto result = dedupePeople(people->records, options);
        if (!result.em.message.isEmpty() && !args.quiet)
            err(result.em.message);
        for (const auto &p : result.pairs)
            rows.emplace_back(people->records[p.a].id, people->records[p.b].id, p.probability);
    }
    if (auto written = writePairs(args.output, rows); !written)
        return fail(written.error());
    if (!args.quiet)
        err(tr("%1 pairs written to %2 in %3 s.")
                .arg(rows.size())
                .arg(args.output)
                .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return 0;
}

} // namespace msp::app
