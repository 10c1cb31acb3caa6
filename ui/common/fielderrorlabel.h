#pragma once

#include <QLabel>

namespace msp::ui {

// A red message shown directly under the field it belongs to, hidden while
// there is nothing to say. Its object name is "error_<field>" so tests and
// accessibility tools can find it.
class FieldErrorLabel : public QLabel
{
    Q_OBJECT
public:
    explicit FieldErrorLabel(const QString &field, QWidget *parent = nullptr);

    void setMessage(const QString &message);
    void clearMessage() { setMessage({}); }
    QString field() const { return m_field; }

private:
    QString m_field;
};

} // namespace msp::ui
