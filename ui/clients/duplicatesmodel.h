#pragma once

#include "dedupe/duplicatescanner.h"

#include <QAbstractTableModel>

namespace msp::ui {

// The duplicate scan's candidate pairs, one row each, grouped: every pair of
// a group (records linked through one another) follows its group's number,
// strongest group first.
class DuplicatesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { GroupColumn, FirstColumn, SecondColumn, ScoreColumn, ReasonsColumn, ColumnCount };

    explicit DuplicatesModel(QObject *parent = nullptr);

    void setGroups(const QList<dedupe::DuplicateGroup> &groups);
    // Drops every pair that involves this client (after it was merged away).
    void removeClient(const EntityId &id);
    const dedupe::DuplicatePair &pairAt(int row) const { return m_rows.at(row).pair; }
    int groupCount() const { return m_groups; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Liz Whitfield · 12 Mar 1984 · (555) 201-4477": enough to tell records apart.
    static QString describe(const Client &c);

private:
    struct Row {
        int group = 0;
        dedupe::DuplicatePair pair;
    };
    QList<Row> m_rows;
    int m_groups = 0;
};

} // namespace msp::ui
