#pragma once

#include "calendar/daylayout.h"
#include "domain/appointment.h"
#include "domain/practitioner.h"

#include <QColor>
#include <QPointer>
#include <QWidget>

namespace msp::ui {

class AppointmentDayModel;

// One clinic day drawn as a grid: a column per practitioner, rows of local
// time, working hours light and closed time hatched, and each appointment as
// a block in its service colour. Geometry is computed when the model or the
// size changes; painting only walks what the exposed rectangle touches.
class DayView : public QWidget
{
    Q_OBJECT
public:
    explicit DayView(QWidget *parent = nullptr);

    void setModel(AppointmentDayModel *model);
    void setPractitioners(const QList<Practitioner> &practitioners);
    const QList<Practitioner> &practitioners() const { return m_practitioners; }

    QDate day() const;
    int columnCount() const { return int(m_practitioners.size()); }
    // The horizontal extent of a practitioner's column, in this widget.
    QRect columnRect(int column) const;
    // Appointments drawn (those of a shown practitioner).
    int blockCount() const { return int(m_blocks.size()); }
    QRectF blockRect(int index) const { return m_blocks.at(index).rect; }
    int yForMinute(int minute) const;
    int firstHour() const { return m_firstHour; }
    int lastHour() const { return m_lastHour; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void geometryChanged();
    void appointmentActivated(const QString &appointmentId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    struct Block {
        DayBlock place;
        QRectF rect;
        QString appointmentId;
        QString client;
        QString service;
        QString time;
        QString statusText;
        QColor color;
        AppointmentStatus status = AppointmentStatus::Booked;
        SyncState syncState = SyncState::Local;
    };
    void rebuild();
    void placeBlocks();
    int blockAt(const QPoint &pos) const;
    void paintGrid(QPainter &p, const QRect &exposed) const;
    void paintBlock(QPainter &p, const Block &block) const;
    void paintNowLine(QPainter &p) const;
    QString toolTipFor(const Block &block) const;

    QPointer<AppointmentDayModel> m_model;
    QList<Practitioner> m_practitioners;
    QList<Block> m_blocks;
    int m_firstHour = 7;
    int m_lastHour = 20;
};

} // namespace msp::ui
