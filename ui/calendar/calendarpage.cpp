#include "calendar/calendarpage.h"

#include "calendar/appointmentdaymodel.h"
#include "calendar/dayheader.h"
#include "store/clinicrepository.h"
#include "store/clinicstore.h"
#include "store/practitionerrepository.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

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

void CalendarPage::build()
{
    m_model = new AppointmentDayModel(m_store, this);
    m_model->setObjectName(QStringLiteral("appointmentDayModel"));
    m_view = new DayView;
    m_view->setModel(m_model);
    m_view->setDropChecker([this](const DropProposal &p) { return checkDrop(p); });
    m_header = new DayHeader(m_view);

    auto *previous = new QPushButton(QStringLiteral("‹"));
    previous->setObjectName(QStringLiteral("previousDay"));
    previous->setToolTip(tr("Previous day or week (Alt+Left)"));
    auto *todayButton = new QPushButton(tr("Today"));
    todayButton->setObjectName(QStringLiteral("today"));
    todayButton->setToolTip(tr("Today (T)"));
    auto *next = new QPushButton(QStringLiteral("›"));
    next->setObjectName(QStringLiteral("nextDay"));
    next->setToolTip(tr("Next day or week (Alt+Right)"));
    for (auto *b : {previous, next})
        b->setFixedWidth(36);
    // A month view in a popup for jumping further than a few days.
    auto *pick = new QToolButton;
    pick->setObjectName(QStringLiteral("pickDate"));
    pick->setText(tr("Go to date"));
    pick->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(pick);
    m_picker = new QCalendarWidget;
    m_picker->setObjectName(QStringLiteral("datePicker"));
    m_picker->setGridVisible(false);
    m_picker->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    auto *pickAction = new QWidgetAction(menu);
    pickAction->setDefaultWidget(m_picker);
    menu->addAction(pickAction);
    pick->setMenu(menu);
    for (auto signal : {&QCalendarWidget::clicked, &QCalendarWidget::activated})
        connect(m_picker, signal, this, [this, menu](QDate d) {
            menu->close();
            setDate(d);
        });

    m_spanBox = new QComboBox;
    m_spanBox->setObjectName(QStringLiteral("span"));
    m_spanBox->addItem(tr("Day"));
    m_spanBox->addItem(tr("Week"));
    m_columnsBox = new QComboBox;
    m_columnsBox->setObjectName(QStringLiteral("columnKind"));
    m_columnsBox->addItem(tr("By practitioner"));
    m_columnsBox->addItem(tr("By room"));
    m_resourceBox = new QComboBox;
    m_resourceBox->setObjectName(QStringLiteral("weekResource"));
    m_resourceBox->setMinimumContentsLength(14);
    m_resourceBox->hide();
    connect(m_spanBox, &QComboBox::activated, this, [this](int i) { setSpan(i == 1 ? Span::Week : Span::Day); });
    connect(m_columnsBox, &QComboBox::activated, this,
            [this](int i) { setColumnKind(i == 1 ? Columns::Rooms : Columns::Practitioners); });
    connect(m_resourceBox, &QComboBox::activated, this, [this] { reload(); });

    auto *zoomOut = new QToolButton;
    zoomOut->setObjectName(QStringLiteral("zoomOut"));
    zoomOut->setText(QStringLiteral("−"));
    zoomOut->setToolTip(tr("Longer rows (Ctrl+wheel, −)"));
    auto *zoomIn = new QToolButton;
    zoomIn->setObjectName(QStringLiteral("zoomIn"));
    zoomIn->setText(QStringLiteral("+"));
    zoomIn->setToolTip(tr("Shorter rows (Ctrl+wheel, +)"));
    m_zoomLabel = new QLabel;
    m_zoomLabel->setObjectName(QStringLiteral("zoomLabel"));
    m_zoomLabel->setProperty("role", QStringLiteral("muted"));
    connect(zoomOut, &QToolButton::clicked, m_view, &DayView::zoomOut);
    connect(zoomIn, &QToolButton::clicked, m_view, &DayView::zoomIn);
    const auto showZoom = [this](int minutes) { m_zoomLabel->setText(tr("%1-minute rows").arg(minutes)); };
    connect(m_view, &DayView::rowMinutesChanged, this, showZoom);
    showZoom(m_view->rowMinutes());

    auto *newButton = new QPushButton(tr("New booking"));
    newButton->setObjectName(QStringLiteral("newBooking"));
    newButton->setProperty("primary", true);
    newButton->setToolTip(tr("Book an appointment (N)"));
    connect(newButton, &QPushButton::clicked, this, [this] {
        newBooking(m_view->cursorColumn(), m_view->utcAt(m_view->cursorColumn(), m_view->cursorMinute()));
    });
    auto *exportButton = new QPushButton(tr("Export .ics…"));
    exportButton->setObjectName(QStringLiteral("exportIcs"));
    exportButton->setToolTip(tr("Save the shown practitioner's appointments as a calendar file (no client details "
                                "unless the clinic turned them on)."));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export calendar"), QStringLiteral("calendar.ics"),
                                                          tr("Calendar files (*.ics)"));
        if (path.isEmpty())
            return;
        if (auto done = exportIcs(path); !done)
            showStatus(done.error().message, true);
    });

    m_dateLabel = new QLabel;
    m_dateLabel->setObjectName(QStringLiteral("dateLabel"));
    m_dateLabel->setProperty("role", QStringLiteral("title"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("daySummary"));
    m_summary->setProperty("role", QStringLiteral("muted"));
    auto *zoneLabel = new QLabel(tr("Times in %1").arg(QString::fromUtf8(m_zone.id())));
    zoneLabel->setProperty("role", QStringLiteral("muted"));
    zoneLabel->setToolTip(tr("The calendar shows the clinic's local time, whatever this computer's time zone is."));

    auto *bar = new QHBoxLayout;
    bar->setSpacing(6);
    bar->addWidget(previous);
    bar->addWidget(todayButton);
    bar->addWidget(next);
    bar->addWidget(pick);
    bar->addSpacing(12);
    bar->addWidget(m_dateLabel);
    bar->addStretch();
    bar->addWidget(m_summary);
    bar->addSpacing(12);
    bar->addWidget(zoneLabel);

    auto *tools = new QHBoxLayout;
    tools->setSpacing(6);
    tools->addWidget(newButton);
    tools->addSpacing(12);
    tools->addWidget(m_spanBox);
    tools->addWidget(m_columnsBox);
    tools->addWidget(m_resourceBox);
    tools->addSpacing(12);
    tools->addWidget(zoomOut);
    tools->addWidget(zoomIn);
    tools->addWidget(m_zoomLabel);
    tools->addStretch();
    tools->addWidget(exportButton);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("calendarError"));
    m_error->setProperty("role", QStringLiteral("banner-error"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_empty = new QLabel(tr("No practitioners are set up on this store yet, so the calendar has no columns. "
                            "Practitioners arrive with the clinic's data at the first sync."));
    m_empty->setObjectName(QStringLiteral("calendarEmpty"));
    m_empty->setProperty("role", QStringLiteral("banner-info"));
    m_empty->setWordWrap(true);
    m_empty->hide();
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("calendarStatus"));
    m_status->setWordWrap(true);
    m_status->hide();

    m_waitlist = new QListWidget;
    m_waitlist->setObjectName(QStringLiteral("waitlistMatches"));
    m_waitlist->setMaximumHeight(96);
    auto *waitlistTitle = new QLabel(tr("Waitlisted clients who fit the freed time"));
    waitlistTitle->setProperty("role", QStringLiteral("section"));
    auto *closeWaitlist = new QToolButton;
    closeWaitlist->setText(tr("Hide"));
    auto *waitlistHead = new QHBoxLayout;
    waitlistHead->addWidget(waitlistTitle);
    waitlistHead->addStretch();
    waitlistHead->addWidget(closeWaitlist);
    m_waitlistBox = new QFrame;
    m_waitlistBox->setObjectName(QStringLiteral("waitlistBox"));
    m_waitlistBox->setProperty("card", true);
    auto *waitlistLayout = new QVBoxLayout(m_waitlistBox);
    waitlistLayout->addLayout(waitlistHead);
    waitlistLayout->addWidget(m_waitlist);
    m_waitlistBox->hide();
    connect(closeWaitlist, &QToolButton::clicked, m_waitlistBox, &QWidget::hide);

    m_scroll = new QScrollArea;
    m_scroll->setWidget(m_view);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    connect(m_scroll->horizontalScrollBar(), &QScrollBar::valueChanged, m_header, qOverload<>(&QWidget::update));
    connect(m_view, &DayView::cursorMoved, this,
            [this](const QRect &r) { m_scroll->ensureVisible(r.center().x(), r.center().y(), 0, r.height() / 2); });

    auto *grid = new QFrame;
    grid->setProperty("card", true);
    auto *gridLayout = new QVBoxLayout(grid);
    gridLayout->setContentsMargins(1, 1, 1, 1);
    gridLayout->setSpacing(0);
    gridLayout->addWidget(m_header);
    gridLayout->addWidget(m_scroll, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addLayout(bar);
    layout->addLayout(tools);
    layout->addWidget(m_error);
    layout->addWidget(m_empty);
    layout->addWidget(m_status);
    layout->addWidget(grid, 1);
    layout->addWidget(m_waitlistBox);

    connect(previous, &QPushButton::clicked, this, [this] { setDate(m_date.addDays(-shownDays())); });
    connect(next, &QPushButton::clicked, this, [this] { setDate(m_date.addDays(shownDays())); });
    connect(todayButton, &QPushButton::clicked, this, [this] { setDate(today()); });
    auto *back = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), this);
    connect(back, &QShortcut::activated, previous, &QPushButton::click);
    auto *forward = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Right), this);
    connect(forward, &QShortcut::activated, next, &QPushButton::click);

    connect(m_view, &DayView::todayRequested, this, [this] { setDate(today()); });
    connect(m_view, &DayView::newBookingRequested, this,
            [this](int column, const QDateTime &start) { newBooking(column, start); });
    connect(m_view, &DayView::createRequested, this, &CalendarPage::newBooking);
    connect(m_view, &DayView::appointmentActivated, this, &CalendarPage::openAppointment);
    connect(m_view, &DayView::cancelRequested, this, &CalendarPage::cancelAppointment);
    connect(m_view, &DayView::moveRequested, this, &CalendarPage::moveAppointment);
    connect(m_view, &DayView::dragStatusChanged, this, [this](const QString &refusal) {
        if (refusal.isEmpty())
            m_status->hide();
        else
            showStatus(tr("Cannot drop here: %1").arg(refusal), true);
    });
    connect(m_view, &DayView::dropRefused, this,
            [this](const QString &reason) { showStatus(tr("Not moved: %1").arg(reason), true); });
    connect(m_view, &DayView::contextMenuRequested, this, [this](const QString &id, const QPoint &pos) {
        if (QMenu *m = contextMenuFor(id)) {
            m->exec(pos);
            m->deleteLater();
        }
    });
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
