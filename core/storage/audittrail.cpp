#include "storage/audittrail.h"

#include "storage/sql.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace fremdrift {

namespace {

QVariant nullable(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

// The bytes a row's hash covers, fields separated by the unit separator.
QByteArray hashInput(const QString &previousHash, const QStringList &fields)
{
    return (QStringList{previousHash} + fields).join(QChar(0x1f)).toUtf8();
}

QString hashOf(const QString &previousHash, const QStringList &fields)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(hashInput(previousHash, fields), QCryptographicHash::Sha256)
            .toHex());
}

QString text(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString();
}

// A row of "SELECT id, at, user_name, host, action, entity, entity_id, detail, user_id,
// client_id".
AuditRecord recordFrom(const QSqlQuery &row)
{
    const auto optionalId = [&](int column) {
        return row.value(column).isNull() ? std::nullopt
                                          : std::optional<qint64>(row.value(column).toLongLong());
    };
    AuditRecord record;
    record.id = row.value(0).toLongLong();
    record.at = row.value(1).toString();
    record.userName = row.value(2).toString();
    record.host = row.value(3).toString();
    record.action = row.value(4).toString();
    record.entity = row.value(5).toString();
    record.entityId = optionalId(6);
    record.detail = QJsonDocument::fromJson(row.value(7).toString().toUtf8()).object();
    record.userId = optionalId(8);
    record.clientId = optionalId(9);
    return record;
}

} // namespace

Status AuditTrail::append(const QSqlDatabase &db, const AuditEntry &entry)
{
    auto last = sql::scalar(db, QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!last)
        return last.error();
    const QString previousHash = text(*last);
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString detail = QString::fromUtf8(
        QJsonDocument(entry.detail).toJson(QJsonDocument::Compact));
    const QStringList fields = {at,
                                entry.userId ? QString::number(*entry.userId) : QString(),
                                entry.userName,
                                entry.host,
                                entry.action,
                                entry.entity,
                                entry.entityId ? QString::number(*entry.entityId) : QString(),
                                entry.clientId ? QString::number(*entry.clientId) : QString(),
                                detail};
    auto inserted = sql::run(db,
                             QStringLiteral("INSERT INTO audit_log(at, user_id, user_name, host, "
                                            "action, entity, entity_id, client_id, detail, "
                                            "prev_hash, hash) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             {at,
                              nullable(entry.userId),
                              entry.userName,
                              entry.host,
                              entry.action,
                              entry.entity,
                              nullable(entry.entityId),
                              nullable(entry.clientId),
                              detail,
                              previousHash,
                              hashOf(previousHash, fields)});
    if (!inserted)
        return inserted.error();
    return Ok{};
}

Result<AuditChainCheck> AuditTrail::verify(const QSqlDatabase &db)
{
    auto rows = sql::run(db,
                         QStringLiteral("SELECT id, at, user_id, user_name, host, action, entity, "
                                        "entity_id, client_id, detail, prev_hash, hash "
                                        "FROM audit_log ORDER BY id"));
    if (!rows)
        return rows.error();
    AuditChainCheck check;
    QString previousHash;
    while (rows->next()) {
        ++check.rows;
        QStringList fields;
        for (int column = 1; column <= 9; ++column)
            fields << text(rows->value(column));
        const bool linked = text(rows->value(10)) == previousHash;
        const bool matches = text(rows->value(11)) == hashOf(previousHash, fields);
        if (!linked || !matches) {
            check.intact = false;
            check.firstBrokenId = rows->value(0).toLongLong();
            break;
        }
        previousHash = text(rows->value(11));
    }
    return check;
}

Result<QList<AuditRecord>> AuditTrail::forClient(const QSqlDatabase &db, qint64 clientId,
                                                 int limit)
{
    AuditFilter filter;
    filter.clientId = clientId;
    filter.limit = limit;
    return search(db, filter);
}

Result<QList<AuditRecord>> AuditTrail::search(const QSqlDatabase &db, const AuditFilter &filter)
{
    // `at` is ISO 8601 UTC with milliseconds, so text order is time order.
    const auto utc = [](const QDate &day) {
        return day.isValid() ? QVariant(QDateTime(day, QTime(0, 0)).toUTC().toString(
                                   Qt::ISODateWithMs))
                             : QVariant(QMetaType::fromType<QString>());
    };
    const QVariant user = nullable(filter.userId);
    const QVariant client = nullable(filter.clientId);
    const QVariant from = utc(filter.from);
    const QVariant to = utc(filter.to.isValid() ? filter.to.addDays(1) : QDate());
    auto rows = sql::run(db,
                         QStringLiteral("SELECT id, at, user_name, host, action, entity, "
                                        "entity_id, detail, user_id, client_id FROM audit_log "
                                        "WHERE (? IS NULL OR user_id = ?) "
                                        "AND (? IS NULL OR client_id = ?) "
                                        "AND (? IS NULL OR at >= ?) AND (? IS NULL OR at < ?) "
                                        "ORDER BY id DESC LIMIT ?"),
                         {user, user, client, client, from, from, to, to, filter.limit});
    if (!rows)
        return rows.error();
    QList<AuditRecord> records;
    while (rows->next())
        records << recordFrom(*rows);
    return records;
}

QJsonObject AuditTrail::changes(const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject changed;
    for (auto it = after.begin(); it != after.end(); ++it) {
        const QJsonValue old = before.value(it.key());
        if (old != it.value())
            changed[it.key()] = QJsonArray{old, it.value()};
    }
    return changed;
}

} // namespace fremdrift
