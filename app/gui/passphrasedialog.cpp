#include "gui/passphrasedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace msp::app {

PassphraseDialog::PassphraseDialog(const PassphraseRequest &request, QWidget *parent)
    : QDialog(parent)
    , m_isNew(request.isNewStore)
    , m_first(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(m_isNew ? tr("Protect the clinic's data") : tr("Unlock the clinic's data"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(request.reason.isEmpty()
                                 ? tr("This clinic's data is encrypted with a passphrase. Enter it to continue.")
                                 : request.reason,
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_first->setEchoMode(QLineEdit::Password);
    m_first->setObjectName(QStringLiteral("passphrase"));
    form->addRow(tr("Passphrase"), m_first);
    if (m_isNew) {
        m_second = new QLineEdit(this);
        m_second->setEchoMode(QLineEdit::Password);
        m_second->setObjectName(QStringLiteral("passphraseRepeat"));
        form->addRow(tr("Repeat it"), m_second);
    }
    layout->addLayout(form);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setText(request.lastError);
    m_error->setVisible(!request.lastError.isEmpty());
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PassphraseDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void PassphraseDialog::tryAccept()
{
    if (m_isNew && m_first->text() != m_second->text()) {
        m_error->setText(tr("The two passphrases are different. Type the same passphrase twice."));
        m_error->show();
        return;
    }
    accept();
}

QString PassphraseDialog::passphrase() const
{
    return m_first->text();
}

PassphrasePrompt PassphraseDialog::prompt()
{
    return [](const PassphraseRequest &request) -> std::optional<QString> {
        PassphraseDialog dialog(request);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.passphrase();
    };
}

} // namespace msp::app
