#pragma once

#include "domain/result.h"

namespace msp::store {

class Database;

// RAII transaction: BEGIN IMMEDIATE at the outermost level, a SAVEPOINT when
// nested. Rolled back on destruction unless commit() succeeded, so an early
// return on error leaves the store as it was.
class [[nodiscard]] Transaction
{
public:
    static Result<Transaction> begin(Database &db);
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    ~Transaction();

    Result<void> commit();

private:
    Transaction(Database *db, int depth)
        : m_db(db)
        , m_depth(depth)
    {
    }
    Database *m_db;
    int m_depth;
    bool m_done = false;
};

} // namespace msp::store
