// CalendarPage's front-desk actions: book, open, move, cancel, mark, export,
// each through the scheduling engine.
#include "calendar/appointmentdaymodel.h"
#include "calendar/appointmentdialog.h"
#include "calendar/bookingdialog.h"
#include "calendar/calendarpage.h"
#include "calendar/canceldialog.h"
#include "calendar/seriesscopedialog.h"
#include "common/displayformat.h"
#include "common/theme.h"
#include "scheduling/bookingservice.h"
#include "scheduling/icsexport.h"
#include "scheduling/seriesservice.h"
#include "store/appointmentrepository.h"
#include "store/clinicstore.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QSaveFile>

namespace msp::ui {

void CalendarPage::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setProperty("role", problem ? QStringLiteral("banner-error") : QStringLiteral("banner-ok"));
    theme::repolish(m_status);
    m_status->setVisible(!text.isEmpty());
}

QString CalendarPage::describe(const Appointment &a) const
{
    const auto &catalog = m_rules.catalog();
    const Service *s = catalog.service(a.serviceId);
    const Practitioner *p = catalog.practitioner(a.practitionerId);
    const QDateTime local = a.start.toTimeZone(m_zone);
    return tr("%1 for %2, %3 %4 with %5")
        .arg(s ? s->name : tr("the appointment"), m_model->clientName(a.clientId),
             QLocale().toString(local.date(), QStringLiteral("ddd d MMM")), shortTime(local.time()),
             p ? p->displayName : QString());
}

DropCheck CalendarPage::checkDrop(const DropProposal &proposal) const
{
    const int row = m_model->rowOf(proposal.appointmentId);
    if (row < 0 || proposal.column < 0 || proposal.column >= m_view->columnCount())
        return {false, tr("This appointment is no longer on the calendar.")};
    if (!m_rules.isLoaded())
        return {false, tr("The booking rules could not be read.")};
    const scheduling::Verdict v
        = m_rules.check(m_model->appointmentAt(row), m_view->columns().at(proposal.column), proposal);
    return {v.isAllowed(), v.message()};
}

void CalendarPage::newBooking(int column, const QDateTime &start, const QDateTime &end)
{
    BookingDefaults defaults;
    defaults.start = start;
    defaults.end = end;
    if (column >= 0 && column < m_view->columnCount()) {
        const CalendarColumn &c = m_view->columns().at(column);
        defaults.practitionerId = c.practitionerId;
        defaults.roomId = c.roomId;
    }
    BookingDialog dialog(m_store, m_actor, m_zone, defaults, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_model->forgetNames(); // the client may be new
    reload();
    m_view->selectAppointment(dialog.booked().id.toString());
    if (dialog.bookedCount() > 1)
        showStatus(tr("Booked a series of %1 appointments, the first: %2.")
                       .arg(dialog.bookedCount())
                       .arg(describe(dialog.booked())));
    else
        showStatus(tr("Booked: %1.").arg(describe(dialog.booked())));
    Q_EMIT appointmentsChanged();
}

void CalendarPage::openAppointment(const QString &appointmentId)
{
    auto found = m_store.appointments().find(EntityId::fromString(appointmentId));
    if (!found)
        return showStatus(found.error().message, true);
    AppointmentDialog dialog(m_store, *found, m_model->clientName(found->clientId), m_zone, this);
    dialog.exec();
}

bool CalendarPage::moveAppointment(const DropProposal &proposal)
{
    const int row = m_model->rowOf(proposal.appointmentId);
    if (row < 0 || proposal.column < 0 || proposal.column >= m_view->columnCount())
        return false;
    const Appointment before = m_model->appointmentAt(row);
    const CalendarColumn column = m_view->columns().at(proposal.column);
    const scheduling::Verdict verdict = m_rules.check(before, column, proposal);
    if (!verdict.isAllowed()) {
        showStatus(tr("Not moved: %1").arg(verdict.message()), true);
        return false;
    }
    scheduling::BookingRequest request = m_rules.moveRequest(before, column, proposal);
    request.roomId = verdict.roomId;
    request.deviceId = verdict.deviceId;
    scheduling::BookingService service(m_store);
    auto series = scheduling::SeriesService(m_store).seriesOf(before.id);
    if (!series)
        return showStatus(series.error().message, true), false;
    if (!series->isNull()) {
        SeriesScopeDialog ask(proposal.resize ? tr("Change the length of %1").arg(describe(before))
                                              : tr("Move %1").arg(describe(before)),
                              this);
        if (ask.exec() != QDialog::Accepted)
            return false;
        if (ask.scope() != scheduling::EditScope::ThisOne)
            return moveSeries(before, column, request, ask.scope());
    }
    auto moved = service.move(m_actor, request);
    if (!moved) {
        // Another device may have taken the time since the calendar loaded.
        reload();
        showStatus(tr("Not moved: %1").arg(moved.error().message), true);
        return false;
    }
    reload();
    m_view->selectAppointment(moved->id.toString());
    showStatus(proposal.resize ? tr("Changed the length: %1.").arg(describe(*moved))
                               : tr("Moved: %1.").arg(describe(*moved)));
    // The old time is free now: someone on the waitlist may want it.
    if (auto matches = service.waitlistFor(scheduling::TimeRange::of(before.start, before.end), before.practitionerId))
        showWaitlist(*matches);
    Q_EMIT appointmentsChanged();
    return true;
}

bool CalendarPage::moveSeries(const Appointment &before, const CalendarColumn &column,
                              const scheduling::BookingRequest &request, scheduling::EditScope scope)
{
    // The drag as a change every chosen occurrence gets: the new wall-clock
    // time, the days it moved by, the new length, the column's person or room.
    const QDateTime from = before.start.toTimeZone(m_zone);
    const QDateTime to = request.start.toTimeZone(m_zone);
    scheduling::SeriesChange change;
    change.localTime = to.time();
    change.dayOffset = int(from.date().daysTo(to.date()));
    if (request.start.secsTo(request.end) != before.start.secsTo(before.end))
        change.lengthMinutes = int(request.start.secsTo(request.end) / 60);
    if (column.isRoom())
        change.roomId = column.roomId;
    else
        change.practitionerId = column.practitionerId;
    auto moved = scheduling::SeriesService(m_store).edit(m_actor, before.id, scope, change);
    reload();
    if (!moved) {
        showStatus(tr("Not moved: %1").arg(moved.error().message), true);
        return false;
    }
    m_view->selectAppointment(before.id.toString());
    showStatus(tr("Changed %1 appointments of the series.").arg(*moved));
    Q_EMIT appointmentsChanged();
    return true;
}

bool CalendarPage::cancelAppointment(const QString &appointmentId)
{
    auto found = m_store.appointments().find(EntityId::fromString(appointmentId));
    if (!found) {
        showStatus(found.error().message, true);
        return false;
    }
    if (!isAllowedTransition(found->status, AppointmentStatus::Cancelled)) {
        showStatus(tr("An appointment that is %1 cannot be cancelled.").arg(statusDisplayName(found->status).toLower()),
                   true);
        return false;
    }
    scheduling::SeriesService series(m_store);
    auto seriesId = series.seriesOf(found->id);
    if (!seriesId)
        return showStatus(seriesId.error().message, true), false;
    CancelDialog dialog(describe(*found), this, !seriesId->isNull());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    scheduling::BookingService service(m_store);
    if (dialog.scope() != scheduling::EditScope::ThisOne) {
        auto count = series.cancel(m_actor, found->id, dialog.scope(), dialog.reason());
        if (!count)
            return showStatus(count.error().message, true), false;
        reload();
        showStatus(tr("Cancelled %1 appointments of the series from %2.").arg(*count).arg(describe(*found)));
        if (auto matches
            = service.waitlistFor(scheduling::TimeRange::of(found->start, found->end), found->practitionerId))
            showWaitlist(*matches);
        Q_EMIT appointmentsChanged();
        return true;
    }
    auto cancelled = service.cancel(m_actor, found->id, dialog.reason());
    if (!cancelled) {
        showStatus(cancelled.error().message, true);
        return false;
    }
    reload();
    showStatus(tr("Cancelled: %1.").arg(describe(*found)));
    showWaitlist(*cancelled);
    Q_EMIT appointmentsChanged();
    return true;
}

bool CalendarPage::setAppointmentStatus(const QString &appointmentId, AppointmentStatus to)
{
    scheduling::BookingService service(m_store);
    auto done = service.setStatus(m_actor, EntityId::fromString(appointmentId), to);
    if (!done) {
        showStatus(done.error().message, true);
        return false;
    }
    reload();
    m_view->selectAppointment(appointmentId);
    showStatus(to == AppointmentStatus::NoShow ? tr("Marked as a no-show; the clinic's no-show fee is flagged for "
                                                    "checkout.")
                                               : tr("Status changed to %1.").arg(statusDisplayName(to)));
    Q_EMIT appointmentsChanged();
    return true;
}

QMenu *CalendarPage::contextMenuFor(const QString &appointmentId)
{
    const int row = m_model->rowOf(appointmentId);
    if (row < 0)
        return nullptr;
    const AppointmentStatus current = m_model->appointmentAt(row).status;
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("appointmentMenu"));
    menu->addAction(tr("Open"), this, [this, appointmentId] { openAppointment(appointmentId); });
    menu->addSeparator();
    const struct {
        AppointmentStatus status;
        QString label;
    } steps[] = {{AppointmentStatus::Arrived, tr("Arrived")},
                 {AppointmentStatus::CheckedIn, tr("Checked in")},
                 {AppointmentStatus::Fulfilled, tr("Completed")},
                 {AppointmentStatus::NoShow, tr("No-show")}};
    for (const auto &step : steps) {
        QAction *a = menu->addAction(
            step.label, this, [this, appointmentId, to = step.status] { setAppointmentStatus(appointmentId, to); });
        a->setObjectName(statusCode(step.status));
        a->setEnabled(isAllowedTransition(current, step.status));
    }
    menu->addSeparator();
    QAction *cancel = menu->addAction(tr("Cancel…"), this, [this, appointmentId] { cancelAppointment(appointmentId); });
    cancel->setObjectName(QStringLiteral("cancelled"));
    cancel->setEnabled(isAllowedTransition(current, AppointmentStatus::Cancelled));
    return menu;
}

void CalendarPage::showWaitlist(const QList<scheduling::WaitlistMatch> &matches)
{
    m_waitlist->clear();
    if (matches.isEmpty()) {
        m_waitlistBox->hide();
        return;
    }
    const auto &catalog = m_rules.catalog();
    for (const scheduling::WaitlistMatch &m : matches) {
        const Service *s = catalog.service(m.entry.serviceId);
        const Practitioner *p = catalog.practitioner(m.slot.practitionerId);
        const QDateTime local = m.slot.start.toTimeZone(m_zone);
        QString name = m_model->clientName(m.entry.clientId);
        if (name.isEmpty())
            name = tr("A waitlisted client");
        m_waitlist->addItem(
            tr("%1 — %2 at %3 with %4")
                .arg(name, s ? s->name : QString(), shortTime(local.time()), p ? p->displayName : QString()));
    }
    m_waitlistBox->show();
}

EntityId CalendarPage::exportPractitioner() const
{
    if (m_span == Span::Week && m_columnKind == Columns::Practitioners)
        return weekResource();
    const int column = m_view->cursorColumn();
    if (column >= 0 && column < m_view->columnCount() && !m_view->columns().at(column).practitionerId.isNull())
        return m_view->columns().at(column).practitionerId;
    // Room columns: the practitioner of the selected appointment.
    if (const int row = m_model->rowOf(m_view->selectedAppointmentId()); row >= 0)
        return m_model->appointmentAt(row).practitionerId;
    return {};
}

Result<void> CalendarPage::exportIcs(const QString &path)
{
    scheduling::IcsExportRequest request;
    request.practitionerId = exportPractitioner();
    if (request.practitionerId.isNull())
        return Error::make(ErrorCode::Invalid,
                           tr("Choose whose calendar to export: click in a practitioner's column or pick one for "
                              "the week view."));
    request.from = firstShownDay();
    request.to = firstShownDay().addDays(shownDays() - 1);
    auto ics = scheduling::exportPractitionerIcs(m_store, m_actor, request);
    if (!ics)
        return ics.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*ics) != ics->size() || !file.commit())
        return Error::make(ErrorCode::StoreIo,
                           tr("Could not write %1: %2. Choose another folder.")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    showStatus(tr("Calendar saved to %1.").arg(QDir::toNativeSeparators(path)));
    return ok();
}

} // namespace msp::ui
