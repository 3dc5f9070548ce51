#include "clients/clientlistmodel.h"

#include "domain/nationalid.h"

#include <QLocale>

namespace fremdrift {

ClientListModel::ClientListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ClientListModel::setClients(const QList<ClientSummary> &clients,
                                 JurisdictionCode jurisdiction)
{
    beginResetModel();
    m_clients = clients;
    m_jurisdiction = jurisdiction;
    endResetModel();
}

int ClientListModel::rowOf(qint64 clientId) const
{
    for (qsizetype row = 0; row < m_clients.size(); ++row) {
        if (m_clients.at(row).id == clientId)
            return int(row);
    }
    return -1;
}

int ClientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_clients.size());
}

int ClientListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClientSummary &client = m_clients.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(client, index.column());
    case Qt::ToolTipRole: // the full text where a narrow column elides it
        return index.column() == NameColumn || index.column() == UnitColumn
                   ? display(client, index.column())
                   : QVariant();
    case IdRole:
        return client.id;
    case SortRole:
        return sortKey(client, index.column());
    default:
        return {};
    }
}

QVariant ClientListModel::display(const ClientSummary &client, int column) const
{
    switch (column) {
    case NameColumn:
        return client.name;
    case NationalIdColumn:
        return formatNationalId(m_jurisdiction, client.nationalId);
    case BirthDateColumn:
        return QLocale().toString(client.birthDate, QLocale::ShortFormat);
    case UnitColumn:
        return client.unitName;
    case CaseworkerColumn:
        return client.caseworkerName;
    }
    return {};
}

QVariant ClientListModel::sortKey(const ClientSummary &client, int column) const
{
    // Dates sort as dates, not as the locale's text.
    if (column == BirthDateColumn)
        return client.birthDate;
    if (column == NationalIdColumn)
        return client.nationalId;
    return display(client, column);
}

QVariant ClientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case NationalIdColumn:
        return tr("National ID");
    case BirthDateColumn:
        return tr("Born");
    case UnitColumn:
        return tr("Unit");
    case CaseworkerColumn:
        return tr("Caseworker");
    }
    return {};
}

} // namespace fremdrift
