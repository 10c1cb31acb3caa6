#pragma once

#include "reconcilestore/reconciliationservice.h"

#include <QAbstractTableModel>

namespace msp::ui {

// The Decisions list: who accepted or rejected which pair and when, and
// whether someone undid it since. A thin adapter over the service's log.
class DecisionLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, WhoColumn, DecisionColumn, SoldColumn, ReportedColumn, StatusColumn, ColumnCount };

    explicit DecisionLogModel(QObject *parent = nullptr);
    void setEntries(QList<reconcilestore::DecisionEntry> entries, const QString &currency);
    const reconcilestore::DecisionEntry *entryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString side(const std::optional<reconcilestore::ReconItem> &item) const;
    QList<reconcilestore::DecisionEntry> m_entries;
    QString m_currency;
};

} // namespace msp::ui
