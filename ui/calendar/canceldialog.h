#pragma once

#include "scheduling/seriesservice.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace msp::ui {

class SeriesScopeChoice;

// Asks why an appointment is cancelled; the reason goes into its history.
class CancelDialog : public QDialog
{
    Q_OBJECT
public:
    // `what` describes the appointment ("Botox, Tue 10:00 with Dana").
    // `inSeries` also asks whether the following or all occurrences go too.
    explicit CancelDialog(const QString &what, QWidget *parent = nullptr, bool inSeries = false);
    QString reason() const;
    scheduling::EditScope scope() const;

private:
    QLineEdit *m_reason = nullptr;
    QPushButton *m_ok = nullptr;
    SeriesScopeChoice *m_scope = nullptr;
};

} // namespace msp::ui
