// BookingDialog's rule checks, free-slot suggestions and the booking itself.
#include "calendar/bookingdialog.h"
#include "common/displayformat.h"
#include "common/theme.h"
#include "scheduling/snapshotloader.h"
#include "store/clinicstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTimeEdit>

namespace msp::ui {

namespace {
enum SlotRole { StartRole = Qt::UserRole + 1, PractitionerRole, RoomRole };
}

Result<scheduling::Verdict> BookingDialog::verdictFor(scheduling::BookingRequest &request)
{
    if (!request.practitionerId.isNull())
        return m_service.check(request);
    // "Any qualified": the first practitioner free then, in the catalog's order.
    const QList<int> qualified = m_catalog.qualifiedFor(request.serviceId);
    if (qualified.isEmpty()) {
        scheduling::Verdict none;
        none.violations.append(
            {scheduling::Rule::NotQualified, tr("No active practitioner is qualified for this service."), {}, {}});
        return none;
    }
    std::optional<scheduling::Verdict> first;
    for (int i : qualified) {
        scheduling::BookingRequest attempt = request;
        attempt.practitionerId = m_catalog.practitioners.at(i).id;
        auto v = m_service.check(attempt);
        if (!v)
            return v.error();
        if (v->isAllowed()) {
            request = attempt;
            return v;
        }
        if (!first) {
            first = *v;
            request.practitionerId = attempt.practitionerId;
        }
    }
    first->violations.first().message = tr("No qualified practitioner is free then. %1").arg(first->message());
    return *first;
}

void BookingDialog::recheck()
{
    if (m_updating)
        return;
    resetSeriesCheck();
    scheduling::BookingRequest r = request();
    if (r.serviceId.isNull()) {
        showProblem(tr("Choose a service."));
        m_bookButton->setEnabled(false);
        return;
    }
    auto verdict = verdictFor(r);
    if (!verdict) {
        showProblem(verdict.error().message);
        m_bookButton->setEnabled(false);
        return;
    }
    m_verdict = *verdict;
    // A series is never overbooked: its refused occurrences are left out instead.
    const bool canOverbook = roleAllows(m_actor.role, Permission::Overbook) && !m_verdict.isAllowed()
        && m_verdict.isOverridable() && !isRepeating();
    m_overbook->setVisible(canOverbook);
    m_overbookReason->setVisible(canOverbook);
    m_overbookReason->setEnabled(m_overbook->isChecked());
    if (m_verdict.isAllowed()) {
        const Practitioner *p = m_catalog.practitioner(r.practitionerId);
        const int room = m_catalog.roomIndex(m_verdict.roomId);
        m_verdictLabel->setText(
            tr("Free: %1 in %2.")
                .arg(p ? p->displayName : QString(), room >= 0 ? m_catalog.rooms.at(room).name : tr("no room")));
        m_verdictLabel->setProperty("role", QStringLiteral("banner-ok"));
        m_slots->hide();
        m_slotsTitle->hide();
    } else {
        m_verdictLabel->setText(m_verdict.message());
        m_verdictLabel->setProperty("role", QStringLiteral("banner-error"));
        auto suggestions = m_service.suggest(r);
        if (suggestions)
            showSuggestions(*suggestions);
    }
    theme::repolish(m_verdictLabel);
    m_bookButton->setEnabled(!m_client.id.isNull());
}

void BookingDialog::showSuggestions(const QList<scheduling::Suggestion> &suggestions)
{
    QList<scheduling::Slot> slots;
    QStringList kinds;
    for (const scheduling::Suggestion &s : suggestions) {
        slots.append(s.slot);
        switch (s.kind) {
        case scheduling::Suggestion::Kind::SamePractitioner: kinds.append(tr("same practitioner")); break;
        case scheduling::Suggestion::Kind::OtherPractitioner: kinds.append(tr("another practitioner")); break;
        case scheduling::Suggestion::Kind::OtherRoom: kinds.append(tr("another room")); break;
        }
    }
    showSlots(slots.isEmpty() ? tr("No free slot in the next two weeks.") : tr("Free instead (click to use):"), slots,
              kinds);
}

void BookingDialog::showSlots(const QString &title, const QList<scheduling::Slot> &slots, const QStringList &kinds)
{
    m_slotsTitle->setText(title);
    m_slotsTitle->show();
    m_slots->clear();
    const QLocale locale;
    for (int i = 0; i < slots.size(); ++i) {
        const scheduling::Slot &s = slots.at(i);
        const QDateTime local = s.start.toTimeZone(m_zone);
        const Practitioner *p = m_catalog.practitioner(s.practitionerId);
        const int room = m_catalog.roomIndex(s.roomId);
        QString text = tr("%1 %2 with %3 in %4")
                           .arg(locale.toString(local.date(), QStringLiteral("ddd d MMM")), shortTime(local.time()),
                                p ? p->displayName : QString(), room >= 0 ? m_catalog.rooms.at(room).name : QString());
        if (i < kinds.size())
            text += QStringLiteral(" (") + kinds.at(i) + u')';
        auto *item = new QListWidgetItem(text, m_slots);
        item->setData(StartRole, s.start);
        item->setData(PractitionerRole, s.practitionerId.toString());
        item->setData(RoomRole, s.roomId.toString());
    }
    m_slots->setVisible(!slots.isEmpty());
}

void BookingDialog::applySlot(QListWidgetItem *item)
{
    if (!item)
        return;
    m_updating = true;
    setStartUtc(item->data(StartRole).toDateTime());
    if (const int i = m_practitionerBox->findData(item->data(PractitionerRole).toString()); i >= 0)
        m_practitionerBox->setCurrentIndex(i);
    if (const int i = m_roomBox->findData(item->data(RoomRole).toString()); i >= 0)
        m_roomBox->setCurrentIndex(i);
    m_updating = false;
    recheck();
}

void BookingDialog::showNextFreeSlots()
{
    const scheduling::BookingRequest r = request();
    if (r.serviceId.isNull())
        return;
    scheduling::SlotQuery query;
    query.serviceId = r.serviceId;
    const qint64 from = std::max(r.start.toMSecsSinceEpoch(), QDateTime::currentMSecsSinceEpoch());
    query.range = {from, from + 7 * scheduling::kDayMs};
    query.count = 5;
    if (!r.practitionerId.isNull())
        query.practitionerIds = {r.practitionerId};
    query.roomId = r.roomId;
    auto slots = scheduling::searchSlots(m_store, m_catalog, query);
    if (!slots) {
        showProblem(slots.error().message);
        return;
    }
    showSlots(slots->isEmpty() ? tr("No free slot in the next seven days.") : tr("Next free slots (click to use):"),
              *slots, {});
}

void BookingDialog::book()
{
    if (m_client.id.isNull()) {
        showProblem(tr("Choose the client first: search by name, phone or e-mail, or add a new client."));
        return;
    }
    scheduling::BookingRequest r = request();
    auto verdict = verdictFor(r);
    if (!verdict) {
        showProblem(verdict.error().message);
        return;
    }
    if (isRepeating())
        return bookSeries(r);
    const QString reason
        = m_overbook->isVisible() && m_overbook->isChecked() ? m_overbookReason->text().trimmed() : QString();
    if (m_overbook->isVisible() && m_overbook->isChecked() && reason.isEmpty()) {
        showProblem(tr("Say why this booking may overlap: the reason is kept in the audit log."));
        return;
    }
    auto booked = m_service.book(m_actor, r, reason);
    if (!booked) {
        // Somebody else may have taken the slot since the last check.
        recheck();
        showProblem(booked.error().message);
        return;
    }
    m_booked = *booked;
    m_bookedCount = 1;
    accept();
}

} // namespace msp::ui
