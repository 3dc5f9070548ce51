#pragma once

#include "repository/overviewqueries.h"

#include <QAbstractTableModel>

namespace fremdrift {

// Each caseworker's load, for a leader: open reviews, steps due this week, late steps.
class WorkloadModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, OpenColumn, DueColumn, LateColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, UserIdRole };

    explicit WorkloadModel(QObject *parent = nullptr);

    void setWorkload(QList<Workload> workload);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Workload> m_workload;
};

} // namespace fremdrift
