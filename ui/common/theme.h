#pragma once

#include <QColor>
#include <QString>

class QWidget;

namespace msp::ui::theme {

// The application stylesheet (a resource of this library).
QString styleSheet();
// Re-applies the stylesheet after a dynamic property used by a selector
// (role, invalid, primary) changed.
void repolish(QWidget *widget);

// Colours shared by painted widgets, matching the stylesheet.
inline const QColor accent {0x0f, 0x76, 0x6e};
inline const QColor text {0x0f, 0x17, 0x2a};
inline const QColor mutedText {0x64, 0x74, 0x8b};
inline const QColor border {0xe2, 0xe8, 0xf0};
inline const QColor surface {0xff, 0xff, 0xff};
inline const QColor closedTime {0xf1, 0xf5, 0xf9};
inline const QColor closedHatch {0xdf, 0xe5, 0xec};
inline const QColor warning {0xb4, 0x53, 0x09};
inline const QColor warningBackground {0xfe, 0xf3, 0xc7};
inline const QColor success {0x15, 0x80, 0x3d};
inline const QColor successBackground {0xdc, 0xfc, 0xe7};
inline const QColor danger {0xdc, 0x26, 0x26};

// A readable mix of `color` with white; `amount` 0 is the colour, 1 is white.
QColor tint(const QColor &color, qreal amount);

} // namespace msp::ui::theme
