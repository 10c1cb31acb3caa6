#pragma once

#include "scheduling/seriesservice.h"

#include <QDialog>

namespace msp::ui {

class SeriesScopeChoice;

// Asks which occurrences of a series a move or resize applies to.
class SeriesScopeDialog : public QDialog
{
    Q_OBJECT
public:
    // `what` describes the change ("Move Botox for Ana, Wed 12 Mar 10:00").
    explicit SeriesScopeDialog(const QString &what, QWidget *parent = nullptr);
    scheduling::EditScope scope() const;

private:
    SeriesScopeChoice *m_choice = nullptr;
};

} // namespace msp::ui
