#pragma once

#include "domain/client.h"
#include "domain/user.h"

#include <QHash>
#include <QTimeZone>
#include <QWidget>

class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace msp::store {
class ClientRepository;
}

namespace msp::ui {

class FieldErrorLabel;

// Edits one client. Save validates every field at once with
// msp::validateClient and shows each message directly under its field; the
// store is only written when everything is valid, and a store refusal is
// shown in the form too.
class ClientForm : public QWidget
{
    Q_OBJECT
public:
    // `showClinicalNotes` is false for roles that may not read clinical notes;
    // the notes are then neither shown nor changed.
    ClientForm(store::ClientRepository &clients, Actor actor, QTimeZone zone, bool showClinicalNotes,
               QWidget *parent = nullptr);

    void startNew();
    void load(const Client &client);
    // Validates and saves; true when the client was written.
    bool save();

    bool isNew() const { return m_loaded.id.isNull(); }
    EntityId clientId() const { return m_loaded.id; }
    ClientInput input() const;
    // Whether the fields differ from the client as loaded (or from an empty
    // form for a new client).
    bool isDirty() const;
    // The message shown for a field, or empty (for tests and accessibility).
    QString errorFor(const QString &field) const;

Q_SIGNALS:
    void saved(const msp::EntityId &id, bool created);

private:
    QLineEdit *addLine(const QString &field, const QString &caption, int row, int column, int span = 1);
    QPlainTextEdit *addText(const QString &field, const QString &caption, int row, int height);
    void clearErrors();
    void showFieldError(const QString &field, const QString &message);
    void showFormError(const QString &message);
    void setTitle();

    store::ClientRepository &m_clients;
    Actor m_actor;
    QTimeZone m_zone;
    bool m_showNotes = true;
    Client m_loaded;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QHash<QString, QLineEdit *> m_lines;
    QHash<QString, QPlainTextEdit *> m_texts;
    QHash<QString, FieldErrorLabel *> m_errors;
    QCheckBox *m_marketing = nullptr;
    QLabel *m_formError = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QGridLayout *m_grid = nullptr;
};

} // namespace msp::ui
