#pragma once

#include "domain/appointment.h"
#include "domain/result.h"

#include <QAbstractListModel>
#include <QColor>
#include <QDate>
#include <QHash>
#include <QTimeZone>

namespace msp::store {
class ClinicStore;
}

namespace msp::ui {

// The appointments of one clinic day, with the names a calendar shows. A thin
// adapter over AppointmentRepository::between(); the day runs from local
// midnight to local midnight in the clinic's time zone, so it is 23 or 25
// hours long on DST change days.
class AppointmentDayModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        StartRole, // QDateTime, UTC
        EndRole, // QDateTime, UTC, exclusive
        PractitionerIdRole, // QString
        ClientNameRole,
        ServiceNameRole,
        ColorRole, // QColor of the service
        StatusRole, // int, msp::AppointmentStatus
        StatusTextRole,
        SyncStateRole, // int, msp::SyncState
    };
    Q_ENUM(Role)

    explicit AppointmentDayModel(store::ClinicStore &store, QObject *parent = nullptr);

    // Loads the appointments of `day` in `zone`. On failure the model is empty
    // and the error is returned for the caller to show.
    Result<void> load(QDate day, const QTimeZone &zone);
    Result<void> reload() { return load(m_day, m_zone); }
    // Client names are cached for the calendar; call after a client changed.
    void forgetNames();

    QDate day() const { return m_day; }
    QTimeZone timeZone() const { return m_zone; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row {
        Appointment appointment;
        QString clientName;
        QString serviceName;
        QColor color;
    };
    Result<void> refreshNames(const QList<Appointment> &appointments);
    QString timeRange(const Row &row) const;

    store::ClinicStore &m_store;
    QDate m_day;
    QTimeZone m_zone;
    QList<Row> m_rows;
    QHash<EntityId, QString> m_clientNames;
    struct ServiceInfo {
        QString name;
        QColor color;
    };
    QHash<EntityId, ServiceInfo> m_services;
};

} // namespace msp::ui
