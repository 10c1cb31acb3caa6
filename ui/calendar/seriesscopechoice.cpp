#include "calendar/seriesscopechoice.h"

#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace msp::ui {

SeriesScopeChoice::SeriesScopeChoice(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("seriesScope"));
    m_thisOne = new QRadioButton(tr("This appointment only"));
    m_thisOne->setObjectName(QStringLiteral("scopeThisOne"));
    m_thisOne->setChecked(true);
    m_following = new QRadioButton(tr("This and the following appointments"));
    m_following->setObjectName(QStringLiteral("scopeFollowing"));
    m_all = new QRadioButton(tr("All open appointments in the series"));
    m_all->setObjectName(QStringLiteral("scopeAll"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("This appointment is part of a series. Apply to:")));
    layout->addWidget(m_thisOne);
    layout->addWidget(m_following);
    layout->addWidget(m_all);
}

scheduling::EditScope SeriesScopeChoice::scope() const
{
    if (m_all->isChecked())
        return scheduling::EditScope::All;
    if (m_following->isChecked())
        return scheduling::EditScope::ThisAndFollowing;
    return scheduling::EditScope::ThisOne;
}

} // namespace msp::ui
