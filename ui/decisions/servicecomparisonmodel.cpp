#include "decisions/servicecomparisonmodel.h"

#include "decisions/decisionformat.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace fremdrift {

ServiceComparisonModel::ServiceComparisonModel(const JurisdictionProfile &profile, QObject *parent)
    : QAbstractTableModel(parent)
    , m_profile(profile)
{
}

void ServiceComparisonModel::compare(const QList<DecisionService> &previous,
                                     const QList<DecisionService> &current)
{
    beginResetModel();
    m_changes = compareServices(previous, current);
    endResetModel();
}

int ServiceComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int ServiceComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ServiceComparisonModel::changeText(const ServiceChange &change) const
{
    if (change.isNew)
        return tr("New: %1 h").arg(formatHoursChange(change.totalChange()));
    if (change.isRemoved)
        return tr("Removed: %1 h").arg(formatHoursChange(change.totalChange()));
    return tr("%1 h (own %2, shared %3)")
        .arg(formatHoursChange(change.totalChange()),
             formatHoursChange(change.ownChange()),
             formatHoursChange(change.sharedChange()));
}

QVariant ServiceComparisonModel::display(const ServiceChange &change, int column) const
{
    switch (column) {
    case ServiceColumn:
        if (const ServiceType *type = m_profile.service(change.serviceCode))
            return type->name.text(m_profile.language);
        return change.serviceCode;
    case PreviousOwnColumn:
        return change.isNew ? QStringLiteral("–") : formatHours(change.previousOwn);
    case PreviousSharedColumn:
        return change.isNew ? QStringLiteral("–") : formatHours(change.previousShared);
    case NewOwnColumn:
        return change.isRemoved ? QStringLiteral("–") : formatHours(change.newOwn);
    case NewSharedColumn:
        return change.isRemoved ? QStringLiteral("–") : formatHours(change.newShared);
    case ChangeColumn:
        return changeText(change);
    }
    return {};
}

QVariant ServiceComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ServiceChange &change = m_changes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(change, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() != ServiceColumn && index.column() != ChangeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (index.column() == ChangeColumn && (change.isNew || change.isRemoved)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ChangeColumn && change.totalChange() < 0)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (index.column() == ChangeColumn && change.totalChange() > 0)
            return QBrush(QColor(0x2e, 0x7d, 0x32));
        return {};
    }
    return {};
}

QVariant
ServiceComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ServiceColumn:
        return tr("Service");
    case PreviousOwnColumn:
        return tr("Previous own");
    case PreviousSharedColumn:
        return tr("Previous shared");
    case NewOwnColumn:
        return tr("New own");
    case NewSharedColumn:
        return tr("New shared");
    case ChangeColumn:
        return tr("Change a week");
    }
    return {};
}

} // namespace fremdrift
