#pragma once

#include "common/sessioninfo.h"
#include "domain/user.h"

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace msp::store {
class ClinicStore;
}

namespace msp::ui {

class AdminPage;
class CalendarPage;
class ClientsPage;
class SyncController;

// The signed-in window: a sidebar of areas switching a stack of pages, and a
// status bar that says honestly how the data is kept and synced.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page {
        CalendarPageIndex,
        ClientsPageIndex,
        CheckoutPageIndex,
        ReconciliationPageIndex,
        SyncPageIndex,
        AdminPageIndex
    };
    Q_ENUM(Page)

    MainWindow(store::ClinicStore &store, const User &user, const SessionInfo &session, QWidget *parent = nullptr);

    void showPage(Page page);
    // Puts a finished screen in place of an area's "coming later" page (the
    // composition root does this for areas built in their own libraries, such
    // as checkout). The window takes ownership and deletes the old page.
    // Calendar, Clients and Admin are wired into the window and are never
    // replaced; the widget then stays the caller's.
    void replacePage(Page page, QWidget *widget);
    Page currentPage() const;
    // Drives the status bar's sync indicator from the engine, refreshes the
    // calendar when pulled changes arrive, and marks offline bookings
    // "Unconfirmed" only while a sync server is configured.
    void attachSync(SyncController *controller);

    CalendarPage *calendarPage() const { return m_calendar; }
    ClientsPage *clientsPage() const { return m_clients; }
    AdminPage *adminPage() const { return m_admin; }

private:
    QWidget *buildSidebar(const QString &clinicName);
    void buildStatusBar(const SessionInfo &session);
    void setSyncConfigured(bool configured);

    store::ClinicStore &m_store;
    User m_user;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    CalendarPage *m_calendar = nullptr;
    ClientsPage *m_clients = nullptr;
    AdminPage *m_admin = nullptr;
    bool m_syncConfigured = false;
};

} // namespace msp::ui
