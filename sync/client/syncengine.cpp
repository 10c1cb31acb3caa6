#include "syncengine.h"

#include "hintstream.h"
#include "mutationmapper.h"
#include "pageapplier.h"
#include "protocol/apierror.h"
#include "protocol/auth.h"
#include "protocol/pull.h"
#include "store/clinicstore.h"
#include "store/database.h"
#include "synctransport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcSync, "medspasync.sync")

namespace msp::sync {

SyncEngine::SyncEngine(store::ClinicStore &store, SyncConfig config, CredentialStore &credentials, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_replica(store.database(), store.audit(), store.outbox())
    , m_config(std::move(config))
    , m_credentials(credentials)
    , m_transport(std::make_unique<SyncTransport>(m_config))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(m_config.debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SyncEngine::syncNow);
    m_fallback.setInterval(m_config.fallbackIntervalMs);
    connect(&m_fallback, &QTimer::timeout, this, &SyncEngine::syncNow);
    m_backoff.setSingleShot(true);
    connect(&m_backoff, &QTimer::timeout, this, &SyncEngine::runCycle);
    m_hints = std::make_unique<HintStream>(m_config, m_transport->sslConfiguration(), [this] {
        return QDateTime::currentDateTimeUtc() < m_accessExpires ? m_accessToken : QString();
    });
    connect(m_hints.get(), &HintStream::hint, this, &SyncEngine::syncNow);
    connect(m_hints.get(), &HintStream::connectedChanged, this, &SyncEngine::liveChanged);
    m_applier = new PageApplier(store);
    m_applier->moveToThread(&m_applyThread);
    connect(m_applier, &PageApplier::decoded, this, &SyncEngine::onPageDecoded);
    connect(m_applier, &PageApplier::taken, this, &SyncEngine::onPageTaken);
    connect(m_applier, &PageApplier::applied, this, &SyncEngine::onPageApplied);
    m_applyThread.setObjectName(QStringLiteral("sync-apply"));
    m_applyThread.start();
    m_reader = new QObject;
    m_reader->moveToThread(&m_readThread);
    m_readThread.setObjectName(QStringLiteral("sync-read"));
    m_readThread.start();
    // Every local commit is a chance that something new waits in the outbox.
    store.database().setCommitObserver(
        [this] { QMetaObject::invokeMethod(this, &SyncEngine::onLocalCommit, Qt::QueuedConnection); });
    m_status.state = m_config.serverUrl.isValid() ? SyncStatus::State::SignedOut : SyncStatus::State::NotConfigured;
    refreshCounts();
}

SyncEngine::~SyncEngine()
{
    m_store.database().setCommitObserver({});
    stopApplier();
}

void SyncEngine::stopApplier()
{
    if (!m_applier)
        return;
    // The reader first: it hands pages to the applier. Pages still queued
    // are dropped (the stored cursor is before them, so they come again).
    m_readThread.quit();
    m_readThread.wait();
    // Waits for a page being applied to commit.
    m_applyThread.quit();
    m_applyThread.wait();
    // After the applier, which hands applied pages back to the reader to be
    // freed: any still posted are freed with it.
    delete m_reader;
    m_reader = nullptr;
    delete m_applier; // its thread has ended: closing its connection here is safe
    m_applier = nullptr;
}

void SyncEngine::onLocalCommit()
{
    // The engine's own commits (answers, pulled pages) never add to the
    // outbox, so they do not start another cycle.
    if (m_replica.hasNewLocalChanges().valueOr(false))
        localChangeMade();
}

bool SyncEngine::isSignedIn() const
{
    return !m_accessToken.isEmpty() || m_credentials.refreshToken().has_value();
}

bool SyncEngine::isLive() const
{
    return m_hints->isConnected();
}

void SyncEngine::setState(SyncStatus::State state, const QString &message)
{
    m_status.state = state;
    m_status.message = message;
    refreshCounts();
    Q_EMIT statusChanged(m_status);
}

void SyncEngine::refreshCounts()
{
    m_status.pending = m_replica.pendingPushCount().valueOr(0);
    m_status.needsAttention = m_replica.openAttentionItems().valueOr({}).size();
}

void SyncEngine::signIn(const QString &email, const QString &password, const QString &totp)
{
    const protocol::LoginRequest request {email, password, totp, m_config.deviceId, m_config.deviceName};
    m_transport->post(QStringLiteral("/v1/auth/login"), protocol::encodeLoginRequest(request), {},
                      [this](const HttpAnswer &a) {
                          if (!a.isOk()) {
                              const QString message = a.status == 0
                                  ? tr("The sync server cannot be reached (%1). Check the network and the server "
                                       "address, then try again.")
                                        .arg(a.networkError)
                                  : a.apiError().message;
                              Q_EMIT signInFinished(false, message);
                              return;
                          }
                          auto tokens = protocol::decodeTokenPair(a.body);
                          if (!tokens) {
                              Q_EMIT signInFinished(false, tokens.error().message);
                              return;
                          }
                          m_accessToken = tokens->accessToken;
                          m_accessExpires = QDateTime::currentDateTimeUtc().addSecs(tokens->accessExpiresIn - 30);
                          m_credentials.setRefreshToken(tokens->refreshToken);
                          // Names the clinic on Stripe objects so the server's webhook knows whose they are.
                          (void)m_replica.setServerOrgId(tokens->orgId);
                          Q_EMIT signInFinished(true, {});
                          setState(SyncStatus::State::Syncing);
                          syncNow();
                      });
}

void SyncEngine::signOut()
{
    m_hints->close();
    m_accessToken.clear();
    m_credentials.setRefreshToken({});
    setState(SyncStatus::State::SignedOut);
}

void SyncEngine::start()
{
    if (!m_config.serverUrl.isValid())
        return;
    m_fallback.start();
    syncNow();
}

void SyncEngine::localChangeMade()
{
    refreshCounts();
    Q_EMIT statusChanged(m_status);
    if (m_config.serverUrl.isValid())
        m_debounce.start();
}

void SyncEngine::syncNow()
{
    if (m_backoff.isActive())
        m_backoff.stop();
    runCycle();
}

void SyncEngine::runCycle()
{
    if (!m_config.serverUrl.isValid() || m_status.state == SyncStatus::State::Revoked)
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    if (!isSignedIn()) {
        setState(SyncStatus::State::SignedOut);
        return;
    }
    m_running = true;
    m_again = false;
    m_authRetried = false;
    ++m_cycle;
    m_pagesApplying = 0;
    m_pagesInMemory = 0;
    m_pullWaiting = false;
    m_lastPageFetched = false;
    m_pullCursor = m_replica.cursor().valueOr({});
    // No cursor: everything is to come (a first sync, a re-snapshot), so
    // the first page is a catch-up page too.
    m_catchingUp = m_pullCursor.isEmpty();
    setState(SyncStatus::State::Syncing);
    // The applier's connection opens while the push and the first pull are
    // on the wire, not after the first page has arrived.
    if (m_applier)
        QMetaObject::invokeMethod(m_applier, [applier = m_applier] { applier->prepare(); });
    withAccessToken([this] { pushNext(); });
}

void SyncEngine::withAccessToken(std::function<void()> next)
{
    if (!m_accessToken.isEmpty() && QDateTime::currentDateTimeUtc() < m_accessExpires) {
        next();
        return;
    }
    const auto refresh = m_credentials.refreshToken();
    if (!refresh) {
        m_running = false;
        setState(SyncStatus::State::SignedOut);
        Q_EMIT cycleFinished(false);
        return;
    }
    const protocol::RefreshRequest request {*refresh, m_config.deviceId};
    m_transport->post(QStringLiteral("/v1/auth/refresh"), protocol::encodeRefreshRequest(request), {},
                      [this, next = std::move(next)](const HttpAnswer &a) {
                          if (!a.isOk())
                              return failCycle(a, {});
                          auto tokens = protocol::decodeTokenPair(a.body);
                          if (!tokens)
                              return failCycle(a, {});
                          m_accessToken = tokens->accessToken;
                          m_accessExpires = QDateTime::currentDateTimeUtc().addSecs(tokens->accessExpiresIn - 30);
                          // Rotation: the old refresh token is now spent.
                          m_credentials.setRefreshToken(tokens->refreshToken);
                          next();
                      });
}

void SyncEngine::pushNext()
{
    auto batch = m_replica.nextBatch(pushableMutationNames(), m_config.pushBatchSize);
    if (!batch) {
        qCWarning(lcSync) << "reading the outbox failed";
        abortCycle(batch.error().message);
        return;
    }
    if (batch->isEmpty()) {
        pullNext();
        return;
    }
    protocol::PushRequest request;
    for (const store::OutboxMutation &m : *batch) {
        auto wire = toWireMutation(m);
        if (!wire) {
            abortCycle(wire.error().message);
            return;
        }
        request.mutations.append(*wire);
    }
    const qint64 first = request.mutations.first().id;
    const qint64 last = request.mutations.last().id;
    m_status.pending = m_replica.pendingPushCount().valueOr(0);
    Q_EMIT statusChanged(m_status);
    m_transport->post(QStringLiteral("/v1/sync/push"), protocol::encodePushRequest(request), m_accessToken,
                      [this, first, last](const HttpAnswer &a) { onPushAnswer(a, first, last); });
}

void SyncEngine::onPushAnswer(const HttpAnswer &a, qint64 firstId, qint64 lastId)
{
    if (!a.isOk())
        return failCycle(a, [this] { pushNext(); });
    auto response = protocol::decodePushResponse(a.body);
    if (!response) {
        abortCycle(response.error().message);
        return;
    }
    QList<store::PushOutcome> outcomes;
    for (const protocol::MutationResult &r : response->results) {
        if (r.id < firstId || r.id > lastId)
            continue;
        store::PushOutcome o;
        o.pushId = r.id;
        o.applied = r.outcome == protocol::MutationOutcome::Applied;
        o.reason = r.reason;
        o.message = r.message;
        if (!o.applied) {
            QJsonArray slots;
            for (const protocol::FreeSlot &s : r.nextFreeSlots)
                slots.append(QJsonObject {{QStringLiteral("start"), s.start}, {QStringLiteral("end"), s.end}});
            o.details = {{QStringLiteral("conflicting_booking"), r.conflictingBooking},
                         {QStringLiteral("next_free_slots"), slots}};
        }
        outcomes.append(o);
    }
    if (auto recorded = m_replica.recordOutcomes(outcomes); !recorded) {
        abortCycle(recorded.error().message);
        return;
    }
    m_failures = 0;
    Q_EMIT dataChanged();
    pushNext();
}

void SyncEngine::pullNext()
{
    if (!m_applier)
        return abortCycle(tr("Sync stopped on this device."));
    QUrlQuery query;
    if (!m_pullCursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), m_pullCursor);
    const int limit = m_catchingUp ? std::max(m_config.pullPageSize, m_config.catchUpPageSize) : m_config.pullPageSize;
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    // What waits in the outbox, for the console's device list.
    query.addQueryItem(QStringLiteral("pending"), QString::number(m_status.pending));
    m_transport->get(QStringLiteral("/v1/sync/pull?") + query.toString(QUrl::FullyEncoded), m_accessToken,
                     [this, cycle = m_cycle](const HttpAnswer &a) {
                         if (cycle == m_cycle && m_running)
                             onPullAnswer(a);
                     });
}

void SyncEngine::onPullAnswer(const HttpAnswer &a)
{
    const quint64 cycle = m_cycle;
    if (a.status == 410) {
        // The server does not know our cursor (restored database): push
        // whatever is queued, then take a fresh snapshot. Nothing local is
        // dropped; rows with unsent changes are kept as they are. The reset
        // goes through the applier, after any page still being applied.
        qCInfo(lcSync) << "cursor expired; re-snapshotting";
        QMetaObject::invokeMethod(m_applier, [applier = m_applier, cycle] { applier->resetCursor(cycle); });
        m_pullCursor.clear();
        m_catchingUp = true; // everything is to come again
        pushNext();
        return;
    }
    if (!a.isOk())
        return failCycle(a, [this] { pullNext(); });
    // The page is read on the reader's thread and applied on the applier's,
    // in the order they came; the next page is fetched as soon as this one's
    // cursor is known: from its headers, so it downloads while this one is
    // read, or else once this one is read.
    ++m_pagesApplying;
    ++m_pagesInMemory;
    const QByteArray headerCursor = a.header(protocol::kPullCursorHeader);
    const bool early = !headerCursor.isEmpty();
    QString expectedCursor;
    const bool expectedMore = a.header(protocol::kPullHasMoreHeader) == "true";
    if (early) {
        expectedCursor = QString::fromLatin1(headerCursor);
        onNextCursor(expectedCursor, expectedMore);
    }
    QMetaObject::invokeMethod(
        m_reader,
        [this, applier = m_applier, reader = m_reader, cycle, body = a.body, early, expectedCursor, expectedMore] {
            auto page = PageApplier::read(body);
            if (!page) {
                QMetaObject::invokeMethod(
                    this, [this, cycle, error = page.error().message] { onPageDecoded(cycle, {}, false, error); });
                return;
            }
            // To the applier first: anything the engine posts to it after
            // hearing of this page (a cursor reset after a 410) comes after it.
            const QString cursor = page->cursor;
            const bool hasMore = page->hasMore;
            // Freed where it was allocated: a page is some 150,000 blocks,
            // and glibc frees another thread's blocks under that thread's
            // arena lock, against the reader allocating the next page.
            QMetaObject::invokeMethod(applier, [applier, reader, cycle, read = std::move(*page)]() mutable {
                applier->applyRead(cycle, read);
                QMetaObject::invokeMethod(reader, [done = std::move(read)] { Q_UNUSED(done); });
            });
            QMetaObject::invokeMethod(this, [this, cycle, cursor, hasMore, early, expectedCursor, expectedMore] {
                if (!early)
                    return onPageDecoded(cycle, cursor, hasMore, {});
                // Already followed; the body must agree with the headers.
                if (cursor != expectedCursor || hasMore != expectedMore)
                    onPageDecoded(cycle, {}, false,
                                  tr("The sync server sent a page whose cursor differs from its header. "
                                     "Sync again; if it persists, contact support."));
            });
        });
}

void SyncEngine::onPageDecoded(quint64 cycle, const QString &cursor, bool hasMore, const QString &error)
{
    if (cycle != m_cycle || !m_running)
        return;
    if (!error.isEmpty())
        return abortCycle(error);
    onNextCursor(cursor, hasMore);
}

void SyncEngine::onNextCursor(const QString &cursor, bool hasMore)
{
    m_pullCursor = cursor;
    m_catchingUp = hasMore;
    if (hasMore)
        return pullWhenRoom();
    m_lastPageFetched = true;
    // The reader hands a page to the applier before it tells us, so a small
    // last page may be applied before we hear of it.
    if (m_pagesApplying == 0)
        finishCycle(true);
}

void SyncEngine::pullWhenRoom()
{
    // Pages fetched ahead wait in memory (downloaded, decoded, queued for
    // the applier): enough that the applier never waits for one, no more.
    // Pages already written into a batch that has yet to commit do not count.
    constexpr int kPagesAhead = 4;
    m_pullWaiting = m_pagesInMemory >= kPagesAhead;
    if (!m_pullWaiting)
        pullNext();
}

void SyncEngine::onPageTaken(quint64 cycle)
{
    if (cycle != m_cycle || !m_running)
        return;
    --m_pagesInMemory;
    if (m_pullWaiting)
        pullWhenRoom();
}

void SyncEngine::onPageApplied(quint64 cycle, bool changed, const QString &error)
{
    if (changed)
        Q_EMIT dataChanged();
    if (cycle != m_cycle || !m_running)
        return;
    --m_pagesApplying;
    if (!error.isEmpty()) {
        qCWarning(lcSync) << "applying a pulled page failed";
        return abortCycle(error);
    }
    if (m_lastPageFetched && m_pagesApplying == 0)
        finishCycle(true);
}

void SyncEngine::finishCycle(bool ok)
{
    m_running = false;
    if (ok) {
        m_failures = 0;
        m_status.lastSuccess = QDateTime::currentDateTimeUtc();
        m_status.offlineSince = {};
        setState(SyncStatus::State::Synced);
        m_hints->open(); // a no-op when already connected
    }
    Q_EMIT cycleFinished(ok);
    if (m_again)
        QTimer::singleShot(0, this, &SyncEngine::runCycle);
}

void SyncEngine::failCycle(const HttpAnswer &a, std::function<void()> retryAfterAuth)
{
    const protocol::ApiError e = a.apiError();
    if (e.code == u"device_revoked") {
        m_running = false;
        stopApplier(); // its connection must be closed before the store is wiped
        m_hints->close();
        m_accessToken.clear();
        m_credentials.setRefreshToken({});
        setState(SyncStatus::State::Revoked, e.message);
        Q_EMIT cycleFinished(false);
        Q_EMIT deviceRevoked(e.message);
        return;
    }
    if (a.status == 401 && retryAfterAuth && !m_authRetried) {
        // The access token expired early: refresh once and retry the step.
        m_authRetried = true;
        m_accessToken.clear();
        withAccessToken(std::move(retryAfterAuth));
        return;
    }
    if (a.status == 401) {
        m_running = false;
        m_accessToken.clear();
        m_credentials.setRefreshToken({});
        setState(SyncStatus::State::SignedOut, e.message);
        Q_EMIT cycleFinished(false);
        return;
    }
    if (a.isRetryable())
        return goOffline(a.status == 0 ? a.networkError : e.message);
    m_running = false;
    setState(SyncStatus::State::Error, e.message);
    Q_EMIT cycleFinished(false);
}

void SyncEngine::restoreDeferredIndexes()
{
    // Queued behind any page still being applied.
    if (m_applier)
        QMetaObject::invokeMethod(m_applier, [applier = m_applier] { applier->restoreIndexes(); });
}

void SyncEngine::abortCycle(const QString &message)
{
    m_running = false;
    restoreDeferredIndexes();
    setState(SyncStatus::State::Error, message);
    Q_EMIT cycleFinished(false);
}

void SyncEngine::goOffline(const QString &why)
{
    m_running = false;
    restoreDeferredIndexes();
    ++m_failures;
    if (!m_status.offlineSince.isValid())
        m_status.offlineSince = QDateTime::currentDateTimeUtc();
    // Exponential backoff with full jitter, from 1 s up to 5 minutes.
    const int ceiling = int(std::min<qint64>(300000, 1000LL << std::min(m_failures, 9)));
    const int delay = 500 + int(QRandomGenerator::global()->bounded(ceiling));
    qCInfo(lcSync) << "server unreachable; retrying in" << delay << "ms";
    setState(SyncStatus::State::Offline, why);
    Q_EMIT cycleFinished(false);
    m_backoff.start(delay);
}

} // namespace msp::sync
