#include "meetings/meetinglistmodel.h"

#include "documents/icalendar.h"

#include <QLocale>

namespace fremdrift {

MeetingListModel::MeetingListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MeetingListModel::setMeetings(QList<Meeting> meetings)
{
    beginResetModel();
    m_meetings = std::move(meetings);
    endResetModel();
}

const Meeting *MeetingListModel::meeting(int row) const
{
    return row >= 0 && row < m_meetings.size() ? &m_meetings.at(row) : nullptr;
}

int MeetingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_meetings.size());
}

int MeetingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeetingListModel::display(const Meeting &meeting, int column) const
{
    switch (column) {
    case WhenColumn:
        return QLocale().toString(meeting.startsAt, QLocale::ShortFormat);
    case KindColumn:
        return meetingKindName(meeting.kind);
    case TitleColumn:
        return ICalendar::summary(meeting);
    case PlaceColumn:
        if (!meeting.location.isEmpty())
            return meeting.location;
        return meeting.videoLink.isEmpty() ? QString() : tr("Video meeting");
    case ParticipantsColumn:
        return int(meeting.participants.size());
    case MinuteTakerColumn: {
        const MeetingParticipant *taker = meeting.minuteTaker();
        return taker ? taker->name : QString();
    }
    default:
        return {};
    }
}

QVariant MeetingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Meeting &meeting = m_meetings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(meeting, index.column());
    case Qt::ToolTipRole:
        if (index.column() == PlaceColumn && !meeting.videoLink.isEmpty())
            return meeting.videoLink;
        return index.column() == TitleColumn ? display(meeting, index.column()) : QVariant();
    case IdRole:
        return meeting.id;
    case SortRole:
        if (index.column() == WhenColumn)
            return meeting.startsAt.toUTC(); // a QDateTime compares by the moment
        return display(meeting, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == ParticipantsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant MeetingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("Meeting");
    case PlaceColumn:
        return tr("Place");
    case ParticipantsColumn:
        return tr("People");
    case MinuteTakerColumn:
        return tr("Minute-taker");
    default:
        return {};
    }
}

} // namespace fremdrift
