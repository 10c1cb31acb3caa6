#pragma once

#include "domain/auditevent.h"
#include "domain/result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimeZone>

namespace msp::store {
class ClinicStore;
}

namespace msp::ui {

// The most recent audit events, newest first, read-only. Events name records
// and fields, never their values, so nothing here is patient data.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, ActionColumn, RecordColumn, UserColumn, DeviceColumn, DetailColumn, ColumnCount };

    AuditLogModel(store::ClinicStore &store, QTimeZone zone, QObject *parent = nullptr);

    Result<void> reload(int limit = 200);
    // Shows only this client's events (with those of records merged into it);
    // a null id shows every event again. Takes effect at the next reload().
    void setClientFilter(const EntityId &clientId) { m_client = clientId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "client.view" -> "Viewed a client record"; unknown actions as they are.
    static QString actionText(const QString &action);

private:
    store::ClinicStore &m_store;
    QTimeZone m_zone;
    EntityId m_client;
    QList<AuditEvent> m_events;
    QHash<EntityId, QString> m_userNames;
};

} // namespace msp::ui
