#include "overview/duestepmodel.h"

#include "decisions/decisionformat.h"
#include "plans/planstyle.h"

namespace fremdrift {

DueStepModel::DueStepModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DueStepModel::setSteps(QList<DueStep> steps, const QDate &today)
{
    beginResetModel();
    m_steps = std::move(steps);
    m_today = today;
    endResetModel();
}

const DueStep *DueStepModel::step(int row) const
{
    return row >= 0 && row < m_steps.size() ? &m_steps.at(row) : nullptr;
}

int DueStepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

int DueStepModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool DueStepModel::isLate(const DueStep &step) const
{
    return step.dueOn.isValid() && step.dueOn < m_today;
}

QVariant DueStepModel::display(const DueStep &step, int column) const
{
    switch (column) {
    case DueColumn:
        return formatDate(step.dueOn);
    case ClientColumn:
        return step.clientName;
    case StepColumn:
        return stepShortTitle(step.stepKey);
    case PlanColumn:
        return step.planTitle;
    case CaseworkerColumn:
        return step.caseworkerName;
    }
    return {};
}

QVariant DueStepModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DueStep &step = m_steps.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(step, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StepColumn)
            return QString(stepTitle(step.stepKey) + QStringLiteral(" (")
                           + responsibleRoleName(step.responsibleRole) + u')');
        if (index.column() == DueColumn && isLate(step))
            return tr("Late: due %1, %n day(s) ago", nullptr, int(step.dueOn.daysTo(m_today)))
                .arg(formatDate(step.dueOn));
        return display(step, index.column());
    case SortRole:
        if (index.column() == DueColumn)
            return step.dueOn;
        return display(step, index.column());
    case Qt::ForegroundRole:
        if (isLate(step) && (index.column() == DueColumn || index.column() == StepColumn))
            return QBrush(planstyle::lateColor());
        return {};
    case ReviewIdRole:
        return step.reviewId;
    case StepKeyRole:
        return step.stepKey;
    case PlanIdRole:
        return step.planId;
    case LateRole:
        return isLate(step);
    }
    return {};
}

QVariant DueStepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DueColumn:
        return tr("Due");
    case ClientColumn:
        return tr("Client");
    case StepColumn:
        return tr("Step");
    case PlanColumn:
        return tr("Plan");
    case CaseworkerColumn:
        return tr("Caseworker");
    }
    return {};
}

} // namespace fremdrift
