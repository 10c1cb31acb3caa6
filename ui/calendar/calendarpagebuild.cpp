// CalendarPage's widgets: the date bar, the tool row, the banners, the grid
// and the waitlist panel, and how the grid's requests reach the page.
#include "calendar/appointmentdaymodel.h"
#include "calendar/calendarpage.h"
#include "calendar/dayheader.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace msp::ui {

void CalendarPage::build()
{
    m_model = new AppointmentDayModel(m_store, this);
    m_model->setObjectName(QStringLiteral("appointmentDayModel"));
    m_view = new DayView;
    m_view->setModel(m_model);
    m_view->setDropChecker([this](const DropProposal &p) { return checkDrop(p); });
    m_header = new DayHeader(m_view);

    QLayout *bar = buildDateBar();
    QLayout *tools = buildTools();
    buildBanners();
    QWidget *grid = buildGrid();
    QWidget *waitlist = buildWaitlist();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addLayout(bar);
    layout->addLayout(tools);
    layout->addWidget(m_error);
    layout->addWidget(m_empty);
    layout->addWidget(m_status);
    layout->addWidget(grid, 1);
    layout->addWidget(waitlist);
    connectView();
}

QLayout *CalendarPage::buildDateBar()
{
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

    connect(previous, &QPushButton::clicked, this, [this] { setDate(m_date.addDays(-shownDays())); });
    connect(next, &QPushButton::clicked, this, [this] { setDate(m_date.addDays(shownDays())); });
    connect(todayButton, &QPushButton::clicked, this, [this] { setDate(today()); });
    auto *back = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), this);
    connect(back, &QShortcut::activated, previous, &QPushButton::click);
    auto *forward = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Right), this);
    connect(forward, &QShortcut::activated, next, &QPushButton::click);

    return bar;
}

QLayout *CalendarPage::buildTools()
{
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

    return tools;
}

void CalendarPage::buildBanners()
{
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
}

QWidget *CalendarPage::buildWaitlist()
{
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

    return m_waitlistBox;
}

QWidget *CalendarPage::buildGrid()
{
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

    return grid;
}

void CalendarPage::connectView()
{
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

} // namespace msp::ui
