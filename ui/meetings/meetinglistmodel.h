#pragma once

#include "domain/meeting.h"

#include <QAbstractTableModel>

namespace fremdrift {

// Meetings as the Meetings page lists them, one a row.
class MeetingListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        WhenColumn,
        KindColumn,
        TitleColumn,
        PlaceColumn,
        ParticipantsColumn,
        MinuteTakerColumn,
        ColumnCount
    };
    enum Roles {
        IdRole = Qt::UserRole + 1, // the meeting's id
        SortRole,                  // what the column sorts by: the moment, for When
    };

    explicit MeetingListModel(QObject *parent = nullptr);

    void setMeetings(QList<Meeting> meetings);
    const QList<Meeting> &meetings() const { return m_meetings; }
    // The meeting of `row`; nullptr for a row out of range.
    const Meeting *meeting(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Meeting &meeting, int column) const;

    QList<Meeting> m_meetings;
};

} // namespace fremdrift
