#pragma once

#include "calendar/calendarcolumn.h"
#include "calendar/daylayout.h"
#include "domain/appointment.h"
#include "domain/practitioner.h"

#include <QColor>
#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <functional>

namespace msp::ui {

class AppointmentDayModel;

// Where a dragged appointment would land.
struct DropProposal {
    QString appointmentId;
    int column = -1;
    QDateTime start; // UTC
    QDateTime end; // UTC
    bool resize = false;
};

// The rules' answer for a proposal: the calendar asks on every mouse move.
struct DropCheck {
    bool allowed = true;
    QString reason; // translated, empty when allowed
};
using DropChecker = std::function<DropCheck(const DropProposal &)>;

// The calendar grid: columns of local days for practitioners or rooms, rows
// of 5 to 60 minutes, working hours light and closed time hatched, and each
// appointment as a block in its service colour. Blocks can be dragged to move
// or resized by their lower edge, only onto time the drop checker allows;
// empty time is clicked or dragged over to book. The keyboard moves a cursor
// over the grid and selects the block under it.
class DayView : public QWidget
{
    Q_OBJECT
public:
    explicit DayView(QWidget *parent = nullptr);

    void setModel(AppointmentDayModel *model);
    // One column per practitioner on the model's day (the classic day view).
    void setPractitioners(const QList<Practitioner> &practitioners);
    const QList<Practitioner> &practitioners() const { return m_practitioners; }
    // Explicit columns (week view, room columns) instead of practitioners.
    void setColumns(const QList<CalendarColumn> &columns);
    const QList<CalendarColumn> &columns() const { return m_columns; }
    void setDropChecker(DropChecker checker) { m_checker = std::move(checker); }
    // Whether unbooked (not yet synced) appointments are marked; off until
    // the clinic has a sync server, when every booking would carry the mark.
    void setShowUnconfirmed(bool show);

    QDate day() const;
    int columnCount() const { return int(m_columns.size()); }
    QRect columnRect(int column) const;
    int columnAt(int x) const;
    // Appointments drawn (those of a shown column).
    int blockCount() const { return int(m_blocks.size()); }
    QRectF blockRect(int index) const { return m_blocks.at(index).rect; }
    QString blockAppointmentId(int index) const { return m_blocks.at(index).id.toString(); }
    int blockModelRow(int index) const { return m_blocks.at(index).modelRow; }
    int blockIndexOf(const QString &appointmentId) const { return blockIndexOf(EntityId::fromString(appointmentId)); }
    int blockIndexOf(const EntityId &appointmentId) const;
    int yForMinute(int minute) const;
    int minuteForY(int y) const;
    int firstHour() const { return m_firstHour; }
    int lastHour() const { return m_lastHour; }
    // The UTC instant of local `minute` in `column`'s day.
    QDateTime utcAt(int column, int minute) const;

    // Minutes per grid row: 5, 10, 15, 30 or 60.
    int rowMinutes() const { return m_rowMinutes; }
    void setRowMinutes(int minutes);
    void zoomIn(); // finer rows
    void zoomOut();

    QString selectedAppointmentId() const;
    void selectAppointment(const QString &appointmentId);
    int cursorColumn() const { return m_cursorColumn; }
    int cursorMinute() const { return m_cursorMinute; }
    void setCursorAt(int column, int minute);

    bool isDragging() const { return m_drag.active; }
    // Why the slot under a block being dragged is refused; empty when free.
    QString dragRefusal() const { return m_drag.active && !m_drag.check.allowed ? m_drag.check.reason : QString(); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void geometryChanged();
    void appointmentActivated(const QString &appointmentId);
    void selectionChanged(const QString &appointmentId);
    // While dragging: the reason the slot under the block is refused, or
    // empty. After a drop or an abandoned drag, empty again.
    void dragStatusChanged(const QString &refusal);
    void moveRequested(const DropProposal &proposal);
    void dropRefused(const QString &reason);
    // Empty time clicked (end invalid: the service's length) or dragged over.
    void createRequested(int column, const QDateTime &start, const QDateTime &end);
    void newBookingRequested(int column, const QDateTime &start);
    void cancelRequested(const QString &appointmentId);
    void todayRequested();
    void contextMenuRequested(const QString &appointmentId, const QPoint &globalPos);
    void rowMinutesChanged(int minutes);
    // The keyboard cursor moved to `area` (for a scroll area to follow).
    void cursorMoved(const QRect &area);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    // A placed appointment. Its words are read from the model when painted
    // (a screenful of blocks), never for all of a week's when laid out.
    struct Block {
        DayBlock place;
        int modelRow = 0;
        QRectF rect;
        EntityId id;
        QColor color;
        AppointmentStatus status = AppointmentStatus::Booked;
        SyncState syncState = SyncState::Local;
    };
    struct BlockText {
        QString client;
        QString service;
        QString time;
        QString statusText;
    };
    BlockText textOf(const Block &block) const;
    struct Drag {
        enum class Kind { None, Move, Resize, Create };
        Kind kind = Kind::None;
        bool active = false; // past the drag distance
        QPoint pressPos;
        int block = -1;
        int grabOffset = 0; // minutes between the block's start and the press
        int column = -1;
        int startMinute = 0;
        int endMinute = 0;
        DropCheck check;
    };
    void rebuild();
    void rebuildColumns();
    void placeBlocks();
    int blockAt(const QPoint &pos) const;
    int snapMinutes() const { return std::min(m_rowMinutes, 15); }
    int snap(int minute) const;
    void updateDrag(const QPoint &pos);
    void finishDrag(const QPoint &pos);
    void cancelDrag();
    QRectF dragRect() const;
    DropProposal proposal() const;
    bool isMovable(const Block &block) const;
    void moveCursor(int dColumn, int dRows);
    void selectBlock(int index);
    int blockUnderCursor() const;
    void paintGrid(QPainter &p, const QRect &exposed) const;
    void paintBlock(QPainter &p, const Block &block, bool selected) const;
    void paintDrag(QPainter &p) const;
    void paintCursor(QPainter &p) const;
    void paintNowLine(QPainter &p) const;
    QString toolTipFor(const Block &block) const;

    QPointer<AppointmentDayModel> m_model;
    QList<Practitioner> m_practitioners;
    bool m_columnsFromPractitioners = true;
    QList<CalendarColumn> m_columns;
    QList<qint64> m_columnDays; // each column's date as ZoneOffsets::dayNumber
    QList<Block> m_blocks;
    DropChecker m_checker;
    bool m_showUnconfirmed = false;
    int m_firstHour = 7;
    int m_lastHour = 20;
    int m_rowMinutes = 15;
    EntityId m_selected;
    int m_cursorColumn = 0;
    int m_cursorMinute = 9 * 60;
    Drag m_drag;
};

} // namespace msp::ui
