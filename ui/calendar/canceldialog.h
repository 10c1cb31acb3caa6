#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace msp::ui {

// Asks why an appointment is cancelled; the reason goes into its history.
class CancelDialog : public QDialog
{
    Q_OBJECT
public:
    // `what` describes the appointment ("Botox, Tue 10:00 with Dana").
    explicit CancelDialog(const QString &what, QWidget *parent = nullptr);
    QString reason() const;

private:
    QLineEdit *m_reason = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace msp::ui
