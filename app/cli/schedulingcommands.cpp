#include "cli/schedulingcommands.h"

#include "cli/passphraseprompt.h"
#include "core/appinfo.h"
#include "core/storeopener.h"
#include "scheduling/icsexport.h"
#include "scheduling/snapshotloader.h"
#include "store/clinicstore.h"
#include "store/practitionerrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace msp::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("msp::cli", text);
}
void out(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stdout);
}
void err(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stderr);
}

struct Options {
    QString command;
    QString dataDir;
    QString practitioner;
    QString service;
    QString output;
    QDate from;
    QDate to;
    int count = 5;
    QString error;
};

QDate parseDate(const QString &text, QString &error, const QString &option)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        error = tr("%1 needs a date like 2025-03-12.").arg(option);
    return d;
}

Options parse(const QStringList &args)
{
    Options o;
    o.command = args.value(1);
    for (qsizetype i = 2; i < args.size() && o.error.isEmpty(); ++i) {
        const QString &arg = args.at(i);
        const auto value = [&]() -> QString {
            if (i + 1 < args.size())
                return args.at(++i);
            o.error = tr("%1 needs a value.").arg(arg);
            return {};
        };
        if (arg == u"--data-dir")
            o.dataDir = value();
        else if (arg == u"--practitioner" && o.command == u"export-ics")
            o.practitioner = value();
        else if (arg == u"--service" && o.command == u"next-slots")
            o.service = value();
        else if ((arg == u"-o" || arg == u"--output") && o.command == u"export-ics")
            o.output = value();
        else if (arg == u"--from" && o.command != u"practitioners")
            o.from = parseDate(value(), o.error, arg);
        else if (arg == u"--to" && o.command == u"export-ics")
            o.to = parseDate(value(), o.error, arg);
        else if (arg == u"--count" && o.command == u"next-slots") {
            bool okNumber = false;
            o.count = value().toInt(&okNumber);
            if (!okNumber || o.count < 1 || o.count > 100)
                o.error = tr("--count needs a whole number from 1 to 100.");
        } else
            o.error = tr("Unknown option %1. Run medspasync-cli --help to see the options.").arg(arg);
    }
    if (!o.error.isEmpty())
        return o;
    if (o.command == u"export-ics"
        && (o.practitioner.isEmpty() || !o.from.isValid() || !o.to.isValid() || o.output.isEmpty()))
        o.error = tr("export-ics needs --practitioner ID, --from DATE, --to DATE and -o FILE. "
                     "The ids come from: medspasync-cli practitioners");
    else if (o.command == u"next-slots" && o.service.isEmpty())
        o.error = tr("next-slots needs --service NAME_OR_ID.");
    if (o.dataDir.isEmpty())
        o.dataDir = defaultDataDir();
    return o;
}

// The command-line has no signed-in person; it acts as the device's
// administrator, as `demo` does, and every export is still audited.
Actor cliActor()
{
    return Actor {EntityId(), Role::Admin, QStringLiteral("medspasync-cli")};
}

int listPractitioners(store::ClinicStore &s)
{
    auto list = s.practitioners().all();
    if (!list) {
        err(list.error().message);
        return 1;
    }
    for (const Practitioner &p : *list)
        out(p.id.toString() + u'\t' + p.displayName);
    return 0;
}

int nextSlots(store::ClinicStore &s, const Options &o)
{
    auto catalog = scheduling::loadCatalog(s);
    if (!catalog) {
        err(catalog.error().message);
        return 1;
    }
    const Service *service = catalog->service(EntityId::fromString(o.service));
    if (!service) {
        QList<const Service *> matches;
        for (const Service &candidate : catalog->services) {
            if (candidate.name.compare(o.service, Qt::CaseInsensitive) == 0) {
                matches = {&candidate};
                break;
            }
            if (candidate.name.contains(o.service, Qt::CaseInsensitive))
                matches.append(&candidate);
        }
        if (matches.size() != 1) {
            err(matches.isEmpty() ? tr("No service is called \"%1\".").arg(o.service)
                                  : tr("\"%1\" matches %2 services; type more of the name or use the id.")
                                        .arg(o.service)
                                        .arg(matches.size()));
            return 1;
        }
        service = matches.first();
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 start = o.from.isValid() ? catalog->time.toUtcMs(o.from, 0) : now;
    if (o.from.isValid() && o.from == catalog->time.localDate(now))
        start = qMax(start, now);
    scheduling::SlotQuery q;
    q.serviceId = service->id;
    q.count = o.count;
    q.range = {start, start + 14 * scheduling::kDayMs};
    auto slots = scheduling::searchSlots(s, *catalog, q);
    if (!slots) {
        err(slots.error().message);
        return 1;
    }
    if (slots->isEmpty()) {
        err(tr("No free time for %1 in the next 14 days.").arg(service->name));
        return 1;
    }
    for (const scheduling::Slot &slot : *slots) {
        const QDateTime from = catalog->time.toLocal(slot.start.toMSecsSinceEpoch());
        const QDateTime to = catalog->time.toLocal(slot.end.toMSecsSinceEpoch());
        const Practitioner *p = catalog->practitioner(slot.practitionerId);
        const int room = catalog->roomIndex(slot.roomId);
        out(from.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + u'\t' + to.toString(QStringLiteral("HH:mm")) + u'\t'
            + (p ? p->displayName : QString()) + u'\t' + (room >= 0 ? catalog->rooms.at(room).name : QString()));
    }
    return 0;
}

int exportIcs(store::ClinicStore &s, const Options &o)
{
    const EntityId practitioner = EntityId::fromString(o.practitioner);
    if (practitioner.isNull() || !s.practitioners().find(practitioner)) {
        err(tr("No practitioner has the id %1. List them with: medspasync-cli practitioners").arg(o.practitioner));
        return 1;
    }
    auto ics = scheduling::exportPractitionerIcs(s, cliActor(), {practitioner, o.from, o.to, {}});
    if (!ics) {
        err(ics.error().message);
        return 1;
    }
    QSaveFile file(o.output);
    if (!file.open(QIODevice::WriteOnly) || file.write(*ics) != ics->size() || !file.commit()) {
        err(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(o.output), file.errorString()));
        return 1;
    }
    out(tr("Calendar written to %1.").arg(QDir::toNativeSeparators(o.output)));
    return 0;
}

} // namespace

bool isSchedulingCommand(const QString &command)
{
    return command == u"practitioners" || command == u"next-slots" || command == u"export-ics";
}

QString schedulingUsage()
{
    return tr("Scheduling:\n"
              "  practitioners  one line per practitioner: id<TAB>name\n"
              "  next-slots     --service NAME_OR_ID [--count 5] [--from DATE]: the next free times\n"
              "  export-ics     --practitioner ID --from DATE --to DATE -o FILE: an RFC 5545 calendar\n"
              "                 (clients are named only when the clinic allows it)");
}

int runSchedulingCommand(const QStringList &arguments)
{
    const Options o = parse(arguments);
    if (!o.error.isEmpty()) {
        err(o.error);
        return 2;
    }
    auto opened = openClinicStore(QDir(o.dataDir).absolutePath(), terminalPassphrasePrompt());
    if (!opened) {
        err(opened.error().message);
        return 1;
    }
    store::ClinicStore &s = *opened->store;
    if (o.command == u"practitioners")
        return listPractitioners(s);
    if (o.command == u"next-slots")
        return nextSlots(s, o);
    return exportIcs(s, o);
}

} // namespace msp::app
