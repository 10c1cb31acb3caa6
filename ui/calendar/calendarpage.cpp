#include "calendar/calendarpage.h"

#include "calendar/appointmentdaymodel.h"
#include "calendar/dayheader.h"
#include "calendar/dayview.h"
#include "store/clinicrepository.h"
#include "store/clinicstore.h"
#include "store/practitionerrepository.h"

#include <QCalendarWidget>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
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
    : QWidget(parent)
    , m_store(store)
    , m_zone(QTimeZone::systemTimeZone())
{
    setObjectName(QStringLiteral("calendarPage"));
    if (auto clinic = m_store.clinic().clinic()) {
        const QTimeZone zone(clinic->timeZone);
        if (zone.isValid())
            m_zone = zone;
    }

    m_model = new AppointmentDayModel(m_store, this);
    m_model->setObjectName(QStringLiteral("appointmentDayModel"));
    m_view = new DayView;
    m_view->setModel(m_model);
    m_header = new DayHeader(m_view);

    auto *previous = new QPushButton(QStringLiteral("‹"));
    previous->setObjectName(QStringLiteral("previousDay"));
    previous->setToolTip(tr("Previous day (Alt+Left)"));
    auto *todayButton = new QPushButton(tr("Today"));
    todayButton->setObjectName(QStringLiteral("today"));
    auto *next = new QPushButton(QStringLiteral("›"));
    next->setObjectName(QStringLiteral("nextDay"));
    next->setToolTip(tr("Next day (Alt+Right)"));
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
    connect(m_picker, &QCalendarWidget::clicked, this, [this, menu](QDate d) {
        menu->close();
        setDate(d);
    });
    connect(m_picker, &QCalendarWidget::activated, this, [this, menu](QDate d) {
        menu->close();
        setDate(d);
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

    m_scroll = new QScrollArea;
    m_scroll->setWidget(m_view);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    connect(m_scroll->horizontalScrollBar(), &QScrollBar::valueChanged, m_header, qOverload<>(&QWidget::update));

    auto *grid = new QFrame;
    grid->setProperty("card", true);
    auto *gridLayout = new QVBoxLayout(grid);
    gridLayout->setContentsMargins(1, 1, 1, 1);
    gridLayout->setSpacing(0);
    gridLayout->addWidget(m_header);
    gridLayout->addWidget(m_scroll, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    layout->addWidget(m_empty);
    layout->addWidget(grid, 1);

    connect(previous, &QPushButton::clicked, this, [this] { setDate(m_date.addDays(-1)); });
    connect(next, &QPushButton::clicked, this, [this] { setDate(m_date.addDays(1)); });
    connect(todayButton, &QPushButton::clicked, this, [this] { setDate(today()); });
    auto *back = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), this);
    connect(back, &QShortcut::activated, previous, &QPushButton::click);
    auto *forward = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Right), this);
    connect(forward, &QShortcut::activated, next, &QPushButton::click);

    setDate(today());
}

QDate CalendarPage::today() const
{
    return QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date();
}

void CalendarPage::setDate(QDate date)
{
    if (!date.isValid())
        return;
    const bool changed = date != m_date;
    m_date = date;
    m_dateLabel->setText(QLocale().toString(date, QLocale::LongFormat));
    m_picker->setSelectedDate(date);
    reload();
    if (changed)
        QTimer::singleShot(0, this, &CalendarPage::scrollToWorkingDay);
}

void CalendarPage::reload()
{
    QStringList problems;
    auto practitioners = m_store.practitioners().all(true);
    if (practitioners)
        m_view->setPractitioners(*practitioners);
    else
        problems << practitioners.error().message;
    if (auto loaded = m_model->load(m_date, m_zone); !loaded)
        problems << loaded.error().message;
    m_empty->setVisible(practitioners && practitioners->isEmpty());
    m_error->setText(problems.join(u'\n'));
    m_error->setVisible(!problems.isEmpty());
    updateSummary();
}

void CalendarPage::forgetClientNames()
{
    m_model->forgetNames();
}

void CalendarPage::updateSummary()
{
    int unconfirmed = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->index(r).data(AppointmentDayModel::SyncStateRole).toInt() == int(SyncState::Local))
            ++unconfirmed;
    const int n = m_model->rowCount();
    QString text = n == 0 ? tr("No appointments") : n == 1 ? tr("1 appointment") : tr("%1 appointments").arg(n);
    if (unconfirmed > 0)
        text += QStringLiteral(" · ") + tr("%1 unconfirmed").arg(unconfirmed);
    m_summary->setText(text);
    m_summary->setToolTip(unconfirmed > 0 ? tr("Unconfirmed bookings are drawn with a dashed border until the sync "
                                               "server accepts them.")
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

} // namespace msp::ui
