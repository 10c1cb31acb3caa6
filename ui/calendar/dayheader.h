#pragma once

#include <QPointer>
#include <QWidget>

namespace msp::ui {

class DayView;

// The practitioner names above the day grid. It stays put while the grid
// scrolls vertically and takes its column positions from the grid itself, so
// the two always line up.
class DayHeader : public QWidget
{
    Q_OBJECT
public:
    explicit DayHeader(DayView *view, QWidget *parent = nullptr);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QPointer<DayView> m_view;
};

} // namespace msp::ui
