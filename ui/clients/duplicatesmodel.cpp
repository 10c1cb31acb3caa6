#include "clients/duplicatesmodel.h"

#include "common/displayformat.h"

#include <QLocale>

namespace msp::ui {

DuplicatesModel::DuplicatesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DuplicatesModel::setGroups(const QList<dedupe::DuplicateGroup> &groups)
{
    beginResetModel();
    m_rows.clear();
    m_groups = int(groups.size());
    for (int g = 0; g < groups.size(); ++g)
        for (const dedupe::DuplicatePair &p : groups[g].pairs)
            m_rows.append({g + 1, p});
    endResetModel();
}

void DuplicatesModel::removeClient(const EntityId &id)
{
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        const auto &p = m_rows[row].pair;
        if (p.first.id != id && p.second.id != id)
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
}

int DuplicatesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DuplicatesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DuplicatesModel::describe(const Client &c)
{
    QStringList parts {c.name.displayName()};
    if (!c.dateOfBirth.isNull())
        parts << shortDate(c.dateOfBirth.date());
    if (!c.phone.e164().isEmpty())
        parts << c.phone.toDisplayString();
    else if (!c.email.value().isEmpty())
        parts << c.email.value();
    return parts.join(QStringLiteral(" · "));
}

QVariant DuplicatesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == ReasonsColumn)
        return r.pair.reasons;
    if (role == Qt::TextAlignmentRole && index.column() == ScoreColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case GroupColumn: return tr("Group %1").arg(r.group);
    case FirstColumn: return describe(r.pair.first);
    case SecondColumn: return describe(r.pair.second);
    case ScoreColumn: return QString(QLocale().toString(r.pair.score * 100.0, 'f', 0) + QStringLiteral(" %"));
    case ReasonsColumn: return r.pair.reasons;
    case ColumnCount: break;
    }
    return {};
}

QVariant DuplicatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case GroupColumn: return tr("Group");
    case FirstColumn: return tr("Record");
    case SecondColumn: return tr("Possible duplicate");
    case ScoreColumn: return tr("Score");
    case ReasonsColumn: return tr("Why");
    case ColumnCount: break;
    }
    return {};
}

} // namespace msp::ui
