#include "clients/mergedialog.h"

#include "clients/duplicatesmodel.h"
#include "clients/mergehistorymodel.h"
#include "store/clientrow.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace msp::ui {

namespace {
QString shown(const Client &c, const QString &field)
{
    const QString v = dedupe::displayValue(c, field);
    return v.isEmpty() ? QStringLiteral("—") : QString(v).replace(u'\n', QStringLiteral(" / "));
}
} // namespace

MergeDialog::MergeDialog(dedupe::ClientMerger &merger, Actor actor, const Client &first, const Client &second,
                         QWidget *parent)
    : QDialog(parent)
    , m_merger(merger)
    , m_actor(std::move(actor))
    , m_first(first)
    , m_second(second)
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge client records"));
    m_firstRefs = m_merger.references(first.id).valueOr({});
    m_secondRefs = m_merger.references(second.id).valueOr({});

    auto *intro = new QLabel(tr("Choose the record to keep and, for each field, the value it keeps. Appointments, "
                                "invoices, deposits and waitlist entries of the other record move to it. The merge "
                                "can be undone from the merge history."));
    intro->setWordWrap(true);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    auto *headA = new QLabel(tr("Record A"));
    auto *headB = new QLabel(tr("Record B"));
    for (QLabel *h : {headA, headB})
        h->setProperty("role", QStringLiteral("title"));
    grid->addWidget(headA, 0, 1);
    grid->addWidget(headB, 0, 2);

    m_keep = new QButtonGroup(this);
    auto *keepA = new QRadioButton(tr("Keep this record"));
    auto *keepB = new QRadioButton(tr("Keep this record"));
    keepA->setObjectName(QStringLiteral("keepFirst"));
    keepB->setObjectName(QStringLiteral("keepSecond"));
    m_keep->addButton(keepA, First);
    m_keep->addButton(keepB, Second);
    grid->addWidget(new QLabel(tr("Kept record")), 1, 0);
    grid->addWidget(keepA, 1, 1);
    grid->addWidget(keepB, 1, 2);

    const bool keepFirst = m_firstRefs.total() >= m_secondRefs.total();
    const Client &kept = keepFirst ? first : second;
    const Client &other = keepFirst ? second : first;
    const dedupe::FieldChoices suggested = dedupe::suggestedChoices(kept, other);
    int row = 2;
    for (const QString &field : store::clientFieldNames()) {
        auto *group = new QButtonGroup(this);
        auto *a = new QRadioButton(shown(first, field));
        auto *b = new QRadioButton(shown(second, field));
        a->setObjectName(QStringLiteral("pick_%1_first").arg(field));
        b->setObjectName(QStringLiteral("pick_%1_second").arg(field));
        group->addButton(a, First);
        group->addButton(b, Second);
        grid->addWidget(new QLabel(dedupe::fieldLabel(field)), row, 0);
        grid->addWidget(a, row, 1);
        grid->addWidget(b, row, 2);
        const bool same = store::clientFieldValue(first, field) == store::clientFieldValue(second, field);
        if (dedupe::canCombine(field) && !same) {
            auto *both = new QRadioButton(tr("Both"));
            both->setObjectName(QStringLiteral("pick_%1_both").arg(field));
            group->addButton(both, Both);
            grid->addWidget(both, row, 3);
        }
        const dedupe::FieldSource s = suggested.value(field, dedupe::FieldSource::Kept);
        const int keptSide = keepFirst ? First : Second;
        const int side = s == dedupe::FieldSource::Both ? Both
            : s == dedupe::FieldSource::Kept            ? keptSide
                                                        : 1 - keptSide;
        if (auto *button = group->button(side))
            button->setChecked(true);
        if (same) {
            a->setEnabled(false);
            b->setEnabled(false);
        }
        m_picks.insert(field, group);
        ++row;
    }

    m_moves = new QLabel;
    m_moves->setObjectName(QStringLiteral("mergeMoves"));
    m_moves->setWordWrap(true);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("mergeError"));
    m_error->setProperty("role", QStringLiteral("banner-error"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_merge = buttons->addButton(tr("Merge"), QDialogButtonBox::AcceptRole);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_merge->setProperty("primary", true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(m_moves);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_keep, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            updateMoves();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_merge, &QPushButton::clicked, this, &MergeDialog::runMerge);
    setKeepFirst(keepFirst);
}

void MergeDialog::setKeepFirst(bool first)
{
    m_keep->button(first ? First : Second)->setChecked(true);
    updateMoves();
}

bool MergeDialog::keepsFirst() const
{
    return m_keep->checkedId() == First;
}

dedupe::MergeRequest MergeDialog::request() const
{
    const bool first = keepsFirst();
    dedupe::MergeRequest r {first ? m_first : m_second, first ? m_second : m_first, {}};
    const int keptSide = first ? First : Second;
    for (auto it = m_picks.cbegin(); it != m_picks.cend(); ++it) {
        const int side = it.value()->checkedId();
        r.choices.insert(it.key(),
                         side == Both           ? dedupe::FieldSource::Both
                             : side == keptSide ? dedupe::FieldSource::Kept
                                                : dedupe::FieldSource::Merged);
    }
    return r;
}

void MergeDialog::updateMoves()
{
    const bool first = keepsFirst();
    const Client &kept = first ? m_first : m_second;
    const dedupe::ReferenceCounts &moving = first ? m_secondRefs : m_firstRefs;
    m_moves->setText(
        tr("%1 is kept. Moving to it: %2.").arg(DuplicatesModel::describe(kept), MergeHistoryModel::movedText(moving)));
}

void MergeDialog::runMerge()
{
    auto r = m_merger.merge(m_actor, request());
    if (!r) {
        m_error->setText(r.error().message);
        m_error->show();
        return;
    }
    m_result = *r;
    accept();
}

} // namespace msp::ui
