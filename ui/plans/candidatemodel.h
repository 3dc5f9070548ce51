#pragma once

#include "domain/decision.h"

#include <QAbstractTableModel>
#include <QSet>

namespace fremdrift {

// Decisions that could be added to a plan, each with a check box (all ticked to start with:
// the pick already says which ones are meant).
class CandidateModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ClientColumn, UnitColumn, CaseworkerColumn, ReferenceColumn, EvaluationColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    explicit CandidateModel(QObject *parent = nullptr);

    void setDecisions(QList<DecisionSummary> decisions);
    QList<qint64> checkedIds() const;
    void setAllChecked(bool checked);
    void setChecked(qint64 decisionId, bool checked);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void checkedChanged();

private:
    QVariant display(const DecisionSummary &decision, int column) const;

    QList<DecisionSummary> m_decisions;
    QSet<qint64> m_unchecked;
};

} // namespace fremdrift
