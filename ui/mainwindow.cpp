#include "mainwindow.h"

#include "admin/adminpage.h"
#include "calendar/calendarpage.h"
#include "clients/clientspage.h"
#include "common/placeholderpage.h"
#include "common/theme.h"
#include "reconcile/reconciliationpage.h"
#include "store/clinicrepository.h"
#include "store/clinicstore.h"
#include "sync/synccontroller.h"
#include "sync/syncindicator.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace msp::ui {

MainWindow::MainWindow(store::ClinicStore &store, const User &user, const SessionInfo &session, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_user(user)
{
    setObjectName(QStringLiteral("mainWindow"));
    setStyleSheet(theme::styleSheet());
    setMinimumSize(1024, 680);
    resize(1360, 860);

    QString clinicName;
    QTimeZone zone = QTimeZone::systemTimeZone();
    if (auto clinic = m_store.clinic().clinic()) {
        clinicName = clinic->name;
        if (const QTimeZone z(clinic->timeZone); z.isValid())
            zone = z;
    }
    setWindowTitle(clinicName.isEmpty() ? tr("MedSpaSync Pro") : tr("%1 — MedSpaSync Pro").arg(clinicName));

    const Actor actor {user.id, user.role, session.deviceId};
    m_calendar = new CalendarPage(m_store, actor);
    m_clients = new ClientsPage(m_store, actor, zone);
    m_admin = new AdminPage(m_store, user, session, zone);

    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(m_calendar);
    m_pages->addWidget(m_clients);
    m_pages->addWidget(new PlaceholderPage(
        tr("Checkout"),
        tr("Checkout will take payment for completed appointments: card payments through Stripe, gift cards, "
           "packages and loyalty points, with printed or e-mailed receipts."),
        tr("Until then, take payment on your card terminal as you do today.")));
    m_pages->addWidget(new ReconciliationPage(m_store, actor));
    m_pages->addWidget(new PlaceholderPage(
        tr("Sync"),
        tr("Sync will keep this computer and the clinic's other devices up to date through the clinic's sync "
           "server, and list the changes that need your attention."),
        tr("Until then, everything is saved on this computer only. Bookings made here are shown as unconfirmed.")));
    m_pages->addWidget(m_admin);

    auto *central = new QWidget;
    auto *row = new QHBoxLayout(central);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    row->addWidget(buildSidebar(clinicName));
    row->addWidget(m_pages, 1);
    setCentralWidget(central);
    buildStatusBar(session);
    m_syncConfigured = !session.syncConfigured;
    setSyncConfigured(session.syncConfigured);

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int r) {
        if (r < 0)
            return;
        m_pages->setCurrentIndex(r);
        if (r == CalendarPageIndex)
            m_calendar->reload();
    });
    connect(m_clients, &ClientsPage::clientSaved, this, [this] {
        m_calendar->forgetClientNames();
        m_calendar->reload();
    });
    m_sidebar->setCurrentRow(CalendarPageIndex);
}

QWidget *MainWindow::buildSidebar(const QString &clinicName)
{
    auto *panel = new QFrame;
    panel->setObjectName(QStringLiteral("sidebarPanel"));
    panel->setFixedWidth(208);
    auto *brand = new QLabel(tr("MedSpaSync Pro"));
    brand->setObjectName(QStringLiteral("sidebarBrand"));
    auto *clinic = new QLabel(clinicName);
    clinic->setObjectName(QStringLiteral("sidebarClinic"));
    clinic->setWordWrap(true);

    m_sidebar = new QListWidget;
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setFocusPolicy(Qt::StrongFocus);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (const QString &name :
         {tr("Calendar"), tr("Clients"), tr("Checkout"), tr("Reconciliation"), tr("Sync"), tr("Admin")})
        m_sidebar->addItem(name);

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 20, 0, 12);
    layout->setSpacing(2);
    auto *header = new QVBoxLayout;
    header->setContentsMargins(22, 0, 16, 16);
    header->setSpacing(2);
    header->addWidget(brand);
    header->addWidget(clinic);
    layout->addLayout(header);
    layout->addWidget(m_sidebar, 1);
    return panel;
}

void MainWindow::buildStatusBar(const SessionInfo &session)
{
    auto *sync = new QLabel(QStringLiteral("● ") + tr("Offline — no sync server configured"));
    sync->setObjectName(QStringLiteral("syncStatus"));
    sync->setToolTip(tr("Changes are saved on this computer. Syncing with other devices comes in a later release."));
    auto *protection = new QLabel(session.protectionDescription);
    protection->setObjectName(QStringLiteral("protectionStatus"));
    protection->setToolTip(session.dataDir);
    auto *who = new QLabel(
        tr("Signed in as %1 · %2")
            .arg(m_user.displayName.isEmpty() ? m_user.username : m_user.displayName, roleDisplayName(m_user.role)));
    who->setObjectName(QStringLiteral("userStatus"));
    statusBar()->setSizeGripEnabled(false);
    statusBar()->addWidget(sync);
    statusBar()->addWidget(protection);
    statusBar()->addPermanentWidget(who);
}

void MainWindow::showPage(Page page)
{
    m_sidebar->setCurrentRow(int(page));
}

void MainWindow::replacePage(Page page, QWidget *widget)
{
    if (!widget || page == CalendarPageIndex || page == ClientsPageIndex || page == AdminPageIndex)
        return; // those pages are wired to the rest of the window
    const int index = int(page);
    const bool wasCurrent = m_pages->currentIndex() == index;
    QWidget *old = m_pages->widget(index);
    m_pages->insertWidget(index, widget);
    m_pages->removeWidget(old);
    old->deleteLater();
    if (wasCurrent)
        m_pages->setCurrentIndex(index);
}

void MainWindow::attachSync(SyncController *controller)
{
    auto *indicator = findChild<QLabel *>(QStringLiteral("syncStatus"));
    const auto show = [this, indicator, controller](const sync::SyncStatus &status) {
        showSyncStatus(indicator, status);
        setSyncConfigured(controller->isConfigured());
    };
    connect(controller, &SyncController::statusChanged, indicator, show);
    connect(controller, &SyncController::dataChanged, this, [this] {
        m_calendar->forgetClientNames();
        m_calendar->reload();
    });
    show(controller->status());
}

void MainWindow::setSyncConfigured(bool configured)
{
    // Without a sync server nothing will ever confirm a booking, so the
    // calendar does not call them unconfirmed.
    if (m_syncConfigured == configured)
        return;
    m_syncConfigured = configured;
    m_calendar->setSyncConfigured(configured);
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

} // namespace msp::ui
