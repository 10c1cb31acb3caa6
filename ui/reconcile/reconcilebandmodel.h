#pragma once

#include "reconcilestore/reconreport.h"

#include <QAbstractItemModel>

#include <array>

namespace msp::ui {

// The three bands of the Reconciliation page as a tree: a row per band
// (matched, to review, unmatched) with its lines as children, each showing
// both sides, the score and why. A thin adapter over a ReconReport that the
// page owns.
class ReconcileBandModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        SoldColumn,
        SoldAmountColumn,
        ReportedColumn,
        ReportedAmountColumn,
        ScoreColumn,
        WhyColumn,
        ColumnCount
    };

    explicit ReconcileBandModel(QObject *parent = nullptr);

    // Shows `report` (which must outlive the model or be replaced).
    void setReport(const reconcilestore::ReconReport *report);
    // A line's state changed in place.
    void lineChanged(int line);

    // The line a child row shows, or -1 for a band row.
    int lineAt(const QModelIndex &index) const;
    QModelIndex indexOfLine(int line, int column = 0) const;
    QModelIndex bandIndex(reconcilestore::Band band) const { return index(int(band), 0); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant lineData(const reconcilestore::ReconLine &line, int column, int role) const;
    const reconcilestore::ReconReport *m_report = nullptr;
    std::array<int, 3> m_start {};
    std::array<int, 3> m_count {};
};

} // namespace msp::ui
