#include "login/logindialog.h"

#include "common/theme.h"
#include "store/userrepository.h"

#include <QApplication>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace msp::ui {

LoginDialog::LoginDialog(store::UserRepository &users, QString deviceId, QWidget *parent)
    : QDialog(parent)
    , m_users(users)
    , m_deviceId(std::move(deviceId))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Sign in — MedSpaSync Pro"));
    setStyleSheet(theme::styleSheet());
    setMinimumWidth(420);

    auto *card = new QFrame(this);
    card->setProperty("card", true);

    auto *brand = new QLabel(tr("MedSpaSync Pro"), card);
    brand->setProperty("role", QStringLiteral("title"));
    auto *hint = new QLabel(tr("Sign in with your clinic account."), card);
    hint->setProperty("role", QStringLiteral("muted"));

    auto *userCaption = new QLabel(tr("User name"), card);
    userCaption->setProperty("role", QStringLiteral("caption"));
    m_username = new QLineEdit(card);
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setPlaceholderText(tr("e.g. frontdesk"));
    userCaption->setBuddy(m_username);

    auto *passwordCaption = new QLabel(tr("Password"), card);
    passwordCaption->setProperty("role", QStringLiteral("caption"));
    m_password = new QLineEdit(card);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    passwordCaption->setBuddy(m_password);

    m_error = new QLabel(card);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setProperty("role", QStringLiteral("banner-error"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();

    m_signIn = new QPushButton(tr("Sign in"), card);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setProperty("primary", true);
    m_signIn->setDefault(true);
    auto *quit = new QPushButton(tr("Quit"), card);
    quit->setObjectName(QStringLiteral("quit"));
    quit->setAutoDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(quit);
    buttons->addWidget(m_signIn);

    auto *form = new QVBoxLayout(card);
    form->setContentsMargins(28, 24, 28, 24);
    form->setSpacing(6);
    form->addWidget(brand);
    form->addWidget(hint);
    form->addSpacing(14);
    form->addWidget(userCaption);
    form->addWidget(m_username);
    form->addSpacing(8);
    form->addWidget(passwordCaption);
    form->addWidget(m_password);
    form->addSpacing(10);
    form->addWidget(m_error);
    form->addSpacing(4);
    form->addLayout(buttons);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 24, 24, 24);
    outer->addWidget(card);

    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::trySignIn);
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);
    // A new attempt clears the previous verdict so it cannot be misread.
    connect(m_password, &QLineEdit::textEdited, m_error, &QWidget::hide);
    connect(m_username, &QLineEdit::textEdited, m_error, &QWidget::hide);
    m_username->setFocus();
}

void LoginDialog::trySignIn()
{
    if (m_username->text().trimmed().isEmpty()) {
        showError(tr("Enter your user name."));
        m_username->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    // Password hashing takes a moment; keep the button from being pressed twice.
    m_signIn->setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = m_users.signIn(m_username->text(), m_password->text(), m_deviceId);
    QApplication::restoreOverrideCursor();
    m_signIn->setEnabled(true);
    if (!result) {
        showError(result.error().message);
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_user = *result;
    m_password->clear();
    accept();
}

void LoginDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace msp::ui
