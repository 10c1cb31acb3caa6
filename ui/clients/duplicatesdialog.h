#pragma once

#include "clients/mergedialog.h"
#include "dedupe/clientmerger.h"
#include "dedupe/duplicatescanner.h"

#include <QDialog>
#include <QPointer>
#include <QTimeZone>

class QLabel;
class QPushButton;
class QTableView;

namespace msp::store {
class ClinicStore;
}

namespace msp::ui {

class DuplicatesModel;
class MergeHistoryModel;

// "Find duplicates": scans the clients, lists candidate pairs by group with
// their score and reasons, opens the side-by-side merge for the chosen pair,
// and keeps the merge history with Undo. Managers and administrators.
class DuplicatesDialog : public QDialog
{
    Q_OBJECT
public:
    DuplicatesDialog(store::ClinicStore &store, Actor actor, QTimeZone zone, QWidget *parent = nullptr);

    bool scan();
    // Opens the merge dialog (window-modal) for the pair in `row`.
    MergeDialog *reviewPair(int row);
    // Undoes the merge shown in `row` of the history.
    bool undoMerge(int row);

    DuplicatesModel *candidates() const { return m_candidates; }
    MergeHistoryModel *history() const { return m_history; }
    QTableView *candidateTable() const { return m_candidateTable; }
    QTableView *historyTable() const { return m_historyTable; }
    MergeDialog *mergeDialog() const { return m_dialog; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    // Clients were merged or restored: lists elsewhere should refresh.
    void clientsChanged();

private:
    void reloadHistory();
    void showStatus(const QString &text, bool error);
    void updateButtons();

    store::ClinicStore &m_store;
    Actor m_actor;
    dedupe::DuplicateScanner m_scanner;
    dedupe::ClientMerger m_merger;
    DuplicatesModel *m_candidates = nullptr;
    MergeHistoryModel *m_history = nullptr;
    QTableView *m_candidateTable = nullptr;
    QTableView *m_historyTable = nullptr;
    QPushButton *m_review = nullptr;
    QPushButton *m_undo = nullptr;
    QLabel *m_status = nullptr;
    QPointer<MergeDialog> m_dialog;
};

} // namespace msp::ui
