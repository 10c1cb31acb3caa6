#include "calendar/dayview.h"

#include "calendar/appointmentdaymodel.h"
#include "common/displayformat.h"
#include "common/theme.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace msp::ui {

namespace {
constexpr int kGutter = 64;
constexpr int kTopPad = 10;
constexpr int kBottomPad = 12;
constexpr int kHourHeight = 72;
constexpr int kMinColumn = 120;
constexpr qreal kBlockInset = 3.0;

bool isInactive(AppointmentStatus s)
{
    return s == AppointmentStatus::Cancelled || s == AppointmentStatus::NoShow
        || s == AppointmentStatus::EnteredInError;
}

// A small rounded label drawn on a block; returns its width.
qreal drawBadge(QPainter &p, qreal right, qreal top, const QString &text, const QColor &fg, const QColor &bg)
{
    const QFontMetricsF fm(p.font());
    const qreal w = fm.horizontalAdvance(text) + 10;
    const QRectF r(right - w, top, w, fm.height() + 2);
    p.setPen(Qt::NoPen);
    p.setBrush(bg);
    p.drawRoundedRect(r, 4, 4);
    p.setPen(fg);
    p.drawText(r, Qt::AlignCenter, text);
    return w;
}
} // namespace

DayView::DayView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dayView"));
    setAttribute(Qt::WA_OpaquePaintEvent);
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
    rebuild();
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

int DayView::yForMinute(int minute) const
{
    return kTopPad + (minute - m_firstHour * 60) * kHourHeight / 60;
}

QSize DayView::sizeHint() const
{
    return QSize(kGutter + std::max(1, columnCount()) * 180,
                 kTopPad + (m_lastHour - m_firstHour) * kHourHeight + kBottomPad);
}

QSize DayView::minimumSizeHint() const
{
    return QSize(kGutter + std::max(1, columnCount()) * kMinColumn, sizeHint().height());
}

void DayView::rebuild()
{
    m_blocks.clear();
    int first = 7 * 60;
    int last = 20 * 60;
    if (m_model) {
        const QDate day = m_model->day();
        for (const Practitioner &p : std::as_const(m_practitioners))
            for (const DaySpan &span : p.workingHours.spansOn(day.isValid() ? day.dayOfWeek() : 1)) {
                first = std::min(first, span.startMinute);
                last = std::max(last, span.endMinute);
            }
        QHash<QString, int> columnOf;
        for (int c = 0; c < columnCount(); ++c)
            columnOf.insert(m_practitioners.at(c).id.toString(), c);
        const int rows = m_model->rowCount();
        m_blocks.reserve(rows);
        for (int r = 0; r < rows; ++r) {
            const QModelIndex i = m_model->index(r);
            const auto column = columnOf.find(i.data(AppointmentDayModel::PractitionerIdRole).toString());
            if (column == columnOf.end())
                continue; // an inactive practitioner's booking: not a column today
            Block b;
            b.place.row = r;
            b.place.column = *column;
            const QDateTime start = i.data(AppointmentDayModel::StartRole).toDateTime();
            const QDateTime end = i.data(AppointmentDayModel::EndRole).toDateTime();
            b.place.startMinute = minuteOfDay(start, day, m_model->timeZone());
            b.place.endMinute = std::max(b.place.startMinute + 10, minuteOfDay(end, day, m_model->timeZone()));
            b.appointmentId = i.data(AppointmentDayModel::IdRole).toString();
            b.client = i.data(AppointmentDayModel::ClientNameRole).toString();
            b.service = i.data(AppointmentDayModel::ServiceNameRole).toString();
            b.color = i.data(AppointmentDayModel::ColorRole).value<QColor>();
            b.status = AppointmentStatus(i.data(AppointmentDayModel::StatusRole).toInt());
            b.statusText = i.data(AppointmentDayModel::StatusTextRole).toString();
            b.syncState = SyncState(i.data(AppointmentDayModel::SyncStateRole).toInt());
            b.time = QString(shortTime(start.toTimeZone(m_model->timeZone()).time()) + u"–"
                             + shortTime(end.toTimeZone(m_model->timeZone()).time()));
            first = std::min(first, b.place.startMinute);
            last = std::max(last, b.place.endMinute);
            m_blocks.append(b);
        }
    }
    m_firstHour = first / 60;
    m_lastHour = std::min(24, (last + 59) / 60);

    QList<DayBlock> places;
    places.reserve(m_blocks.size());
    for (const Block &b : std::as_const(m_blocks))
        places.append(b.place);
    assignLanes(places);
    // assignLanes sorts; put the lanes back on the blocks by model row.
    QHash<int, DayBlock> byRow;
    for (const DayBlock &d : std::as_const(places))
        byRow.insert(d.row, d);
    for (Block &b : m_blocks)
        b.place = byRow.value(b.place.row);

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

void DayView::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    const QRect exposed = event->rect();
    paintGrid(p, exposed);
    p.setRenderHint(QPainter::Antialiasing);
    for (const Block &b : std::as_const(m_blocks))
        if (b.rect.intersects(exposed))
            paintBlock(p, b);
    paintNowLine(p);
}

void DayView::paintGrid(QPainter &p, const QRect &exposed) const
{
    // Closed time is the background; working spans are painted over it.
    p.fillRect(exposed, theme::closedTime);
    p.fillRect(exposed, QBrush(theme::closedHatch, Qt::BDiagPattern));
    const int dow = m_model && m_model->day().isValid() ? m_model->day().dayOfWeek() : 1;
    for (int c = 0; c < columnCount(); ++c) {
        const QRect col = columnRect(c);
        if (!col.intersects(exposed))
            continue;
        for (const DaySpan &span : m_practitioners.at(c).workingHours.spansOn(dow)) {
            const QRect r(col.left(), yForMinute(span.startMinute), col.width(),
                          yForMinute(span.endMinute) - yForMinute(span.startMinute));
            p.fillRect(r & exposed, theme::surface);
        }
    }

    // Gutter with the hour labels.
    const QRect gutter(0, 0, kGutter, height());
    p.fillRect(gutter & exposed, QColor(0xf8, 0xfa, 0xfc));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);
    const QColor halfHour(0xee, 0xf2, 0xf6);
    for (int h = m_firstHour; h <= m_lastHour; ++h) {
        const int y = yForMinute(h * 60);
        if (y > exposed.bottom() + kHourHeight || y < exposed.top() - kHourHeight)
            continue;
        p.setPen(theme::border);
        p.drawLine(kGutter - 6, y, width(), y);
        if (h < m_lastHour) {
            p.setPen(QPen(halfHour, 1, Qt::DashLine));
            const int half = yForMinute(h * 60 + 30);
            p.drawLine(kGutter, half, width(), half);
        }
        p.setPen(theme::mutedText);
        const QString label = shortTime(QTime(h % 24, 0));
        p.drawText(QRect(0, y - 8, kGutter - 10, 16), Qt::AlignRight | Qt::AlignVCenter, label);
    }
    p.setPen(theme::border);
    for (int c = 0; c <= columnCount(); ++c) {
        const int x = c == columnCount() ? width() - 1 : columnRect(c).left();
        p.drawLine(x, exposed.top(), x, exposed.bottom());
    }
}

void DayView::paintBlock(QPainter &p, const Block &b) const
{
    const bool inactive = isInactive(b.status);
    const bool unconfirmed = b.syncState == SyncState::Local;
    p.save();
    if (inactive)
        p.setOpacity(0.5);

    const QColor base = b.color.isValid() ? b.color : theme::mutedText;
    QPainterPath shape;
    shape.addRoundedRect(b.rect, 5, 5);
    p.fillPath(shape, theme::tint(base, 0.8));
    // The service colour as a strip on the left edge.
    p.save();
    p.setClipPath(shape);
    p.fillRect(QRectF(b.rect.left(), b.rect.top(), 4, b.rect.height()), base);
    p.restore();
    QPen outline(unconfirmed ? base.darker(140) : base.darker(115), unconfirmed ? 1.4 : 1.0);
    if (unconfirmed)
        outline.setStyle(Qt::DashLine);
    p.setPen(outline);
    p.setBrush(Qt::NoBrush);
    p.drawPath(shape);

    const QRectF text = b.rect.adjusted(9, 3, -5, -3);
    p.setClipRect(b.rect.adjusted(1, 1, -1, -1));

    QFont nameFont = font();
    nameFont.setBold(true);
    nameFont.setStrikeOut(inactive);
    QFont detailFont = font();
    detailFont.setPointSizeF(detailFont.pointSizeF() * 0.9);
    QFont badgeFont = font();
    badgeFont.setPointSizeF(badgeFont.pointSizeF() * 0.75);
    badgeFont.setBold(true);
    const QFontMetricsF nameMetrics(nameFont);
    const QFontMetricsF detailMetrics(detailFont);
    const QFontMetricsF badgeMetrics(badgeFont);

    // Markers along the top right: "unconfirmed" outermost, then the status.
    struct Marker {
        QString text;
        QColor fg;
        QColor bg;
    };
    QList<Marker> markers;
    if (unconfirmed)
        markers.append({tr("Unconfirmed"), theme::warning, theme::warningBackground});
    if (b.status == AppointmentStatus::Arrived || b.status == AppointmentStatus::CheckedIn)
        markers.append({b.statusText, theme::success, theme::successBackground});
    else if (inactive)
        markers.append({b.statusText, theme::mutedText, QColor(0xe2, 0xe8, 0xf0)});
    qreal labelsWidth = 0;
    for (const Marker &m : std::as_const(markers))
        labelsWidth += badgeMetrics.horizontalAdvance(m.text) + 13;
    // A completed visit is the normal end of a day: a quiet tick, never a
    // badge competing with the name.
    const bool completed = b.status == AppointmentStatus::Fulfilled;
    const QString tick = QStringLiteral("✓");
    const qreal tickWidth = completed ? nameMetrics.horizontalAdvance(tick) + 4 : 0;
    // Worded badges when the name still fits beside them; otherwise small
    // dots (the tooltip and the dashed border still say it) so the name wins.
    const bool worded = nameMetrics.horizontalAdvance(b.client) + labelsWidth + tickWidth + 4 <= text.width();
    qreal right = b.rect.right() - 4;
    const qreal badgeTop = b.rect.top() + 3;
    p.setFont(badgeFont);
    for (const Marker &m : std::as_const(markers)) {
        if (worded) {
            right -= drawBadge(p, right, badgeTop, m.text, m.fg, m.bg) + 3;
        } else {
            const qreal d = 8;
            p.setPen(QPen(m.fg, 1.2));
            p.setBrush(m.bg);
            p.drawEllipse(QRectF(right - d, badgeTop + (nameMetrics.height() - d) / 2, d, d));
            right -= d + 3;
        }
    }
    if (completed) {
        QFont tickFont = nameFont;
        tickFont.setStrikeOut(false);
        p.setFont(tickFont);
        p.setPen(theme::success);
        p.drawText(QRectF(right - tickWidth, text.top(), tickWidth, nameMetrics.height()),
                   Qt::AlignRight | Qt::AlignVCenter, tick);
        right -= tickWidth;
    }
    const qreal firstLineWidth = std::max(20.0, right - text.left());

    const int lines = 1 + int((text.height() - nameMetrics.height()) / detailMetrics.height());

    qreal y = text.top();
    p.setFont(nameFont);
    p.setPen(theme::text);
    p.drawText(QRectF(text.left(), y, firstLineWidth, nameMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
               nameMetrics.elidedText(b.client, Qt::ElideRight, firstLineWidth));
    y += nameMetrics.height();
    p.setFont(detailFont);
    p.setPen(QColor(0x33, 0x41, 0x55));
    const auto line = [&](const QString &s) {
        p.drawText(QRectF(text.left(), y, text.width(), detailMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   detailMetrics.elidedText(s, Qt::ElideRight, text.width()));
        y += detailMetrics.height();
    };
    if (lines >= 3) {
        line(b.service);
        line(b.time);
    } else if (lines == 2) {
        line(QString(b.time + u" · " + b.service));
    }
    p.restore();
}

void DayView::paintNowLine(QPainter &p) const
{
    if (!m_model)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc().toTimeZone(m_model->timeZone());
    if (now.date() != m_model->day())
        return;
    const int y = yForMinute(now.time().msecsSinceStartOfDay() / 60000);
    p.setPen(QPen(theme::danger, 2));
    p.drawLine(kGutter, y, width(), y);
    p.setBrush(theme::danger);
    p.setPen(Qt::NoPen);
    p.drawEllipse(QPointF(kGutter, y), 4, 4);
}

int DayView::blockAt(const QPoint &pos) const
{
    for (int i = int(m_blocks.size()) - 1; i >= 0; --i)
        if (m_blocks.at(i).rect.contains(pos))
            return i;
    return -1;
}

QString DayView::toolTipFor(const Block &b) const
{
    QString tip = b.client + u'\n' + b.service + u'\n' + b.time + u'\n' + b.statusText;
    if (b.syncState == SyncState::Local)
        tip += u'\n' + tr("Unconfirmed: booked on this device and not yet accepted by the sync server.");
    else if (b.syncState == SyncState::Rejected)
        tip += u'\n' + tr("Refused by the sync server: the slot was taken. Rebook this client.");
    return tip;
}

bool DayView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int i = blockAt(help->pos());
        if (i >= 0)
            QToolTip::showText(help->globalPos(), toolTipFor(m_blocks.at(i)), this, m_blocks.at(i).rect.toRect());
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void DayView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int i = blockAt(event->position().toPoint());
    if (i >= 0)
        Q_EMIT appointmentActivated(m_blocks.at(i).appointmentId);
    QWidget::mouseDoubleClickEvent(event);
}

} // namespace msp::ui
