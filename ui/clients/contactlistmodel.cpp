#include "clients/contactlistmodel.h"

namespace fremdrift {

ContactListModel::ContactListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ContactListModel::setContacts(const QList<Contact> &contacts)
{
    beginResetModel();
    m_contacts = contacts;
    endResetModel();
}

int ContactListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

int ContactListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<bool> ContactListModel::flag(const Contact &contact, int column)
{
    switch (column) {
    case NearestRelativeColumn:
        return contact.nearestRelative;
    case ReceivesLettersColumn:
        return contact.receivesLetters;
    case GroupColumn:
        return contact.inResponsibilityGroup;
    }
    return std::nullopt;
}

QVariant ContactListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Contact &contact = m_contacts.at(index.row());
    const std::optional<bool> isSet = flag(contact, index.column());
    if (role == Qt::DisplayRole)
        return display(contact, index.column());
    // Yes/no columns read as a tick, and as words to a screen reader.
    if (role == Qt::AccessibleTextRole && isSet)
        return *isSet ? tr("Yes") : tr("No");
    if (role == Qt::TextAlignmentRole && isSet)
        return QVariant::fromValue(Qt::AlignCenter);
    if (role == Qt::ToolTipRole && index.column() == NameColumn && !contact.organisation.isEmpty())
        return contact.organisation;
    return {};
}

QVariant ContactListModel::display(const Contact &contact, int column) const
{
    if (const std::optional<bool> isSet = flag(contact, column))
        return *isSet ? QStringLiteral("✓") : QString();
    switch (column) {
    case RelationColumn:
        return contact.groupCoordinator ? tr("%1 (group coordinator)")
                                              .arg(relationName(contact.relation))
                                        : relationName(contact.relation);
    case NameColumn:
        return contact.name;
    case PhoneColumn:
        return contact.phone;
    }
    return {};
}

QVariant ContactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case NearestRelativeColumn:
            return tr("Nearest relative");
        case ReceivesLettersColumn:
            return tr("Receives copies of letters");
        case GroupColumn:
            return tr("Member of the responsibility group");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RelationColumn:
        return tr("Relation");
    case NameColumn:
        return tr("Name");
    case PhoneColumn:
        return tr("Phone");
    // Short: the table shares the page with the client list; the tooltips say it in full.
    case NearestRelativeColumn:
        return tr("Nearest");
    case ReceivesLettersColumn:
        return tr("Letters");
    case GroupColumn:
        return tr("Group");
    }
    return {};
}

} // namespace fremdrift
