#pragma once

#include "credentialstore.h"
#include "store/syncreplica.h"
#include "syncconfig.h"
#include "syncstatus.h"

#include <QObject>
#include <QThread>
#include <QTimer>

#include <memory>

namespace msp::store {
class ClinicStore;
}

namespace msp::sync {

class SyncTransport;
class HintStream;
class PageApplier;
struct HttpAnswer;

// The app's sync engine (ARCHITECTURE.md, "Sync"): pushes the outbox in
// batches with stable per-device ids, then pulls pages of server changes and
// applies each in one transaction, on a thread of its own (PageApplier) while
// the next page downloads and is read (JSON to rows) on a third thread. Runs on start, shortly after each local
// change, on a hint and on a timer; backs off with jitter while the server is
// unreachable. Everything it learns is in the store before it acknowledges
// anything, so it resumes after a crash exactly where it stopped.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    SyncEngine(store::ClinicStore &store, SyncConfig config, CredentialStore &credentials, QObject *parent = nullptr);
    ~SyncEngine() override;

    const SyncStatus &status() const { return m_status; }
    bool isSignedIn() const;
    // Whether the live hint stream is connected (changes elsewhere arrive at once).
    bool isLive() const;
    // A cycle is running now (a sync asked for meanwhile runs right after it).
    bool isBusy() const { return m_running; }

    void signIn(const QString &email, const QString &password, const QString &totp);
    void signOut();
    // Starts the timers and a first sync.
    void start();
    // Asks for a sync now (coalesced with one already running).
    void syncNow();
    // A local change was saved: sync soon, after a short quiet period.
    void localChangeMade();

Q_SIGNALS:
    void statusChanged(const msp::sync::SyncStatus &status);
    void signInFinished(bool ok, const QString &message);
    // One cycle ended: ok when the outbox was pushed and every page pulled.
    void cycleFinished(bool ok);
    // The live "pull now" stream connected or dropped.
    void liveChanged(bool connected);
    // Pulled rows or push answers changed local data: screens refresh.
    void dataChanged();
    // An administrator revoked this device: the app must wipe its store.
    void deviceRevoked(const QString &message);

private:
    void onLocalCommit();
    void runCycle();
    void withAccessToken(std::function<void()> next);
    void pushNext();
    void onPushAnswer(const HttpAnswer &answer, qint64 firstId, qint64 lastId);
    void pullNext();
    void onPullAnswer(const HttpAnswer &answer);
    void onPageDecoded(quint64 cycle, const QString &cursor, bool hasMore, const QString &error);
    void onNextCursor(const QString &cursor, bool hasMore);
    void pullWhenRoom();
    void onPageTaken(quint64 cycle);
    void onPageApplied(quint64 cycle, bool changed, const QString &error);
    void stopApplier();
    void finishCycle(bool ok);
    void failCycle(const HttpAnswer &answer, std::function<void()> retryAfterAuth);
    void goOffline(const QString &why);
    void restoreDeferredIndexes();
    void abortCycle(const QString &message);
    void refreshCounts();
    void setState(SyncStatus::State state, const QString &message = {});

    store::ClinicStore &m_store;
    store::SyncReplica m_replica;
    SyncConfig m_config;
    CredentialStore &m_credentials;
    std::unique_ptr<SyncTransport> m_transport;
    std::unique_ptr<HintStream> m_hints;
    QThread m_applyThread;
    PageApplier *m_applier = nullptr; // lives on m_applyThread
    QThread m_readThread;
    QObject *m_reader = nullptr; // lives on m_readThread: pages are read in its context
    quint64 m_cycle = 0; // numbers cycles, so answers of an ended one are ignored
    QString m_pullCursor;
    int m_pagesApplying = 0; // fetched, not yet committed
    int m_pagesInMemory = 0; // fetched, not yet taken into a transaction
    bool m_pullWaiting = false; // the next page waits for one of those
    bool m_lastPageFetched = false;
    bool m_catchingUp = false; // the last page said more is waiting
    SyncStatus m_status;
    QString m_accessToken;
    QDateTime m_accessExpires;
    bool m_running = false;
    bool m_again = false;
    int m_failures = 0;
    bool m_authRetried = false;
    QTimer m_debounce;
    QTimer m_fallback;
    QTimer m_backoff;
};

} // namespace msp::sync
