#include "calendar/dayview.h"

#include "calendar/appointmentdaymodel.h"
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

int DayView::blockIndexOf(const QString &appointmentId) const
{
    for (int i = 0; i < m_blocks.size(); ++i)
        if (m_blocks.at(i).appointmentId == appointmentId)
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
    if (m_model) {
        const QTimeZone zone = m_model->timeZone();
        const int rows = m_model->rowCount();
        m_blocks.reserve(rows);
        // The columns each practitioner or room has (a week view: seven), so
        // a row is matched against those, not against every column.
        QHash<EntityId, QList<int>> columnsOf;
        for (int c = 0; c < columnCount(); ++c) {
            const CalendarColumn &col = m_columns.at(c);
            columnsOf[col.isRoom() ? col.roomId : col.practitionerId].append(c);
        }
        // Minutes from the column's local midnight, clamped to its day.
        const auto minuteIn = [](const QDateTime &local, QDate day) {
            return local.date() < day ? 0 : local.date() > day ? 24 * 60 : local.time().msecsSinceStartOfDay() / 60000;
        };
        for (int r = 0; r < rows; ++r) {
            const QModelIndex i = m_model->index(r);
            const EntityId practitioner
                = EntityId::fromString(i.data(AppointmentDayModel::PractitionerIdRole).toString());
            const EntityId room = EntityId::fromString(i.data(AppointmentDayModel::RoomIdRole).toString());
            const auto byPractitioner = columnsOf.constFind(practitioner);
            const auto byRoom = room.isNull() ? columnsOf.constEnd() : columnsOf.constFind(room);
            if (byPractitioner == columnsOf.constEnd() && byRoom == columnsOf.constEnd())
                continue; // an inactive practitioner's booking has no column
            const QDateTime start = i.data(AppointmentDayModel::StartRole).toDateTime().toTimeZone(zone);
            const QDateTime end = i.data(AppointmentDayModel::EndRole).toDateTime().toTimeZone(zone);
            const QDate startDay = start.date();
            const QDate endDay = end.addMSecs(-1).date();
            Block b;
            b.modelRow = r;
            bool described = false;
            for (const auto &found : {byPractitioner, byRoom}) {
                if (found == columnsOf.constEnd())
                    continue;
                for (int c : *found) {
                    const CalendarColumn &col = m_columns.at(c);
                    // A booking across midnight shows in both days' columns.
                    if (!col.holds(practitioner, room) || col.date < startDay || col.date > endDay)
                        continue;
                    if (!described) {
                        b.appointmentId = i.data(AppointmentDayModel::IdRole).toString();
                        b.client = i.data(AppointmentDayModel::ClientNameRole).toString();
                        b.service = i.data(AppointmentDayModel::ServiceNameRole).toString();
                        b.color = i.data(AppointmentDayModel::ColorRole).value<QColor>();
                        b.status = AppointmentStatus(i.data(AppointmentDayModel::StatusRole).toInt());
                        b.statusText = i.data(AppointmentDayModel::StatusTextRole).toString();
                        b.syncState = SyncState(i.data(AppointmentDayModel::SyncStateRole).toInt());
                        b.time = QString(shortTime(start.time()) + u"–" + shortTime(end.time()));
                        described = true;
                    }
                    b.place.column = c;
                    b.place.startMinute = minuteIn(start, col.date);
                    b.place.endMinute = std::max(b.place.startMinute + 10, minuteIn(end, col.date));
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
    if (!m_selectedId.isEmpty() && blockIndexOf(m_selectedId) < 0) {
        m_selectedId.clear();
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
    return m_selectedId;
}

void DayView::selectAppointment(const QString &appointmentId)
{
    selectBlock(blockIndexOf(appointmentId));
}

void DayView::selectBlock(int index)
{
    const QString id = index >= 0 ? m_blocks.at(index).appointmentId : QString();
    if (index >= 0) {
        m_cursorColumn = m_blocks.at(index).place.column;
        m_cursorMinute = m_blocks.at(index).place.startMinute;
    }
    if (id != m_selectedId) {
        m_selectedId = id;
        Q_EMIT selectionChanged(id);
    }
    update();
}

void DayView::setCursorAt(int column, int minute)
{
    m_cursorColumn = std::clamp(column, 0, std::max(0, columnCount() - 1));
    m_cursorMinute = std::clamp(minute, 0, 24 * 60 - m_rowMinutes);
    const int under = blockUnderCursor();
    const QString id = under >= 0 ? m_blocks.at(under).appointmentId : QString();
    if (id != m_selectedId) {
        m_selectedId = id;
        Q_EMIT selectionChanged(id);
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

int DayView::snap(int minute) const
{
    const int step = snapMinutes();
    return std::clamp((minute + step / 2) / step * step, 0, 24 * 60);
}

} // namespace msp::ui
