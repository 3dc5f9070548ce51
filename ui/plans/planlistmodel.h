#pragma once

#include "domain/progressplan.h"

#include <QAbstractTableModel>
#include <QDate>

namespace fremdrift {

// Plans as a table, one row per PlanSummary, with their progress for a ProgressDelegate.
// The plans page and the overview page both show it.
class PlanListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        KindColumn,
        DeadlineColumn,
        CaseworkersColumn,
        ProgressColumn,
        LateColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, IdRole, ProgressRole };

    explicit PlanListModel(QObject *parent = nullptr);

    void setPlans(QList<PlanSummary> plans, const QDate &today);
    const PlanSummary *plan(int row) const;
    // 0–100: steps done of all steps (review plans), tasks done (task plans).
    static int percentDone(const PlanSummary &plan);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const PlanSummary &plan, int column) const;
    QVariant sortValue(const PlanSummary &plan, int column) const;
    QVariant toolTip(const PlanSummary &plan, int column) const;
    bool isLate(const PlanSummary &plan, int column) const;

    QList<PlanSummary> m_plans;
    QDate m_today;
};

} // namespace fremdrift
