#pragma once

#include "jurisdiction/jurisdictionprofile.h"
#include "repository/decisionrepository.h"

#include <QAbstractTableModel>
#include <QHash>

namespace fremdrift {

// One client's decisions, in the order the repository gives them.
class ClientDecisionsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The legal basis comes last: its citation is long and may be elided.
    enum Column { ReferenceColumn, StatusColumn, EvaluationColumn, LegalBasisColumn,
                  ColumnCount };
    enum Role { IdRole = Qt::UserRole };

    explicit ClientDecisionsModel(QObject *parent = nullptr);

    // Legal bases are cited from `profile` ("hol. § 3-2 ..."); unknown codes are shown as is.
    void setDecisions(const QList<DecisionSummary> &decisions, const JurisdictionProfile &profile);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant display(const DecisionSummary &decision, int column) const;

    QList<DecisionSummary> m_decisions;
    QHash<QString, QString> m_citations; // legal basis code -> citation
};

} // namespace fremdrift
