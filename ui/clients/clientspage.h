#pragma once

#include "domain/user.h"

#include <QTimeZone>
#include <QWidget>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace msp::store {
class ClinicStore;
}

namespace msp::ui {

class ClientForm;
class ClientListModel;
class DuplicatesDialog;

// The client list with search as you type on the left and the selected
// client's form on the right. Opening a client is an audited read.
class ClientsPage : public QWidget
{
    Q_OBJECT
public:
    ClientsPage(store::ClinicStore &store, Actor actor, QTimeZone zone, QWidget *parent = nullptr);

    // Opens the client through the repository (audited) and shows the form.
    bool openClient(const EntityId &id);
    void newClient();
    // "Find duplicates" (managers and administrators): opens the duplicates
    // screen and scans; null when the role may not.
    DuplicatesDialog *findDuplicates();

    ClientListModel *model() const { return m_model; }
    ClientForm *form() const { return m_form; }
    QLineEdit *searchBox() const { return m_search; }
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void clientSaved(const msp::EntityId &id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void search(const QString &text);
    void onSaved(const EntityId &id, bool created);
    void selectRowQuietly(const EntityId &id);
    void showError(const QString &message);
    // Asks what to do with unsaved edits before the form shows something
    // else; false means stay.
    bool confirmLeavingForm();

    store::ClinicStore &m_store;
    Actor m_actor;
    QTimeZone m_zone;
    ClientListModel *m_model = nullptr;
    ClientForm *m_form = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_error = nullptr;
    QStackedWidget *m_detail = nullptr;
    bool m_quiet = false;
    bool m_loadedOnce = false;
};

} // namespace msp::ui
