#pragma once

#include "calendar/calendarrules.h"
#include "calendar/dayview.h"
#include "domain/result.h"
#include "domain/user.h"
#include "scheduling/seriesservice.h"
#include "scheduling/waitlist.h"

#include <QDate>
#include <QTimeZone>
#include <QWidget>

class QCalendarWidget;
class QComboBox;
class QLabel;
class QLayout;
class QListWidget;
class QMenu;
class QPushButton;
class QScrollArea;
class QToolButton;

namespace msp::store {
class ClinicStore;
}

namespace msp::ui {

class AppointmentDayModel;
class DayHeader;

// The calendar: a date bar, day or week, columns per practitioner or per
// room, and the grid. Bookings are made, moved, resized, cancelled and
// marked through BookingService; drags are checked against the rules in
// memory first. After a cancel or a move, the waitlisted clients who fit the
// freed time are listed.
class CalendarPage : public QWidget
{
    Q_OBJECT
public:
    enum class Span { Day, Week };
    enum class Columns { Practitioners, Rooms };

    CalendarPage(store::ClinicStore &store, const Actor &actor, QWidget *parent = nullptr);
    // Without an actor the calendar books as an anonymous front desk; the
    // main window always passes the signed-in user.
    explicit CalendarPage(store::ClinicStore &store, QWidget *parent = nullptr);

    QDate date() const { return m_date; }
    void setDate(QDate date);
    Span span() const { return m_span; }
    void setSpan(Span span);
    Columns columnKind() const { return m_columnKind; }
    void setColumnKind(Columns kind);
    // The practitioner (or room) the week view shows.
    EntityId weekResource() const;
    void setWeekResource(const EntityId &id);
    // Reads practitioners and the shown appointments again.
    void reload();
    // After a client was renamed elsewhere.
    void forgetClientNames();
    // Marks unconfirmed (unsynced) bookings; only when a sync server is set up.
    void setSyncConfigured(bool configured);

    // Front-desk actions, also reached by keys, drags and menus.
    void newBooking(int column, const QDateTime &start, const QDateTime &end = {});
    void openAppointment(const QString &appointmentId);
    bool cancelAppointment(const QString &appointmentId);
    bool setAppointmentStatus(const QString &appointmentId, AppointmentStatus to);
    bool moveAppointment(const DropProposal &proposal);
    // The visible practitioner's calendar for the shown days as .ics.
    Result<void> exportIcs(const QString &path);
    EntityId exportPractitioner() const;
    QMenu *contextMenuFor(const QString &appointmentId);

    AppointmentDayModel *model() const { return m_model; }
    DayView *view() const { return m_view; }
    QTimeZone timeZone() const { return m_zone; }
    QDate today() const;
    QString statusText() const;
    QStringList waitlistLines() const;

Q_SIGNALS:
    void appointmentsChanged();

private:
    // The widgets (calendarpagebuild.cpp).
    void build();
    QLayout *buildDateBar();
    QLayout *buildTools();
    void buildBanners();
    QWidget *buildWaitlist();
    QWidget *buildGrid();
    void connectView();
    void buildColumns(const QList<Practitioner> &practitioners);
    QDate firstShownDay() const;
    int shownDays() const { return m_span == Span::Week ? 7 : 1; }
    void updateDateLabel();
    void updateSummary();
    void scrollToWorkingDay();
    void loadRules();
    DropCheck checkDrop(const DropProposal &proposal) const;
    bool moveSeries(const Appointment &before, const CalendarColumn &column, const scheduling::BookingRequest &request,
                    scheduling::EditScope scope);
    void showStatus(const QString &text, bool problem = false);
    void showWaitlist(const QList<scheduling::WaitlistMatch> &matches);
    void fillResourceBox();
    QString describe(const Appointment &a) const;

    store::ClinicStore &m_store;
    Actor m_actor;
    QTimeZone m_zone;
    QDate m_date;
    Span m_span = Span::Day;
    Columns m_columnKind = Columns::Practitioners;
    bool m_syncConfigured = false;
    CalendarRules m_rules;
    QList<Practitioner> m_practitioners;
    AppointmentDayModel *m_model = nullptr;
    DayView *m_view = nullptr;
    DayHeader *m_header = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_dateLabel = nullptr;
    QCalendarWidget *m_picker = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_status = nullptr;
    QComboBox *m_spanBox = nullptr;
    QComboBox *m_columnsBox = nullptr;
    QComboBox *m_resourceBox = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QWidget *m_waitlistBox = nullptr;
    QListWidget *m_waitlist = nullptr;
};

} // namespace msp::ui
