#include "gui/appsession.h"

#include "admin/adminpage.h"
#include "checkout/cardflow.h"
#include "checkout/checkoutpage.h"
#include "checkout/pendingpayments.h"
#include "core/devicewipe.h"
#include "core/language.h"
#include "core/syncsettings.h"
#include "gui/stripesettingscard.h"
#include "mainwindow.h"
#include "store/clinicrepository.h"
#include "store/clinicstore.h"
#include "stripe/curltransport.h"
#include "stripe/stripegateway.h"
#include "sync/synccontroller.h"
#include "sync/syncpage.h"

#include <QDir>
#include <QLoggingCategory>
#include <QSysInfo>

Q_LOGGING_CATEGORY(lcSession, "medspasync.app")

namespace msp::app {

AppSession::AppSession(std::unique_ptr<store::ClinicStore> store, const User &user, ui::SessionInfo session,
                       Options options)
    : m_store(std::move(store))
    , m_user(user)
    , m_session(std::move(session))
    , m_options(std::move(options))
    , m_credentials(m_options.keychain, m_session.deviceId)
{
    sync::SyncConfig base;
    base.deviceId = m_session.deviceId;
    base.deviceName = QSysInfo::machineHostName();
    base.language = installedLanguage();
    base.fallbackIntervalMs = m_options.syncFallbackIntervalMs;
    m_sync = std::make_unique<ui::SyncController>(*m_store, m_credentials, base);
    const SyncSettings settings = SyncSettings::load();
    if (!settings.serverUrl.isEmpty()) {
        if (auto configured = m_sync->configure(settings.serverUrl, settings.caFile); !configured)
            qCWarning(lcSession) << "saved sync settings were not usable; sync stays off until fixed";
    }
    connect(m_sync.get(), &ui::SyncController::configurationChanged, this, [](const QUrl &url, const QString &ca) {
        SyncSettings s;
        s.serverUrl = url;
        s.caFile = ca;
        s.save();
    });
    m_session.syncConfigured = m_sync->isConfigured();

    QTimeZone zone = QTimeZone::systemTimeZone();
    if (auto clinic = m_store->clinic().clinic())
        if (const QTimeZone z(clinic->timeZone); z.isValid())
            zone = z;
    m_window = std::make_unique<ui::MainWindow>(*m_store, m_user, m_session);
    m_window->replacePage(ui::MainWindow::SyncPageIndex, new ui::SyncPage(*m_sync, m_user, m_session.deviceId, zone));
    m_checkout = new ui::CheckoutPage(*m_store, m_user);
    m_window->replacePage(ui::MainWindow::CheckoutPageIndex, m_checkout);
    m_window->attachSync(m_sync.get());
    connect(m_sync.get(), &ui::SyncController::dataChanged, m_checkout, &ui::CheckoutPage::syncedChangesArrived);
    if (m_user.role == Role::Admin) {
        auto *card = new StripeSettingsCard(m_options.keychain);
        connect(card, &StripeSettingsCard::changed, this, &AppSession::buildCardGateway);
        m_window->adminPage()->addCard(card);
    }
    buildCardGateway();
    // A card needs the network; the sync engine is the app's best knowledge
    // of it. Without a sync server, assume online and let Stripe answer.
    connect(m_sync.get(), &ui::SyncController::statusChanged, this, [this](const sync::SyncStatus &s) {
        const bool online = s.state != sync::SyncStatus::State::Offline;
        if (online != m_online && m_checkout) {
            m_online = online;
            m_checkout->setOnline(online);
        }
    });
    // Queued: the engine that reports the revocation is destroyed on the way.
    connect(m_sync.get(), &ui::SyncController::deviceRevoked, this, &AppSession::onDeviceRevoked, Qt::QueuedConnection);
    m_sync->start();
}

AppSession::~AppSession()
{
    m_credentials.flush();
    m_window.reset(); // the pages hold the store and the sync controller
    m_sync.reset();
}

void AppSession::buildCardGateway()
{
    if (!m_checkout)
        return;
    const KeychainAnswer key = m_options.keychain.read(StripeSettings::apiKeyEntry());
    if (!key.isOk() || key.data.isEmpty()) {
        m_checkout->setCardGateway(nullptr, m_online);
        return;
    }
    const StripeSettings settings = StripeSettings::load();
    stripe::StripeConfig config;
    config.apiKey = key.data;
    config.baseUrl = settings.baseUrl;
    config = ui::clinicStripeConfig(*m_store, std::move(config));
    stripe::CurlOptions curl;
    curl.caBundlePath = settings.caFile;
    m_gateways.push_back(
        std::make_unique<stripe::StripeGateway>(std::move(config), std::make_unique<stripe::CurlTransport>(curl)));
    m_checkout->setCardGateway(m_gateways.back().get(), m_online);
    recoverPendingCardWork();
}

void AppSession::recoverPendingCardWork()
{
    // Card work a crash or a lost answer left pending is settled before
    // anything else happens to it: looked up at Stripe, never charged again.
    if (m_gateways.empty() || !roleAllows(m_user.role, Permission::Checkout))
        return;
    if (m_recovery) {
        if (m_recovery->isRunning())
            return;
        m_recovery->deleteLater();
    }
    m_recovery = new ui::PendingPaymentRecovery(*m_store, *m_gateways.back(), Actor {m_user.id, m_user.role, {}}, this);
    connect(m_recovery, &ui::PendingPaymentRecovery::finished, this,
            [this](const ui::PendingPaymentRecovery::Report &report) {
                if (m_checkout && !report.isEmpty())
                    m_checkout->showNotice(report.summary(), !report.problem.isEmpty() || report.stillPending > 0);
            });
    m_recovery->start();
}

void AppSession::onDeviceRevoked(const QString &serverMessage)
{
    if (!m_store)
        return;
    qCWarning(lcSession) << "this device was revoked; erasing its local data";
    m_sync->shutDown();
    if (m_window)
        m_window->hide();
    m_checkout = nullptr;
    m_window.reset();
    const WipeReport report = wipeDeviceData(m_store, m_session.dataDir, m_options.keychain,
                                             {m_credentials.entryName(), StripeSettings::apiKeyEntry()});
    QString message = serverMessage.isEmpty() ? tr("An administrator removed this computer from the clinic's devices.")
                                              : serverMessage;
    message += u"\n\n";
    if (report.leftFiles.isEmpty())
        message += tr("The clinic's data on this computer was erased: the database in %1 and its keys. Nothing "
                      "of it remains here. If this is a mistake, ask the administrator to register the computer "
                      "again; the data comes back from the server at the next sign-in.")
                       .arg(QDir::toNativeSeparators(m_session.dataDir));
    else
        message += tr("Some files could not be erased: %1. Delete them yourself, or ask your administrator.")
                       .arg(report.leftFiles.join(QStringLiteral(", ")));
    if (!report.keychainEntriesLeft.isEmpty())
        message += u'\n'
            + tr("The keychain did not let MedSpaSync remove its entries; remove the \"MedSpaSync Pro\" entries from "
                 "the keychain yourself.");
    m_sync.reset();
    Q_EMIT wiped(message);
}

} // namespace msp::app
