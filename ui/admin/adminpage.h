#pragma once

#include "common/sessioninfo.h"
#include "domain/user.h"

#include <QTimeZone>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace msp::store {
class ClinicStore;
}

namespace msp::ui {

class AuditLogModel;

// Settings of this device and, for roles that manage the clinic, the recent
// audit log.
class AdminPage : public QWidget
{
    Q_OBJECT
public:
    AdminPage(store::ClinicStore &store, const User &user, const SessionInfo &session, QTimeZone zone,
              QWidget *parent = nullptr);

    // Reads the audit log again (when the page is shown).
    void refresh();
    // Adds a settings card built elsewhere (the composition root's payment
    // settings) above the audit log.
    void addCard(QWidget *card);
    AuditLogModel *auditModel() const { return m_audit; }

    // The QSettings key of the interface language ("en", "es").
    static QString languageKey() { return QStringLiteral("ui/language"); }

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *settingsCard(const SessionInfo &session);
    QWidget *auditCard();

    store::ClinicStore &m_store;
    Role m_role;
    QTimeZone m_zone;
    AuditLogModel *m_audit = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QLabel *m_auditError = nullptr;
};

} // namespace msp::ui
