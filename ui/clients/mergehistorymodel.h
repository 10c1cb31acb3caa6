#pragma once

#include "dedupe/mergejournal.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace msp::ui {

// The merges made on this device, newest first, with whether each was undone.
class MergeHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, KeptColumn, MergedColumn, MovedColumn, StateColumn, ColumnCount };

    explicit MergeHistoryModel(QTimeZone zone, QObject *parent = nullptr);

    void setEntries(const QList<dedupe::MergeEntry> &entries);
    const dedupe::MergeEntry &entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "2 appointments, 1 invoice" (nothing: "nothing moved").
    static QString movedText(const dedupe::ReferenceCounts &n);

private:
    QTimeZone m_zone;
    QList<dedupe::MergeEntry> m_entries;
};

} // namespace msp::ui
