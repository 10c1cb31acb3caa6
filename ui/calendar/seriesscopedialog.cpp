#include "calendar/seriesscopedialog.h"

#include "calendar/seriesscopechoice.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace msp::ui {

SeriesScopeDialog::SeriesScopeDialog(const QString &what, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("seriesScopeDialog"));
    setWindowTitle(tr("Change a recurring appointment"));
    auto *question = new QLabel(what);
    question->setWordWrap(true);
    m_choice = new SeriesScopeChoice;
    auto *buttons = new QDialogButtonBox;
    QPushButton *ok = buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("applyScope"));
    ok->setDefault(true);
    buttons->addButton(tr("Leave it"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(m_choice);
    layout->addWidget(buttons);
}

scheduling::EditScope SeriesScopeDialog::scope() const
{
    return m_choice->scope();
}

} // namespace msp::ui
