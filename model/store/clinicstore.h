#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace msp::store {

class Database;
class Checkpointer;
class AuditLog;
class Outbox;
class ClinicRepository;
class PractitionerRepository;
class ServiceRepository;
class ClientRepository;
class AppointmentRepository;
class InvoiceRepository;
class UserRepository;

// One clinic's encrypted local store: the open, migrated database and one
// repository per aggregate. This is what the app, the CLI and the sync
// engine hold; nothing above it touches SQLCipher.
class ClinicStore
{
public:
    // Opens (or creates) the store at `path` with its 32-byte key, verifies
    // the key without writing, refuses a store newer than this program, then
    // turns on WAL and foreign keys and runs pending migrations.
    static Result<std::unique_ptr<ClinicStore>> open(const QString &path, const QByteArray &rawKey);
    ~ClinicStore();
    // Another connection to the same store (same file and key), for work on
    // another thread: WAL lets it write while this one reads. Use each
    // connection from one thread at a time.
    Result<std::unique_ptr<ClinicStore>> openConnection() const;

    Database &database() { return *m_db; }
    AuditLog &audit() { return *m_audit; }
    Outbox &outbox() { return *m_outbox; }
    ClinicRepository &clinic() { return *m_clinic; }
    PractitionerRepository &practitioners() { return *m_practitioners; }
    ServiceRepository &services() { return *m_services; }
    ClientRepository &clients() { return *m_clients; }
    AppointmentRepository &appointments() { return *m_appointments; }
    InvoiceRepository &invoices() { return *m_invoices; }
    UserRepository &users() { return *m_users; }

    static QString fileName() { return QStringLiteral("clinic.db"); }

private:
    ClinicStore(std::unique_ptr<Database> db, QByteArray rawKey);
    static Result<std::unique_ptr<ClinicStore>> openDatabase(const QString &path, const QByteArray &rawKey);
    static Result<std::unique_ptr<ClinicStore>> openWithCheckpointer(const QString &path, const QByteArray &rawKey,
                                                                     qint64 inlineAfterBytes);
    std::unique_ptr<Database> m_db;
    QByteArray m_key; // SQLCipher holds it anyway; kept for openConnection()
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<ClinicRepository> m_clinic;
    std::unique_ptr<PractitionerRepository> m_practitioners;
    std::unique_ptr<ServiceRepository> m_services;
    std::unique_ptr<ClientRepository> m_clients;
    std::unique_ptr<AppointmentRepository> m_appointments;
    std::unique_ptr<InvoiceRepository> m_invoices;
    std::unique_ptr<UserRepository> m_users;
    // Last: stopped before the connection it hooks closes.
    std::unique_ptr<Checkpointer> m_checkpointer;
};

} // namespace msp::store
