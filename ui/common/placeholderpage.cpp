#include "common/placeholderpage.h"

#include "common/theme.h"

#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace msp::ui {

namespace {
// A soft round badge with the area's initial, so the page has a focal point
// without an icon set.
class InitialBadge : public QWidget
{
public:
    InitialBadge(QChar initial, QWidget *parent)
        : QWidget(parent)
        , m_initial(initial)
    {
        setFixedSize(64, 64);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(theme::tint(theme::accent, 0.85));
        p.drawEllipse(rect());
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 2.2);
        f.setBold(true);
        p.setFont(f);
        p.setPen(theme::accent);
        p.drawText(rect(), Qt::AlignCenter, QString(m_initial));
    }

private:
    QChar m_initial;
};
} // namespace

PlaceholderPage::PlaceholderPage(const QString &title, const QString &summary, const QString &meanwhile,
                                 QWidget *parent)
    : QWidget(parent)
{
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("placeholderCard"));
    card->setProperty("card", true);
    card->setFixedWidth(540);

    auto *badge = new InitialBadge(title.isEmpty() ? QChar(u'?') : title.front(), card);
    auto *heading = new QLabel(title, card);
    heading->setProperty("role", QStringLiteral("title"));
    auto *pill = new QLabel(tr("Coming in a later release"), card);
    pill->setObjectName(QStringLiteral("comingLater"));
    pill->setProperty("role", QStringLiteral("pill"));
    auto *summaryLabel = new QLabel(summary, card);
    summaryLabel->setWordWrap(true);
    summaryLabel->setAlignment(Qt::AlignHCenter);
    auto *meanwhileLabel = new QLabel(meanwhile, card);
    meanwhileLabel->setWordWrap(true);
    meanwhileLabel->setAlignment(Qt::AlignHCenter);
    meanwhileLabel->setProperty("role", QStringLiteral("muted"));

    // Word-wrapped labels in a centred card do not get their wrapped height
    // from the layout; the card width is fixed, so ask for it up front.
    constexpr int kTextWidth = 540 - 2 * 40;
    for (auto *label : {summaryLabel, meanwhileLabel})
        label->setMinimumHeight(label->heightForWidth(kTextWidth));

    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(40, 36, 40, 36);
    cardLayout->setSpacing(12);
    cardLayout->addWidget(badge, 0, Qt::AlignHCenter);
    cardLayout->addSpacing(4);
    cardLayout->addWidget(heading, 0, Qt::AlignHCenter);
    cardLayout->addWidget(pill, 0, Qt::AlignHCenter);
    cardLayout->addSpacing(8);
    cardLayout->addWidget(summaryLabel);
    cardLayout->addWidget(meanwhileLabel);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(card, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

} // namespace msp::ui
