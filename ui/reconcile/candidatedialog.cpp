#include "reconcile/candidatedialog.h"

#include "common/displayformat.h"
#include "reconcile/reconcileformat.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace msp::ui {

using namespace msp::reconcilestore;

CandidateDialog::CandidateDialog(const ReconReport &report, int line, const QList<Candidate> &candidates,
                                 QWidget *parent)
    : QDialog(parent)
    , m_candidates(candidates)
{
    setObjectName(QStringLiteral("candidateDialog"));
    setWindowTitle(tr("Pick another candidate"));
    resize(720, 360);
    const ReconLine &l = report.lines[line];
    const bool fromLeft = !l.left.isEmpty();
    const ReconItem &item = fromLeft ? report.left[l.left.first()] : report.right[l.right.first()];
    auto *what = new QLabel(tr("Pair %1, %2 on %3 with:")
                                .arg(reconcileformat::describe(item), reconcileformat::money(report, item.amountMinor),
                                     shortDate(item.date)));
    what->setWordWrap(true);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("candidates"));
    for (const Candidate &c : candidates) {
        const ReconItem &y = fromLeft ? report.right[c.item] : report.left[c.item];
        m_list->addItem(tr("%1 · %2 · %3 — %4: %5")
                            .arg(shortDate(y.date), reconcileformat::money(report, y.amountMinor),
                                 reconcileformat::describe(y), reconcileformat::percent(c.probability), c.explanation));
    }
    auto *none = new QLabel(tr("Nothing on the other side could pair with this item."));
    none->setVisible(candidates.isEmpty());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    auto *pick = buttons->addButton(tr("Pair with this one"), QDialogButtonBox::AcceptRole);
    pick->setObjectName(QStringLiteral("pickCandidate"));
    pick->setEnabled(!candidates.isEmpty());
    pick->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(m_list, 1);
    layout->addWidget(none);
    layout->addWidget(buttons);
    if (!candidates.isEmpty())
        m_list->setCurrentRow(0);
    m_list->setFocus();
}

const Candidate *CandidateDialog::chosen() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_candidates.size() ? &m_candidates[row] : nullptr;
}

} // namespace msp::ui
