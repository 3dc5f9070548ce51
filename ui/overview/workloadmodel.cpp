#include "overview/workloadmodel.h"

#include "plans/planstyle.h"

namespace fremdrift {

WorkloadModel::WorkloadModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void WorkloadModel::setWorkload(QList<Workload> workload)
{
    beginResetModel();
    m_workload = std::move(workload);
    endResetModel();
}

int WorkloadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_workload.size());
}

int WorkloadModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkloadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Workload &load = m_workload.at(index.row());
    const int counts[] = {0, load.openReviews, load.dueThisWeek, load.late};
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        if (index.column() == NameColumn)
            return load.name;
        return counts[index.column()];
    case Qt::ForegroundRole:
        if (index.column() == LateColumn && load.late > 0)
            return QBrush(planstyle::lateColor());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() != NameColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case UserIdRole:
        return load.userId;
    }
    return {};
}

QVariant WorkloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Caseworker");
    case OpenColumn:
        return tr("Open reviews");
    case DueColumn:
        return tr("Due this week");
    case LateColumn:
        return tr("Late steps");
    }
    return {};
}

} // namespace fremdrift
