// DayView's painting: the grid, the blocks, the block being dragged and the
// keyboard cursor.
#include "calendar/appointmentdaymodel.h"
#include "calendar/dayview.h"
#include "common/displayformat.h"
#include "common/theme.h"

#include <QHelpEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace msp::ui {

namespace {
constexpr int kGutter = 64;

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

const QColor kSelection(0x25, 0x63, 0xeb);
const QColor kRefusedBackground(0xfe, 0xe2, 0xe2);
} // namespace

void DayView::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    const QRect exposed = event->rect();
    paintGrid(p, exposed);
    p.setRenderHint(QPainter::Antialiasing);
    for (const Block &b : std::as_const(m_blocks))
        if (b.rect.intersects(exposed))
            paintBlock(p, b, !m_selected.isNull() && b.id == m_selected);
    if (hasFocus() && m_selected.isNull())
        paintCursor(p);
    paintNowLine(p);
    if (m_drag.active)
        paintDrag(p);
}

void DayView::paintGrid(QPainter &p, const QRect &exposed) const
{
    // Closed time is the background; working spans are painted over it.
    p.fillRect(exposed, theme::closedTime);
    p.fillRect(exposed, QBrush(theme::closedHatch, Qt::BDiagPattern));
    for (int c = 0; c < columnCount(); ++c) {
        const QRect col = columnRect(c);
        if (!col.intersects(exposed))
            continue;
        for (const DaySpan &span : m_columns.at(c).open) {
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
    const QColor rowLine(0xee, 0xf2, 0xf6);
    const int hourHeight = yForMinute(m_firstHour * 60 + 60) - yForMinute(m_firstHour * 60);
    for (int h = m_firstHour; h <= m_lastHour; ++h) {
        const int y = yForMinute(h * 60);
        if (y > exposed.bottom() + hourHeight || y < exposed.top() - hourHeight)
            continue;
        p.setPen(theme::border);
        p.drawLine(kGutter - 6, y, width(), y);
        if (h < m_lastHour) {
            p.setPen(QPen(rowLine, 1, Qt::DashLine));
            for (int m = m_rowMinutes; m < 60; m += m_rowMinutes) {
                const int row = yForMinute(h * 60 + m);
                p.drawLine(kGutter, row, width(), row);
            }
        }
        p.setPen(theme::mutedText);
        p.drawText(QRect(0, y - 8, kGutter - 10, 16), Qt::AlignRight | Qt::AlignVCenter, shortTime(QTime(h % 24, 0)));
    }
    p.setPen(theme::border);
    for (int c = 0; c <= columnCount(); ++c) {
        const int x = c == columnCount() ? width() - 1 : columnRect(c).left();
        p.drawLine(x, exposed.top(), x, exposed.bottom());
    }
}

void DayView::paintBlock(QPainter &p, const Block &b, bool selected) const
{
    const bool inactive = isInactive(b.status);
    const BlockText t = textOf(b);
    const bool unconfirmed = m_showUnconfirmed && b.syncState == SyncState::Local;
    const bool beingMoved = m_drag.active && m_drag.block >= 0 && m_blocks.at(m_drag.block).id == b.id;
    p.save();
    if (inactive || beingMoved)
        p.setOpacity(beingMoved ? 0.35 : 0.5);

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
    if (selected)
        outline = QPen(kSelection, 2.2);
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
        markers.append({t.statusText, theme::success, theme::successBackground});
    else if (inactive)
        markers.append({t.statusText, theme::mutedText, QColor(0xe2, 0xe8, 0xf0)});
    qreal labelsWidth = 0;
    for (const Marker &m : std::as_const(markers))
        labelsWidth += badgeMetrics.horizontalAdvance(m.text) + 13;
    // A completed visit is the normal end of a day: a quiet tick, never a
    // badge competing with the name.
    const bool completed = b.status == AppointmentStatus::Fulfilled;
    const QString tick = QStringLiteral("✓");
    const qreal tickWidth = completed ? nameMetrics.horizontalAdvance(tick) + 4 : 0;
    // Worded badges when the name still fits beside them; otherwise small
    // dots (the tooltip still says it) so the name wins.
    const bool worded = nameMetrics.horizontalAdvance(t.client) + labelsWidth + tickWidth + 4 <= text.width();
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
               nameMetrics.elidedText(t.client, Qt::ElideRight, firstLineWidth));
    y += nameMetrics.height();
    p.setFont(detailFont);
    p.setPen(QColor(0x33, 0x41, 0x55));
    const auto line = [&](const QString &s) {
        p.drawText(QRectF(text.left(), y, text.width(), detailMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   detailMetrics.elidedText(s, Qt::ElideRight, text.width()));
        y += detailMetrics.height();
    };
    if (lines >= 3) {
        line(t.service);
        line(t.time);
    } else if (lines == 2) {
        line(QString(t.time + u" · " + t.service));
    }
    p.restore();
}

QRectF DayView::dragRect() const
{
    if (m_drag.column < 0 || m_drag.column >= columnCount())
        return {};
    const QRect col = columnRect(m_drag.column);
    const qreal top = yForMinute(m_drag.startMinute) + 1;
    const qreal bottom = yForMinute(m_drag.endMinute) - 1;
    return QRectF(col.left() + 3, top, col.width() - 6, std::max(bottom - top, 14.0));
}

void DayView::paintDrag(QPainter &p) const
{
    const QRectF r = dragRect();
    if (r.isEmpty())
        return;
    p.save();
    const bool refused = !m_drag.check.allowed;
    QColor base = theme::accent;
    if (m_drag.block >= 0 && m_blocks.at(m_drag.block).color.isValid())
        base = m_blocks.at(m_drag.block).color;
    QPainterPath shape;
    shape.addRoundedRect(r, 5, 5);
    p.fillPath(shape, refused ? kRefusedBackground : theme::tint(base, 0.7));
    if (refused)
        p.fillPath(shape, QBrush(QColor(0xf8, 0x71, 0x71), Qt::FDiagPattern));
    p.setPen(QPen(refused ? theme::danger : base.darker(130), 2, refused ? Qt::DashLine : Qt::SolidLine));
    p.drawPath(shape);
    p.setClipRect(r.adjusted(2, 2, -2, -2));
    p.setPen(refused ? theme::danger : theme::text);
    QFont f = font();
    f.setBold(true);
    p.setFont(f);
    const QDateTime start = utcAt(m_drag.column, m_drag.startMinute);
    const QDateTime end = utcAt(m_drag.column, m_drag.endMinute);
    const QTimeZone zone = m_model ? m_model->timeZone() : QTimeZone::utc();
    QString label = QString(shortTime(start.toTimeZone(zone).time()) + u"–" + shortTime(end.toTimeZone(zone).time()));
    const QRectF text = r.adjusted(8, 3, -4, -3);
    if (refused) {
        // The whole reason is in the status line and the tooltip; the block
        // says it is refused and begins the reason.
        label = tr("Not allowed");
        const QFontMetricsF detail(font());
        p.drawText(text, Qt::AlignLeft | Qt::AlignTop, label);
        p.setFont(font());
        p.drawText(text.adjusted(0, QFontMetricsF(f).height(), 0, 0), Qt::AlignLeft | Qt::AlignTop,
                   detail.elidedText(m_drag.check.reason, Qt::ElideRight, text.width()));
    } else {
        p.drawText(text, Qt::AlignLeft | Qt::AlignTop, label);
    }
    p.restore();
}

void DayView::paintCursor(QPainter &p) const
{
    if (columnCount() == 0)
        return;
    const QRect col = columnRect(m_cursorColumn);
    const QRectF r(col.left() + 2, yForMinute(m_cursorMinute), col.width() - 4,
                   yForMinute(m_cursorMinute + m_rowMinutes) - yForMinute(m_cursorMinute));
    p.save();
    p.setPen(QPen(kSelection, 1.5));
    p.setBrush(QColor(0x25, 0x63, 0xeb, 30));
    p.drawRect(r);
    p.restore();
}

void DayView::paintNowLine(QPainter &p) const
{
    if (!m_model)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc().toTimeZone(m_model->timeZone());
    for (int c = 0; c < columnCount(); ++c) {
        if (m_columns.at(c).date != now.date())
            continue;
        const QRect col = columnRect(c);
        const int y = yForMinute(now.time().msecsSinceStartOfDay() / 60000);
        p.setPen(QPen(theme::danger, 2));
        p.drawLine(col.left(), y, col.right(), y);
        p.setBrush(theme::danger);
        p.setPen(Qt::NoPen);
        p.drawEllipse(QPointF(col.left(), y), 4, 4);
    }
}

QString DayView::toolTipFor(const Block &b) const
{
    const BlockText t = textOf(b);
    QString tip = t.client + u'\n' + t.service + u'\n' + t.time + u'\n' + t.statusText;
    if (m_showUnconfirmed && b.syncState == SyncState::Local)
        tip += u'\n' + tr("Unconfirmed: booked on this device and not yet accepted by the sync server.");
    else if (b.syncState == SyncState::Rejected)
        tip += u'\n' + tr("Refused by the sync server: the slot was taken. Rebook this client.");
    return tip;
}

bool DayView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (m_drag.active) {
            if (!m_drag.check.allowed)
                QToolTip::showText(help->globalPos(), m_drag.check.reason, this);
            return true;
        }
        const int i = blockAt(help->pos());
        if (i >= 0)
            QToolTip::showText(help->globalPos(), toolTipFor(m_blocks.at(i)), this, m_blocks.at(i).rect.toRect());
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace msp::ui
