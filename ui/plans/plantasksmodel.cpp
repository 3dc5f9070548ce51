#include "plans/plantasksmodel.h"

#include "decisions/decisionformat.h"
#include "plans/planstyle.h"
#include "repository/planrepository.h"
#include "workflow/session.h"

namespace fremdrift {

PlanTasksModel::PlanTasksModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PlanTasksModel::setTasks(Session *session, qint64 planId, QList<PlanTask> tasks,
                              bool editable)
{
    beginResetModel();
    m_session = session;
    m_planId = planId;
    m_tasks = std::move(tasks);
    m_editable = editable && session;
    endResetModel();
}

const PlanTask *PlanTasksModel::task(int row) const
{
    return row >= 0 && row < m_tasks.size() ? &m_tasks.at(row) : nullptr;
}

QDate PlanTasksModel::today() const
{
    return m_session ? m_session->today() : QDate::currentDate();
}

int PlanTasksModel::addTask(const QString &title, const QDate &deadline)
{
    if (!m_editable)
        return -1;
    PlanTask task;
    task.planId = m_planId;
    task.title = title;
    task.deadline = deadline;
    task.position = m_tasks.isEmpty() ? 1 : m_tasks.last().position + 1;
    auto saved = PlanRepository(*m_session).saveTask(task);
    if (!saved) {
        emit errorOccurred(saved.error().message);
        return -1;
    }
    const int row = int(m_tasks.size());
    beginInsertRows({}, row, row);
    m_tasks.append(std::move(saved).value());
    endInsertRows();
    emit tasksChanged();
    return row;
}

bool PlanTasksModel::removeTask(int row)
{
    const PlanTask *existing = task(row);
    if (!m_editable || !existing)
        return false;
    const Status removed = PlanRepository(*m_session).removeTask(existing->id, existing->version);
    if (!removed) {
        emit errorOccurred(removed.error().message);
        return false;
    }
    beginRemoveRows({}, row, row);
    m_tasks.removeAt(row);
    endRemoveRows();
    emit tasksChanged();
    return true;
}

int PlanTasksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int PlanTasksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanTasksModel::display(const PlanTask &task, int column) const
{
    switch (column) {
    case TaskColumn:
        return task.title;
    case DeadlineColumn:
        return formatDate(task.deadline);
    case ResponsibleColumn:
        return task.responsible;
    case StatusColumn:
        return task.statusNote;
    case DoneColumn:
        return task.isDone() ? formatDate(task.doneOn) : QString();
    }
    return {};
}

QVariant PlanTasksModel::edit(const PlanTask &task, int column) const
{
    switch (column) {
    case DeadlineColumn:
        return task.deadline.isValid() ? task.deadline : today();
    case DoneColumn:
        return task.doneOn.isValid() ? task.doneOn : today();
    default:
        return display(task, column);
    }
}

QVariant PlanTasksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlanTask &task = m_tasks.at(index.row());
    const bool late = task.isLate(today());
    switch (role) {
    case Qt::DisplayRole:
        return display(task, index.column());
    case Qt::EditRole:
        return edit(task, index.column());
    case Qt::CheckStateRole:
        if (index.column() == DoneColumn)
            return task.isDone() ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (late && index.column() == DeadlineColumn)
            return tr("Past its deadline and not done.");
        if (index.column() == DoneColumn)
            return tr("Tick when done; double-click the date to change it.");
        return display(task, index.column());
    case Qt::ForegroundRole:
        if (late)
            return QBrush(planstyle::lateColor());
        return task.isDone() ? QVariant(QBrush(planstyle::doneColor())) : QVariant();
    case Qt::BackgroundRole:
        if (late)
            return QBrush(planstyle::lateBackgroundColor());
        return {};
    case IdRole:
        return task.id;
    case LateRole:
        return late;
    }
    return {};
}

bool PlanTasksModel::apply(PlanTask &task, int column, const QVariant &value, int role) const
{
    if (column == DoneColumn && role == Qt::CheckStateRole) {
        const bool done = value.toInt() == Qt::Checked;
        task.doneOn = done ? (task.doneOn.isValid() ? task.doneOn : today()) : QDate();
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    switch (column) {
    case TaskColumn:
        task.title = value.toString().trimmed();
        return true;
    case DeadlineColumn:
        task.deadline = value.toDate();
        return true;
    case ResponsibleColumn:
        task.responsible = value.toString().trimmed();
        return true;
    case StatusColumn:
        task.statusNote = value.toString().trimmed();
        return true;
    case DoneColumn:
        task.doneOn = value.toDate();
        return true;
    }
    return false;
}

bool PlanTasksModel::save(int row, const PlanTask &changed)
{
    auto saved = PlanRepository(*m_session).saveTask(changed);
    if (!saved) {
        emit errorOccurred(saved.error().message);
        return false;
    }
    m_tasks[row] = std::move(saved).value();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit tasksChanged();
    return true;
}

bool PlanTasksModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_editable
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    PlanTask changed = m_tasks.at(index.row());
    if (!apply(changed, index.column(), value, role))
        return false;
    return save(index.row(), changed);
}

Qt::ItemFlags PlanTasksModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (!m_editable || !index.isValid())
        return result;
    if (index.column() == DoneColumn)
        result |= Qt::ItemIsUserCheckable;
    if (index.column() != DoneColumn || m_tasks.at(index.row()).isDone())
        result |= Qt::ItemIsEditable;
    return result;
}

QVariant PlanTasksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TaskColumn:
        return tr("Task");
    case DeadlineColumn:
        return tr("Deadline");
    case ResponsibleColumn:
        return tr("Responsible");
    case StatusColumn:
        return tr("Status");
    case DoneColumn:
        return tr("Done");
    }
    return {};
}

} // namespace fremdrift
