#include "store/transaction.h"

#include "store/database.h"

#include <sqlite3.h>

namespace msp::store {

namespace {
QByteArray savepointName(int depth)
{
    return "sp" + QByteArray::number(depth);
}
} // namespace

Result<Transaction> Transaction::begin(Database &db)
{
    const int depth = db.m_transactionDepth;
    const QByteArray sql = depth == 0 ? QByteArray("BEGIN IMMEDIATE;") : "SAVEPOINT " + savepointName(depth) + ";";
    MSP_TRY(db.exec(sql.constData()));
    ++db.m_transactionDepth;
    return Transaction(&db, depth);
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(other.m_db)
    , m_depth(other.m_depth)
    , m_done(std::exchange(other.m_done, true))
{
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    const QByteArray sql = m_depth == 0
        ? QByteArray("ROLLBACK;")
        : "ROLLBACK TO " + savepointName(m_depth) + "; RELEASE " + savepointName(m_depth) + ";";
    sqlite3_exec(m_db->handle(), sql.constData(), nullptr, nullptr, nullptr);
    --m_db->m_transactionDepth;
}

Result<void> Transaction::commit()
{
    const QByteArray sql = m_depth == 0 ? QByteArray("COMMIT;") : "RELEASE " + savepointName(m_depth) + ";";
    MSP_TRY(m_db->exec(sql.constData()));
    m_done = true;
    --m_db->m_transactionDepth;
    return ok();
}

} // namespace msp::store
