#pragma once

#include "domain/user.h"
#include "store/syncreplica.h"

#include <QTimeZone>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QVBoxLayout;

namespace msp::store {
class ClinicStore;
}

namespace msp::ui {

// The "Needs attention" inbox: bookings the sync server refused (move to a
// suggested free slot, overbook if the role allows, or cancel) and client fields changed here and on
// another device (keep mine, keep theirs, or type the right value). Each
// resolution is one audited store transaction that goes out through the
// outbox like any other change.
class AttentionInbox : public QWidget
{
    Q_OBJECT
public:
    AttentionInbox(store::ClinicStore &store, const Actor &actor, QTimeZone zone, QWidget *parent = nullptr);

    void reload();
    int count() const { return int(m_items.size()); }
    QString message() const;

    // The resolutions, also reached through the buttons.
    bool moveToSlot(int row, int slotIndex);
    bool cancelBooking(int row);
    // Keeps the refused time, as an overbooking with a reason (roles allowed
    // to overbook; the button shows only for them).
    bool overbook(int row, const QString &reason);
    bool keepMine(int row);
    bool keepTheirs(int row);
    bool useValue(int row, const QString &value);

Q_SIGNALS:
    // A resolution changed local data (screens refresh, sync runs).
    void resolved();

private:
    void showItem(int row);
    void showBooking(const store::AttentionItem &item);
    void showClientField(const store::AttentionItem &item);
    QString describeItem(const store::AttentionItem &item) const;
    QString bookingText(const EntityId &appointmentId) const;
    QString when(const QDateTime &utc) const;
    QList<QPair<QDateTime, QDateTime>> suggestedSlots(const store::AttentionItem &item) const;
    bool finish(const Result<void> &done, const QString &success);
    void setMessage(const QString &text, bool problem);
    store::SyncReplica replica() const;

    store::ClinicStore &m_store;
    Actor m_actor;
    QTimeZone m_zone;
    QList<store::AttentionItem> m_items;
    QListWidget *m_list = nullptr;
    QWidget *m_detail = nullptr;
    QVBoxLayout *m_detailLayout = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_message = nullptr;
    QComboBox *m_slots = nullptr;
    QLineEdit *m_edited = nullptr;
    QLineEdit *m_overbookReason = nullptr;
};

// A field's name as people read it ("Date of birth").
QString clientFieldLabel(const QString &field);

} // namespace msp::ui
