#include "config.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QProcessEnvironment>

#include <functional>

namespace msp::server {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("msp::server::Config", text);
}

struct Option {
    const char *key; // file key; flag is --key with '_' as '-'; env MEDSPASYNC_KEY
    const char *help;
    std::function<Result<void>(Config &, const QString &)> set;
};

Result<void> toInt(const QString &key, const QString &value, int &out, int min)
{
    bool parsed = false;
    const int v = value.toInt(&parsed);
    if (!parsed || v < min)
        return Error::invalid(key,
                              tr("%1 must be a whole number of at least %2, not \"%3\".").arg(key).arg(min).arg(value));
    out = v;
    return msp::ok();
}

Result<void> setListen(Config &c, const QString &v)
{
    const auto colon = v.lastIndexOf(u':');
    bool parsed = false;
    const int port = colon > 0 ? v.mid(colon + 1).toInt(&parsed) : -1;
    if (!parsed || port < 0 || port > 65535)
        return Error::invalid(QStringLiteral("listen"), tr("--listen takes HOST:PORT, like 0.0.0.0:8443."));
    c.listenHost = v.left(colon).toStdString();
    c.listenPort = port;
    return msp::ok();
}

#define MSP_INT_OPTION(name, member, min)                                                                              \
    [](Config &c, const QString &v) { return toInt(QStringLiteral(name), v, c.member, min); }
#define MSP_STRING_OPTION(member)                                                                                      \
    [](Config &c, const QString &v) {                                                                                  \
        c.member = v.toStdString();                                                                                    \
        return msp::ok();                                                                                              \
    }

const std::vector<Option> &options()
{
    static const std::vector<Option> list {
        {"listen", "HOST:PORT to serve HTTPS and WSS on (port 0 picks a free one)", setListen},
        {"database", "libpq connection string of the PostgreSQL database (use sslmode=verify-full when remote)",
         MSP_STRING_OPTION(database)},
        {"tls_cert", "PEM certificate chain file", MSP_STRING_OPTION(tlsCert)},
        {"tls_key", "PEM private key file", MSP_STRING_OPTION(tlsKey)},
        {"token_key", "hex HMAC-SHA256 key for access tokens (default: made and kept in the database)",
         MSP_STRING_OPTION(tokenKeyHex)},
        {"access_ttl", "access token lifetime in seconds (900)", MSP_INT_OPTION("access_ttl", accessTtlSeconds, 1)},
        {"refresh_ttl", "refresh token lifetime in seconds (30 days)",
         MSP_INT_OPTION("refresh_ttl", refreshTtlSeconds, 60)},
        {"refresh_grace",
         "seconds a just-used refresh token may be retried once, when its answer was lost (60; 0 turns it off)",
         MSP_INT_OPTION("refresh_grace", refreshGraceSeconds, 0)},
        {"db_workers", "database worker threads, one connection each (4)", MSP_INT_OPTION("db_workers", dbWorkers, 1)},
        {"io_threads", "network threads (2)", MSP_INT_OPTION("io_threads", ioThreads, 1)},
        {"body_limit",
         "largest request body in bytes (16777216; a record change such as a reconciliation import can be large)",
         [](Config &c, const QString &v) -> Result<void> {
             int n = 0;
             MSP_TRY(toInt(QStringLiteral("body_limit"), v, n, 1024));
             c.bodyLimitBytes = std::size_t(n);
             return msp::ok();
         }},
        {"read_timeout", "seconds to receive a whole request (30)",
         MSP_INT_OPTION("read_timeout", readTimeoutSeconds, 1)},
        {"login_max_failures_account", "failed logins per account per window before 429 (5)",
         MSP_INT_OPTION("login_max_failures_account", loginMaxFailuresPerAccount, 1)},
        {"login_max_failures_address", "failed logins per address per window before 429 (20)",
         MSP_INT_OPTION("login_max_failures_address", loginMaxFailuresPerAddress, 1)},
        {"login_window", "rate-limit window in seconds (900)", MSP_INT_OPTION("login_window", loginWindowSeconds, 1)},
        {"pull_page_size", "rows per pull page (1000)", MSP_INT_OPTION("pull_page_size", pullPageSize, 1)},
        {"pull_snapshot_idle", "seconds a first pull's snapshot stays open without a page being asked for (120)",
         MSP_INT_OPTION("pull_snapshot_idle", pullSnapshotIdleSeconds, 1)},
        {"pull_snapshot_max_age", "seconds a first pull's snapshot stays open at most (3600)",
         MSP_INT_OPTION("pull_snapshot_max_age", pullSnapshotMaxAgeSeconds, 1)},
        {"pull_snapshots_max",
         "first-pull snapshots this instance holds open at once, each on a connection of its own (16; past it, "
         "or 0, a first pull reads the change feed from its start)",
         MSP_INT_OPTION("pull_snapshots_max", pullSnapshotsMax, 0)},
        {"pull_read_ahead",
         "read a first pull's next page on another database worker while the current one is sent (1; 0: do not)",
         MSP_INT_OPTION("pull_read_ahead", pullReadAhead, 0)},
        {"argon2_memory_kib", "Argon2id memory cost for new password hashes (19456)",
         MSP_INT_OPTION("argon2_memory_kib", argon2MemoryKiB, 8)},
        {"stripe_webhook_secret",
         "Stripe webhook signing secret whsec_...; repeat it (or separate with commas) to accept two while one "
         "is rolled; every source adds. Prefer the config file or the environment: flags show in ps",
         [](Config &c, const QString &v) {
             for (const QString &s : v.split(u',', Qt::SkipEmptyParts))
                 if (!s.trimmed().isEmpty())
                     c.stripeWebhookSecrets.push_back(s.trimmed().toStdString());
             return msp::ok();
         }},
        {"org", "init: the clinic's name", MSP_STRING_OPTION(initOrg)},
        {"admin_email", "init: the first admin's email", MSP_STRING_OPTION(initAdminEmail)},
    };
    return list;
}

const Option *findOption(const QString &key)
{
    for (const auto &o : options())
        if (QLatin1StringView(o.key) == key)
            return &o;
    return nullptr;
}

QString helpText()
{
    QString text = tr("Usage: medspasync-server [init] [--config FILE] [--key value ...]\n\n"
                      "  init        create a clinic and its first admin (--org, --admin-email), print the\n"
                      "              one-time password and the TOTP enrolment URI, then exit\n\n"
                      "Options (also \"key = value\" lines in the --config file, or MEDSPASYNC_KEY variables):\n");
    for (const auto &o : options()) {
        const QString flag = QStringLiteral("--") + QString::fromLatin1(o.key).replace(u'_', u'-');
        text += QStringLiteral("  %1 %2\n").arg(flag, -30).arg(QString::fromUtf8(o.help));
    }
    text += QStringLiteral("  %1 %2\n").arg(QStringLiteral("--config FILE"), -30).arg(tr("read options from FILE"));
    text += QStringLiteral("  %1 %2\n").arg(QStringLiteral("--help"), -30).arg(tr("show this text"));
    return text;
}

Result<void> apply(Config &c, const QString &key, const QString &value, const QString &source)
{
    const auto *o = findOption(key);
    if (!o)
        return Error::invalid(key, tr("Unknown option \"%1\" in %2; see --help.").arg(key, source));
    return o->set(c, value);
}
} // namespace

Result<ConfigParse> parseConfig(const QStringList &arguments)
{
    ConfigParse out;
    // Flags first into a list so the file and environment can be applied before them.
    QList<QPair<QString, QString>> flags;
    QString configFile;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == u"--help" || a == u"-h") {
            out.helpRequested = true;
            out.helpText = helpText();
            return out;
        }
        if (i == 1 && a == u"init") {
            out.config.init = true;
            continue;
        }
        if (!a.startsWith(u"--"))
            return Error::invalid(a, tr("Unexpected argument \"%1\"; see --help.").arg(a));
        QString key = a.mid(2);
        QString value;
        const auto eq = key.indexOf(u'=');
        if (eq >= 0) {
            value = key.mid(eq + 1);
            key = key.left(eq);
        } else if (i + 1 < arguments.size()) {
            value = arguments[++i];
        } else {
            return Error::invalid(key, tr("--%1 needs a value.").arg(key));
        }
        key.replace(u'-', u'_');
        if (key == u"config")
            configFile = value;
        else
            flags.append({key, value});
    }
    if (!configFile.isEmpty()) {
        QFile f(configFile);
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
            return Error::invalid(QStringLiteral("config"),
                                  tr("Cannot read the config file %1: %2.").arg(configFile, f.errorString()));
        int lineNo = 0;
        while (!f.atEnd()) {
            ++lineNo;
            const QString line = QString::fromUtf8(f.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const auto eq = line.indexOf(u'=');
            if (eq <= 0)
                return Error::invalid(QStringLiteral("config"),
                                      tr("%1:%2: expected \"key = value\".").arg(configFile).arg(lineNo));
            MSP_TRY(
                apply(out.config, line.left(eq).trimmed().replace(u'-', u'_'), line.mid(eq + 1).trimmed(), configFile));
        }
    }
    const auto env = QProcessEnvironment::systemEnvironment();
    for (const auto &o : options()) {
        const QString name = QStringLiteral("MEDSPASYNC_") + QString::fromLatin1(o.key).toUpper();
        if (env.contains(name))
            MSP_TRY(o.set(out.config, env.value(name)));
    }
    for (const auto &[key, value] : flags)
        MSP_TRY(apply(out.config, key, value, tr("the command line")));

    auto &c = out.config;
    if (c.database.empty())
        return Error::invalid(QStringLiteral("database"), tr("Say which database to use with --database CONNINFO."));
    if (c.init) {
        if (c.initOrg.empty() || c.initAdminEmail.empty())
            return Error::invalid(QStringLiteral("org"), tr("init needs --org NAME and --admin-email EMAIL."));
    } else if (c.tlsCert.empty() || c.tlsKey.empty()) {
        return Error::invalid(QStringLiteral("tls_cert"),
                              tr("The server speaks TLS only: give --tls-cert FILE and --tls-key FILE."));
    }
    return out;
}

} // namespace msp::server
