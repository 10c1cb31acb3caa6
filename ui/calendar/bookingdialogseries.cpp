// BookingDialog's recurring series: how it repeats, every occurrence checked
// before anything is saved, the refused ones listed with their reason and
// free times instead.
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
        // The refused occurrences were listed; this click books the others.
        conflicts = scheduling::SeriesConflicts::SkipConflicting;
    } else {
        auto preview = series.preview(request, rule);
        if (!preview)
            return showProblem(preview.error().message);
        const bool anyRefused
            = std::any_of(preview->cbegin(), preview->cend(), [](const auto &o) { return !o.verdict.isAllowed(); });
        if (anyRefused)
            return listRefused(*preview);
    }
    auto made = series.create(m_actor, request, rule, conflicts);
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
    int free = 0;
    for (const scheduling::OccurrenceCheck &o : occurrences) {
        if (o.verdict.isAllowed()) {
            ++free;
            continue;
        }
        const QDateTime local = o.start.toTimeZone(m_zone);
        QString text = tr("%1 %2: %3")
                           .arg(locale.toString(local.date(), QStringLiteral("ddd d MMM yyyy")),
                                shortTime(local.time()), o.verdict.message());
        QStringList instead;
        for (const scheduling::Suggestion &s : o.suggestions) {
            const QDateTime at = s.slot.start.toTimeZone(m_zone);
            const Practitioner *p = m_catalog.practitioner(s.slot.practitionerId);
            instead.append(tr("%1 %2 with %3")
                               .arg(locale.toString(at.date(), QStringLiteral("ddd d MMM")), shortTime(at.time()),
                                    p ? p->displayName : QString()));
        }
        if (!instead.isEmpty())
            text += u'\n' + tr("Free instead: %1").arg(instead.join(QStringLiteral("; ")));
        auto *item = new QListWidgetItem(text, m_seriesProblems);
        item->setData(Qt::UserRole, o.start);
    }
    const int refused = int(occurrences.size()) - free;
    m_seriesTitle->setText(tr("%1 of the %2 appointments cannot be booked. Change the series, or book the other %3 "
                              "and keep these dates as exceptions:")
                               .arg(refused)
                               .arg(occurrences.size())
                               .arg(free));
    m_seriesTitle->show();
    m_seriesProblems->show();
    if (free == 0) {
        showProblem(tr("None of the appointments in this series can be booked. Choose another time or practitioner."));
        m_bookButton->setEnabled(false);
        return;
    }
    showProblem(tr("Nothing is booked yet."));
    m_seriesChecked = true;
    m_bookButton->setText(tr("Book the other %1").arg(free));
}

} // namespace msp::ui
