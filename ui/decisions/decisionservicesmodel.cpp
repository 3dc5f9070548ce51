#include "decisions/decisionservicesmodel.h"

#include "decisions/decisionformat.h"

#include <QBrush>
#include <QColor>

namespace fremdrift {

DecisionServicesModel::DecisionServicesModel(const JurisdictionProfile &profile, QObject *parent)
    : QAbstractTableModel(parent)
    , m_profile(profile)
{
}

void DecisionServicesModel::setServices(QList<DecisionService> services)
{
    beginResetModel();
    m_services = std::move(services);
    m_problems.clear();
    endResetModel();
}

void DecisionServicesModel::setEditable(bool editable)
{
    if (m_editable == editable)
        return;
    m_editable = editable;
    // Flags changed for every cell; views re-read them on layoutChanged.
    emit layoutAboutToBeChanged();
    emit layoutChanged();
}

int DecisionServicesModel::addService(const QString &serviceCode)
{
    const int row = int(m_services.size());
    beginInsertRows({}, row, row);
    DecisionService service;
    service.serviceCode = serviceCode;
    m_services.append(service);
    endInsertRows();
    emit servicesChanged();
    return row;
}

void DecisionServicesModel::removeService(int row)
{
    if (row < 0 || row >= m_services.size())
        return;
    beginRemoveRows({}, row, row);
    m_services.removeAt(row);
    endRemoveRows();
    // The problems were numbered by row and no longer fit.
    clearProblems();
    emit servicesChanged();
}

int DecisionServicesModel::columnForField(const QString &field)
{
    if (field == u"service_code")
        return ServiceColumn;
    if (field == u"own_hours")
        return OwnHoursColumn;
    if (field == u"shared_hours")
        return SharedHoursColumn;
    if (field == u"description")
        return DescriptionColumn;
    return -1;
}

void DecisionServicesModel::setProblem(int row, int column, const QString &message)
{
    if (row < 0 || row >= m_services.size() || column < 0 || column >= ColumnCount)
        return;
    QString &text = m_problems[cellKey(row, column)];
    text = text.isEmpty() ? message : text + u'\n' + message;
    const QModelIndex cell = index(row, column);
    emit dataChanged(cell, cell, {ProblemRole, Qt::ToolTipRole});
}

void DecisionServicesModel::clearProblems()
{
    if (m_problems.isEmpty())
        return;
    m_problems.clear();
    if (!m_services.isEmpty())
        emit dataChanged(index(0, 0),
                         index(int(m_services.size()) - 1, ColumnCount - 1),
                         {ProblemRole, Qt::ToolTipRole});
}

QString DecisionServicesModel::problem(int row, int column) const
{
    return m_problems.value(cellKey(row, column));
}

int DecisionServicesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_services.size());
}

int DecisionServicesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DecisionServicesModel::display(const DecisionService &service, int column) const
{
    switch (column) {
    case ServiceColumn:
        if (const ServiceType *type = m_profile.service(service.serviceCode))
            return type->name.text(m_profile.language);
        return service.serviceCode;
    case OwnHoursColumn:
        return formatHours(service.ownHours);
    case SharedHoursColumn:
        return formatHours(service.sharedHours);
    case DescriptionColumn:
        return service.description;
    }
    return {};
}

QVariant DecisionServicesModel::editValue(const DecisionService &service, int column) const
{
    switch (column) {
    case ServiceColumn:
        return service.serviceCode;
    case OwnHoursColumn:
        return service.ownHours;
    case SharedHoursColumn:
        return service.sharedHours;
    case DescriptionColumn:
        return service.description;
    }
    return {};
}

QVariant DecisionServicesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DecisionService &service = m_services.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(service, index.column());
    case Qt::EditRole:
        return editValue(service, index.column());
    case ProblemRole:
        return problem(index.row(), index.column());
    case Qt::ToolTipRole: {
        const QString text = problem(index.row(), index.column());
        return text.isEmpty() && index.column() == DescriptionColumn ? service.description : text;
    }
    case Qt::TextAlignmentRole:
        if (index.column() == OwnHoursColumn || index.column() == SharedHoursColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::BackgroundRole:
        if (!problem(index.row(), index.column()).isEmpty())
            return QBrush(QColor(0xfd, 0xe8, 0xe8));
        return {};
    }
    return {};
}

bool DecisionServicesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_editable
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    DecisionService &service = m_services[index.row()];
    switch (index.column()) {
    case ServiceColumn:
        service.serviceCode = value.toString();
        break;
    case OwnHoursColumn:
        service.ownHours = value.toDouble();
        break;
    case SharedHoursColumn:
        service.sharedHours = value.toDouble();
        break;
    case DescriptionColumn:
        service.description = value.toString();
        break;
    }
    // The value changed, so what was wrong with it may no longer be.
    m_problems.remove(cellKey(index.row(), index.column()));
    emit dataChanged(index, index);
    emit servicesChanged();
    return true;
}

Qt::ItemFlags DecisionServicesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && m_editable)
        result |= Qt::ItemIsEditable;
    return result;
}

QVariant DecisionServicesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ServiceColumn:
        return tr("Service");
    case OwnHoursColumn:
        return tr("Own h/week");
    case SharedHoursColumn:
        return tr("Shared h/week");
    case DescriptionColumn:
        return tr("Description");
    }
    return {};
}

} // namespace fremdrift
