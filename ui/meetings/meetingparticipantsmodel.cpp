#include "meetings/meetingparticipantsmodel.h"

#include "workflow/meetingrules.h"

namespace fremdrift {

MeetingParticipantsModel::MeetingParticipantsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MeetingParticipantsModel::setParticipants(const QList<MeetingParticipant> &participants)
{
    beginResetModel();
    m_participants = participants;
    endResetModel();
}

int MeetingParticipantsModel::addParticipant(const MeetingParticipant &participant)
{
    const int row = int(m_participants.size());
    beginInsertRows({}, row, row);
    m_participants.append(participant);
    endInsertRows();
    return row;
}

bool MeetingParticipantsModel::contains(const MeetingParticipant &participant) const
{
    for (const MeetingParticipant &listed : m_participants) {
        if (isSamePerson(listed, participant))
            return true;
    }
    return false;
}

void MeetingParticipantsModel::setMinuteTaker(int row)
{
    setData(index(row, MinuteTakerColumn), Qt::Checked, Qt::CheckStateRole);
}

int MeetingParticipantsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_participants.size());
}

int MeetingParticipantsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool MeetingParticipantsModel::isCheckColumn(int column)
{
    return column >= InvitedColumn && column <= MinuteTakerColumn;
}

bool &MeetingParticipantsModel::flag(MeetingParticipant &participant, int column)
{
    switch (column) {
    case InvitedColumn:
        return participant.invited;
    case AcceptedColumn:
        return participant.accepted;
    case AttendedColumn:
        return participant.attended;
    case CoordinatorColumn:
        return participant.isCoordinator;
    default:
        return participant.isMinuteTaker;
    }
}

QVariant MeetingParticipantsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    MeetingParticipant participant = m_participants.at(index.row());
    if (isCheckColumn(index.column())) {
        if (role == Qt::CheckStateRole)
            return flag(participant, index.column()) ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return participant.name;
    case RoleColumn:
        return role == Qt::EditRole ? participant.role : participantRoleName(participant.role);
    case EmailColumn:
        return participant.email;
    default:
        return {};
    }
}

void MeetingParticipantsModel::setExclusive(int row, int column, bool on)
{
    if (!on)
        return;
    for (int other = 0; other < rowCount(); ++other) {
        bool &value = flag(m_participants[other], column);
        if (other != row && value) {
            value = false;
            emit dataChanged(index(other, column), index(other, column), {Qt::CheckStateRole});
        }
    }
}

bool MeetingParticipantsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    MeetingParticipant &participant = m_participants[index.row()];
    const int column = index.column();
    if (isCheckColumn(column)) {
        if (role != Qt::CheckStateRole)
            return false;
        const bool on = value.toInt() == Qt::Checked;
        flag(participant, column) = on;
        if (column == CoordinatorColumn || column == MinuteTakerColumn)
            setExclusive(index.row(), column, on);
    } else {
        if (role != Qt::EditRole)
            return false;
        const QString text = value.toString().trimmed();
        if (column == NameColumn)
            participant.name = text;
        else if (column == RoleColumn && participantRoleKeys().contains(text))
            participant.role = text;
        else if (column == EmailColumn)
            participant.email = text;
        else
            return false;
    }
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags MeetingParticipantsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return isCheckColumn(index.column()) ? base | Qt::ItemIsUserCheckable
                                         : base | Qt::ItemIsEditable;
}

QVariant
MeetingParticipantsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole && section == MinuteTakerColumn)
        return tr("Writes the minutes. Taken in turns; never the coordinator, who leads.");
    if (role == Qt::ToolTipRole && section == CoordinatorColumn)
        return tr("Leads the meeting.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case EmailColumn:
        return tr("E-mail");
    case InvitedColumn:
        return tr("Invited");
    case AcceptedColumn:
        return tr("Accepted");
    case AttendedColumn:
        return tr("Attended");
    case CoordinatorColumn:
        return tr("Leads");
    case MinuteTakerColumn:
        return tr("Minutes");
    default:
        return {};
    }
}

bool MeetingParticipantsModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_participants.remove(row, count);
    endRemoveRows();
    return true;
}

} // namespace fremdrift
