#pragma once

#include "domain/entityid.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace msp::reconcilestore {
class ReconciliationService;
}

namespace msp::ui {

class DecisionLogModel;

// "Decisions": every accept and reject (of one import, or of the clinic),
// newest first, with who decided and when. Undo (U, or the button) takes an
// accepted match or a rejection back: the pair returns to the bands as the
// model scores it, and the learning forgets it. decisionsChanged() tells the
// page to run again.
class DecisionsDialog : public QDialog
{
    Q_OBJECT
public:
    // `importId` null: every decision; `title` names the import otherwise.
    DecisionsDialog(reconcilestore::ReconciliationService &service, const QString &currency,
                    const EntityId &importId = {}, const QString &title = {}, QWidget *parent = nullptr);

    void reload();
    // Undoes the decision on the current row.
    void undoCurrent();
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    void decisionsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();
    void showMessage(const QString &text, bool error);

    reconcilestore::ReconciliationService &m_service;
    QString m_currency;
    EntityId m_importId;
    DecisionLogModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_undo = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace msp::ui
