#include "store/database.h"

#include "store/query.h"
#include "store/storeerrors.h"

#include <QFileInfo>
#include <QLoggingCategory>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcStore, "medspasync.store")

namespace msp::store {

Database::Database(sqlite3 *db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{
}

Database::~Database()
{
    for (sqlite3_stmt *stmt : std::as_const(m_statements))
        sqlite3_finalize(stmt);
    sqlite3_close_v2(m_db);
}

Error Database::lastError(const QString &doing) const
{
    return ioError(m_path, doing, QString::fromUtf8(sqlite3_errmsg(m_db)));
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const QByteArray &rawKey, OpenMode mode)
{
    if (rawKey.size() != 32)
        return Error::make(ErrorCode::Internal, QStringLiteral("store key must be 32 bytes"));
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (!exists && mode == OpenMode::MustExist)
        return ioError(path, QStringLiteral("opening"), QStringLiteral("the file does not exist"));
    // A store is whole 4 KiB pages; anything else is not one (and must not be
    // mistaken for an empty file and overwritten).
    if (exists && (!info.isFile() || info.size() % kLegacyPageBytes != 0))
        return lockedError(path);

    // SQLite counts every allocation under one global mutex for
    // sqlite3_memory_used(), which nothing here reads; a first sync makes
    // millions of them. Only possible before SQLite initialises.
    static const bool uncounted = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    Q_UNUSED(uncounted);
    int pageBytes = kPageBytes;
    if (exists && info.size() > 0) {
        auto found = pageBytesOf(info, rawKey);
        if (!found)
            return found.error();
        pageBytes = *found;
    }
    return openAs(info, rawKey, pageBytes, SQLITE_OPEN_READWRITE | (exists ? 0 : SQLITE_OPEN_CREATE));
}

Result<int> Database::pageBytesOf(const QFileInfo &info, const QByteArray &rawKey)
{
    // The page size is inside the encrypted header: each size is tried in
    // turn, the current one first. Read-only: a connection that fails to
    // decrypt (a wrong key, or the other size) then cannot copy the store's
    // log into it when it closes, as a read-write one of the log's page size
    // would. A wrong key leaves the store and its log as they were.
    for (const int pageBytes : {kPageBytes, kLegacyPageBytes}) {
        auto probe = openAs(info, rawKey, pageBytes, SQLITE_OPEN_READONLY);
        if (probe)
            return pageBytes;
        if (probe.error().code != ErrorCode::StoreLocked)
            return probe.error();
    }
    return lockedError(info.filePath());
}

Result<std::unique_ptr<Database>> Database::openAs(const QFileInfo &info, const QByteArray &rawKey, int pageBytes,
                                                   int openFlags)
{
    const QString path = info.filePath();
    sqlite3 *raw = nullptr;
    // URI file names are on so the connection can attach an in-memory
    // database another connection builds (SearchIndexBuilder); the store's
    // own path is made absolute, so it is never read as one.
    const int flags = openFlags | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI;
    const int rc = sqlite3_open_v2(info.absoluteFilePath().toUtf8().constData(), &raw, flags, nullptr);
    std::unique_ptr<Database> db(new Database(raw, path));
    if (rc != SQLITE_OK)
        return db->lastError(QStringLiteral("opening"));
    sqlite3_extended_result_codes(raw, 1);
    MSP_TRY(db->applyCipherSettings(rawKey, pageBytes));

    // Reading the schema decrypts page 1: a wrong key or a file that is not an
    // encrypted store fails here, before anything could be written.
    if (sqlite3_exec(raw, "SELECT count(*) FROM sqlite_master;", nullptr, nullptr, nullptr) != SQLITE_OK) {
        qCDebug(lcStore) << "store refused to unlock with" << pageBytes << "byte pages";
        return lockedError(path);
    }
    db->m_pageBytes = pageBytes;
    return db;
}

Result<std::unique_ptr<Database>> Database::openShared(const QString &name)
{
    sqlite3 *raw = nullptr;
    const int rc
        = sqlite3_open_v2(sharedUri(name).constData(), &raw,
                          SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI, nullptr);
    std::unique_ptr<Database> db(new Database(raw, name));
    if (rc != SQLITE_OK)
        return db->lastError(QStringLiteral("opening"));
    sqlite3_extended_result_codes(raw, 1);
    return db;
}

Result<void> Database::applyCipherSettings(const QByteArray &rawKey, int pageBytes)
{
    // A raw 256-bit key ("x'hex'") skips SQLCipher's own PBKDF2: the key is
    // already random or Argon2id-derived.
    const QByteArray keySpec = "x'" + rawKey.toHex() + "'";
    if (sqlite3_key(m_db, keySpec.constData(), int(keySpec.size())) != SQLITE_OK)
        return lastError(QStringLiteral("applying the key"));

    // Every cipher parameter is set explicitly, so the file format does not
    // depend on the SQLCipher version a platform bundles: the SQLCipher 3
    // format (AES-256-CBC, HMAC-SHA1) in pages of `pageBytes`. SQLCipher 4
    // reads and writes it with cipher_compatibility = 3, whose own page size
    // (SQLCipher 3's default, 1 KiB) is then replaced.
    QByteArray version;
    {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, "PRAGMA cipher_version;", -1, &stmt, nullptr) == SQLITE_OK
            && sqlite3_step(stmt) == SQLITE_ROW)
            version = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
        sqlite3_finalize(stmt);
    }
    if (version.isEmpty())
        return Error::make(ErrorCode::Internal,
                           QStringLiteral("this build is linked against SQLite without SQLCipher; refusing to "
                                          "store client data unencrypted"));
    const QByteArray settings
        = (version.startsWith("3.") ? QByteArray("PRAGMA kdf_iter = 64000; PRAGMA cipher_use_hmac = ON;")
                                    : QByteArray("PRAGMA cipher_compatibility = 3;"))
        + " PRAGMA cipher_page_size = " + QByteArray::number(pageBytes) + ';';
    if (sqlite3_exec(m_db, settings.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return lastError(QStringLiteral("applying cipher settings"));
    return ok();
}

Result<void> Database::exec(const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString detail = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
        sqlite3_free(message);
        return ioError(m_path, QStringLiteral("updating"), detail);
    }
    return ok();
}

Result<Query> Database::prepare(const char *sql)
{
    // Looked up without copying the text: a sync page prepares a handful of
    // statements per row, a hundred thousand rows in a row.
    const QByteArray key = QByteArray::fromRawData(sql, qsizetype(qstrlen(sql)));
    sqlite3_stmt *stmt = m_statements.value(key);
    if (!stmt) {
        if (sqlite3_prepare_v2(m_db, sql, int(key.size()), &stmt, nullptr) != SQLITE_OK)
            return lastError(QStringLiteral("preparing a query"));
        m_statements.insert(QByteArray(key.constData(), key.size()), stmt);
    }
    return Query(this, stmt);
}

Result<int> Database::userVersion()
{
    auto q = prepare("PRAGMA user_version;");
    if (!q)
        return q.error();
    auto row = q->next();
    if (!row)
        return row.error();
    return int(q->int64(0));
}

Result<void> Database::setUserVersion(int version)
{
    return exec(QByteArray("PRAGMA user_version = " + QByteArray::number(version) + ";").constData());
}

void Database::setCommitObserver(std::function<void()> observer)
{
    m_commitObserver = std::move(observer);
    if (!m_commitObserver) {
        sqlite3_commit_hook(m_db, nullptr, nullptr);
        return;
    }
    sqlite3_commit_hook(
        m_db,
        [](void *self) -> int {
            static_cast<Database *>(self)->m_commitObserver();
            return 0; // never veto the commit
        },
        this);
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}
int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Result<void> Database::checkpoint()
{
    if (sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr) != SQLITE_OK)
        return lastError(QStringLiteral("checkpointing"));
    return ok();
}

} // namespace msp::store
