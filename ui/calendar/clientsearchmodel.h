#pragma once

#include "domain/result.h"
#include "store/clientrepository.h"

#include <QAbstractListModel>

namespace msp::store {
class ClinicStore;
}

namespace msp::ui {

// Clients matching what is typed into the booking dialog, best first: a thin
// adapter over ClientRepository::search (names, phone digits, e-mail).
class ClientSearchModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, PhoneRole, EmailRole };
    Q_ENUM(Role)

    explicit ClientSearchModel(store::ClinicStore &store, QObject *parent = nullptr);

    // An empty text empties the list (nobody wants the whole client base in
    // a booking dialog). On failure the list is empty and the error returned.
    Result<void> search(const QString &typed, int limit = 20);
    // Replaces the rows with `clients` (likely duplicates of a new client).
    void setClients(const QList<store::ClientSummary> &clients);
    const store::ClientSummary &clientAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    store::ClinicStore &m_store;
    QList<store::ClientSummary> m_rows;
};

} // namespace msp::ui
