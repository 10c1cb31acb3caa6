#pragma once

#include "checkout/depositdialog.h"
#include "checkout/paymentcontext.h"
#include "domain/appointment.h"
#include "domain/user.h"
#include "scheduling/bookingservice.h"
#include "scheduling/seriesservice.h"
#include "store/clientrepository.h"

#include <QDialog>
#include <QPointer>
#include <QTimeZone>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace msp::store {
class ClinicStore;
}

namespace msp::ui {

class ClientSearchModel;
class NewClientPanel;

// What the calendar knows when a booking starts: where the person clicked.
struct BookingDefaults {
    QDateTime start; // UTC; invalid: the next quarter hour
    QDateTime end; // UTC; invalid: the service's length
    EntityId practitionerId; // null: any qualified practitioner
    EntityId roomId; // null: any suitable room
};

// Books one appointment, or a recurring series: find or add the client,
// pick the service, the practitioner (or anyone qualified), the room and the
// start, and how it repeats. The rules are checked as fields change; a
// refusal says why and offers the next free slots to pick from. For a
// series every occurrence is checked first: the refused ones are listed
// with their reason and free times instead, and booking the others takes a
// second click. The booking itself goes through BookingService (or
// SeriesService), which checks again inside its transaction. "Book and take
// deposit…" books the same way, then opens the deposit dialog for the new
// appointment (the first of a series) before the dialog closes; the booking
// stands whatever happens to the deposit.
class BookingDialog : public QDialog
{
    Q_OBJECT
public:
    BookingDialog(store::ClinicStore &store, const Actor &actor, const QTimeZone &zone,
                  const BookingDefaults &defaults = {}, QWidget *parent = nullptr);

    // The appointment made, once the dialog was accepted.
    const Appointment &booked() const { return m_booked; }
    // How many appointments were booked (more than one for a series).
    int bookedCount() const { return m_bookedCount; }
    EntityId clientId() const { return m_client.id; }
    ClientSearchModel *clientResults() const { return m_results; }
    // The booking as the fields describe it (practitioner null for "any").
    scheduling::BookingRequest request() const;

    void setClient(const store::ClientSummary &client);
    // Who takes the deposit and the card set-up; by default the checkout
    // page's in the window the dialog was opened from, else this dialog's
    // actor with no card.
    void setPaymentContext(const PaymentContext &payments) { m_payments = payments; }
    // The deposit dialog opened after "Book and take deposit…", while open.
    DepositDialog *depositDialog() const { return m_depositDialog; }

    void accept() override;
    void reject() override;
    // Shows the next five free slots for the chosen service from the chosen
    // start (with the chosen practitioner, or anyone qualified) this week.
    void showNextFreeSlots();

private:
    void buildClientSection(QWidget *box);
    void loadCatalog();
    void fillPractitioners();
    void fillRooms();
    void searchClients(const QString &typed);
    void serviceChanged();
    void recheck();
    Result<scheduling::Verdict> verdictFor(scheduling::BookingRequest &request);
    void showSuggestions(const QList<scheduling::Suggestion> &suggestions);
    void showSlots(const QString &title, const QList<scheduling::Slot> &slots, const QStringList &kinds);
    void applySlot(QListWidgetItem *item);
    void setStartUtc(const QDateTime &utc);
    QDateTime startUtc() const;
    void book();
    void bookWithDeposit();
    PaymentContext paymentContext() const;
    void showProblem(const QString &text);
    // The series part (bookingdialogseries.cpp).
    QWidget *buildRepeatRow();
    bool isRepeating() const;
    scheduling::RecurrenceRule repeatRule() const;
    void repeatChanged();
    void resetSeriesCheck();
    void bookSeries(scheduling::BookingRequest request);
    void listRefused(const QList<scheduling::OccurrenceCheck> &occurrences);
    QWidget *refusedRow(const QString &text, const scheduling::OccurrenceCheck &occurrence);
    // Books a refused occurrence at a free time offered for it instead, once
    // the rules agree on a fresh check (bookingdialogseries.cpp).
    void takeSuggestion(const QDateTime &recurrenceId, const scheduling::Slot &slot);

    store::ClinicStore &m_store;
    Actor m_actor;
    QTimeZone m_zone;
    scheduling::BookingService m_service;
    scheduling::Catalog m_catalog;
    store::ClientSummary m_client;
    Appointment m_booked;
    int m_bookedCount = 0;
    bool m_seriesChecked = false; // the refused occurrences are listed: the next click books the rest
    int m_seriesRefused = 0; // how many the list refuses (the next click leaves them out)
    scheduling::BookingRequest m_seriesRequest; // the series the list is for
    QList<scheduling::OccurrenceMove> m_moves; // refused occurrences taken to an offered time
    scheduling::Verdict m_verdict;
    bool m_updating = false;
    bool m_depositAfterBooking = false;
    std::optional<PaymentContext> m_payments;
    QPointer<DepositDialog> m_depositDialog;

    QLineEdit *m_search = nullptr;
    ClientSearchModel *m_results = nullptr;
    QListView *m_resultsView = nullptr;
    QLabel *m_clientLabel = nullptr;
    QPushButton *m_newClientButton = nullptr;
    NewClientPanel *m_newClient = nullptr;
    QComboBox *m_serviceBox = nullptr;
    QComboBox *m_practitionerBox = nullptr;
    QComboBox *m_roomBox = nullptr;
    QDateEdit *m_date = nullptr;
    QTimeEdit *m_time = nullptr;
    QSpinBox *m_length = nullptr;
    QLabel *m_verdictLabel = nullptr;
    QLabel *m_slotsTitle = nullptr;
    QListWidget *m_slots = nullptr;
    QCheckBox *m_overbook = nullptr;
    QLineEdit *m_overbookReason = nullptr;
    QPushButton *m_bookButton = nullptr;
    QPushButton *m_bookWithDepositButton = nullptr;
    QComboBox *m_repeat = nullptr;
    QWidget *m_repeatDetails = nullptr;
    QSpinBox *m_every = nullptr;
    QComboBox *m_endKind = nullptr;
    QSpinBox *m_count = nullptr;
    QDateEdit *m_until = nullptr;
    QLabel *m_seriesTitle = nullptr;
    QListWidget *m_seriesProblems = nullptr;
};

} // namespace msp::ui
