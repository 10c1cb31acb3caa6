#include "common/theme.h"

#include <QFile>
#include <QStyle>
#include <QWidget>

namespace msp::ui::theme {

QString styleSheet()
{
    static const QString sheet = [] {
        QFile file(QStringLiteral(":/medspasync/ui/medspasync.qss"));
        if (!file.open(QIODevice::ReadOnly))
            return QString();
        return QString::fromUtf8(file.readAll());
    }();
    return sheet;
}

void repolish(QWidget *widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

QColor tint(const QColor &color, qreal amount)
{
    const auto mix = [amount](int c) { return int(c + (255 - c) * amount); };
    return QColor(mix(color.red()), mix(color.green()), mix(color.blue()));
}

} // namespace msp::ui::theme
