#include "calendar/appointmentdialog.h"

#include "checkout/depositspanel.h"
#include "common/displayformat.h"
#include "scheduling/snapshotloader.h"
#include "store/appointmentrepository.h"
#include "store/clinicstore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace msp::ui {

AppointmentDialog::AppointmentDialog(store::ClinicStore &store, const Appointment &a, const QString &clientName,
                                     const QTimeZone &zone, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("appointmentDialog"));
    setWindowTitle(tr("Appointment"));
    resize(480, 420);
    QString service;
    QString practitioner;
    QString room;
    if (auto catalog = scheduling::loadCatalog(store)) {
        if (const Service *s = catalog->service(a.serviceId))
            service = s->name;
        if (const Practitioner *p = catalog->practitioner(a.practitionerId))
            practitioner = p->displayName;
        if (const int r = catalog->roomIndex(a.roomId); r >= 0)
            room = catalog->rooms.at(r).name;
    }
    const QDateTime start = a.start.toTimeZone(zone);
    const QDateTime end = a.end.toTimeZone(zone);
    auto *form = new QFormLayout;
    form->addRow(tr("Client"), new QLabel(clientName));
    form->addRow(tr("Service"), new QLabel(service));
    form->addRow(tr("Practitioner"), new QLabel(practitioner));
    form->addRow(tr("Room"), new QLabel(room));
    form->addRow(tr("When"),
                 new QLabel(QString(QLocale().toString(start.date(), QLocale::LongFormat) + u", "
                                    + shortTime(start.time()) + u"–" + shortTime(end.time()))));
    auto *status = new QLabel(statusDisplayName(a.status));
    status->setObjectName(QStringLiteral("appointmentStatus"));
    form->addRow(tr("Status"), status);

    auto *history = new QListWidget;
    history->setObjectName(QStringLiteral("appointmentHistory"));
    if (auto entries = store.appointments().history(a.id)) {
        for (const store::AppointmentHistoryEntry &e : std::as_const(*entries)) {
            const QDateTime at = e.at.toTimeZone(zone);
            QString line
                = tr("%1 %2: %3 → %4").arg(shortDate(at.date()), shortTime(at.time()), e.fromStatus, e.toStatus);
            if (!e.reason.isEmpty())
                line += QStringLiteral(" (") + e.reason + u')';
            history->addItem(line);
        }
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    // Deposits: taken here at booking time, refunded here when the client
    // cancels in time, applied by checkout. Who is signed in and the card
    // set-up come from the window's checkout page.
    layout->addWidget(new QLabel(tr("Deposits")));
    layout->addWidget(new DepositsPanel(store, a, this));
    layout->addWidget(new QLabel(tr("History")));
    layout->addWidget(history, 1);
    layout->addWidget(buttons);
}

} // namespace msp::ui
