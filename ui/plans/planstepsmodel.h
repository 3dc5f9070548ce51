#pragma once

#include "workflow/planprogress.h"

#include <QAbstractTableModel>
#include <QDate>

namespace fremdrift {

// A plan at a glance, as seed 000 writes it: per step the earliest open due date, the
// responsible role, how many of the reviews have done it and how many are late.
class PlanStepsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StepColumn, DeadlineColumn, ResponsibleColumn, DoneColumn, LateColumn, ColumnCount };
    enum Role { StepIdRole = Qt::UserRole + 1, LateRole };

    explicit PlanStepsModel(QObject *parent = nullptr);

    void setProgress(QList<StepProgress> progress, const QDate &today);
    const StepProgress *progress(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const StepProgress &step, int row, int column) const;
    QVariant toolTip(const StepProgress &step, int column) const;

    QList<StepProgress> m_steps;
    QDate m_today;
};

} // namespace fremdrift
