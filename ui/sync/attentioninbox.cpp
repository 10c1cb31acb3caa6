#include "sync/attentioninbox.h"

#include "common/displayformat.h"
#include "common/theme.h"
#include "domain/client.h"
#include "protocol/mutation.h"
#include "store/appointmentrepository.h"
#include "store/clientrepository.h"
#include "store/clinicstore.h"
#include "store/practitionerrepository.h"
#include "store/transaction.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHash>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace msp::ui {

namespace {
void setInputField(ClientInput &in, const QString &field, const QString &value)
{
    if (field == u"givenName")
        in.givenName = value;
    else if (field == u"familyName")
        in.familyName = value;
    else if (field == u"preferredName")
        in.preferredName = value;
    else if (field == u"dateOfBirth")
        in.dateOfBirth = value;
    else if (field == u"phone")
        in.phone = value;
    else if (field == u"email")
        in.email = value;
    else if (field == u"address")
        in.address = value;
    else if (field == u"allergies")
        in.allergies = value;
    else if (field == u"alerts")
        in.alerts = value;
    else if (field == u"notes")
        in.notes = value;
    else if (field == u"marketingConsent")
        in.marketingConsent = value == u"true";
}

QLabel *wrapped(const QString &text, const QString &role = {})
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!role.isEmpty())
        label->setProperty("role", role);
    return label;
}
} // namespace

QString clientFieldLabel(const QString &field)
{
    static const QHash<QString, const char *> names {
        {QStringLiteral("givenName"), QT_TRANSLATE_NOOP("msp::ui::AttentionInbox", "First name")},
        {QStringLiteral("familyName"), QT_TRANSLATE_NOOP("msp::ui::AttentionInbox", "Last name")},
        {QStringLiteral("preferredName"), QT_TRANSLATE_NOOP("msp::ui::AttentionInbox", "Preferred name")},
        {QStringLiteral("dateOfBirth"), QT_TRANSLATE_NOOP("msp::ui::AttentionInbox", "Date of birth")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("msp::ui::AttentionInbox", "Phone")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("msp::ui::AttentionInbox", "E-mail")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("msp::ui::AttentionInbox", "Address")},
        {QStringLiteral("allergies"), QT_TRANSLATE_NOOP("msp::ui::AttentionInbox", "Allergies")},
        {QStringLiteral("alerts"), QT_TRANSLATE_NOOP("msp::ui::AttentionInbox", "Alerts")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("msp::ui::AttentionInbox", "Notes")},
        {QStringLiteral("marketingConsent"), QT_TRANSLATE_NOOP("msp::ui::AttentionInbox", "Marketing consent")},
    };
    const char *name = names.value(field, nullptr);
    return name ? QCoreApplication::translate("msp::ui::AttentionInbox", name) : field;
}

AttentionInbox::AttentionInbox(store::ClinicStore &store, const Actor &actor, QTimeZone zone, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_actor(actor)
    , m_zone(std::move(zone))
{
    setObjectName(QStringLiteral("attentionInbox"));
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("attentionList"));
    m_list->setMinimumWidth(260);
    m_list->setWordWrap(true);
    m_empty = new QLabel(tr("Nothing needs your attention."));
    m_empty->setObjectName(QStringLiteral("attentionEmpty"));
    m_empty->setProperty("role", QStringLiteral("muted"));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("attentionMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_detail = new QWidget;
    m_detailLayout = new QVBoxLayout(m_detail);
    m_detailLayout->setContentsMargins(0, 0, 0, 0);
    m_detailLayout->setSpacing(8);

    auto *row = new QHBoxLayout;
    row->setSpacing(16);
    row->addWidget(m_list, 2);
    row->addWidget(m_detail, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addLayout(row);
    layout->addWidget(m_message);
    connect(m_list, &QListWidget::currentRowChanged, this, &AttentionInbox::showItem);
    reload();
}

store::SyncReplica AttentionInbox::replica() const
{
    return {m_store.database(), m_store.audit(), m_store.outbox()};
}

void AttentionInbox::reload()
{
    const QString current = m_list->currentRow() >= 0 && m_list->currentRow() < m_items.size()
        ? m_items.at(m_list->currentRow()).id.toString()
        : QString();
    auto items = replica().openAttentionItems();
    if (!items)
        setMessage(items.error().message, true);
    m_items = items.valueOr({});
    const QSignalBlocker block(m_list);
    m_list->clear();
    int select = m_items.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_items.size(); ++i) {
        m_list->addItem(describeItem(m_items.at(i)));
        if (m_items.at(i).id.toString() == current)
            select = i;
    }
    m_empty->setVisible(m_items.isEmpty());
    m_list->setVisible(!m_items.isEmpty());
    m_detail->setVisible(!m_items.isEmpty());
    m_list->setCurrentRow(select);
    showItem(select);
}

QString AttentionInbox::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString AttentionInbox::when(const QDateTime &utc) const
{
    const QDateTime local = utc.toTimeZone(m_zone);
    return tr("%1, %2").arg(QLocale().toString(local.date(), QStringLiteral("ddd d MMM")), shortTime(local.time()));
}

QString AttentionInbox::describeItem(const store::AttentionItem &item) const
{
    if (item.kind == u"booking_rejected")
        return tr("Booking refused: %1").arg(bookingText(item.entityId));
    if (item.kind == u"client_field")
        return tr("Client record: %1 changed on two devices").arg(clientFieldLabel(item.field));
    return item.message.isEmpty() ? item.kind : item.message;
}

QString AttentionInbox::bookingText(const EntityId &appointmentId) const
{
    auto a = m_store.appointments().find(appointmentId);
    if (!a)
        return tr("an appointment no longer on this device");
    QString who;
    if (auto p = m_store.practitioners().find(a->practitionerId))
        who = p->displayName;
    QString what;
    if (auto s = m_store.services().find(a->serviceId))
        what = s->name;
    QString text = when(a->start);
    if (!what.isEmpty())
        text += QStringLiteral(" · ") + what;
    if (!who.isEmpty())
        text += QStringLiteral(" · ") + who;
    return text;
}

QList<QPair<QDateTime, QDateTime>> AttentionInbox::suggestedSlots(const store::AttentionItem &item) const
{
    QList<QPair<QDateTime, QDateTime>> slots;
    const QJsonArray array = item.details.value(QStringLiteral("next_free_slots")).toArray();
    for (const auto &v : array) {
        const QJsonObject o = v.toObject();
        const QDateTime start = QDateTime::fromString(o.value(QStringLiteral("start")).toString(), Qt::ISODateWithMs);
        const QDateTime end = QDateTime::fromString(o.value(QStringLiteral("end")).toString(), Qt::ISODateWithMs);
        if (start.isValid() && end.isValid() && start < end)
            slots.append({start.toUTC(), end.toUTC()});
    }
    return slots;
}

void AttentionInbox::showItem(int row)
{
    m_slots = nullptr;
    m_edited = nullptr;
    m_overbookReason = nullptr;
    while (QLayoutItem *child = m_detailLayout->takeAt(0)) {
        if (child->widget())
            child->widget()->deleteLater();
        delete child;
    }
    if (row < 0 || row >= m_items.size())
        return;
    const store::AttentionItem &item = m_items.at(row);
    if (item.kind == u"booking_rejected")
        showBooking(item);
    else
        showClientField(item);
    m_detailLayout->addStretch();
}

void AttentionInbox::showBooking(const store::AttentionItem &item)
{
    auto *title = wrapped(tr("The sync server refused this booking"), QStringLiteral("caption"));
    m_detailLayout->addWidget(title);
    m_detailLayout->addWidget(wrapped(bookingText(item.entityId)));
    if (!item.message.isEmpty())
        m_detailLayout->addWidget(wrapped(item.message, QStringLiteral("muted")));
    const QJsonObject conflict = item.details.value(QStringLiteral("conflicting_booking")).toObject();
    if (!conflict.isEmpty()) {
        const QDateTime start
            = QDateTime::fromString(conflict.value(QStringLiteral("start")).toString(), Qt::ISODateWithMs);
        const QDateTime end
            = QDateTime::fromString(conflict.value(QStringLiteral("end")).toString(), Qt::ISODateWithMs);
        QString text = tr("In the way: a booking made on another device, %1 to %2.")
                           .arg(when(start.toUTC()), shortTime(end.toTimeZone(m_zone).time()));
        auto *conflictLabel = wrapped(text);
        conflictLabel->setObjectName(QStringLiteral("conflictingBooking"));
        m_detailLayout->addWidget(conflictLabel);
    }
    const auto slots = suggestedSlots(item);
    if (slots.isEmpty()) {
        m_detailLayout->addWidget(
            wrapped(tr("The server suggested no free time nearby. Cancel this booking here and book the client "
                       "again from the calendar."),
                    QStringLiteral("muted")));
    } else {
        m_slots = new QComboBox;
        m_slots->setObjectName(QStringLiteral("suggestedSlots"));
        for (const auto &s : slots)
            m_slots->addItem(tr("%1 to %2").arg(when(s.first), shortTime(s.second.toTimeZone(m_zone).time())));
        auto *move = new QPushButton(tr("Move to this time"));
        move->setObjectName(QStringLiteral("moveBooking"));
        move->setProperty("primary", true);
        connect(move, &QPushButton::clicked, this,
                [this] { moveToSlot(m_list->currentRow(), m_slots ? m_slots->currentIndex() : -1); });
        auto *row = new QHBoxLayout;
        row->addWidget(m_slots, 1);
        row->addWidget(move);
        auto *holder = new QWidget;
        holder->setLayout(row);
        row->setContentsMargins(0, 0, 0, 0);
        m_detailLayout->addWidget(
            wrapped(tr("Free times for the same practitioner and room:"), QStringLiteral("caption")));
        m_detailLayout->addWidget(holder);
    }
    if (item.serverValue == QStringView(protocol::reason::kSlotTaken)) {
        if (roleAllows(m_actor.role, Permission::Overbook)) {
            m_overbookReason = new QLineEdit;
            m_overbookReason->setObjectName(QStringLiteral("overbookReason"));
            m_overbookReason->setPlaceholderText(tr("Reason (kept with the appointment)"));
            auto *overbookButton = new QPushButton(tr("Overbook"));
            overbookButton->setObjectName(QStringLiteral("overbookBooking"));
            overbookButton->setEnabled(false);
            connect(m_overbookReason, &QLineEdit::textChanged, overbookButton,
                    [overbookButton](const QString &text) { overbookButton->setEnabled(!text.trimmed().isEmpty()); });
            connect(overbookButton, &QPushButton::clicked, this, [this] {
                overbook(m_list->currentRow(), m_overbookReason ? m_overbookReason->text() : QString());
            });
            auto *row = new QHBoxLayout;
            row->setContentsMargins(0, 0, 0, 0);
            row->addWidget(m_overbookReason, 1);
            row->addWidget(overbookButton);
            auto *holder = new QWidget;
            holder->setLayout(row);
            m_detailLayout->addWidget(
                wrapped(tr("Or keep this time anyway, next to the booking in the way:"), QStringLiteral("caption")));
            m_detailLayout->addWidget(holder);
        } else {
            auto *hint = wrapped(tr("A manager or administrator can overbook this time if it must stay."),
                                 QStringLiteral("muted"));
            hint->setObjectName(QStringLiteral("overbookHint"));
            m_detailLayout->addWidget(hint);
        }
    }
    auto *cancel = new QPushButton(tr("Cancel this booking"));
    cancel->setObjectName(QStringLiteral("cancelBooking"));
    connect(cancel, &QPushButton::clicked, this, [this] { cancelBooking(m_list->currentRow()); });
    m_detailLayout->addWidget(cancel, 0, Qt::AlignLeft);
}

void AttentionInbox::showClientField(const store::AttentionItem &item)
{
    m_detailLayout->addWidget(wrapped(tr("%1 was changed here and on another device").arg(clientFieldLabel(item.field)),
                                      QStringLiteral("caption")));
    m_detailLayout->addWidget(
        wrapped(tr("This field is never overwritten without asking. The record now shows the other device's value; "
                   "choose which one is right."),
                QStringLiteral("muted")));
    const auto shown = [](const QString &v) { return v.isEmpty() ? QStringLiteral("—") : v; };
    auto *mine = wrapped(tr("Typed on this device: %1").arg(shown(item.deviceValue)));
    mine->setObjectName(QStringLiteral("deviceValue"));
    auto *theirs = wrapped(tr("From the other device: %1").arg(shown(item.serverValue)));
    theirs->setObjectName(QStringLiteral("serverValue"));
    m_detailLayout->addWidget(mine);
    m_detailLayout->addWidget(theirs);

    auto *keepMine = new QPushButton(tr("Keep mine"));
    keepMine->setObjectName(QStringLiteral("keepMine"));
    auto *keepTheirs = new QPushButton(tr("Keep theirs"));
    keepTheirs->setObjectName(QStringLiteral("keepTheirs"));
    connect(keepMine, &QPushButton::clicked, this, [this] { this->keepMine(m_list->currentRow()); });
    connect(keepTheirs, &QPushButton::clicked, this, [this] { this->keepTheirs(m_list->currentRow()); });
    auto *choices = new QHBoxLayout;
    choices->setContentsMargins(0, 0, 0, 0);
    choices->addWidget(keepMine);
    choices->addWidget(keepTheirs);
    choices->addStretch();
    auto *choiceRow = new QWidget;
    choiceRow->setLayout(choices);
    m_detailLayout->addWidget(choiceRow);

    m_edited = new QLineEdit(item.serverValue);
    m_edited->setObjectName(QStringLiteral("editedValue"));
    auto *save = new QPushButton(tr("Save this value"));
    save->setObjectName(QStringLiteral("saveEdited"));
    connect(save, &QPushButton::clicked, this,
            [this] { useValue(m_list->currentRow(), m_edited ? m_edited->text().trimmed() : QString()); });
    auto *edit = new QHBoxLayout;
    edit->setContentsMargins(0, 0, 0, 0);
    edit->addWidget(m_edited, 1);
    edit->addWidget(save);
    auto *editRow = new QWidget;
    editRow->setLayout(edit);
    m_detailLayout->addWidget(wrapped(tr("Or type the right value:"), QStringLiteral("caption")));
    m_detailLayout->addWidget(editRow);
}

bool AttentionInbox::moveToSlot(int row, int slotIndex)
{
    if (row < 0 || row >= m_items.size())
        return false;
    const store::AttentionItem item = m_items.at(row);
    const auto slots = suggestedSlots(item);
    if (slotIndex < 0 || slotIndex >= slots.size())
        return false;
    const auto slot = slots.at(slotIndex);
    return finish(replica().rebookRejected(m_actor, item.id, slot.first, slot.second),
                  tr("Moved to %1. It shows as unconfirmed until the server accepts it.").arg(when(slot.first)));
}

bool AttentionInbox::overbook(int row, const QString &reason)
{
    if (row < 0 || row >= m_items.size())
        return false;
    return finish(replica().overbookRejected(m_actor, m_items.at(row).id, reason),
                  tr("Kept as an overbooking. It shows as unconfirmed until the server accepts it."));
}

bool AttentionInbox::cancelBooking(int row)
{
    if (row < 0 || row >= m_items.size())
        return false;
    return finish(replica().cancelRejected(m_actor, m_items.at(row).id, QStringLiteral("refused by the sync server")),
                  tr("The booking was cancelled on this device."));
}

bool AttentionInbox::keepTheirs(int row)
{
    if (row < 0 || row >= m_items.size())
        return false;
    return finish(replica().resolveAttentionItem(m_actor, m_items.at(row).id, QStringLiteral("kept server value")),
                  tr("Kept the other device's value."));
}

bool AttentionInbox::keepMine(int row)
{
    if (row < 0 || row >= m_items.size())
        return false;
    return useValue(row, m_items.at(row).deviceValue);
}

bool AttentionInbox::useValue(int row, const QString &value)
{
    if (row < 0 || row >= m_items.size())
        return false;
    const store::AttentionItem item = m_items.at(row);
    const bool mine = value == item.deviceValue;
    // The field change and the resolution commit together or not at all.
    auto tx = store::Transaction::begin(m_store.database());
    if (!tx)
        return finish(tx.error(), {});
    auto client = m_store.clients().open(m_actor, item.entityId);
    if (!client)
        return finish(client.error(), {});
    ClientInput input = ClientInput::fromClient(*client);
    setInputField(input, item.field, value);
    const ClientValidation checked = validateClient(input, QDate::currentDate(), client->id);
    if (!checked.isValid()) {
        const QString why = checked.errors.isEmpty() ? tr("That value is not valid.") : checked.errors.first().message;
        setMessage(why, true);
        return false;
    }
    Client changed = *checked.client;
    changed.createdAt = client->createdAt;
    changed.updatedAt = client->updatedAt;
    if (auto saved = m_store.clients().update(m_actor, changed); !saved)
        return finish(saved.error(), {});
    if (auto done = replica().resolveAttentionItem(
            m_actor, item.id, mine ? QStringLiteral("kept device value") : QStringLiteral("edited"));
        !done)
        return finish(done, {});
    return finish(tx->commit(), mine ? tr("Kept the value typed on this device.") : tr("Saved the value you typed."));
}

bool AttentionInbox::finish(const Result<void> &done, const QString &success)
{
    if (!done) {
        setMessage(done.error().message, true);
        reload();
        return false;
    }
    reload();
    setMessage(success, false);
    Q_EMIT resolved();
    return true;
}

void AttentionInbox::setMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setProperty("role", problem ? QStringLiteral("banner-error") : QStringLiteral("banner-info"));
    theme::repolish(m_message);
    m_message->setVisible(!text.isEmpty());
}

} // namespace msp::ui
