#pragma once

#include "domain/progressplan.h"

#include <QAbstractTableModel>
#include <QDate>

namespace fremdrift {

class Session;

// A task plan's tasks (seed 000's unit leader's plan: task, deadline, responsible, status),
// edited in place. Every edit is saved at once through PlanRepository::saveTask, which checks
// it; a refused edit leaves the row as it was and says why through errorOccurred().
class PlanTasksModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TaskColumn,
        DeadlineColumn,
        ResponsibleColumn,
        StatusColumn,
        DoneColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, LateRole };

    explicit PlanTasksModel(QObject *parent = nullptr);

    // `session` nullptr or read-only: nothing can be edited.
    void setTasks(Session *session, qint64 planId, QList<PlanTask> tasks, bool editable);
    const PlanTask *task(int row) const;
    const QList<PlanTask> &tasks() const { return m_tasks; }

    // Adds a task at the end, due by `deadline`; returns its row, or -1 when refused.
    int addTask(const QString &title, const QDate &deadline);
    bool removeTask(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void errorOccurred(const QString &message);
    // A task was saved, added or removed: the plan's counts changed.
    void tasksChanged();

private:
    QVariant display(const PlanTask &task, int column) const;
    QVariant edit(const PlanTask &task, int column) const;
    bool apply(PlanTask &task, int column, const QVariant &value, int role) const;
    bool save(int row, const PlanTask &changed);
    QDate today() const;

    Session *m_session = nullptr;
    qint64 m_planId = 0;
    QList<PlanTask> m_tasks;
    bool m_editable = false;
};

} // namespace fremdrift
