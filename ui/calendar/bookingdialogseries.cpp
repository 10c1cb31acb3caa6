// BookingDialog's recurring series: how it repeats, every occurrence checked
// before anything is saved, the refused ones listed with their reason and a
// button for each free time offered instead, which moves that occurrence
// there once the rules agree.
#include "calendar/bookingdialog.h"
#include "common/displayformat.h"
#include "common/theme.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace msp::ui {

namespace {
using Frequency = scheduling::RecurrenceRule::Frequency;
enum EndKind { AfterCount, OnDate };
} // namespace

QWidget *BookingDialog::buildRepeatRow()
{
    m_repeat = new QComboBox;
    m_repeat->setObjectName(QStringLiteral("repeat"));
    m_repeat->addItem(tr("Does not repeat"), -1);
    m_repeat->addItem(tr("Daily"), int(Frequency::Daily));
    m_repeat->addItem(tr("Weekly"), int(Frequency::Weekly));
    m_repeat->addItem(tr("Monthly"), int(Frequency::Monthly));
    m_every = new QSpinBox;
    m_every->setObjectName(QStringLiteral("repeatEvery"));
    m_every->setRange(1, 365);
    m_endKind = new QComboBox;
    m_endKind->setObjectName(QStringLiteral("repeatEnds"));
    m_endKind->addItem(tr("ending after"), AfterCount);
    m_endKind->addItem(tr("ending on"), OnDate);
    m_count = new QSpinBox;
    m_count->setObjectName(QStringLiteral("repeatCount"));
    m_count->setRange(2, 520);
    m_count->setValue(6);
    m_count->setSuffix(tr(" appointments"));
    m_until = new QDateEdit;
    m_until->setObjectName(QStringLiteral("repeatUntil"));
    m_until->setCalendarPopup(true);
    m_until->setDate(m_date->date().addMonths(3));
    m_until->hide();

    m_repeatDetails = new QWidget;
    auto *details = new QHBoxLayout(m_repeatDetails);
    details->setContentsMargins(0, 0, 0, 0);
    details->addWidget(new QLabel(tr("every")));
    details->addWidget(m_every);
    details->addWidget(m_endKind);
    details->addWidget(m_count);
    details->addWidget(m_until);
    details->addStretch();
    m_repeatDetails->hide();

    m_seriesTitle = new QLabel;
    m_seriesTitle->setObjectName(QStringLiteral("seriesTitle"));
    m_seriesTitle->setWordWrap(true);
    m_seriesTitle->hide();
    m_seriesProblems = new QListWidget;
    m_seriesProblems->setObjectName(QStringLiteral("seriesProblems"));
    m_seriesProblems->setMaximumHeight(150);
    m_seriesProblems->setWordWrap(true);
    m_seriesProblems->hide();

    connect(m_repeat, &QComboBox::currentIndexChanged, this, &BookingDialog::repeatChanged);
    connect(m_endKind, &QComboBox::currentIndexChanged, this, &BookingDialog::repeatChanged);
    connect(m_every, &QSpinBox::valueChanged, this, &BookingDialog::repeatChanged);
    connect(m_count, &QSpinBox::valueChanged, this, &BookingDialog::repeatChanged);
    connect(m_until, &QDateEdit::dateChanged, this, &BookingDialog::repeatChanged);

    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_repeat);
    layout->addWidget(m_repeatDetails, 1);
    return row;
}

bool BookingDialog::isRepeating() const
{
    return m_repeat && m_repeat->currentData().toInt() >= 0;
}

scheduling::RecurrenceRule BookingDialog::repeatRule() const
{
    scheduling::RecurrenceRule rule;
    rule.frequency = Frequency(qMax(0, m_repeat->currentData().toInt()));
    rule.interval = m_every->value();
    if (m_endKind->currentData().toInt() == AfterCount)
        rule.count = m_count->value();
    else
        rule.until = m_until->date();
    return rule;
}

void BookingDialog::repeatChanged()
{
    m_repeatDetails->setVisible(isRepeating());
    const bool byDate = m_endKind->currentData().toInt() == OnDate;
    m_count->setVisible(!byDate);
    m_until->setVisible(byDate);
    const int n = m_every->value();
    switch (Frequency(qMax(0, m_repeat->currentData().toInt()))) {
    case Frequency::Daily: m_every->setSuffix(n == 1 ? tr(" day") : tr(" days")); break;
    case Frequency::Weekly: m_every->setSuffix(n == 1 ? tr(" week") : tr(" weeks")); break;
    case Frequency::Monthly: m_every->setSuffix(n == 1 ? tr(" month") : tr(" months")); break;
    }
    recheck();
}

void BookingDialog::resetSeriesCheck()
{
    m_seriesChecked = false;
    m_seriesRefused = 0;
    m_moves.clear();
    if (!m_seriesProblems)
        return;
    m_seriesTitle->hide();
    m_seriesProblems->clear();
    m_seriesProblems->hide();
    m_bookButton->setText(isRepeating() ? tr("Book series") : tr("Book"));
}

void BookingDialog::bookSeries(scheduling::BookingRequest request)
{
    const scheduling::RecurrenceRule rule = repeatRule();
    if (auto valid = rule.validate(); !valid)
        return showProblem(valid.error().message);
    scheduling::SeriesService series(m_store);
    scheduling::SeriesConflicts conflicts = scheduling::SeriesConflicts::RefuseAll;
    if (m_seriesChecked) {
        // The refused occurrences were listed; this click books the others
        // (and the moved ones where they were moved to).
        if (m_seriesRefused > 0)
            conflicts = scheduling::SeriesConflicts::SkipConflicting;
        request = m_seriesRequest;
    } else {
        auto preview = series.preview(request, rule);
        if (!preview)
            return showProblem(preview.error().message);
        const bool anyRefused
            = std::any_of(preview->cbegin(), preview->cend(), [](const auto &o) { return !o.verdict.isAllowed(); });
        if (anyRefused) {
            m_seriesRequest = request;
            return listRefused(*preview);
        }
    }
    auto made = series.create(m_actor, request, rule, conflicts, m_moves);
    if (!made) {
        // Something changed since the check: check again and show it.
        resetSeriesCheck();
        showProblem(made.error().message);
        return;
    }
    m_booked = made->booked.first();
    m_bookedCount = int(made->booked.size());
    accept();
}

void BookingDialog::listRefused(const QList<scheduling::OccurrenceCheck> &occurrences)
{
    m_seriesProblems->clear();
    const QLocale locale;
    const auto when = [&](const QDateTime &utc, const QString &format) {
        const QDateTime local = utc.toTimeZone(m_zone);
        return tr("%1 %2").arg(locale.toString(local.date(), format), shortTime(local.time()));
    };
    const auto with = [&](const EntityId &practitionerId) {
        const Practitioner *p = m_catalog.practitioner(practitionerId);
        return p ? p->displayName : QString();
    };
    int free = 0;
    int moved = 0;
    for (const scheduling::OccurrenceCheck &o : occurrences) {
        if (o.verdict.isAllowed()) {
            ++free;
            if (o.isMoved()) {
                ++moved;
                new QListWidgetItem(tr("Moved: %1 → %2 with %3")
                                        .arg(when(o.recurrenceId, QStringLiteral("ddd d MMM yyyy")),
                                             when(o.start, QStringLiteral("ddd d MMM")), with(o.practitionerId)),
                                    m_seriesProblems);
            }
            continue;
        }
        QString text = tr("%1: %2").arg(when(o.start, QStringLiteral("ddd d MMM yyyy")), o.verdict.message());
        QStringList instead;
        for (const scheduling::Suggestion &s : o.suggestions)
            instead.append(
                tr("%1 with %2").arg(when(s.slot.start, QStringLiteral("ddd d MMM")), with(s.slot.practitionerId)));
        if (!instead.isEmpty())
            text += u'\n' + tr("Free instead: %1").arg(instead.join(QStringLiteral("; ")));
        auto *item = new QListWidgetItem(text, m_seriesProblems);
        item->setData(Qt::UserRole, o.recurrenceId);
        if (!o.suggestions.isEmpty()) {
            QWidget *row = refusedRow(text.section(u'\n', 0, 0), o);
            item->setSizeHint(row->sizeHint());
            m_seriesProblems->setItemWidget(item, row);
        }
    }
    const int refused = int(occurrences.size()) - free;
    m_seriesRefused = refused;
    m_seriesTitle->show();
    m_seriesProblems->show();
    m_seriesChecked = true;
    if (refused == 0) {
        m_seriesTitle->setText(tr("All %1 appointments can be booked, %2 of them at the times you chose instead:")
                                   .arg(occurrences.size())
                                   .arg(moved));
        showProblem(tr("Nothing is booked yet."));
        m_bookButton->setEnabled(true);
        m_bookButton->setText(tr("Book all %1").arg(free));
        return;
    }
    m_seriesTitle->setText(tr("%1 of the %2 appointments cannot be booked. Change the series, pick a free time "
                              "for them, or book the other %3 and keep these dates as exceptions:")
                               .arg(refused)
                               .arg(occurrences.size())
                               .arg(free));
    if (free == 0) {
        showProblem(tr("None of the appointments in this series can be booked. Choose another time or practitioner."));
        m_bookButton->setEnabled(false);
        return;
    }
    showProblem(tr("Nothing is booked yet."));
    m_bookButton->setEnabled(true);
    m_bookButton->setText(tr("Book the other %1").arg(free));
}

QWidget *BookingDialog::refusedRow(const QString &text, const scheduling::OccurrenceCheck &occurrence)
{
    auto *row = new QWidget;
    row->setObjectName(QStringLiteral("refusedOccurrence"));
    row->setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->setSpacing(2);
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(4);
    buttons->addWidget(new QLabel(tr("Free instead:")));
    const QLocale locale;
    for (const scheduling::Suggestion &s : occurrence.suggestions) {
        const QDateTime at = s.slot.start.toTimeZone(m_zone);
        const Practitioner *p = m_catalog.practitioner(s.slot.practitionerId);
        auto *take = new QPushButton(tr("%1 %2 with %3")
                                         .arg(locale.toString(at.date(), QStringLiteral("ddd d MMM")),
                                              shortTime(at.time()), p ? p->displayName : QString()));
        take->setObjectName(QStringLiteral("takeSuggestion"));
        take->setAutoDefault(false);
        take->setToolTip(tr("Book this appointment of the series at this time instead; the booking rules check it "
                            "again first."));
        take->setProperty("slotStart", s.slot.start);
        take->setProperty("practitionerId", s.slot.practitionerId.toString());
        // Queued: taking it rebuilds the list, and with it this button.
        connect(take, &QPushButton::clicked, this, [this, recurrenceId = occurrence.recurrenceId, slot = s.slot] {
            QMetaObject::invokeMethod(
                this, [this, recurrenceId, slot] { takeSuggestion(recurrenceId, slot); }, Qt::QueuedConnection);
        });
        buttons->addWidget(take);
    }
    buttons->addStretch();
    layout->addLayout(buttons);
    return row;
}

void BookingDialog::takeSuggestion(const QDateTime &recurrenceId, const scheduling::Slot &slot)
{
    if (!m_seriesChecked)
        return;
    const QList<scheduling::OccurrenceMove> before = m_moves;
    m_moves.removeIf([&](const scheduling::OccurrenceMove &m) { return m.recurrenceId == recurrenceId; });
    m_moves.append({recurrenceId, slot});
    scheduling::SeriesService series(m_store);
    auto preview = series.preview(m_seriesRequest, repeatRule(), 2, m_moves);
    if (!preview) {
        m_moves = before;
        return showProblem(preview.error().message);
    }
    // The rules have the last word: a time taken since it was offered (or
    // now clashing with the series' own appointments) is not moved to.
    const auto it = std::find_if(preview->cbegin(), preview->cend(),
                                 [&](const scheduling::OccurrenceCheck &o) { return o.recurrenceId == recurrenceId; });
    if (it == preview->cend() || !it->verdict.isAllowed()) {
        const QString why = it == preview->cend() ? QString() : it->verdict.message();
        m_moves = before;
        auto again = series.preview(m_seriesRequest, repeatRule(), 2, m_moves);
        if (again)
            listRefused(*again);
        showProblem(tr("That time is no longer free: %1 Pick another one.").arg(why));
        return;
    }
    listRefused(*preview);
}

} // namespace msp::ui
