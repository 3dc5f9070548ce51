#include "decisions/decisionlistmodel.h"

#include "decisions/decisionformat.h"

#include <QBrush>
#include <QColor>

namespace fremdrift {

DecisionListModel::DecisionListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DecisionListModel::setDecisions(QList<DecisionSummary> decisions,
                                     QHash<QString, QString> citations,
                                     QDate today)
{
    beginResetModel();
    m_decisions = std::move(decisions);
    m_citations = std::move(citations);
    m_today = today;
    endResetModel();
}

const DecisionSummary *DecisionListModel::decision(int row) const
{
    return row >= 0 && row < m_decisions.size() ? &m_decisions.at(row) : nullptr;
}

int DecisionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_decisions.size());
}

int DecisionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool DecisionListModel::isOverdue(const DecisionSummary &decision) const
{
    // Only a decision that still applies can be overdue for evaluation.
    const bool applies = decision.status == DecisionStatus::Approved
                         || decision.status == DecisionStatus::Sent
                         || decision.status == DecisionStatus::InForce;
    return applies && decision.evaluationDate.isValid() && decision.evaluationDate < m_today;
}

QVariant DecisionListModel::display(const DecisionSummary &decision, int column) const
{
    switch (column) {
    case ReferenceColumn:
        return decision.reference;
    case ClientColumn:
        return decision.clientName;
    case UnitColumn:
        return decision.unitName;
    case StatusColumn:
        return statusName(decision.status);
    case LegalBasisColumn:
        return citeLegalBasis(m_citations, decision.legalBasis);
    case EvaluationColumn:
        return formatDate(decision.evaluationDate);
    case OwnHoursColumn:
        return formatHours(decision.ownHours);
    case SharedHoursColumn:
        return formatHours(decision.sharedHours);
    }
    return {};
}

QVariant DecisionListModel::sortValue(const DecisionSummary &decision, int column) const
{
    switch (column) {
    case StatusColumn:
        return int(decision.status);
    case EvaluationColumn:
        // Undated last when sorting ascending.
        return decision.evaluationDate.isValid() ? decision.evaluationDate : QDate(9999, 12, 31);
    case OwnHoursColumn:
        return decision.ownHours;
    case SharedHoursColumn:
        return decision.sharedHours;
    default:
        return display(decision, column);
    }
}

QVariant DecisionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DecisionSummary &decision = m_decisions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(decision, index.column());
    case SortRole:
        return sortValue(decision, index.column());
    case IdRole:
        return decision.id;
    case Qt::ForegroundRole:
        if (index.column() == EvaluationColumn && isOverdue(decision))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == EvaluationColumn && isOverdue(decision))
            return tr("The evaluation date has passed.");
        if (index.column() == LegalBasisColumn || index.column() == ClientColumn)
            return display(decision, index.column());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == OwnHoursColumn || index.column() == SharedHoursColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant DecisionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        if (section == OwnHoursColumn)
            return tr("Own time, hours a week");
        if (section == SharedHoursColumn)
            return tr("Time shared with others, hours a week");
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReferenceColumn:
        return tr("Reference");
    case ClientColumn:
        return tr("Client");
    case UnitColumn:
        return tr("Unit");
    case StatusColumn:
        return tr("Status");
    case LegalBasisColumn:
        return tr("Legal basis");
    case EvaluationColumn:
        return tr("Evaluation");
    case OwnHoursColumn:
        return tr("Own h");
    case SharedHoursColumn:
        return tr("Shared h");
    }
    return {};
}

} // namespace fremdrift
