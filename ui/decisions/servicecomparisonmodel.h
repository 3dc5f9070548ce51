#pragma once

#include "domain/decision.h"

#include <QAbstractTableModel>

namespace fremdrift {

// The previous allocation against the new one, service by service (compareServices): seed 000
// requires that the previous allocation and the changes are visible before approval.
class ServiceComparisonModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ServiceColumn,
        PreviousOwnColumn,
        PreviousSharedColumn,
        NewOwnColumn,
        NewSharedColumn,
        ChangeColumn,
        ColumnCount
    };

    ServiceComparisonModel(const JurisdictionProfile &profile, QObject *parent = nullptr);

    void compare(const QList<DecisionService> &previous, const QList<DecisionService> &current);
    const QList<ServiceChange> &changes() const { return m_changes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ServiceChange &change, int column) const;
    QString changeText(const ServiceChange &change) const;

    const JurisdictionProfile &m_profile;
    QList<ServiceChange> m_changes;
};

} // namespace fremdrift
