#include "reconcile/notsubmittedmodel.h"

#include "common/displayformat.h"
#include "reconcile/reconcileformat.h"

namespace msp::ui {

NotSubmittedModel::NotSubmittedModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void NotSubmittedModel::setReport(const reconcilestore::ReconReport *report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

int NotSubmittedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_report ? 0 : int(m_report->notSubmitted.size());
}

int NotSubmittedModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NotSubmittedModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_report)
        return {};
    if (role == Qt::TextAlignmentRole && index.column() == AmountColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const reconcilestore::ReconItem &x = m_report->left[m_report->notSubmitted[index.row()]];
    switch (Column(index.column())) {
    case DateColumn: return shortDate(x.date);
    case ProgramColumn: return reconcilestore::groupDisplayName(x.group);
    case ClientColumn: return x.name;
    case AmountColumn: return reconcileformat::money(*m_report, x.amountMinor);
    case CodeColumn: return x.reference;
    case ColumnCount: break;
    }
    return {};
}

QVariant NotSubmittedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case DateColumn: return tr("Date");
    case ProgramColumn: return tr("Program");
    case ClientColumn: return tr("Client");
    case AmountColumn: return tr("Reward value");
    case CodeColumn: return tr("Authorisation code");
    case ColumnCount: break;
    }
    return {};
}

} // namespace msp::ui
