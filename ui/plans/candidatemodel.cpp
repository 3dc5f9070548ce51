#include "plans/candidatemodel.h"

#include "decisions/decisionformat.h"

namespace fremdrift {

CandidateModel::CandidateModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CandidateModel::setDecisions(QList<DecisionSummary> decisions)
{
    beginResetModel();
    m_decisions = std::move(decisions);
    m_unchecked.clear();
    endResetModel();
    emit checkedChanged();
}

QList<qint64> CandidateModel::checkedIds() const
{
    QList<qint64> ids;
    for (const DecisionSummary &decision : m_decisions) {
        if (!m_unchecked.contains(decision.id))
            ids << decision.id;
    }
    return ids;
}

void CandidateModel::setAllChecked(bool checked)
{
    m_unchecked.clear();
    if (!checked) {
        for (const DecisionSummary &decision : std::as_const(m_decisions))
            m_unchecked.insert(decision.id);
    }
    if (!m_decisions.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::CheckStateRole});
    emit checkedChanged();
}

void CandidateModel::setChecked(qint64 decisionId, bool checked)
{
    for (int row = 0; row < m_decisions.size(); ++row) {
        if (m_decisions.at(row).id == decisionId)
            setData(index(row, 0), checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
    }
}

int CandidateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_decisions.size());
}

int CandidateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CandidateModel::display(const DecisionSummary &decision, int column) const
{
    switch (column) {
    case ClientColumn:
        return decision.clientName;
    case UnitColumn:
        return decision.unitName;
    case CaseworkerColumn:
        return decision.caseworkerName;
    case ReferenceColumn:
        return decision.reference;
    case EvaluationColumn:
        return formatDate(decision.evaluationDate);
    }
    return {};
}

QVariant CandidateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DecisionSummary &decision = m_decisions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(decision, index.column());
    case Qt::CheckStateRole:
        if (index.column() == ClientColumn)
            return m_unchecked.contains(decision.id) ? Qt::Unchecked : Qt::Checked;
        return {};
    case IdRole:
        return decision.id;
    case SortRole:
        if (index.column() == EvaluationColumn)
            return decision.evaluationDate;
        return display(decision, index.column());
    }
    return {};
}

bool CandidateModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != ClientColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const qint64 id = m_decisions.at(index.row()).id;
    if (value.toInt() == Qt::Checked)
        m_unchecked.remove(id);
    else
        m_unchecked.insert(id);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedChanged();
    return true;
}

Qt::ItemFlags CandidateModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ClientColumn)
        result |= Qt::ItemIsUserCheckable;
    return result;
}

QVariant CandidateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ClientColumn:
        return tr("Client");
    case UnitColumn:
        return tr("Unit");
    case CaseworkerColumn:
        return tr("Caseworker");
    case ReferenceColumn:
        return tr("Decision");
    case EvaluationColumn:
        return tr("Evaluation");
    }
    return {};
}

} // namespace fremdrift
