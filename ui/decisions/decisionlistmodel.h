#pragma once

#include "repository/decisionrepository.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace fremdrift {

// The decisions list as a table: one row per DecisionSummary. Display text is in the
// interface language (legal basis as the jurisdiction's citation); SortRole gives the raw
// value so that dates and hours sort as dates and numbers.
class DecisionListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ReferenceColumn,
        ClientColumn,
        UnitColumn,
        StatusColumn,
        LegalBasisColumn,
        EvaluationColumn,
        OwnHoursColumn,
        SharedHoursColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, IdRole };

    explicit DecisionListModel(QObject *parent = nullptr);

    // `citations` maps legal basis codes to what the list shows; `today` decides which
    // evaluation dates have passed.
    void
    setDecisions(QList<DecisionSummary> decisions, QHash<QString, QString> citations, QDate today);
    const DecisionSummary *decision(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const DecisionSummary &decision, int column) const;
    QVariant sortValue(const DecisionSummary &decision, int column) const;
    bool isOverdue(const DecisionSummary &decision) const;

    QList<DecisionSummary> m_decisions;
    QHash<QString, QString> m_citations;
    QDate m_today;
};

} // namespace fremdrift
