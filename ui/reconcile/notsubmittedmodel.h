#pragma once

#include "reconcilestore/reconreport.h"

#include <QAbstractTableModel>

namespace msp::ui {

// Loyalty rewards taken at checkout that no program portal reports: claims
// the clinic still has to submit. A thin adapter over the page's report.
class NotSubmittedModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DateColumn, ProgramColumn, ClientColumn, AmountColumn, CodeColumn, ColumnCount };

    explicit NotSubmittedModel(QObject *parent = nullptr);
    void setReport(const reconcilestore::ReconReport *report);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const reconcilestore::ReconReport *m_report = nullptr;
};

} // namespace msp::ui
