#pragma once

#include "storage/audittrail.h"

#include <QAbstractTableModel>
#include <QHash>

namespace fremdrift {

// Rows of the audit trail as the administrator's Audit log tab lists them, newest first (as
// AccessLog::search returns them). Times are shown in local time.
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        UserColumn,
        HostColumn,
        ActionColumn,
        EntityColumn,
        ClientColumn,
        DetailColumn,
        ColumnCount
    };
    enum Roles {
        IdRole = Qt::UserRole + 1, // the audit row's id
        ClientIdRole,              // the client the row is about; invalid when none
    };

    explicit AuditLogModel(QObject *parent = nullptr);

    // `clientNames` names the clients the rows mention ("Family, Given"); a client missing
    // from it is shown by its id.
    void setRecords(QList<AuditRecord> records, QHash<qint64, QString> clientNames = {});
    const QList<AuditRecord> &records() const { return m_records; }
    // The record of `row`; nullptr for a row out of range.
    const AuditRecord *record(int row) const;

    // The action and the kind of record in the interface language; unknown keys as stored.
    static QString actionName(const QString &action);
    static QString entityName(const QString &entity);
    // "field: old → new; …", at most `maxLength` characters (0: all of it).
    static QString detailSummary(const QJsonObject &detail, int maxLength = 0);
    // The stored UTC time as a local date and time in the short format.
    static QString localTime(const QString &at);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const AuditRecord &record, int column) const;

    QList<AuditRecord> m_records;
    QHash<qint64, QString> m_clientNames;
};

} // namespace fremdrift
