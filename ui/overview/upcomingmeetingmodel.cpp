#include "overview/upcomingmeetingmodel.h"

#include "domain/meeting.h"

#include <QLocale>

namespace fremdrift {

namespace {

// "Tue 14.03.2025 10:00": this close, the weekday matters.
QString when(const QDateTime &startsAt)
{
    const QLocale locale;
    const QDateTime at = startsAt.toLocalTime();
    return locale.toString(at.date(), QStringLiteral("ddd ")) + locale.toString(at.date(), QLocale::ShortFormat)
           + u' ' + locale.toString(at.time(), QLocale::ShortFormat);
}

} // namespace

UpcomingMeetingModel::UpcomingMeetingModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void UpcomingMeetingModel::setMeetings(QList<UpcomingMeeting> meetings)
{
    beginResetModel();
    m_meetings = std::move(meetings);
    endResetModel();
}

int UpcomingMeetingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_meetings.size());
}

int UpcomingMeetingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UpcomingMeetingModel::display(const UpcomingMeeting &meeting, int column) const
{
    switch (column) {
    case WhenColumn:
        return when(meeting.startsAt);
    case WhatColumn: {
        const auto kind = meetingKindFromKey(meeting.kind);
        return meeting.title.isEmpty() && kind ? meetingKindName(*kind) : meeting.title;
    }
    case ClientColumn:
        return meeting.clientName;
    case WhereColumn:
        return meeting.location;
    }
    return {};
}

QVariant UpcomingMeetingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UpcomingMeeting &meeting = m_meetings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(meeting, index.column());
    case SortRole:
        if (index.column() == WhenColumn)
            return meeting.startsAt;
        return display(meeting, index.column());
    case IdRole:
        return meeting.meetingId;
    }
    return {};
}

QVariant UpcomingMeetingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhatColumn:
        return tr("Meeting");
    case ClientColumn:
        return tr("Client");
    case WhereColumn:
        return tr("Where");
    }
    return {};
}

} // namespace fremdrift
