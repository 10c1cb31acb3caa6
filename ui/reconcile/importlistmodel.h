#pragma once

#include "reconcilestore/importrepository.h"

#include <QAbstractTableModel>
#include <QHash>

namespace msp::ui {

// Past imports, newest first: the file, what kind of export it was and the
// preset that read it, when and by whom, the rows it added and the bad rows
// it skipped. A thin adapter over ImportRepository::batches().
class ImportListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        FileColumn,
        KindColumn,
        PresetColumn,
        WhenColumn,
        WhoColumn,
        AddedColumn,
        BadRowsColumn,
        ColumnCount
    };

    explicit ImportListModel(QObject *parent = nullptr);
    void setBatches(QList<reconcilestore::ImportBatch> batches, QHash<EntityId, QString> presetNames,
                    QHash<EntityId, QString> userNames);
    const reconcilestore::ImportBatch *batchAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<reconcilestore::ImportBatch> m_batches;
    QHash<EntityId, QString> m_presetNames;
    QHash<EntityId, QString> m_userNames;
};

} // namespace msp::ui
