// DayView's mouse and keyboard: selecting, dragging blocks to move or resize
// them, dragging over empty time to book, and the keys of the front desk.
#include "calendar/appointmentdaymodel.h"
#include "calendar/dayview.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QToolTip>
#include <QWheelEvent>

namespace msp::ui {

namespace {
constexpr int kGutter = 64;
constexpr int kResizeGrip = 6;
} // namespace

bool DayView::isMovable(const Block &b) const
{
    return statusOccupiesTime(b.status) && b.status != AppointmentStatus::Fulfilled;
}

void DayView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    m_drag = {};
    m_drag.pressPos = pos;
    const int i = blockAt(pos);
    if (i >= 0) {
        selectBlock(i);
        const Block &b = m_blocks.at(i);
        if (!isMovable(b))
            return;
        m_drag.kind = pos.y() >= b.rect.bottom() - kResizeGrip ? Drag::Kind::Resize : Drag::Kind::Move;
        m_drag.block = i;
        m_drag.column = b.place.column;
        m_drag.startMinute = b.place.startMinute;
        m_drag.endMinute = b.place.endMinute;
        m_drag.grabOffset = minuteForY(pos.y()) - b.place.startMinute;
        return;
    }
    const int column = pos.x() >= kGutter ? columnAt(pos.x()) : -1;
    if (column < 0)
        return;
    const int step = snapMinutes();
    m_drag.kind = Drag::Kind::Create;
    m_drag.column = column;
    m_drag.startMinute = std::clamp(minuteForY(pos.y()) / step * step, 0, 24 * 60 - step);
    m_drag.endMinute = m_drag.startMinute + step;
    setCursorAt(column, m_drag.startMinute);
}

void DayView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_drag.kind == Drag::Kind::None)
        return QWidget::mouseMoveEvent(event);
    const QPoint pos = event->position().toPoint();
    if (!m_drag.active) {
        if ((pos - m_drag.pressPos).manhattanLength() < QApplication::startDragDistance())
            return;
        m_drag.active = true;
    }
    updateDrag(pos);
}

void DayView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_drag.kind == Drag::Kind::None)
        return QWidget::mouseReleaseEvent(event);
    finishDrag(event->position().toPoint());
}

DropProposal DayView::proposal() const
{
    DropProposal out;
    out.column = m_drag.column;
    out.resize = m_drag.kind == Drag::Kind::Resize;
    if (m_drag.block >= 0) {
        const Block &b = m_blocks.at(m_drag.block);
        out.appointmentId = b.id.toString();
        const Appointment &a = m_model->appointmentAt(b.modelRow);
        if (m_drag.kind == Drag::Kind::Move) {
            // The length stays the real one, across a daylight-saving change too.
            out.start = utcAt(m_drag.column, m_drag.startMinute);
            out.end = out.start.addMSecs(a.start.msecsTo(a.end));
        } else {
            out.start = a.start;
            out.end = utcAt(m_drag.column, m_drag.endMinute);
        }
    } else {
        out.start = utcAt(m_drag.column, m_drag.startMinute);
        out.end = utcAt(m_drag.column, m_drag.endMinute);
    }
    return out;
}

void DayView::updateDrag(const QPoint &pos)
{
    const int minute = minuteForY(pos.y());
    const int step = snapMinutes();
    switch (m_drag.kind) {
    case Drag::Kind::Move: {
        const Block &b = m_blocks.at(m_drag.block);
        const int length = b.place.endMinute - b.place.startMinute;
        if (const int column = columnAt(pos.x()); column >= 0 && pos.x() >= kGutter)
            m_drag.column = column;
        m_drag.startMinute = std::clamp(snap(minute - m_drag.grabOffset), 0, 24 * 60 - length);
        m_drag.endMinute = m_drag.startMinute + length;
        break;
    }
    case Drag::Kind::Resize: m_drag.endMinute = std::clamp(snap(minute), m_drag.startMinute + step, 24 * 60); break;
    case Drag::Kind::Create: {
        const int pressed = std::clamp(minuteForY(m_drag.pressPos.y()) / step * step, 0, 24 * 60 - step);
        const int here = snap(minute);
        m_drag.startMinute = std::min(pressed, here);
        m_drag.endMinute = std::max(pressed + step, here);
        break;
    }
    case Drag::Kind::None: return;
    }
    const QString before = m_drag.check.allowed ? QString() : m_drag.check.reason;
    m_drag.check = {};
    if (m_drag.kind != Drag::Kind::Create && m_checker)
        m_drag.check = m_checker(proposal());
    const QString now = m_drag.check.allowed ? QString() : m_drag.check.reason;
    if (now != before) {
        if (now.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(mapToGlobal(pos), now, this);
        Q_EMIT dragStatusChanged(now);
    }
    update();
}

void DayView::finishDrag(const QPoint &pos)
{
    if (m_drag.active)
        updateDrag(pos);
    // Signals below may reload the model (and so rebuild this view): work on a copy.
    const Drag drag = m_drag;
    const DropProposal proposed = proposal();
    m_drag = {};
    update();
    if (drag.active)
        Q_EMIT dragStatusChanged(QString());
    switch (drag.kind) {
    case Drag::Kind::Create:
        Q_EMIT createRequested(drag.column, proposed.start, drag.active ? proposed.end : QDateTime());
        break;
    case Drag::Kind::Move:
    case Drag::Kind::Resize: {
        if (!drag.active)
            break;
        const Block &b = m_blocks.at(drag.block);
        const bool unchanged = drag.column == b.place.column && drag.startMinute == b.place.startMinute
            && drag.endMinute == b.place.endMinute;
        if (unchanged)
            break;
        if (drag.check.allowed)
            Q_EMIT moveRequested(proposed);
        else
            Q_EMIT dropRefused(drag.check.reason);
        break;
    }
    case Drag::Kind::None: break;
    }
}

void DayView::cancelDrag()
{
    const bool wasActive = m_drag.active;
    m_drag = {};
    update();
    if (wasActive)
        Q_EMIT dragStatusChanged(QString());
}

void DayView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int i = blockAt(event->position().toPoint());
    if (i >= 0)
        Q_EMIT appointmentActivated(m_blocks.at(i).id.toString());
    QWidget::mouseDoubleClickEvent(event);
}

void DayView::contextMenuEvent(QContextMenuEvent *event)
{
    const int i = blockAt(event->pos());
    if (i < 0)
        return QWidget::contextMenuEvent(event);
    selectBlock(i);
    Q_EMIT contextMenuRequested(m_blocks.at(i).id.toString(), event->globalPos());
}

void DayView::moveCursor(int dColumn, int dRows)
{
    if (columnCount() == 0)
        return;
    int column = m_cursorColumn;
    int minute = m_cursorMinute;
    if (dColumn != 0) {
        column = std::clamp(column + dColumn, 0, columnCount() - 1);
    } else if (dRows > 0) {
        // Past the selected block in one step, not a row at a time.
        const int selected = blockIndexOf(m_selected);
        if (selected >= 0 && m_blocks.at(selected).place.column == column)
            minute = (m_blocks.at(selected).place.endMinute + m_rowMinutes - 1) / m_rowMinutes * m_rowMinutes;
        else
            minute += m_rowMinutes;
    } else if (dRows < 0) {
        minute -= m_rowMinutes;
    }
    setCursorAt(column, minute);
    if (const int under = blockUnderCursor(); under >= 0)
        m_cursorMinute = m_blocks.at(under).place.startMinute;
    const QRect col = columnRect(m_cursorColumn);
    Q_EMIT cursorMoved(QRect(col.left(), yForMinute(m_cursorMinute) - 20, col.width(),
                             40 + yForMinute(m_cursorMinute + m_rowMinutes) - yForMinute(m_cursorMinute)));
    update();
}

void DayView::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() & (Qt::AltModifier | Qt::ControlModifier | Qt::MetaModifier)) {
        if (event->modifiers() == Qt::ControlModifier
            && (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal))
            zoomIn();
        else if (event->modifiers() == Qt::ControlModifier && event->key() == Qt::Key_Minus)
            zoomOut();
        else
            return QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left: moveCursor(-1, 0); break;
    case Qt::Key_Right: moveCursor(1, 0); break;
    case Qt::Key_Up: moveCursor(0, -1); break;
    case Qt::Key_Down: moveCursor(0, 1); break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_selected.isNull())
            Q_EMIT appointmentActivated(m_selected.toString());
        else
            Q_EMIT newBookingRequested(m_cursorColumn, utcAt(m_cursorColumn, m_cursorMinute));
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (!m_selected.isNull())
            Q_EMIT cancelRequested(m_selected.toString());
        break;
    case Qt::Key_N: Q_EMIT newBookingRequested(m_cursorColumn, utcAt(m_cursorColumn, m_cursorMinute)); break;
    case Qt::Key_T: Q_EMIT todayRequested(); break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomIn(); break;
    case Qt::Key_Minus: zoomOut(); break;
    case Qt::Key_Escape:
        if (m_drag.kind != Drag::Kind::None)
            cancelDrag();
        else
            QWidget::keyPressEvent(event);
        break;
    default: QWidget::keyPressEvent(event);
    }
}

void DayView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier))
        return event->ignore(); // the scroll area scrolls
    if (event->angleDelta().y() > 0)
        zoomIn();
    else if (event->angleDelta().y() < 0)
        zoomOut();
    event->accept();
}

} // namespace msp::ui
