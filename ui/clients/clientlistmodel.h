#pragma once

#include "domain/result.h"
#include "store/clientrepository.h"

#include <QAbstractTableModel>

namespace msp::ui {

// Search results for the client list: a thin adapter over
// ClientRepository::search(). A new search text replaces the rows (rows
// removed, then inserted); a text that finds the same clients changes nothing,
// so the selection survives typing that does not narrow the list.
class ClientListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, PhoneColumn, EmailColumn, DateOfBirthColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit ClientListModel(store::ClientRepository &clients, QObject *parent = nullptr);

    // Runs the search; on failure the list is emptied and the error returned.
    Result<void> setSearchText(const QString &text);
    Result<void> refresh() { return search(m_text); }
    QString searchText() const { return m_text; }
    // The row showing this client, or -1.
    int rowOf(const EntityId &id) const;
    EntityId idAt(int row) const;
    // How many rows one search returns at most.
    static constexpr int kLimit = 200;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Result<void> search(const QString &text);
    void replaceRows(QList<store::ClientSummary> rows);

    store::ClientRepository &m_clients;
    QString m_text;
    QList<store::ClientSummary> m_rows;
};

} // namespace msp::ui
