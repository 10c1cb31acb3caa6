#include "common/fielderrorlabel.h"

namespace msp::ui {

FieldErrorLabel::FieldErrorLabel(const QString &field, QWidget *parent)
    : QLabel(parent)
    , m_field(field)
{
    setObjectName(QStringLiteral("error_") + field);
    setProperty("role", QStringLiteral("error"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    hide();
}

void FieldErrorLabel::setMessage(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

} // namespace msp::ui
