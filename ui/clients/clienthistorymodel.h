#pragma once

#include "storage/audittrail.h"

#include <QAbstractTableModel>

namespace fremdrift {

// What was done to one client's record (the audit trail), newest first: when, who, from which
// PC, and what, in words ("Updated: family name, phone").
class ClientHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, WhoColumn, HostColumn, WhatColumn, ColumnCount };

    explicit ClientHistoryModel(QObject *parent = nullptr);

    void setRecords(const QList<AuditRecord> &records);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // One line in the interface language for an audit record.
    static QString describe(const AuditRecord &record);
    // "family name" for "family_name": the changed fields a caseworker recognises.
    static QString fieldLabel(const QString &key);

private:
    static QString changedFields(const QJsonObject &detail);
    static QString describeDecision(const AuditRecord &record);

    QList<AuditRecord> m_records;
    QStringList m_descriptions; // per row, made once
};

} // namespace fremdrift
