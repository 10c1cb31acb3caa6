#pragma once

#include "calendar/zoneoffsets.h"
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
        ServiceIdRole, // QString
        RoomIdRole, // QString
        ClientIdRole, // QString
    };
    Q_ENUM(Role)

    explicit AppointmentDayModel(store::ClinicStore &store, QObject *parent = nullptr);

    // Loads the appointments of `day` in `zone`. On failure the model is empty
    // and the error is returned for the caller to show.
    Result<void> load(QDate day, const QTimeZone &zone) { return loadDays(day, 1, zone); }
    // Loads `dayCount` local days from `first` (a week view loads seven).
    Result<void> loadDays(QDate first, int dayCount, const QTimeZone &zone);
    Result<void> reload() { return loadDays(m_day, m_dayCount, m_zone); }
    // Client names are cached for the calendar; call after a client changed.
    void forgetNames();
    // The display name of a client (empty when unknown): cached, or read by
    // its id the first time (a waitlisted client need not be on the calendar).
    QString clientName(const EntityId &clientId) const;

    QDate day() const { return m_day; } // the first day loaded
    int dayCount() const { return m_dayCount; }
    // The row of an appointment, -1 when it is not loaded.
    int rowOf(const QString &appointmentId) const;
    const Appointment &appointmentAt(int row) const { return m_rows.at(row).appointment; }
    QTimeZone timeZone() const { return m_zone; }

    // A row as the calendar grid lays it out and paints it, without a
    // QVariant or a time-zone conversion per field (a week holds thousands).
    struct Entry {
        Appointment appointment; // without its notes
        qint64 localStartMs = 0; // wall clock, see ZoneOffsets
        qint64 localEndMs = 0;
        qint64 lastDay = 0; // the local day of its last millisecond (ZoneOffsets::dayNumber)
        QString clientName;
        QString serviceName;
        QColor color;
    };
    const Entry &entry(int row) const { return m_rows.at(row); }
    // The wall-clock "HH:mm–HH:mm" of a row.
    QString timeRange(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    using Row = Entry;
    Result<void> refreshNames(const QList<Appointment> &appointments);

    store::ClinicStore &m_store;
    QDate m_day;
    int m_dayCount = 1;
    QTimeZone m_zone;
    QList<Row> m_rows;
    QList<Appointment> m_loaded; // reused from one load to the next
    mutable QHash<EntityId, QString> m_clientNames; // empty: no such client
    struct ServiceInfo {
        QString name;
        QColor color;
    };
    QHash<EntityId, ServiceInfo> m_services;
};

} // namespace msp::ui
