#pragma once

#include "repository/overviewqueries.h"

#include <QAbstractTableModel>
#include <QDate>

namespace fremdrift {

// Open review steps (due this week, or late) as a table: due date, client, step, plan and
// whose it is; those past due in red.
class DueStepModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DueColumn, ClientColumn, StepColumn, PlanColumn, CaseworkerColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, ReviewIdRole, StepKeyRole, PlanIdRole, LateRole };

    explicit DueStepModel(QObject *parent = nullptr);

    void setSteps(QList<DueStep> steps, const QDate &today);
    const DueStep *step(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const DueStep &step, int column) const;
    bool isLate(const DueStep &step) const;

    QList<DueStep> m_steps;
    QDate m_today;
};

} // namespace fremdrift
