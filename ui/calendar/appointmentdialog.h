#pragma once

#include "domain/appointment.h"

#include <QDialog>

namespace msp::store {
class ClinicStore;
}

namespace msp::ui {

// One appointment opened from the calendar (Enter or a double click): who,
// what, when, where, its status, its deposits (take one, refund a held one)
// and its history of changes.
class AppointmentDialog : public QDialog
{
    Q_OBJECT
public:
    AppointmentDialog(store::ClinicStore &store, const Appointment &appointment, const QString &clientName,
                      const QTimeZone &zone, QWidget *parent = nullptr);
};

} // namespace msp::ui
