#pragma once

#include "domain/entityid.h"

#include <QDate>
#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace msp::reconcilestore {
class ReconciliationService;
}

namespace msp::ui {

class ImportListModel;

// "Past imports": every file imported, newest first, with its kind and
// preset, when and by whom, rows imported and bad rows. Enter (or Open)
// reconciles the chosen file's period again; Decisions… lists what staff
// decided on its rows.
class ImportsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportsDialog(reconcilestore::ReconciliationService &service, QWidget *parent = nullptr);

    void reload();
    // Opens the current import: emits openRequested and closes, or says why not.
    void openCurrent();
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    void openRequested(const EntityId &importId, const QString &fileName, QDate from, QDate to);
    void decisionsRequested(const EntityId &importId, const QString &fileName);

private:
    void updateButtons();
    void showMessage(const QString &text, bool error);

    reconcilestore::ReconciliationService &m_service;
    ImportListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_decisions = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace msp::ui
