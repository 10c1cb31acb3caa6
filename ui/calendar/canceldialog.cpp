#include "calendar/canceldialog.h"

#include "calendar/seriesscopechoice.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace msp::ui {

CancelDialog::CancelDialog(const QString &what, QWidget *parent, bool inSeries)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("cancelDialog"));
    setWindowTitle(tr("Cancel appointment"));
    auto *question = new QLabel(tr("Cancel %1?").arg(what));
    question->setWordWrap(true);
    m_reason = new QLineEdit;
    m_reason->setObjectName(QStringLiteral("cancelReason"));
    m_reason->setPlaceholderText(tr("Reason, e.g. client asked, illness, clinic closed"));
    m_reason->setCompleter(new QCompleter(
        {tr("Client asked"), tr("Client is ill"), tr("Practitioner unavailable"), tr("Clinic closed")}, m_reason));
    auto *buttons = new QDialogButtonBox;
    m_ok = buttons->addButton(tr("Cancel appointment"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("confirmCancel"));
    m_ok->setEnabled(false);
    buttons->addButton(tr("Keep it"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this,
            [this](const QString &t) { m_ok->setEnabled(!t.trimmed().isEmpty()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(new QLabel(tr("Why? The reason is kept in the appointment's history.")));
    layout->addWidget(m_reason);
    if (inSeries) {
        m_scope = new SeriesScopeChoice;
        layout->addWidget(m_scope);
    }
    layout->addWidget(buttons);
    m_reason->setFocus();
}

scheduling::EditScope CancelDialog::scope() const
{
    return m_scope ? m_scope->scope() : scheduling::EditScope::ThisOne;
}

QString CancelDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace msp::ui
