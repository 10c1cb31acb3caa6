// CalendarPage's state: which days and columns are shown, loading them, and
// what the date bar and the summary say. The widgets are built in
// calendarpagebuild.cpp, the front-desk actions live in calendaractions.cpp.
#include "calendar/calendarpage.h"

#include "calendar/appointmentdaymodel.h"
#include "store/clinicrepository.h"
#include "store/clinicstore.h"
#include "store/practitionerrepository.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>

namespace msp::ui {

CalendarPage::CalendarPage(store::ClinicStore &store, QWidget *parent)
    : CalendarPage(store, Actor {}, parent)
{
}

CalendarPage::CalendarPage(store::ClinicStore &store, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_actor(actor)
    , m_zone(QTimeZone::systemTimeZone())
{
    setObjectName(QStringLiteral("calendarPage"));
    if (auto clinic = m_store.clinic().clinic()) {
        const QTimeZone zone(clinic->timeZone);
        if (zone.isValid())
            m_zone = zone;
    }
    build();
    setDate(today());
}

QDate CalendarPage::today() const
{
    return QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date();
}

QDate CalendarPage::firstShownDay() const
{
    return m_span == Span::Week ? m_date.addDays(1 - m_date.dayOfWeek()) : m_date;
}

void CalendarPage::setDate(QDate date)
{
    if (!date.isValid())
        return;
    const bool changed = date != m_date;
    m_date = date;
    m_picker->setSelectedDate(date);
    reload();
    if (changed)
        QTimer::singleShot(0, this, &CalendarPage::scrollToWorkingDay);
}

void CalendarPage::setSpan(Span span)
{
    m_span = span;
    m_spanBox->setCurrentIndex(span == Span::Week ? 1 : 0);
    m_resourceBox->setVisible(span == Span::Week);
    reload();
}

void CalendarPage::setColumnKind(Columns kind)
{
    m_columnKind = kind;
    m_columnsBox->setCurrentIndex(kind == Columns::Rooms ? 1 : 0);
    reload();
}

EntityId CalendarPage::weekResource() const
{
    return EntityId::fromString(m_resourceBox->currentData().toString());
}

void CalendarPage::setWeekResource(const EntityId &id)
{
    fillResourceBox();
    if (const int i = m_resourceBox->findData(id.toString()); i >= 0)
        m_resourceBox->setCurrentIndex(i);
    reload();
}

void CalendarPage::setSyncConfigured(bool configured)
{
    m_syncConfigured = configured;
    m_view->setShowUnconfirmed(configured);
    updateSummary();
}

void CalendarPage::fillResourceBox()
{
    const QString current = m_resourceBox->currentData().toString();
    m_resourceBox->clear();
    if (m_columnKind == Columns::Rooms) {
        for (const Room &r : m_rules.catalog().rooms)
            m_resourceBox->addItem(r.name, r.id.toString());
    } else {
        for (const Practitioner &p : std::as_const(m_practitioners))
            m_resourceBox->addItem(p.displayName, p.id.toString());
    }
    const int i = m_resourceBox->findData(current);
    m_resourceBox->setCurrentIndex(std::max(0, i));
}

void CalendarPage::buildColumns(const QList<Practitioner> &practitioners)
{
    const QDate first = firstShownDay();
    if (m_span == Span::Day && m_columnKind == Columns::Practitioners) {
        m_view->setPractitioners(practitioners);
        return;
    }
    // Rooms are open whenever someone works.
    const auto openOn = [&](QDate day) {
        QList<DaySpan> spans;
        for (const Practitioner &p : practitioners)
            spans += p.workingHours.spansOn(day.dayOfWeek());
        return spans;
    };
    QList<CalendarColumn> columns;
    const QLocale locale;
    if (m_span == Span::Day) {
        for (const Room &r : m_rules.catalog().rooms) {
            CalendarColumn c;
            c.date = first;
            c.roomId = r.id;
            c.title = r.name;
            c.detail = r.roomType;
            c.open = openOn(first);
            columns.append(c);
        }
    } else {
        const EntityId resource = weekResource();
        const Practitioner *practitioner = nullptr;
        for (const Practitioner &p : practitioners)
            if (p.id == resource)
                practitioner = &p;
        for (int d = 0; d < 7; ++d) {
            CalendarColumn c;
            c.date = first.addDays(d);
            c.title = locale.toString(c.date, QStringLiteral("ddd d MMM"));
            if (m_columnKind == Columns::Rooms) {
                c.roomId = resource;
                c.detail = m_resourceBox->currentText();
                c.open = openOn(c.date);
            } else if (practitioner) {
                c.practitionerId = practitioner->id;
                c.detail = practitioner->displayName;
                c.accent = practitioner->color.isEmpty() ? QColor() : QColor(practitioner->color);
                c.open = practitioner->workingHours.spansOn(c.date.dayOfWeek());
            }
            if (!resource.isNull())
                columns.append(c);
        }
    }
    m_view->setColumns(columns);
}

void CalendarPage::reload()
{
    QStringList problems;
    auto practitioners = m_store.practitioners().all(true);
    if (practitioners)
        m_practitioners = *practitioners;
    else
        problems << practitioners.error().message;
    loadRules();
    if (!m_rules.isLoaded())
        problems << tr("The booking rules could not be read; moving appointments is off until the calendar reloads.");
    fillResourceBox();
    if (auto loaded = m_model->loadDays(firstShownDay(), shownDays(), m_zone); !loaded)
        problems << loaded.error().message;
    buildColumns(m_practitioners);
    m_empty->setVisible(practitioners && practitioners->isEmpty());
    m_error->setText(problems.join(u'\n'));
    m_error->setVisible(!problems.isEmpty());
    updateDateLabel();
    updateSummary();
}

void CalendarPage::loadRules()
{
    const QDate first = firstShownDay();
    // A day either side: buffers and appointments across midnight.
    const scheduling::TimeRange window {
        QDateTime(first.addDays(-1), QTime(0, 0), m_zone).toMSecsSinceEpoch(),
        QDateTime(first.addDays(shownDays() + 1), QTime(0, 0), m_zone).toMSecsSinceEpoch()};
    if (auto loaded = m_rules.load(m_store, window); !loaded)
        showStatus(loaded.error().message, true);
}

void CalendarPage::updateDateLabel()
{
    const QLocale locale;
    if (m_span == Span::Day) {
        m_dateLabel->setText(locale.toString(m_date, QLocale::LongFormat));
        return;
    }
    const QDate first = firstShownDay();
    m_dateLabel->setText(tr("%1 – %2").arg(locale.toString(first, QStringLiteral("d MMM")),
                                           locale.toString(first.addDays(6), QStringLiteral("d MMM yyyy"))));
}

void CalendarPage::forgetClientNames()
{
    m_model->forgetNames();
}

void CalendarPage::updateSummary()
{
    // Count what is shown: the week view of one practitioner loads everyone's,
    // and a booking across midnight has a block in two columns.
    QList<bool> shown(m_model->rowCount(), false);
    int n = 0;
    int unconfirmed = 0;
    for (int i = 0; i < m_view->blockCount(); ++i) {
        const int row = m_view->blockModelRow(i);
        if (row < 0 || row >= shown.size() || shown.at(row))
            continue;
        shown[row] = true;
        ++n;
        if (m_model->appointmentAt(row).syncState == SyncState::Local)
            ++unconfirmed;
    }
    QString text = n == 0 ? tr("No appointments") : n == 1 ? tr("1 appointment") : tr("%1 appointments").arg(n);
    // Without a sync server every booking is local: saying so on each would be noise.
    if (m_syncConfigured && unconfirmed > 0)
        text += QStringLiteral(" · ") + tr("%1 unconfirmed").arg(unconfirmed);
    m_summary->setText(text);
    m_summary->setToolTip(m_syncConfigured && unconfirmed > 0
                              ? tr("Unconfirmed bookings are drawn with a dashed border until the sync server "
                                   "accepts them.")
                              : QString());
}

void CalendarPage::scrollToWorkingDay()
{
    // Open on the morning, or an hour before now when looking at today.
    int minute = 8 * 60;
    if (m_date == today())
        minute
            = std::max(m_view->firstHour() * 60,
                       QDateTime::currentDateTimeUtc().toTimeZone(m_zone).time().msecsSinceStartOfDay() / 60000 - 60);
    m_scroll->verticalScrollBar()->setValue(m_view->yForMinute(minute) - 8);
}

QString CalendarPage::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

QStringList CalendarPage::waitlistLines() const
{
    QStringList lines;
    if (m_waitlistBox->isHidden())
        return lines;
    for (int i = 0; i < m_waitlist->count(); ++i)
        lines << m_waitlist->item(i)->text();
    return lines;
}

} // namespace msp::ui
