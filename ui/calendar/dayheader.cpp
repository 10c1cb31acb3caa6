#include "calendar/dayheader.h"

#include "calendar/dayview.h"
#include "common/displayformat.h"
#include "common/theme.h"

#include <QPainter>

namespace msp::ui {

DayHeader::DayHeader(DayView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
{
    setObjectName(QStringLiteral("dayHeader"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    connect(view, &DayView::geometryChanged, this, qOverload<>(&QWidget::update));
}

QSize DayHeader::sizeHint() const
{
    const QFontMetrics fm(font());
    return QSize(200, fm.height() * 2 + 22);
}

void DayHeader::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), theme::surface);
    p.setPen(theme::border);
    p.drawLine(0, height() - 1, width(), height() - 1);
    if (!m_view)
        return;
    p.setRenderHint(QPainter::Antialiasing);
    // The grid may be scrolled sideways inside its scroll area.
    const int dx = m_view->mapTo(window(), QPoint(0, 0)).x() - mapTo(window(), QPoint(0, 0)).x();
    p.setClipRect(QRect(m_view->columnRect(0).left() + dx, 0, width(), height()));

    QFont nameFont = font();
    nameFont.setBold(true);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetrics nameMetrics(nameFont);
    const QFontMetrics smallMetrics(small);
    const auto &columns = m_view->columns();
    for (int c = 0; c < m_view->columnCount(); ++c) {
        const CalendarColumn &column = columns.at(c);
        const QRect col = m_view->columnRect(c).translated(dx, 0);
        const QRect cell(col.left(), 0, col.width(), height() - 1);
        p.setPen(Qt::NoPen);
        const QColor accent = column.accent.isValid() ? column.accent : theme::accent;
        p.fillRect(QRect(cell.left() + 1, 0, cell.width() - 1, 4), accent);
        p.setBrush(accent);
        const int dot = 10;
        const int top = 12;
        p.drawEllipse(QRect(cell.left() + 10, top + (nameMetrics.height() - dot) / 2, dot, dot));

        const int textLeft = cell.left() + 10 + dot + 8;
        const int textWidth = cell.right() - textLeft - 6;
        p.setFont(nameFont);
        p.setPen(theme::text);
        p.drawText(QRect(textLeft, top, textWidth, nameMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   nameMetrics.elidedText(column.title, Qt::ElideRight, textWidth));

        QString detail = column.detail;
        if (!column.isRoom() && column.date.isValid()) {
            const auto &spans = column.open;
            const QString hours = spans.isEmpty()
                ? tr("Not working")
                : QString(shortTime(QTime::fromMSecsSinceStartOfDay(spans.first().startMinute * 60000)) + u"–"
                          + shortTime(QTime::fromMSecsSinceStartOfDay(spans.last().endMinute % 1440 * 60000)));
            detail = detail.isEmpty() ? hours : QString(detail + u" · " + hours);
        }
        p.setFont(small);
        p.setPen(theme::mutedText);
        p.drawText(QRect(textLeft, top + nameMetrics.height() + 2, textWidth, smallMetrics.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, smallMetrics.elidedText(detail, Qt::ElideRight, textWidth));
        p.setPen(theme::border);
        p.drawLine(cell.left(), 0, cell.left(), height());
    }
}

} // namespace msp::ui
