#include "calendar/bookingdialog.h"

#include "calendar/clientsearchmodel.h"
#include "calendar/newclientpanel.h"
#include "common/theme.h"
#include "scheduling/snapshotloader.h"
#include "store/clinicstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace msp::ui {

BookingDialog::BookingDialog(store::ClinicStore &store, const Actor &actor, const QTimeZone &zone,
                             const BookingDefaults &defaults, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_actor(actor)
    , m_zone(zone)
    , m_service(store)
{
    setObjectName(QStringLiteral("bookingDialog"));
    setWindowTitle(tr("New booking"));
    resize(720, 640);

    auto *clientBox = new QGroupBox(tr("Client"));
    buildClientSection(clientBox);

    m_serviceBox = new QComboBox;
    m_serviceBox->setObjectName(QStringLiteral("service"));
    m_practitionerBox = new QComboBox;
    m_practitionerBox->setObjectName(QStringLiteral("practitioner"));
    m_roomBox = new QComboBox;
    m_roomBox->setObjectName(QStringLiteral("room"));
    m_date = new QDateEdit;
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_time = new QTimeEdit;
    m_time->setObjectName(QStringLiteral("time"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_length = new QSpinBox;
    m_length->setObjectName(QStringLiteral("length"));
    m_length->setRange(5, 12 * 60);
    m_length->setSingleStep(5);
    m_length->setSuffix(tr(" min"));
    auto *when = new QHBoxLayout;
    when->addWidget(m_date);
    when->addWidget(m_time);
    when->addWidget(m_length);
    when->addStretch();

    auto *bookingBox = new QGroupBox(tr("Appointment"));
    auto *form = new QFormLayout(bookingBox);
    form->addRow(tr("Service"), m_serviceBox);
    form->addRow(tr("Practitioner"), m_practitionerBox);
    form->addRow(tr("Room"), m_roomBox);
    form->addRow(tr("Start (clinic time)"), when);
    form->addRow(tr("Repeats"), buildRepeatRow());

    m_verdictLabel = new QLabel;
    m_verdictLabel->setObjectName(QStringLiteral("verdict"));
    m_verdictLabel->setWordWrap(true);
    auto *nextFree = new QPushButton(tr("Next 5 free slots"));
    nextFree->setObjectName(QStringLiteral("nextFreeSlots"));
    nextFree->setToolTip(tr("The next five times this week the service can be booked, with the chosen practitioner "
                            "or anyone qualified."));
    connect(nextFree, &QPushButton::clicked, this, &BookingDialog::showNextFreeSlots);
    auto *verdictRow = new QHBoxLayout;
    verdictRow->addWidget(m_verdictLabel, 1);
    verdictRow->addWidget(nextFree, 0, Qt::AlignTop);
    m_slotsTitle = new QLabel;
    m_slotsTitle->setObjectName(QStringLiteral("slotsTitle"));
    m_slotsTitle->hide();
    m_slots = new QListWidget;
    m_slots->setObjectName(QStringLiteral("slots"));
    m_slots->setMaximumHeight(150);
    m_slots->hide();
    connect(m_slots, &QListWidget::itemActivated, this, &BookingDialog::applySlot);
    connect(m_slots, &QListWidget::itemClicked, this, &BookingDialog::applySlot);

    m_overbook = new QCheckBox(tr("Overbook anyway, because:"));
    m_overbook->setObjectName(QStringLiteral("overbook"));
    m_overbookReason = new QLineEdit;
    m_overbookReason->setObjectName(QStringLiteral("overbookReason"));
    m_overbookReason->setPlaceholderText(tr("Reason (kept in the appointment's history and the audit log)"));
    auto *overbookRow = new QHBoxLayout;
    overbookRow->addWidget(m_overbook);
    overbookRow->addWidget(m_overbookReason, 1);
    m_overbook->hide();
    m_overbookReason->hide();

    auto *buttons = new QDialogButtonBox;
    m_bookButton = buttons->addButton(tr("Book"), QDialogButtonBox::AcceptRole);
    m_bookButton->setObjectName(QStringLiteral("book"));
    m_bookButton->setDefault(true);
    m_bookWithDepositButton = buttons->addButton(tr("Book and take deposit…"), QDialogButtonBox::ActionRole);
    m_bookWithDepositButton->setObjectName(QStringLiteral("bookWithDeposit"));
    m_bookWithDepositButton->setToolTip(
        tr("Books the appointment, then takes a deposit for it: cash works offline, a card needs the internet."));
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    connect(m_bookButton, &QPushButton::clicked, this, &BookingDialog::book);
    connect(m_bookWithDepositButton, &QPushButton::clicked, this, &BookingDialog::bookWithDeposit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(clientBox);
    layout->addWidget(bookingBox);
    layout->addLayout(verdictRow);
    layout->addWidget(m_slotsTitle);
    layout->addWidget(m_slots);
    layout->addWidget(m_seriesTitle);
    layout->addWidget(m_seriesProblems);
    layout->addLayout(overbookRow);
    layout->addStretch();
    layout->addWidget(buttons);

    m_updating = true;
    loadCatalog();
    QDateTime start = defaults.start;
    if (!start.isValid()) {
        // The next quarter hour.
        const qint64 quarter = 15 * 60 * 1000;
        start = QDateTime::fromMSecsSinceEpoch((QDateTime::currentMSecsSinceEpoch() / quarter + 1) * quarter, Qt::UTC);
    }
    setStartUtc(start);
    if (!defaults.practitionerId.isNull()) {
        // Offer the services of the practitioner whose column was clicked first.
        const Practitioner *p = m_catalog.practitioner(defaults.practitionerId);
        for (int i = 0; p && i < m_serviceBox->count(); ++i)
            if (p->qualifiedServiceIds.contains(EntityId::fromString(m_serviceBox->itemData(i).toString()))) {
                m_serviceBox->setCurrentIndex(i);
                break;
            }
    }
    serviceChanged();
    if (const int i = m_practitionerBox->findData(defaults.practitionerId.toString()); i >= 0)
        m_practitionerBox->setCurrentIndex(i);
    if (const int i = m_roomBox->findData(defaults.roomId.toString()); i >= 0 && !defaults.roomId.isNull())
        m_roomBox->setCurrentIndex(i);
    if (defaults.end.isValid() && defaults.end > start)
        m_length->setValue(int(start.secsTo(defaults.end) / 60));
    m_updating = false;

    connect(m_serviceBox, &QComboBox::currentIndexChanged, this, [this] {
        serviceChanged();
        recheck();
    });
    for (QComboBox *box : {m_practitionerBox, m_roomBox})
        connect(box, &QComboBox::currentIndexChanged, this, &BookingDialog::recheck);
    connect(m_date, &QDateEdit::dateChanged, this, &BookingDialog::recheck);
    connect(m_time, &QTimeEdit::timeChanged, this, &BookingDialog::recheck);
    connect(m_length, &QSpinBox::valueChanged, this, &BookingDialog::recheck);
    connect(m_overbook, &QCheckBox::toggled, m_overbookReason, &QWidget::setEnabled);
    recheck();
    m_search->setFocus();
}

void BookingDialog::buildClientSection(QWidget *box)
{
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("clientSearch"));
    m_search->setPlaceholderText(tr("Name, phone or e-mail"));
    m_search->setClearButtonEnabled(true);
    m_results = new ClientSearchModel(m_store, this);
    m_resultsView = new QListView;
    m_resultsView->setObjectName(QStringLiteral("clientResults"));
    m_resultsView->setModel(m_results);
    m_resultsView->setMaximumHeight(120);
    m_clientLabel = new QLabel(tr("No client chosen yet."));
    m_clientLabel->setObjectName(QStringLiteral("selectedClient"));
    m_clientLabel->setProperty("role", QStringLiteral("muted"));
    m_newClientButton = new QPushButton(tr("New client…"));
    m_newClientButton->setObjectName(QStringLiteral("newClientButton"));
    m_newClient = new NewClientPanel(m_store, m_actor);
    m_newClient->hide();

    connect(m_search, &QLineEdit::textChanged, this, &BookingDialog::searchClients);
    connect(m_resultsView, &QListView::clicked, this,
            [this](const QModelIndex &i) { setClient(m_results->clientAt(i.row())); });
    connect(m_resultsView, &QListView::activated, this,
            [this](const QModelIndex &i) { setClient(m_results->clientAt(i.row())); });
    connect(m_newClientButton, &QPushButton::clicked, this, [this] {
        m_newClient->start(m_search->text());
        m_newClient->show();
    });
    connect(m_newClient, &NewClientPanel::clientChosen, this, [this](const store::ClientSummary &c) {
        m_newClient->hide();
        setClient(c);
    });

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_newClientButton);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(searchRow);
    layout->addWidget(m_resultsView);
    layout->addWidget(m_clientLabel);
    layout->addWidget(m_newClient);
}

void BookingDialog::searchClients(const QString &typed)
{
    if (auto found = m_results->search(typed); !found)
        showProblem(found.error().message);
    if (m_results->rowCount() > 0)
        m_resultsView->setCurrentIndex(m_results->index(0));
}

void BookingDialog::setClient(const store::ClientSummary &client)
{
    m_client = client;
    QString text = client.displayName;
    if (!client.phone.isEmpty())
        text += QStringLiteral(" · ") + client.phone;
    m_clientLabel->setText(tr("Booking for %1").arg(text));
    m_clientLabel->setProperty("role", QString());
    recheck();
}

void BookingDialog::loadCatalog()
{
    auto catalog = scheduling::loadCatalog(m_store);
    if (!catalog) {
        showProblem(catalog.error().message);
        return;
    }
    m_catalog = std::move(*catalog);
    m_serviceBox->clear();
    for (const Service &s : std::as_const(m_catalog.services))
        m_serviceBox->addItem(tr("%1 (%2 min)").arg(s.name).arg(s.durationMinutes), s.id.toString());
}

void BookingDialog::serviceChanged()
{
    const bool was = m_updating;
    m_updating = true;
    fillPractitioners();
    fillRooms();
    if (const Service *s = m_catalog.service(EntityId::fromString(m_serviceBox->currentData().toString())))
        m_length->setValue(s->durationMinutes);
    m_updating = was;
}

void BookingDialog::fillPractitioners()
{
    const QString current = m_practitionerBox->currentData().toString();
    m_practitionerBox->clear();
    m_practitionerBox->addItem(tr("Any qualified practitioner"), QString());
    const EntityId service = EntityId::fromString(m_serviceBox->currentData().toString());
    for (int i : m_catalog.qualifiedFor(service)) {
        const Practitioner &p = m_catalog.practitioners.at(i);
        m_practitionerBox->addItem(p.displayName, p.id.toString());
    }
    if (const int i = m_practitionerBox->findData(current); i >= 0)
        m_practitionerBox->setCurrentIndex(i);
}

void BookingDialog::fillRooms()
{
    const QString current = m_roomBox->currentData().toString();
    m_roomBox->clear();
    m_roomBox->addItem(tr("Any suitable room"), QString());
    if (const Service *s = m_catalog.service(EntityId::fromString(m_serviceBox->currentData().toString())))
        for (int i : m_catalog.roomsFor(*s))
            m_roomBox->addItem(m_catalog.rooms.at(i).name, m_catalog.rooms.at(i).id.toString());
    if (const int i = m_roomBox->findData(current); i >= 0)
        m_roomBox->setCurrentIndex(i);
}

void BookingDialog::setStartUtc(const QDateTime &utc)
{
    const QDateTime local = utc.toTimeZone(m_zone);
    const bool was = m_updating;
    m_updating = true;
    m_date->setDate(local.date());
    m_time->setTime(local.time());
    m_updating = was;
}

QDateTime BookingDialog::startUtc() const
{
    return QDateTime(m_date->date(), m_time->time(), m_zone).toUTC();
}

scheduling::BookingRequest BookingDialog::request() const
{
    scheduling::BookingRequest r;
    r.clientId = m_client.id;
    r.serviceId = EntityId::fromString(m_serviceBox->currentData().toString());
    r.practitionerId = EntityId::fromString(m_practitionerBox->currentData().toString());
    r.roomId = EntityId::fromString(m_roomBox->currentData().toString());
    r.start = startUtc();
    r.end = r.start.addSecs(qint64(m_length->value()) * 60);
    return r;
}

PaymentContext BookingDialog::paymentContext() const
{
    if (m_payments)
        return *m_payments;
    if (auto near = paymentContextNear(this))
        return *near;
    PaymentContext own;
    own.actor = m_actor;
    return own;
}

void BookingDialog::bookWithDeposit()
{
    m_depositAfterBooking = true;
    book();
    if (m_booked.id.isNull())
        m_depositAfterBooking = false; // refused: the message says why
}

void BookingDialog::accept()
{
    if (!m_depositAfterBooking || m_booked.id.isNull()) {
        QDialog::accept();
        return;
    }
    if (m_depositDialog)
        return;
    // Booked: the deposit comes next, and the dialog closes with it.
    m_bookButton->setEnabled(false);
    m_bookWithDepositButton->setEnabled(false);
    m_depositDialog = new DepositDialog(m_store, paymentContext(), m_booked.id, this);
    m_depositDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_depositDialog, &QDialog::finished, this, [this] { QDialog::accept(); });
    m_depositDialog->open();
}

void BookingDialog::reject()
{
    // Once booked, the caller must hear of it however the dialog closes.
    if (!m_booked.id.isNull()) {
        QDialog::accept();
        return;
    }
    QDialog::reject();
}

void BookingDialog::showProblem(const QString &text)
{
    m_verdictLabel->setText(text);
    m_verdictLabel->setProperty("role", QStringLiteral("banner-error"));
    theme::repolish(m_verdictLabel);
}

} // namespace msp::ui
