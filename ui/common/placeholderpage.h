#pragma once

#include <QWidget>

namespace msp::ui {

// A page for an area that is not built yet. It says so plainly, says what
// the area will do, and what to do meanwhile, instead of showing an empty
// screen.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString &title, const QString &summary, const QString &meanwhile, QWidget *parent = nullptr);
};

} // namespace msp::ui
