#pragma once

#include <QDate>
#include <QTimeZone>
#include <QWidget>

class QCalendarWidget;
class QLabel;
class QScrollArea;

namespace msp::store {
class ClinicStore;
}

namespace msp::ui {

class AppointmentDayModel;
class DayHeader;
class DayView;

// The day calendar: a date bar with previous / today / next, the
// practitioner header and the scrolling day grid.
class CalendarPage : public QWidget
{
    Q_OBJECT
public:
    explicit CalendarPage(store::ClinicStore &store, QWidget *parent = nullptr);

    QDate date() const { return m_date; }
    void setDate(QDate date);
    // Reads practitioners and the day's appointments again.
    void reload();
    // After a client was renamed elsewhere.
    void forgetClientNames();

    AppointmentDayModel *model() const { return m_model; }
    DayView *view() const { return m_view; }
    QTimeZone timeZone() const { return m_zone; }
    QDate today() const;

private:
    void updateSummary();
    void scrollToWorkingDay();

    store::ClinicStore &m_store;
    QTimeZone m_zone;
    QDate m_date;
    AppointmentDayModel *m_model = nullptr;
    DayView *m_view = nullptr;
    DayHeader *m_header = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_dateLabel = nullptr;
    QCalendarWidget *m_picker = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace msp::ui
