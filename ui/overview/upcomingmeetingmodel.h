#pragma once

#include "repository/overviewqueries.h"

#include <QAbstractTableModel>

namespace fremdrift {

// Meetings coming up: when, what, about whom, where.
class UpcomingMeetingModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, WhatColumn, ClientColumn, WhereColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, IdRole };

    explicit UpcomingMeetingModel(QObject *parent = nullptr);

    void setMeetings(QList<UpcomingMeeting> meetings);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const UpcomingMeeting &meeting, int column) const;

    QList<UpcomingMeeting> m_meetings;
};

} // namespace fremdrift
