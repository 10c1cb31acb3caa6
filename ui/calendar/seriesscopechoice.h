#pragma once

#include "scheduling/seriesservice.h"

#include <QWidget>

class QRadioButton;

namespace msp::ui {

// "This appointment / This and the following ones / All in the series", for
// changing or cancelling one occurrence of a recurring series. Radio buttons
// scopeThisOne, scopeFollowing, scopeAll; this one is chosen at first.
class SeriesScopeChoice : public QWidget
{
    Q_OBJECT
public:
    explicit SeriesScopeChoice(QWidget *parent = nullptr);
    scheduling::EditScope scope() const;

private:
    QRadioButton *m_thisOne = nullptr;
    QRadioButton *m_following = nullptr;
    QRadioButton *m_all = nullptr;
};

} // namespace msp::ui
