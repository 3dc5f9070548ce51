#include "clients/clientdecisionsmodel.h"

#include "decisions/decisionformat.h"

namespace fremdrift {

ClientDecisionsModel::ClientDecisionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ClientDecisionsModel::setDecisions(const QList<DecisionSummary> &decisions,
                                        const JurisdictionProfile &profile)
{
    beginResetModel();
    m_decisions = decisions;
    m_citations = legalBasisCitations(profile);
    endResetModel();
}

int ClientDecisionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_decisions.size());
}

int ClientDecisionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientDecisionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DecisionSummary &decision = m_decisions.at(index.row());
    if (role == Qt::DisplayRole)
        return display(decision, index.column());
    if (role == Qt::ToolTipRole && index.column() == LegalBasisColumn)
        return display(decision, LegalBasisColumn);
    if (role == IdRole)
        return decision.id;
    return {};
}

QVariant ClientDecisionsModel::display(const DecisionSummary &decision, int column) const
{
    switch (column) {
    case ReferenceColumn:
        return decision.reference;
    case StatusColumn:
        return statusName(decision.status);
    case LegalBasisColumn:
        return citeLegalBasis(m_citations, decision.legalBasis);
    case EvaluationColumn:
        return formatDate(decision.evaluationDate);
    }
    return {};
}

QVariant ClientDecisionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReferenceColumn:
        return tr("Reference");
    case StatusColumn:
        return tr("Status");
    case LegalBasisColumn:
        return tr("Legal basis");
    case EvaluationColumn:
        return tr("Evaluation");
    }
    return {};
}

} // namespace fremdrift
