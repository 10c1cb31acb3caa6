#pragma once

#include "client/syncstatus.h"
#include "domain/user.h"

#include <QTimeZone>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QFrame;

namespace msp::ui {

class AttentionInbox;
class EnrolmentQrView;
class SyncController;

// The Sync area: where this device syncs to (server address, CA certificate),
// signing the device in (e-mail, password, authenticator code), where it
// stands (last sync, changes waiting, problems in plain words), "Sync now",
// signing out, and the "Needs attention" inbox.
class SyncPage : public QWidget
{
    Q_OBJECT
public:
    SyncPage(SyncController &sync, const User &user, const QString &deviceId, QTimeZone zone,
             QWidget *parent = nullptr);

    AttentionInbox *inbox() const { return m_inbox; }

private:
    QWidget *statusCard();
    QWidget *serverCard();
    QWidget *signInCard();
    QWidget *inboxCard(const Actor &actor);
    QWidget *enrolmentCard();
    void showStatus(const sync::SyncStatus &status);
    void applyServer();
    void chooseCaFile();
    void signIn();
    void signInDone(bool ok, const QString &message);
    void setBanner(QLabel *label, const QString &text, const QString &role);

    SyncController &m_sync;
    QTimeZone m_zone;
    QLabel *m_state = nullptr;
    QLabel *m_lastSync = nullptr;
    QLabel *m_pending = nullptr;
    QLabel *m_live = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_syncNow = nullptr;
    QPushButton *m_signOut = nullptr;
    QLineEdit *m_serverUrl = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLabel *m_serverMessage = nullptr;
    QFrame *m_signInCard = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_totp = nullptr;
    QPushButton *m_signIn = nullptr;
    QLabel *m_signInMessage = nullptr;
    AttentionInbox *m_inbox = nullptr;
    QLabel *m_inboxHeading = nullptr;
};

} // namespace msp::ui
