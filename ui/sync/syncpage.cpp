#include "sync/syncpage.h"

#include "common/displayformat.h"
#include "common/theme.h"
#include "sync/attentioninbox.h"
#include "sync/enrolmentqr.h"
#include "sync/synccontroller.h"

#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QVBoxLayout>

namespace msp::ui {

namespace {
QFrame *card(const QString &title, QVBoxLayout **body)
{
    auto *frame = new QFrame;
    frame->setProperty("card", true);
    auto *heading = new QLabel(title);
    heading->setProperty("role", QStringLiteral("section"));
    auto *box = new QVBoxLayout(frame);
    box->setContentsMargins(20, 16, 20, 18);
    box->setSpacing(10);
    box->addWidget(heading);
    *body = box;
    return frame;
}

QLabel *valueLabel(const QString &name)
{
    auto *label = new QLabel;
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

SyncPage::SyncPage(SyncController &sync, const User &user, const QString &deviceId, QTimeZone zone, QWidget *parent)
    : QWidget(parent)
    , m_sync(sync)
    , m_zone(std::move(zone))
{
    setObjectName(QStringLiteral("syncPage"));
    auto *title = new QLabel(tr("Sync"));
    title->setProperty("role", QStringLiteral("title"));

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("pageArea"));
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(20, 16, 20, 16);
    column->setSpacing(14);
    column->addWidget(title);
    auto *top = new QHBoxLayout;
    top->setSpacing(14);
    top->addWidget(statusCard(), 1);
    top->addWidget(serverCard(), 1);
    column->addLayout(top);
    column->addWidget(signInCard());
    column->addWidget(inboxCard(Actor {user.id, user.role, deviceId}));
    if (user.role == Role::Admin)
        column->addWidget(enrolmentCard());
    column->addStretch();

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(&m_sync, &SyncController::statusChanged, this, &SyncPage::showStatus);
    connect(&m_sync, &SyncController::signInFinished, this, &SyncPage::signInDone);
    connect(&m_sync, &SyncController::liveChanged, this, [this] { showStatus(m_sync.status()); });
    connect(&m_sync, &SyncController::dataChanged, m_inbox, &AttentionInbox::reload);
    connect(m_inbox, &AttentionInbox::resolved, this, [this] { showStatus(m_sync.status()); });
    showStatus(m_sync.status());
}

QWidget *SyncPage::statusCard()
{
    QVBoxLayout *box = nullptr;
    QFrame *frame = card(tr("This device"), &box);
    m_state = valueLabel(QStringLiteral("syncState"));
    m_state->setProperty("role", QStringLiteral("caption"));
    m_lastSync = valueLabel(QStringLiteral("lastSync"));
    m_pending = valueLabel(QStringLiteral("pendingChanges"));
    m_live = valueLabel(QStringLiteral("liveUpdates"));
    m_problem = valueLabel(QStringLiteral("syncProblem"));
    m_problem->hide();
    auto *form = new QFormLayout;
    form->setHorizontalSpacing(24);
    form->setVerticalSpacing(8);
    form->addRow(tr("Status"), m_state);
    form->addRow(tr("Last sync"), m_lastSync);
    form->addRow(tr("Changes waiting"), m_pending);
    form->addRow(tr("Live updates"), m_live);
    m_syncNow = new QPushButton(tr("Sync now"));
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_syncNow->setProperty("primary", true);
    m_signOut = new QPushButton(tr("Sign out of the server"));
    m_signOut->setObjectName(QStringLiteral("signOut"));
    connect(m_syncNow, &QPushButton::clicked, &m_sync, &SyncController::syncNow);
    connect(m_signOut, &QPushButton::clicked, &m_sync, &SyncController::signOut);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_syncNow);
    buttons->addWidget(m_signOut);
    buttons->addStretch();
    box->addLayout(form);
    box->addWidget(m_problem);
    box->addLayout(buttons);
    box->addStretch();
    return frame;
}

QWidget *SyncPage::serverCard()
{
    QVBoxLayout *box = nullptr;
    QFrame *frame = card(tr("Sync server"), &box);
    m_serverUrl = new QLineEdit(m_sync.serverUrl().toString());
    m_serverUrl->setObjectName(QStringLiteral("serverUrl"));
    m_serverUrl->setPlaceholderText(QStringLiteral("https://sync.example-clinic.com:8443"));
    m_caFile = new QLineEdit(QDir::toNativeSeparators(m_sync.caFile()));
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caFile->setPlaceholderText(tr("Optional: the clinic's CA certificate (.pem)"));
    auto *browse = new QPushButton(tr("Choose…"));
    browse->setObjectName(QStringLiteral("chooseCaFile"));
    connect(browse, &QPushButton::clicked, this, &SyncPage::chooseCaFile);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    auto *note = new QLabel(tr("Your administrator gives you the address, and a CA certificate file when the server "
                               "uses the clinic's own certificate. Leave the address empty to keep this computer's "
                               "data on this computer only."));
    note->setProperty("role", QStringLiteral("muted"));
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->setHorizontalSpacing(24);
    form->setVerticalSpacing(8);
    form->addRow(tr("Server address"), m_serverUrl);
    form->addRow(tr("CA certificate"), caRow);
    m_serverMessage = valueLabel(QStringLiteral("serverMessage"));
    m_serverMessage->hide();
    auto *apply = new QPushButton(tr("Save server settings"));
    apply->setObjectName(QStringLiteral("applyServer"));
    connect(apply, &QPushButton::clicked, this, &SyncPage::applyServer);
    connect(m_serverUrl, &QLineEdit::returnPressed, this, &SyncPage::applyServer);
    box->addWidget(note);
    box->addLayout(form);
    box->addWidget(m_serverMessage);
    box->addWidget(apply, 0, Qt::AlignLeft);
    return frame;
}

QWidget *SyncPage::signInCard()
{
    QVBoxLayout *box = nullptr;
    m_signInCard = card(tr("Sign this device in"), &box);
    m_signInCard->setObjectName(QStringLiteral("signInCard"));
    auto *note = new QLabel(tr("Sign in once with your clinic account. The device then stays signed in: its key is "
                               "kept in this computer's keychain, never in a file."));
    note->setProperty("role", QStringLiteral("muted"));
    note->setWordWrap(true);
    m_email = new QLineEdit;
    m_email->setObjectName(QStringLiteral("syncEmail"));
    m_email->setPlaceholderText(tr("you@clinic.com"));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("syncPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_totp = new QLineEdit;
    m_totp->setObjectName(QStringLiteral("syncTotp"));
    m_totp->setPlaceholderText(tr("6 digits from your authenticator app"));
    m_totp->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,8}")), m_totp));
    m_totp->setMaximumWidth(260);
    m_signIn = new QPushButton(tr("Sign in"));
    m_signIn->setObjectName(QStringLiteral("syncSignIn"));
    m_signIn->setProperty("primary", true);
    m_signInMessage = valueLabel(QStringLiteral("signInMessage"));
    m_signInMessage->hide();
    auto *form = new QFormLayout;
    form->setHorizontalSpacing(24);
    form->setVerticalSpacing(8);
    form->addRow(tr("E-mail"), m_email);
    form->addRow(tr("Password"), m_password);
    form->addRow(tr("Authenticator code"), m_totp);
    connect(m_signIn, &QPushButton::clicked, this, &SyncPage::signIn);
    connect(m_totp, &QLineEdit::returnPressed, this, &SyncPage::signIn);
    box->addWidget(note);
    box->addLayout(form);
    box->addWidget(m_signInMessage);
    box->addWidget(m_signIn, 0, Qt::AlignLeft);
    return m_signInCard;
}

QWidget *SyncPage::inboxCard(const Actor &actor)
{
    QVBoxLayout *box = nullptr;
    QFrame *frame = card(tr("Needs attention"), &box);
    m_inboxHeading = frame->findChild<QLabel *>();
    auto *note = new QLabel(tr("Changes the server could not take as they were. Each choice here is saved, recorded "
                               "in the audit log and sent to the other devices."));
    note->setProperty("role", QStringLiteral("muted"));
    note->setWordWrap(true);
    m_inbox = new AttentionInbox(m_sync.store(), actor, m_zone);
    box->addWidget(note);
    box->addWidget(m_inbox);
    return frame;
}

QWidget *SyncPage::enrolmentCard()
{
    QVBoxLayout *box = nullptr;
    QFrame *frame = card(tr("Enrol an authenticator"), &box);
    box->addWidget(new EnrolmentQrView);
    return frame;
}

void SyncPage::showStatus(const sync::SyncStatus &status)
{
    using State = sync::SyncStatus::State;
    m_state->setText(status.summary());
    m_lastSync->setText(
        status.lastSuccess.isValid()
            ? tr("%1 at %2")
                  .arg(QLocale().toString(status.lastSuccess.toTimeZone(m_zone).date(), QLocale::ShortFormat),
                       shortTime(status.lastSuccess.toTimeZone(m_zone).time()))
            : tr("Not yet"));
    m_pending->setText(status.pending == 0
                           ? tr("None: everything made here is on the server")
                           : tr("%n change(s) made here, not yet on the server", nullptr, int(status.pending)));
    m_live->setText(m_sync.isLive() ? tr("On: changes from other devices arrive at once")
                                    : tr("Off: this device checks for changes every minute"));
    QString problem;
    if (status.state == State::Error || status.state == State::Offline || status.state == State::SignedOut)
        problem = status.message;
    if (status.state == State::Offline && problem.isEmpty())
        problem = tr("The server cannot be reached. Changes are kept here and sent when it answers again.");
    if (status.state == State::Revoked)
        problem
            = status.message.isEmpty() ? tr("An administrator removed this device from the clinic.") : status.message;
    setBanner(m_problem, problem, QStringLiteral("banner-error"));

    const bool configured = m_sync.isConfigured();
    const bool signedIn = m_sync.isSignedIn();
    m_syncNow->setEnabled(configured && signedIn && status.state != State::Revoked);
    m_signOut->setEnabled(configured && signedIn && status.state != State::Revoked);
    m_signInCard->setVisible(configured && !signedIn && status.state != State::Revoked);
    m_inboxHeading->setText(status.needsAttention > 0 ? tr("Needs attention (%1)").arg(status.needsAttention)
                                                      : tr("Needs attention"));
    if (m_inbox->count() != status.needsAttention)
        m_inbox->reload();
}

void SyncPage::applyServer()
{
    const QString typed = m_serverUrl->text().trimmed();
    QUrl url;
    if (!typed.isEmpty())
        url = QUrl(typed.contains(u"://") ? typed : QString(QStringLiteral("https://") + typed));
    auto done = m_sync.configure(url, QDir::fromNativeSeparators(m_caFile->text().trimmed()));
    if (!done) {
        setBanner(m_serverMessage, done.error().message, QStringLiteral("banner-error"));
        return;
    }
    m_serverUrl->setText(m_sync.serverUrl().toString());
    setBanner(m_serverMessage,
              m_sync.isConfigured() ? tr("Saved. Sign this device in below if it is not signed in yet.")
                                    : tr("Saved. This device now keeps its data to itself."),
              QStringLiteral("banner-info"));
    showStatus(m_sync.status());
}

void SyncPage::chooseCaFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the clinic's CA certificate"), QString(),
                                                      tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty())
        m_caFile->setText(QDir::toNativeSeparators(path));
}

void SyncPage::signIn()
{
    if (m_email->text().trimmed().isEmpty() || m_password->text().isEmpty() || m_totp->text().size() < 6) {
        setBanner(m_signInMessage,
                  tr("Enter your e-mail, your password and the 6-digit code your authenticator "
                     "app shows now."),
                  QStringLiteral("banner-error"));
        return;
    }
    m_signIn->setEnabled(false);
    setBanner(m_signInMessage, tr("Signing in…"), QStringLiteral("banner-info"));
    m_sync.signIn(m_email->text().trimmed(), m_password->text(), m_totp->text());
}

void SyncPage::signInDone(bool ok, const QString &message)
{
    m_signIn->setEnabled(true);
    m_password->clear();
    m_totp->clear();
    setBanner(m_signInMessage, ok ? QString() : message, QStringLiteral("banner-error"));
    if (ok)
        setBanner(m_serverMessage, {}, QStringLiteral("banner-info"));
    showStatus(m_sync.status());
}

void SyncPage::setBanner(QLabel *label, const QString &text, const QString &role)
{
    label->setText(text);
    label->setProperty("role", role);
    theme::repolish(label);
    label->setVisible(!text.isEmpty());
}

} // namespace msp::ui
