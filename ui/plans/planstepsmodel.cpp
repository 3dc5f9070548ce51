#include "plans/planstepsmodel.h"

#include "decisions/decisionformat.h"
#include "plans/planstyle.h"

#include <QFont>

namespace fremdrift {

PlanStepsModel::PlanStepsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PlanStepsModel::setProgress(QList<StepProgress> progress, const QDate &today)
{
    beginResetModel();
    m_steps = std::move(progress);
    m_today = today;
    endResetModel();
}

const StepProgress *PlanStepsModel::progress(int row) const
{
    return row >= 0 && row < m_steps.size() ? &m_steps.at(row) : nullptr;
}

int PlanStepsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

int PlanStepsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanStepsModel::display(const StepProgress &step, int row, int column) const
{
    switch (column) {
    case StepColumn:
        return QStringLiteral("%1. %2").arg(row + 1).arg(stepTitle(step.stepId));
    case DeadlineColumn:
        if (step.allDone())
            return tr("✓ %1").arg(formatDate(step.lastDone));
        return formatDate(step.nextDue);
    case ResponsibleColumn:
        return responsibleRoleName(step.role);
    case DoneColumn:
        return step.isPlanStep ? (step.allDone() ? tr("Done") : tr("Open"))
                               : tr("%1 of %2").arg(step.done).arg(step.total);
    case LateColumn:
        return step.late;
    }
    return {};
}

QVariant PlanStepsModel::toolTip(const StepProgress &step, int column) const
{
    if (column == StepColumn && step.isPlanStep)
        return tr("Once for the whole plan, when all its decisions exist.");
    if (column == DeadlineColumn && !step.allDone())
        return tr("The earliest due date of the reviews that have not done this step.");
    if (column == LateColumn && step.late > 0)
        return tr("%n review(s) past the due date of this step", nullptr, step.late);
    return {};
}

QVariant PlanStepsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StepProgress &step = m_steps.at(index.row());
    const bool late = step.isLate(m_today);
    switch (role) {
    case Qt::DisplayRole:
        return display(step, index.row(), index.column());
    case Qt::ToolTipRole:
        return toolTip(step, index.column());
    case StepIdRole:
        return step.stepId;
    case LateRole:
        return late;
    case Qt::ForegroundRole:
        if (late && (index.column() == DeadlineColumn || index.column() == LateColumn))
            return QBrush(planstyle::lateColor());
        if (step.allDone() && index.column() == DeadlineColumn)
            return QBrush(planstyle::doneColor());
        return {};
    case Qt::BackgroundRole:
        if (late)
            return QBrush(planstyle::lateBackgroundColor());
        return {};
    case Qt::FontRole:
        if (late && index.column() == LateColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LateColumn || index.column() == DoneColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant PlanStepsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StepColumn:
        return tr("Step");
    case DeadlineColumn:
        return tr("Deadline");
    case ResponsibleColumn:
        return tr("Responsible");
    case DoneColumn:
        return tr("Done");
    case LateColumn:
        return tr("Late");
    }
    return {};
}

} // namespace fremdrift
