#pragma once

#include "domain/decision.h"

#include <QAbstractTableModel>
#include <QHash>

namespace fremdrift {

// The services of a decision being edited: service, own and shared hours a week, description.
// Also holds the problems the rules found, cell by cell, so the view can mark them.
class DecisionServicesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ServiceColumn,
        OwnHoursColumn,
        SharedHoursColumn,
        DescriptionColumn,
        ColumnCount
    };
    enum Role { ProblemRole = Qt::UserRole + 1 };

    DecisionServicesModel(const JurisdictionProfile &profile, QObject *parent = nullptr);

    void setServices(QList<DecisionService> services);
    const QList<DecisionService> &services() const { return m_services; }
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

    // Appends a row for `serviceCode` and returns its row.
    int addService(const QString &serviceCode);
    void removeService(int row);

    // "own_hours" → OwnHoursColumn ...; -1 for a field the table does not show.
    static int columnForField(const QString &field);
    void setProblem(int row, int column, const QString &message);
    void clearProblems();
    QString problem(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // Any change to the services, by editing, adding or removing.
    void servicesChanged();

private:
    QVariant display(const DecisionService &service, int column) const;
    QVariant editValue(const DecisionService &service, int column) const;
    static qint64 cellKey(int row, int column) { return qint64(row) * ColumnCount + column; }

    const JurisdictionProfile &m_profile;
    QList<DecisionService> m_services;
    QHash<qint64, QString> m_problems;
    bool m_editable = true;
};

} // namespace fremdrift
