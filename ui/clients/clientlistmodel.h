#pragma once

#include "jurisdiction/jurisdictioncode.h"
#include "repository/clientrepository.h"

#include <QAbstractTableModel>

namespace fremdrift {

// The caseload list: one row per client found by ClientRepository::search().
class ClientListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, NationalIdColumn, BirthDateColumn, UnitColumn, CaseworkerColumn,
                  ColumnCount };
    enum Role { IdRole = Qt::UserRole, SortRole };

    explicit ClientListModel(QObject *parent = nullptr);

    // National IDs are shown in `jurisdiction`'s display form.
    void setClients(const QList<ClientSummary> &clients, JurisdictionCode jurisdiction);
    const QList<ClientSummary> &clients() const { return m_clients; }
    int rowOf(qint64 clientId) const; // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant display(const ClientSummary &client, int column) const;
    QVariant sortKey(const ClientSummary &client, int column) const;

    QList<ClientSummary> m_clients;
    JurisdictionCode m_jurisdiction = JurisdictionCode::Norway;
};

} // namespace fremdrift
