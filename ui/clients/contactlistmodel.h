#pragma once

#include "domain/client.h"

#include <QAbstractTableModel>

namespace fremdrift {

// The people around one client: guardian, relatives, primary contact, GP, supplier.
class ContactListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RelationColumn, NameColumn, PhoneColumn, NearestRelativeColumn,
                  ReceivesLettersColumn, GroupColumn, ColumnCount };

    explicit ContactListModel(QObject *parent = nullptr);

    void setContacts(const QList<Contact> &contacts);
    const QList<Contact> &contacts() const { return m_contacts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant display(const Contact &contact, int column) const;
    static std::optional<bool> flag(const Contact &contact, int column);

    QList<Contact> m_contacts;
};

} // namespace fremdrift
