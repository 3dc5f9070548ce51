#include "reports/auditlogmodel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace fremdrift {

namespace {

constexpr int ShortDetail = 90;

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("–");
    case QJsonValue::Bool:
        return value.toBool() ? AuditLogModel::tr("yes") : AuditLogModel::tr("no");
    case QJsonValue::Double:
        return QLocale().toString(value.toDouble(), 'g', 15);
    case QJsonValue::String:
        return value.toString().isEmpty() ? QStringLiteral("“”") : value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace

AuditLogModel::AuditLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AuditLogModel::setRecords(QList<AuditRecord> records, QHash<qint64, QString> clientNames)
{
    beginResetModel();
    m_records = std::move(records);
    m_clientNames = std::move(clientNames);
    endResetModel();
}

const AuditRecord *AuditLogModel::record(int row) const
{
    return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
}

QString AuditLogModel::actionName(const QString &action)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("view"), QT_TR_NOOP("Opened")},
        {QStringLiteral("create"), QT_TR_NOOP("Created")},
        {QStringLiteral("update"), QT_TR_NOOP("Changed")},
        {QStringLiteral("delete"), QT_TR_NOOP("Deleted")},
        {QStringLiteral("import"), QT_TR_NOOP("Imported")},
        {QStringLiteral("submit"), QT_TR_NOOP("Submitted")},
        {QStringLiteral("approve"), QT_TR_NOOP("Approved")},
        {QStringLiteral("refuse"), QT_TR_NOOP("Refused")},
        {QStringLiteral("send"), QT_TR_NOOP("Sent")},
        {QStringLiteral("assign"), QT_TR_NOOP("Assigned")},
        {QStringLiteral("close"), QT_TR_NOOP("Closed")},
        {QStringLiteral("deactivate"), QT_TR_NOOP("Deactivated")},
        {QStringLiteral("set_password"), QT_TR_NOOP("Set the password")},
        {QStringLiteral("take_over_lease"), QT_TR_NOOP("Took over editing")},
        {QStringLiteral("return_to_draft"), QT_TR_NOOP("Taken back to draft")},
        {QStringLiteral("put_in_force"), QT_TR_NOOP("Put in force")},
        {QStringLiteral("end"), QT_TR_NOOP("Ended")},
        {QStringLiteral("complete_step"), QT_TR_NOOP("Step completed")},
        {QStringLiteral("reopen_step"), QT_TR_NOOP("Step reopened")},
        {QStringLiteral("link_meeting"), QT_TR_NOOP("Meeting linked")},
        {QStringLiteral("new_decision"), QT_TR_NOOP("New decision started")},
        {QStringLiteral("issue_letter"), QT_TR_NOOP("Letter issued")},
    };
    if (const auto found = names.constFind(action); found != names.cend())
        return tr(found.value());
    QString shown = action;
    shown.replace(QLatin1Char('_'), QLatin1Char(' '));
    return shown;
}

QString AuditLogModel::entityName(const QString &entity)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("client"), QT_TR_NOOP("Client")},
        {QStringLiteral("contact"), QT_TR_NOOP("Contact")},
        {QStringLiteral("decision"), QT_TR_NOOP("Decision")},
        {QStringLiteral("plan"), QT_TR_NOOP("Plan")},
        {QStringLiteral("review"), QT_TR_NOOP("Review")},
        {QStringLiteral("meeting"), QT_TR_NOOP("Meeting")},
        {QStringLiteral("unit"), QT_TR_NOOP("Unit")},
        {QStringLiteral("staff_user"), QT_TR_NOOP("Staff user")},
        {QStringLiteral("review_step"), QT_TR_NOOP("Review step")},
        {QStringLiteral("plan_task"), QT_TR_NOOP("Task")},
        {QStringLiteral("assessment"), QT_TR_NOOP("Assessment")},
        {QStringLiteral("letter"), QT_TR_NOOP("Letter")},
        {QStringLiteral("template"), QT_TR_NOOP("Letter template")},
        {QStringLiteral("office"), QT_TR_NOOP("Office")},
    };
    if (const auto found = names.constFind(entity); found != names.cend())
        return tr(found.value());
    QString shown = entity;
    shown.replace(QLatin1Char('_'), QLatin1Char(' '));
    return shown;
}

QString AuditLogModel::detailSummary(const QJsonObject &detail, int maxLength)
{
    QStringList parts;
    for (auto it = detail.constBegin(); it != detail.constEnd(); ++it) {
        const QJsonValue value = it.value();
        QString field = it.key();
        field.replace(QLatin1Char('_'), QLatin1Char(' '));
        if (value.isArray() && value.toArray().size() == 2) {
            const QJsonArray change = value.toArray();
            parts << tr("%1: %2 → %3")
                         .arg(field, valueText(change.at(0)), valueText(change.at(1)));
        } else {
            parts << tr("%1: %2").arg(field, valueText(value));
        }
    }
    QString text = parts.join(QStringLiteral("; "));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (maxLength > 0 && text.size() > maxLength)
        text = text.left(maxLength - 1) + QStringLiteral("…");
    return text;
}

QString AuditLogModel::localTime(const QString &at)
{
    QDateTime moment = QDateTime::fromString(at, Qt::ISODateWithMs);
    if (!moment.isValid())
        moment = QDateTime::fromString(at, Qt::ISODate);
    if (!moment.isValid())
        return at;
    if (moment.timeSpec() == Qt::LocalTime)
        moment.setTimeSpec(Qt::UTC); // stored in UTC, with or without the Z
    return QLocale().toString(moment.toLocalTime(), QLocale::ShortFormat);
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::display(const AuditRecord &record, int column) const
{
    switch (column) {
    case TimeColumn:
        return localTime(record.at);
    case UserColumn:
        return record.userName;
    case HostColumn:
        return record.host;
    case ActionColumn:
        return actionName(record.action);
    case EntityColumn:
        return entityName(record.entity);
    case ClientColumn:
        if (!record.clientId)
            return {};
        return m_clientNames.value(*record.clientId,
                                   tr("Client %1").arg(*record.clientId));
    case DetailColumn:
        return detailSummary(record.detail, ShortDetail);
    default:
        return {};
    }
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditRecord &record = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(record, index.column());
    case Qt::ToolTipRole:
        if (index.column() == DetailColumn) {
            const QString all = detailSummary(record.detail);
            return all.isEmpty() ? QVariant() : QVariant(all);
        }
        if (index.column() == TimeColumn)
            return record.at;
        return {};
    case IdRole:
        return record.id;
    case ClientIdRole:
        return record.clientId ? QVariant(*record.clientId) : QVariant();
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case HostColumn:
        return tr("PC");
    case ActionColumn:
        return tr("Action");
    case EntityColumn:
        return tr("Record");
    case ClientColumn:
        return tr("Client");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace fremdrift
