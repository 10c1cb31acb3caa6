#pragma once

#include "domain/user.h"
#include "store/clientrepository.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace msp::store {
class ClinicStore;
}

namespace msp::ui {

class ClientSearchModel;

// A new client typed in at the front desk. Before anyone is created, the
// clients who share the name, phone or e-mail are shown, so the same person
// is not entered twice; the desk picks one of them or creates anyway.
class NewClientPanel : public QWidget
{
    Q_OBJECT
public:
    NewClientPanel(store::ClinicStore &store, const Actor &actor, QWidget *parent = nullptr);

    // Clears the fields (and fills the name from what was typed in search).
    void start(const QString &typedName);
    ClientSearchModel *duplicates() const { return m_duplicates; }

Q_SIGNALS:
    // An existing client picked from the likely duplicates, or the new one.
    void clientChosen(const store::ClientSummary &client);

private:
    void check();
    void create();
    void useSelected();

    store::ClinicStore &m_store;
    Actor m_actor;
    QLineEdit *m_given = nullptr;
    QLineEdit *m_family = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLabel *m_error = nullptr;
    QWidget *m_duplicatesBox = nullptr;
    QListView *m_duplicatesView = nullptr;
    ClientSearchModel *m_duplicates = nullptr;
    QPushButton *m_check = nullptr;
};

} // namespace msp::ui
