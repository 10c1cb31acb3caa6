#include "store/clinicstore.h"

#include "store/appointmentrepository.h"
#include "store/auditlog.h"
#include "store/checkpointer.h"
#include "store/clientrepository.h"
#include "store/clinicrepository.h"
#include "store/database.h"
#include "store/deferredindexes.h"
#include "store/invoicerepository.h"
#include "store/migrations.h"
#include "store/outbox.h"
#include "store/practitionerrepository.h"
#include "store/searchindexbuilder.h"
#include "store/storeerrors.h"
#include "store/userrepository.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace msp::store {

ClinicStore::ClinicStore(std::unique_ptr<Database> db, QByteArray rawKey)
    : m_db(std::move(db))
    , m_key(std::move(rawKey))
    , m_audit(std::make_unique<AuditLog>(*m_db))
    , m_outbox(std::make_unique<Outbox>(*m_db))
    , m_clinic(std::make_unique<ClinicRepository>(*m_db, *m_audit, *m_outbox))
    , m_practitioners(std::make_unique<PractitionerRepository>(*m_db, *m_audit, *m_outbox))
    , m_services(std::make_unique<ServiceRepository>(*m_db, *m_audit, *m_outbox))
    , m_clients(std::make_unique<ClientRepository>(*m_db, *m_audit, *m_outbox))
    , m_appointments(std::make_unique<AppointmentRepository>(*m_db, *m_audit, *m_outbox))
    , m_invoices(std::make_unique<InvoiceRepository>(*m_db, *m_audit, *m_outbox))
    , m_users(std::make_unique<UserRepository>(*m_db, *m_audit))
{
}

ClinicStore::~ClinicStore() = default;

Result<std::unique_ptr<ClinicStore>> ClinicStore::openDatabase(const QString &path, const QByteArray &rawKey)
{
    auto db = Database::open(path, rawKey);
    if (!db)
        return db.error();
    // Refuse a newer store before anything below writes to the file.
    auto version = (*db)->userVersion();
    if (!version)
        return version.error();
    if (*version > latestSchemaVersion())
        return tooNewError(path, *version, latestSchemaVersion());
    // WAL keeps readers and the writer apart; synchronous=FULL makes every
    // committed change survive a power cut, not only a crash. Temporary
    // tables stay in memory so no plaintext reaches a temp file. Every page
    // read from disk is decrypted and checked, so a 64 MiB page cache (rather
    // than SQLite's 2 MiB) keeps the indexes of a large clinic hot.
    MSP_TRY((*db)->exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; "
                        "PRAGMA temp_store = MEMORY; PRAGMA busy_timeout = 5000; PRAGMA cache_size = -65536;"));
    // Indexes a first sync left unbuilt when the app stopped (a crash, a
    // killed process) are built before anything relies on them.
    MSP_TRY(restoreDeferredIndexes(**db));
    MSP_TRY(migrate(**db));
    // Likewise the search entries of clients a first sync wrote while their
    // index was being built aside (searchindexbuilder.h).
    MSP_TRY(repairSearchIndex(**db));
    return std::unique_ptr<ClinicStore>(new ClinicStore(std::move(*db), rawKey));
}

Result<std::unique_ptr<ClinicStore>> ClinicStore::open(const QString &path, const QByteArray &rawKey)
{
    return openWithCheckpointer(path, rawKey, Checkpointer::kInlineAfterBytes);
}

Result<std::unique_ptr<ClinicStore>> ClinicStore::openWithCheckpointer(const QString &path, const QByteArray &rawKey,
                                                                       qint64 inlineAfterBytes)
{
    auto store = openDatabase(path, rawKey);
    if (!store)
        return store.error();
    // Checkpoints off the committing thread; without one SQLite's own
    // automatic checkpoint stays on (slower commits now and then, as safe).
    auto checkpointer = Checkpointer::start(*(*store)->m_db, path, rawKey, inlineAfterBytes);
    if (checkpointer)
        (*store)->m_checkpointer = std::move(*checkpointer);
    else
        qCWarning(lcStore) << "checkpoints stay on the committing thread:" << checkpointer.error().message;
    return store;
}

Result<std::unique_ptr<ClinicStore>> ClinicStore::openConnection() const
{
    // A second connection (the sync apply thread's) checkpoints on a thread
    // of its own too: a catch-up page writes thousands of pages, and copying
    // them back into the store must not hold up the next page. Its commits
    // are large and no window waits for them, so it checkpoints inline only
    // when the log is much larger than the window's connection allows.
    return openWithCheckpointer(m_db->path(), m_key, Checkpointer::kInlineAfterBytesBulk);
}

} // namespace msp::store
