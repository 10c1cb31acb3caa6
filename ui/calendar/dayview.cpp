#include "calendar/dayview.h"

#include "calendar/appointmentdaymodel.h"
#include "calendar/zoneoffsets.h"
#include "common/displayformat.h"

#include <QHash>

#include <algorithm>

namespace msp::ui {

namespace {
constexpr int kGutter = 64;
constexpr int kTopPad = 10;
constexpr int kBottomPad = 12;
constexpr int kRowHeight = 22;
constexpr int kMinColumn = 120;
constexpr qreal kBlockInset = 3.0;
constexpr int kZoomSteps[] = {5, 10, 15, 30, 60};
} // namespace

DayView::DayView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dayView"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
}

void DayView::setModel(AppointmentDayModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &DayView::rebuild);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, &DayView::rebuild);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &DayView::rebuild);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DayView::rebuild);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &DayView::rebuild);
    }
    rebuild();
}

void DayView::setPractitioners(const QList<Practitioner> &practitioners)
{
    m_practitioners = practitioners;
    m_columnsFromPractitioners = true;
    rebuild();
}

void DayView::setColumns(const QList<CalendarColumn> &columns)
{
    m_columns = columns;
    m_columnsFromPractitioners = false;
    rebuild();
}

void DayView::setShowUnconfirmed(bool show)
{
    m_showUnconfirmed = show;
    update();
}

QDate DayView::day() const
{
    return m_model ? m_model->day() : QDate();
}

QRect DayView::columnRect(int column) const
{
    const int n = std::max(1, columnCount());
    const int usable = width() - kGutter;
    const int left = kGutter + usable * column / n;
    const int right = kGutter + usable * (column + 1) / n;
    return QRect(left, 0, right - left, height());
}

int DayView::columnAt(int x) const
{
    for (int c = 0; c < columnCount(); ++c) {
        const QRect r = columnRect(c);
        if (x >= r.left() && x <= r.right())
            return c;
    }
    return -1;
}

int DayView::blockIndexOf(const EntityId &appointmentId) const
{
    if (appointmentId.isNull())
        return -1;
    for (int i = 0; i < m_blocks.size(); ++i)
        if (m_blocks.at(i).id == appointmentId)
            return i;
    return -1;
}

int DayView::yForMinute(int minute) const
{
    return kTopPad + (minute - m_firstHour * 60) * kRowHeight / m_rowMinutes;
}

int DayView::minuteForY(int y) const
{
    return m_firstHour * 60 + (y - kTopPad) * m_rowMinutes / kRowHeight;
}

QDateTime DayView::utcAt(int column, int minute) const
{
    if (column < 0 || column >= columnCount() || !m_model)
        return {};
    const QDate date = m_columns.at(column).date;
    const QTimeZone zone = m_model->timeZone();
    const QDateTime local = minute >= 24 * 60
        ? QDateTime(date.addDays(1), QTime(0, 0), zone)
        : QDateTime(date, QTime::fromMSecsSinceStartOfDay(std::max(0, minute) * 60000), zone);
    return local.toUTC();
}

void DayView::setRowMinutes(int minutes)
{
    if (std::find(std::begin(kZoomSteps), std::end(kZoomSteps), minutes) == std::end(kZoomSteps)
        || minutes == m_rowMinutes)
        return;
    m_rowMinutes = minutes;
    updateGeometry();
    placeBlocks();
    update();
    Q_EMIT geometryChanged();
    Q_EMIT rowMinutesChanged(minutes);
}

void DayView::zoomIn()
{
    const auto *it = std::find(std::begin(kZoomSteps), std::end(kZoomSteps), m_rowMinutes);
    if (it != std::begin(kZoomSteps))
        setRowMinutes(*(it - 1));
}

void DayView::zoomOut()
{
    const auto *it = std::find(std::begin(kZoomSteps), std::end(kZoomSteps), m_rowMinutes);
    if (it + 1 < std::end(kZoomSteps))
        setRowMinutes(*(it + 1));
}

QSize DayView::sizeHint() const
{
    return QSize(kGutter + std::max(1, columnCount()) * 180,
                 kTopPad + (m_lastHour - m_firstHour) * 60 * kRowHeight / m_rowMinutes + kBottomPad);
}

QSize DayView::minimumSizeHint() const
{
    return QSize(kGutter + std::max(1, columnCount()) * kMinColumn, sizeHint().height());
}

void DayView::rebuildColumns()
{
    if (!m_columnsFromPractitioners)
        return;
    m_columns.clear();
    const QDate date = m_model ? m_model->day() : QDate();
    for (const Practitioner &p : std::as_const(m_practitioners)) {
        CalendarColumn c;
        c.date = date;
        c.practitionerId = p.id;
        c.title = p.displayName;
        c.detail = p.title;
        c.accent = p.color.isEmpty() ? QColor() : QColor(p.color);
        c.open = p.workingHours.spansOn(date.isValid() ? date.dayOfWeek() : 1);
        m_columns.append(c);
    }
}

void DayView::rebuild()
{
    rebuildColumns();
    m_blocks.clear();
    int first = 7 * 60;
    int last = 20 * 60;
    for (const CalendarColumn &c : std::as_const(m_columns))
        for (const DaySpan &span : c.open) {
            first = std::min(first, span.startMinute);
            last = std::max(last, span.endMinute);
        }
    m_columnDays.resize(m_columns.size());
    for (int c = 0; c < columnCount(); ++c)
        m_columnDays[c] = ZoneOffsets::dayNumber(m_columns.at(c).date);
    if (m_model) {
        const int rows = m_model->rowCount();
        m_blocks.reserve(rows);
        // The columns each practitioner or room has (a week view: seven), so
        // a row is matched against those, not against every column.
        QHash<EntityId, QList<int>> columnsOf;
        for (int c = 0; c < columnCount(); ++c) {
            const CalendarColumn &col = m_columns.at(c);
            columnsOf[col.isRoom() ? col.roomId : col.practitionerId].append(c);
        }
        // Everything below is integer arithmetic over the model's wall-clock
        // times: a week of 5,000 appointments is laid out well inside a frame.
        for (int r = 0; r < rows; ++r) {
            const AppointmentDayModel::Entry &e = m_model->entry(r);
            const Appointment &a = e.appointment;
            const auto byPractitioner = columnsOf.constFind(a.practitionerId);
            const auto byRoom = a.roomId.isNull() ? columnsOf.constEnd() : columnsOf.constFind(a.roomId);
            if (byPractitioner == columnsOf.constEnd() && byRoom == columnsOf.constEnd())
                continue; // an inactive practitioner's booking has no column
            const qint64 startDay = ZoneOffsets::dayNumber(e.localStartMs);
            Block b;
            b.modelRow = r;
            b.id = a.id;
            b.color = e.color;
            b.status = a.status;
            b.syncState = a.syncState;
            for (const auto &found : {byPractitioner, byRoom}) {
                if (found == columnsOf.constEnd())
                    continue;
                for (int c : *found) {
                    const qint64 day = m_columnDays.at(c);
                    // A booking across midnight shows in both days' columns.
                    if (!m_columns.at(c).holds(a.practitionerId, a.roomId) || day < startDay || day > e.lastDay)
                        continue;
                    b.place.column = c;
                    b.place.startMinute = ZoneOffsets::minuteIn(e.localStartMs, day);
                    b.place.endMinute = std::max(b.place.startMinute + 10, ZoneOffsets::minuteIn(e.localEndMs, day));
                    first = std::min(first, b.place.startMinute);
                    last = std::max(last, b.place.endMinute);
                    m_blocks.append(b);
                }
            }
        }
    }
    m_firstHour = first / 60;
    m_lastHour = std::min(24, (last + 59) / 60);

    QList<DayBlock> places;
    places.reserve(m_blocks.size());
    for (int k = 0; k < m_blocks.size(); ++k) {
        m_blocks[k].place.row = k;
        places.append(m_blocks.at(k).place);
    }
    assignLanes(places);
    for (const DayBlock &d : std::as_const(places))
        m_blocks[d.row].place = d;

    m_cursorColumn = std::clamp(m_cursorColumn, 0, std::max(0, columnCount() - 1));
    if (!m_selected.isNull() && blockIndexOf(m_selected) < 0) {
        m_selected = {};
        Q_EMIT selectionChanged(QString());
    }
    m_drag = {};
    updateGeometry();
    placeBlocks();
    update();
    Q_EMIT geometryChanged();
}

void DayView::placeBlocks()
{
    for (Block &b : m_blocks) {
        const QRect col = columnRect(b.place.column);
        const qreal laneWidth = qreal(col.width() - 2 * kBlockInset) / b.place.laneCount;
        const qreal x = col.left() + kBlockInset + laneWidth * b.place.lane;
        const qreal top = yForMinute(b.place.startMinute) + 1;
        const qreal bottom = yForMinute(b.place.endMinute) - 1;
        b.rect = QRectF(x, top, laneWidth - (b.place.laneCount > 1 ? 2 : 0), std::max(bottom - top, 14.0));
    }
}

void DayView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeBlocks();
    Q_EMIT geometryChanged();
}

int DayView::blockAt(const QPoint &pos) const
{
    for (int i = int(m_blocks.size()) - 1; i >= 0; --i)
        if (m_blocks.at(i).rect.contains(pos))
            return i;
    return -1;
}

QString DayView::selectedAppointmentId() const
{
    return m_selected.toString();
}

void DayView::selectAppointment(const QString &appointmentId)
{
    selectBlock(blockIndexOf(appointmentId));
}

void DayView::selectBlock(int index)
{
    const EntityId id = index >= 0 ? m_blocks.at(index).id : EntityId();
    if (index >= 0) {
        m_cursorColumn = m_blocks.at(index).place.column;
        m_cursorMinute = m_blocks.at(index).place.startMinute;
    }
    if (id != m_selected) {
        m_selected = id;
        Q_EMIT selectionChanged(id.toString());
    }
    update();
}

void DayView::setCursorAt(int column, int minute)
{
    m_cursorColumn = std::clamp(column, 0, std::max(0, columnCount() - 1));
    m_cursorMinute = std::clamp(minute, 0, 24 * 60 - m_rowMinutes);
    const int under = blockUnderCursor();
    const EntityId id = under >= 0 ? m_blocks.at(under).id : EntityId();
    if (id != m_selected) {
        m_selected = id;
        Q_EMIT selectionChanged(id.toString());
    }
    update();
}

int DayView::blockUnderCursor() const
{
    for (int i = 0; i < m_blocks.size(); ++i) {
        const DayBlock &p = m_blocks.at(i).place;
        if (p.column == m_cursorColumn && p.startMinute <= m_cursorMinute && m_cursorMinute < p.endMinute)
            return i;
    }
    return -1;
}

DayView::BlockText DayView::textOf(const Block &b) const
{
    if (!m_model || b.modelRow >= m_model->rowCount())
        return {};
    const AppointmentDayModel::Entry &e = m_model->entry(b.modelRow);
    return {e.clientName, e.serviceName, m_model->timeRange(b.modelRow), statusDisplayName(b.status)};
}

int DayView::snap(int minute) const
{
    const int step = snapMinutes();
    return std::clamp((minute + step / 2) / step * step, 0, 24 * 60);
}

} // namespace msp::ui
