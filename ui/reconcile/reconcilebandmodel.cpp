#include "reconcile/reconcilebandmodel.h"

#include "common/displayformat.h"
#include "reconcile/reconcileformat.h"

#include <QFont>
#include <QPalette>
#include <QStringList>

namespace msp::ui {

using namespace msp::reconcilestore;

namespace {
constexpr quintptr kBandRow = 0; // internal id of band rows; lines carry band + 1
}

ReconcileBandModel::ReconcileBandModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void ReconcileBandModel::setReport(const ReconReport *report)
{
    beginResetModel();
    m_report = report;
    m_start.fill(0);
    m_count.fill(0);
    if (m_report) {
        for (int i = 0; i < m_report->lines.size(); ++i) {
            const int b = int(m_report->lines[i].band);
            if (m_count[size_t(b)]++ == 0)
                m_start[size_t(b)] = i;
        }
    }
    endResetModel();
}

void ReconcileBandModel::lineChanged(int line)
{
    const QModelIndex first = indexOfLine(line, 0);
    if (first.isValid())
        Q_EMIT dataChanged(first, indexOfLine(line, ColumnCount - 1));
}

int ReconcileBandModel::lineAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kBandRow)
        return -1;
    return m_start[index.internalId() - 1] + index.row();
}

QModelIndex ReconcileBandModel::indexOfLine(int line, int column) const
{
    if (!m_report || line < 0 || line >= m_report->lines.size())
        return {};
    const int b = int(m_report->lines[line].band);
    return createIndex(line - m_start[size_t(b)], column, quintptr(b + 1));
}

QModelIndex ReconcileBandModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < 3 ? createIndex(row, column, kBandRow) : QModelIndex();
    if (parent.internalId() != kBandRow || parent.column() != 0 || row >= m_count[size_t(parent.row())])
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ReconcileBandModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kBandRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kBandRow);
}

int ReconcileBandModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return 3;
    if (parent.internalId() != kBandRow || parent.column() != 0)
        return 0;
    return m_count[size_t(parent.row())];
}

int ReconcileBandModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ReconcileBandModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kBandRow) {
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (role != Qt::DisplayRole || index.column() != 0)
            return {};
        const int n = m_count[size_t(index.row())];
        switch (Band(index.row())) {
        case Band::Matched: return tr("Matched (%n)", nullptr, n);
        case Band::Review: return tr("To review (%n)", nullptr, n);
        case Band::Unmatched: return tr("Unmatched (%n)", nullptr, n);
        }
        return {};
    }
    if (!m_report)
        return {};
    return lineData(m_report->lines[lineAt(index)], index.column(), role);
}

QVariant ReconcileBandModel::lineData(const ReconLine &line, int column, int role) const
{
    if (role == Qt::FontRole && line.state == LineState::Rejected) {
        QFont f;
        f.setStrikeOut(true);
        return f;
    }
    if (role == Qt::ForegroundRole && line.state == LineState::Rejected)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::TextAlignmentRole && (column == SoldAmountColumn || column == ReportedAmountColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const auto side = [&](const QList<int> &items, const QList<ReconItem> &all, bool amount) -> QString {
        QStringList parts;
        qint64 total = 0;
        for (const int i : items) {
            parts << reconcileformat::describe(all[i]);
            total += all[i].amountMinor;
        }
        if (amount)
            return items.isEmpty() ? QString() : reconcileformat::money(*m_report, total);
        return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral("; "));
    };
    switch (Column(column)) {
    case DateColumn:
        return shortDate(line.left.isEmpty() ? m_report->right[line.right.first()].date
                                             : m_report->left[line.left.first()].date);
    case SoldColumn: return side(line.left, m_report->left, false);
    case SoldAmountColumn: return side(line.left, m_report->left, true);
    case ReportedColumn: return side(line.right, m_report->right, false);
    case ReportedAmountColumn: return side(line.right, m_report->right, true);
    case ScoreColumn:
        if (line.state == LineState::Accepted)
            return tr("✓ Accepted");
        if (line.state == LineState::Rejected)
            return tr("✗ Rejected");
        return line.isPair() ? reconcileformat::percent(line.probability) : QString();
    case WhyColumn: return line.explanation;
    case ColumnCount: break;
    }
    return {};
}

QVariant ReconcileBandModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case DateColumn: return tr("Date");
    case SoldColumn: return tr("Sold (tender line)");
    case SoldAmountColumn: return tr("Amount");
    case ReportedColumn: return tr("Reported (portal or payout)");
    case ReportedAmountColumn: return tr("Amount");
    case ScoreColumn: return tr("Score");
    case WhyColumn: return tr("Why");
    case ColumnCount: break;
    }
    return {};
}

} // namespace msp::ui
