#include "reconcile/decisionlogmodel.h"

#include "common/displayformat.h"
#include "domain/money.h"
#include "reconcile/reconcileformat.h"

#include <QFont>
#include <QPalette>

namespace msp::ui {

using namespace msp::reconcilestore;

DecisionLogModel::DecisionLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DecisionLogModel::setEntries(QList<DecisionEntry> entries, const QString &currency)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_currency = currency;
    endResetModel();
}

const DecisionEntry *DecisionLogModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

int DecisionLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int DecisionLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DecisionLogModel::side(const std::optional<ReconItem> &item) const
{
    if (!item)
        return tr("(no longer in the records)");
    return tr("%1 · %2 · %3")
        .arg(shortDate(item->date), Money(item->amountMinor, m_currency).toDisplayString(),
             reconcileformat::describe(*item));
}

QVariant DecisionLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DecisionEntry &e = m_entries[index.row()];
    const MatchDecision &d = e.decision;
    if (d.isUndone() && role == Qt::ForegroundRole)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    if (d.isUndone() && role == Qt::FontRole && index.column() == DecisionColumn) {
        QFont f;
        f.setStrikeOut(true);
        return f;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QDateTime at = d.at.toLocalTime();
    switch (Column(index.column())) {
    case WhenColumn: return QString(shortDate(at.date()) + u' ' + shortTime(at.time()));
    case WhoColumn: return e.decidedBy;
    case DecisionColumn:
        return d.decision == Decision::Accept ? tr("Accepted (%1)").arg(groupDisplayName(d.group))
                                              : tr("Rejected (%1)").arg(groupDisplayName(d.group));
    case SoldColumn: return side(e.left);
    case ReportedColumn: return side(e.right);
    case StatusColumn: {
        if (!d.isUndone())
            return tr("In force");
        const QDateTime undone = d.undoneAt.toLocalTime();
        return tr("Undone by %1 on %2 %3").arg(e.undoneBy, shortDate(undone.date()), shortTime(undone.time()));
    }
    case ColumnCount: break;
    }
    return {};
}

QVariant DecisionLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case WhenColumn: return tr("When");
    case WhoColumn: return tr("Who");
    case DecisionColumn: return tr("Decision");
    case SoldColumn: return tr("Sold (tender line)");
    case ReportedColumn: return tr("Reported (portal or payout)");
    case StatusColumn: return tr("Status");
    case ColumnCount: break;
    }
    return {};
}

} // namespace msp::ui
