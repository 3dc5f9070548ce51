#include "plans/planlistmodel.h"

#include "decisions/decisionformat.h"
#include "plans/planstyle.h"

namespace fremdrift {

PlanListModel::PlanListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PlanListModel::setPlans(QList<PlanSummary> plans, const QDate &today)
{
    beginResetModel();
    m_plans = std::move(plans);
    m_today = today;
    endResetModel();
}

const PlanSummary *PlanListModel::plan(int row) const
{
    return row >= 0 && row < m_plans.size() ? &m_plans.at(row) : nullptr;
}

int PlanListModel::percentDone(const PlanSummary &plan)
{
    if (plan.kind == PlanKind::Task)
        return plan.reviewCount > 0 ? plan.finishedCount * 100 / plan.reviewCount : 0;
    return plan.stepCount > 0 ? plan.stepsDone * 100 / plan.stepCount : 0;
}

int PlanListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plans.size());
}

int PlanListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanListModel::display(const PlanSummary &plan, int column) const
{
    switch (column) {
    case TitleColumn:
        return plan.title;
    case KindColumn:
        return plan.kind == PlanKind::Task ? tr("Task plan") : tr("Progress plan");
    case DeadlineColumn:
        return formatDate(plan.deadline);
    case CaseworkersColumn:
        return plan.caseworkerNames.join(QStringLiteral(", "));
    case ProgressColumn:
        return tr("%1 of %2").arg(plan.finishedCount).arg(plan.reviewCount);
    case LateColumn:
        return plan.lateCount;
    case StatusColumn:
        return plan.closedOn.isValid() ? tr("Closed %1").arg(formatDate(plan.closedOn)) : plan.statusNote;
    }
    return {};
}

QVariant PlanListModel::sortValue(const PlanSummary &plan, int column) const
{
    switch (column) {
    case DeadlineColumn:
        return plan.deadline.isValid() ? plan.deadline : QDate(9999, 12, 31);
    case ProgressColumn:
        return percentDone(plan);
    case LateColumn:
        return plan.lateCount;
    default:
        return display(plan, column);
    }
}

QVariant PlanListModel::toolTip(const PlanSummary &plan, int column) const
{
    switch (column) {
    case ProgressColumn:
        if (plan.kind == PlanKind::Task)
            return tr("%1 of %n task(s) done", nullptr, plan.reviewCount).arg(plan.finishedCount);
        return tr("%1 of %n review(s) finished; %2 of %3 steps done", nullptr, plan.reviewCount)
            .arg(plan.finishedCount)
            .arg(plan.stepsDone)
            .arg(plan.stepCount);
    case LateColumn:
        return plan.kind == PlanKind::Task ? tr("Tasks past their deadline")
                                           : tr("Steps past their due date");
    case TitleColumn:
    case CaseworkersColumn:
    case StatusColumn:
        return display(plan, column);
    }
    return {};
}

bool PlanListModel::isLate(const PlanSummary &plan, int column) const
{
    if (column == LateColumn)
        return plan.lateCount > 0;
    if (column == DeadlineColumn)
        return !plan.closedOn.isValid() && plan.deadline.isValid() && plan.deadline < m_today;
    return false;
}

QVariant PlanListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlanSummary &plan = m_plans.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(plan, index.column());
    case SortRole:
        return sortValue(plan, index.column());
    case IdRole:
        return plan.id;
    case ProgressRole:
        return percentDone(plan);
    case Qt::ToolTipRole:
        return toolTip(plan, index.column());
    case Qt::ForegroundRole:
        if (isLate(plan, index.column()))
            return QBrush(planstyle::lateColor());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LateColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant PlanListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Plan");
    case KindColumn:
        return tr("Kind");
    case DeadlineColumn:
        return tr("Deadline");
    case CaseworkersColumn:
        return tr("Responsible");
    case ProgressColumn:
        return tr("Progress");
    case LateColumn:
        return tr("Late");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace fremdrift
