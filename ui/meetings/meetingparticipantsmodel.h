#pragma once

#include "domain/meeting.h"

#include <QAbstractTableModel>

namespace fremdrift {

// The participants of a meeting being edited: name, role and e-mail are edited in place, the
// rest are check boxes. One coordinator and one minute-taker: ticking one unticks the other
// rows of that column (whether the coordinator may also take the minutes is core's rule).
class MeetingParticipantsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        RoleColumn,
        EmailColumn,
        InvitedColumn,
        AcceptedColumn,
        AttendedColumn,
        CoordinatorColumn,
        MinuteTakerColumn,
        ColumnCount
    };
    // Qt::EditRole of the role column is the role's key ("guardian"); display is its name.

    explicit MeetingParticipantsModel(QObject *parent = nullptr);

    const QList<MeetingParticipant> &participants() const { return m_participants; }
    void setParticipants(const QList<MeetingParticipant> &participants);
    // Appends `participant`; returns its row.
    int addParticipant(const MeetingParticipant &participant);
    // Whether someone like `participant` (the same staff user, contact or name) is listed.
    bool contains(const MeetingParticipant &participant) const;
    // Makes `row` the only minute-taker.
    void setMinuteTaker(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

private:
    static bool isCheckColumn(int column);
    static bool &flag(MeetingParticipant &participant, int column);
    void setExclusive(int row, int column, bool on);

    QList<MeetingParticipant> m_participants;
};

} // namespace fremdrift
