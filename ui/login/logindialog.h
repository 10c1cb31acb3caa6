#pragma once

#include "domain/user.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace msp::store {
class UserRepository;
}

namespace msp::ui {

// Asks for a user name and password and checks them with the store. A wrong
// password is answered inline, under the fields, never with a popup, and the
// dialog stays open for another try.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(store::UserRepository &users, QString deviceId, QWidget *parent = nullptr);

    // The signed-in user, once the dialog was accepted.
    std::optional<User> user() const { return m_user; }

private:
    void trySignIn();
    void showError(const QString &message);

    store::UserRepository &m_users;
    QString m_deviceId;
    std::optional<User> m_user;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_signIn = nullptr;
};

} // namespace msp::ui
