#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <functional>
#include <memory>

class QFileInfo;
struct sqlite3;
struct sqlite3_stmt;

namespace msp::store {

class Query;

// One SQLCipher connection. Opening verifies the key before anything is
// written, so a wrong key or a foreign file is reported and left untouched.
// Prepared statements are cached by their SQL text and reused.
class Database
{
public:
    enum class OpenMode { CreateIfMissing, MustExist };

    // `rawKey` is the 32-byte store key (from the keychain, or derived from a
    // passphrase with Argon2id).
    static Result<std::unique_ptr<Database>> open(const QString &path, const QByteArray &rawKey,
                                                  OpenMode mode = OpenMode::CreateIfMissing);
    // A database in this process's memory, not encrypted and never on disk,
    // that other connections of the process can attach by `name` (see
    // sharedUri()) while this one is open.
    static Result<std::unique_ptr<Database>> openShared(const QString &name);
    static QByteArray sharedUri(const QString &name) { return "file:" + name.toUtf8() + "?mode=memory&cache=shared"; }
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // New stores are written in 16 KiB pages: a first sync's writing thread
    // needs about a fifth less CPU than in 4 KiB ones (a quarter as many
    // pages to split, encrypt and MAC). A booking's commit costs ~0.5 ms
    // more CPU (each page it changes is four times larger to encrypt), a
    // search the same (tests/bench). Stores written before keep 4 KiB pages.
    static constexpr int kPageBytes = 16384;
    static constexpr int kLegacyPageBytes = 4096;

    const QString &path() const { return m_path; }
    int pageBytes() const { return m_pageBytes; }
    Result<Query> prepare(const char *sql);
    Result<void> exec(const char *sql); // for DDL and pragmas; no parameters
    Result<int> userVersion();
    Result<void> setUserVersion(int version);
    qint64 lastInsertRowId() const;
    int changes() const;
    // Flushes the WAL into the main file (used before a backup or copy).
    Result<void> checkpoint();
    sqlite3 *handle() const { return m_db; }

    // Called after each transaction commits on this connection (the sync
    // engine uses it to notice local changes without every screen telling
    // it). Runs inside SQLite's commit: it must not touch the database.
    void setCommitObserver(std::function<void()> observer);

    // Turns the connection's last error into a person-readable Error.
    Error lastError(const QString &doing) const;

private:
    friend class Transaction;
    Database(sqlite3 *db, QString path);
    static Result<int> pageBytesOf(const QFileInfo &info, const QByteArray &rawKey);
    static Result<std::unique_ptr<Database>> openAs(const QFileInfo &info, const QByteArray &rawKey, int pageBytes,
                                                    int openFlags);
    Result<void> applyCipherSettings(const QByteArray &rawKey, int pageBytes);

    sqlite3 *m_db = nullptr;
    QString m_path;
    QHash<QByteArray, sqlite3_stmt *> m_statements;
    int m_transactionDepth = 0;
    int m_pageBytes = 0; // 0: not an encrypted store (openShared())
    std::function<void()> m_commitObserver;
};

} // namespace msp::store
