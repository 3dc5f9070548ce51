#include "clients/clienthistorymodel.h"

#include "workflow/decisionworkflow.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>

namespace fremdrift {

ClientHistoryModel::ClientHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ClientHistoryModel::setRecords(const QList<AuditRecord> &records)
{
    beginResetModel();
    m_records = records;
    m_descriptions.clear();
    for (const AuditRecord &record : records)
        m_descriptions << describe(record);
    endResetModel();
}

int ClientHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ClientHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const AuditRecord &record = m_records.at(index.row());
    switch (index.column()) {
    case WhenColumn: {
        // Stored in UTC; people read their own clock.
        const QDateTime at = QDateTime::fromString(record.at, Qt::ISODateWithMs);
        return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)
                            : record.at;
    }
    case WhoColumn:
        return record.userName;
    case HostColumn:
        return record.host;
    case WhatColumn:
        return m_descriptions.at(index.row());
    }
    return {};
}

QVariant ClientHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case HostColumn:
        return tr("Computer");
    case WhatColumn:
        return tr("What");
    }
    return {};
}

QString ClientHistoryModel::describe(const AuditRecord &record)
{
    const QString name = record.detail.value(QStringLiteral("name")).toString();
    if (record.entity == u"client") {
        if (record.action == u"create")
            return tr("Client record created");
        const QString fields = changedFields(record.detail);
        return fields.isEmpty() ? tr("Saved without changes") : tr("Updated: %1").arg(fields);
    }
    if (record.entity == u"contact") {
        if (record.action == u"create")
            return tr("Contact added: %1").arg(name);
        if (record.action == u"delete")
            return tr("Contact removed: %1").arg(name);
        return tr("Contact changed: %1").arg(name);
    }
    if (record.entity == u"decision")
        return describeDecision(record);
    return QStringLiteral("%1: %2").arg(record.entity, record.action);
}

QString ClientHistoryModel::describeDecision(const AuditRecord &record)
{
    if (record.action == u"create")
        return tr("Decision drafted");
    if (record.action == u"update") {
        const QString fields = changedFields(record.detail);
        return fields.isEmpty() ? tr("Decision draft saved")
                                : tr("Decision draft changed: %1").arg(fields);
    }
    for (DecisionAction action : allDecisionActions()) {
        if (actionKey(action) == record.action)
            return tr("Decision: %1").arg(actionName(action));
    }
    return tr("Decision: %1").arg(record.action);
}

QString ClientHistoryModel::changedFields(const QJsonObject &detail)
{
    // Bookkeeping and keys that repeat another (unit_id beside unit) are left out.
    static const QStringList hidden = {
        QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("name"),
        QStringLiteral("unit_id"), QStringLiteral("caseworker_id"),
        QStringLiteral("national_id_kind"), QStringLiteral("updated_at"),
        QStringLiteral("client_id"), QStringLiteral("client")};
    QStringList labels;
    for (auto it = detail.begin(); it != detail.end(); ++it) {
        if (!hidden.contains(it.key()))
            labels << fieldLabel(it.key());
    }
    return labels.join(QStringLiteral(", "));
}

QString ClientHistoryModel::fieldLabel(const QString &key)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("given_name"), QT_TR_NOOP("given name")},
        {QStringLiteral("family_name"), QT_TR_NOOP("family name")},
        {QStringLiteral("national_id"), QT_TR_NOOP("national ID")},
        {QStringLiteral("birth_date"), QT_TR_NOOP("birth date")},
        {QStringLiteral("address_line"), QT_TR_NOOP("address")},
        {QStringLiteral("postal_code"), QT_TR_NOOP("postal code")},
        {QStringLiteral("city"), QT_TR_NOOP("city")},
        {QStringLiteral("phone"), QT_TR_NOOP("phone")},
        {QStringLiteral("email"), QT_TR_NOOP("e-mail")},
        {QStringLiteral("unit"), QT_TR_NOOP("unit")},
        {QStringLiteral("caseworker"), QT_TR_NOOP("caseworker")},
        {QStringLiteral("gp_name"), QT_TR_NOOP("GP")},
        {QStringLiteral("gp_practice"), QT_TR_NOOP("GP practice")},
        {QStringLiteral("gp_phone"), QT_TR_NOOP("GP phone")},
        {QStringLiteral("consent_competence"), QT_TR_NOOP("consent competence")},
        {QStringLiteral("consent_assessed_on"), QT_TR_NOOP("consent assessed on")},
        {QStringLiteral("consent_assessed_by"), QT_TR_NOOP("consent assessed by")},
        {QStringLiteral("individual_plan"), QT_TR_NOOP("individual plan")},
        {QStringLiteral("individual_plan_coordinator"), QT_TR_NOOP("plan coordinator")},
        {QStringLiteral("notes"), QT_TR_NOOP("notes")},
        {QStringLiteral("status"), QT_TR_NOOP("status")},
        {QStringLiteral("legal_basis"), QT_TR_NOOP("legal basis")},
        {QStringLiteral("valid_from"), QT_TR_NOOP("valid from")},
        {QStringLiteral("valid_to"), QT_TR_NOOP("valid to")},
        {QStringLiteral("evaluation_date"), QT_TR_NOOP("evaluation date")},
        {QStringLiteral("services"), QT_TR_NOOP("services")},
    };
    if (const auto it = labels.constFind(key); it != labels.constEnd())
        return tr(it.value());
    return QString(key).replace(u'_', u' ');
}

} // namespace fremdrift
