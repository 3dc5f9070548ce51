#pragma once

#include "domain/progressplan.h"

#include <QAbstractTableModel>
#include <QDate>

namespace fremdrift {

// The reviews of a plan against its steps: one row per review (client, caseworker), one
// column per step; a cell shows the date a step was done (✓) or is due, late ones in red.
class ReviewGridModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ClientColumn, CaseworkerColumn, FirstStepColumn };
    enum Role { ReviewIdRole = Qt::UserRole + 1, StepIdRole, LateRole, DoneRole };

    explicit ReviewGridModel(QObject *parent = nullptr);

    void setView(const PlanView &view, const QDate &today);
    const Review *review(int row) const;
    // The column of `stepId`, or -1.
    int stepColumn(const QString &stepId) const;
    QString stepId(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const ReviewStep *step(const QModelIndex &index) const;
    QVariant stepData(const Review &review, const ReviewStep *step, int role) const;
    QVariant stepToolTip(const ReviewStep &step) const;
    QString dayAndMonth(const QDate &date) const;

    QList<Review> m_reviews;
    QStringList m_stepIds;
    QDate m_today;
    QString m_dayMonth;
};

} // namespace fremdrift
