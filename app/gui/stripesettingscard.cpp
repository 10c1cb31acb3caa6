#include "gui/stripesettingscard.h"

#include "core/syncsettings.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

namespace msp::app {

namespace {
void repolish(QWidget *w)
{
    w->style()->unpolish(w);
    w->style()->polish(w);
}
} // namespace

StripeSettingsCard::StripeSettingsCard(Keychain keychain, QWidget *parent)
    : QFrame(parent)
    , m_keychain(std::move(keychain))
{
    setObjectName(QStringLiteral("stripeSettings"));
    setProperty("card", true);
    auto *heading = new QLabel(tr("Card payments (Stripe)"));
    heading->setProperty("role", QStringLiteral("section"));
    auto *note = new QLabel(tr("The secret or restricted API key from the clinic's Stripe dashboard. It is kept in "
                               "this computer's keychain and never shown again."));
    note->setProperty("role", QStringLiteral("muted"));
    note->setWordWrap(true);
    m_apiKey = new QLineEdit;
    m_apiKey->setObjectName(QStringLiteral("stripeApiKey"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(tr("sk_live_… or rk_live_… (leave empty to keep the saved key)"));
    m_baseUrl = new QLineEdit(StripeSettings::load().baseUrl);
    m_baseUrl->setObjectName(QStringLiteral("stripeBaseUrl"));
    m_keyState = new QLabel;
    m_keyState->setObjectName(QStringLiteral("stripeKeyState"));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("stripeMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    auto *saveButton = new QPushButton(tr("Save"));
    saveButton->setObjectName(QStringLiteral("saveStripe"));
    auto *remove = new QPushButton(tr("Remove the key"));
    remove->setObjectName(QStringLiteral("removeStripeKey"));
    connect(saveButton, &QPushButton::clicked, this,
            [this] { this->save(m_apiKey->text().trimmed(), m_baseUrl->text()); });
    connect(remove, &QPushButton::clicked, this, &StripeSettingsCard::removeKey);

    auto *form = new QFormLayout;
    form->setHorizontalSpacing(24);
    form->setVerticalSpacing(10);
    form->addRow(tr("API key"), m_apiKey);
    form->addRow(QString(), m_keyState);
    form->addRow(tr("Base URL"), m_baseUrl);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(saveButton);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(20, 16, 20, 18);
    box->setSpacing(10);
    box->addWidget(heading);
    box->addWidget(note);
    box->addLayout(form);
    box->addWidget(m_message);
    box->addLayout(buttons);
    const KeychainAnswer stored = m_keychain.read(StripeSettings::apiKeyEntry());
    showKeyState(stored.isOk() && !stored.data.isEmpty());
}

bool StripeSettingsCard::save(const QString &apiKey, const QString &baseUrl)
{
    const QUrl url(baseUrl.trimmed());
    if (!url.isValid() || url.scheme() != u"https" || url.host().isEmpty()) {
        setMessage(tr("Enter Stripe's address as https://… (normally https://api.stripe.com)."), true);
        return false;
    }
    if (!apiKey.isEmpty()) {
        if (!(apiKey.startsWith(u"sk_") || apiKey.startsWith(u"rk_")) || apiKey.size() < 16 || apiKey.contains(u' ')) {
            setMessage(tr("That is not a Stripe secret key. Copy the key that starts with sk_ or rk_ from the "
                          "Developers → API keys page of the Stripe dashboard. Publishable keys (pk_) do not work "
                          "here."),
                       true);
            return false;
        }
        const KeychainAnswer written = m_keychain.write(StripeSettings::apiKeyEntry(), apiKey.toUtf8());
        if (!written.isOk()) {
            setMessage(tr("The key could not be saved: this computer's keychain did not accept it (%1). Nothing was "
                          "changed. Unlock the keychain and try again.")
                           .arg(keychainStatusName(written.status)),
                       true);
            return false;
        }
        m_apiKey->clear();
        showKeyState(true);
    }
    StripeSettings settings = StripeSettings::load(); // keeps a CA file set for a proxy
    settings.baseUrl = url.toString(QUrl::StripTrailingSlash);
    settings.save();
    m_baseUrl->setText(settings.baseUrl);
    setMessage(tr("Saved."), false);
    Q_EMIT changed();
    return true;
}

bool StripeSettingsCard::removeKey()
{
    const KeychainAnswer removed = m_keychain.remove(StripeSettings::apiKeyEntry());
    if (!removed.isOk() && removed.status != KeychainStatus::NotFound) {
        setMessage(tr("The key could not be removed from the keychain (%1).").arg(keychainStatusName(removed.status)),
                   true);
        return false;
    }
    showKeyState(false);
    setMessage(tr("Removed. Card payments are off on this computer."), false);
    Q_EMIT changed();
    return true;
}

QString StripeSettingsCard::message() const
{
    return m_message->text();
}

void StripeSettingsCard::showKeyState(bool hasKey)
{
    m_keyState->setText(hasKey ? tr("A key is saved in this computer's keychain.")
                               : tr("No key saved: card payments are off on this computer."));
    m_keyState->setProperty("role", QStringLiteral("muted"));
    repolish(m_keyState);
}

void StripeSettingsCard::setMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setProperty("role", problem ? QStringLiteral("banner-error") : QStringLiteral("banner-ok"));
    repolish(m_message);
    m_message->setVisible(!text.isEmpty());
}

} // namespace msp::app
