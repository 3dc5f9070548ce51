#include "storage/sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace fremdrift::sql {

namespace {

// SQLite's primary result codes (sqlite3.h), as Qt reports them in nativeErrorCode().
enum SqliteCode {
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteConstraint = 19,
    SqliteNotADb = 26,
};

class SqlErrors final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::SqlErrors)
};

} // namespace

Error fromSqlError(const QSqlError &error)
{
    bool isNumber = false;
    // Extended codes carry the primary code in their low byte.
    const int native = error.nativeErrorCode().toInt(&isNumber) & 0xff;
    const QString detail = error.text();
    if (!isNumber)
        return makeError(Error::Code::Generic, SqlErrors::tr("The database reported an error."), detail);

    switch (native) {
    case SqliteBusy:
    case SqliteLocked:
        return makeError(Error::Code::Busy,
                         SqlErrors::tr("The database is busy: another user is saving. Try again in a moment."),
                         detail);
    case SqliteReadOnly:
        return makeError(Error::Code::ReadOnly,
                         SqlErrors::tr("The database is open read-only, so nothing can be saved."),
                         detail);
    case SqliteFull:
        return makeError(Error::Code::Io,
                         SqlErrors::tr("The disk is full. Nothing was saved; free some space and try again."),
                         detail);
    case SqliteIoErr:
    case SqliteCantOpen:
        return makeError(Error::Code::Io,
                         SqlErrors::tr("The database file could not be read or written. Check that the "
                            "drive is connected and try again."),
                         detail);
    case SqliteCorrupt:
    case SqliteNotADb:
        return makeError(Error::Code::Corrupt,
                         SqlErrors::tr("The database file is damaged. Restore it from a backup."),
                         detail);
    case SqliteConstraint:
        return makeError(Error::Code::InvalidInput,
                         SqlErrors::tr("The change breaks a rule of the database and was not saved."),
                         detail);
    default:
        return makeError(Error::Code::Generic, SqlErrors::tr("The database reported an error."), detail);
    }
}

Result<QSqlQuery> run(const QSqlDatabase &db,
                      const QString &statement,
                      std::initializer_list<QVariant> bindings)
{
    QSqlQuery query(db);
    if (!query.prepare(statement))
        return fromSqlError(query.lastError());
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec())
        return fromSqlError(query.lastError());
    return query;
}

Result<QVariant> scalar(const QSqlDatabase &db,
                        const QString &statement,
                        std::initializer_list<QVariant> bindings)
{
    auto query = run(db, statement, bindings);
    if (!query)
        return query.error();
    if (!query->next()) {
        if (query->lastError().isValid())
            return fromSqlError(query->lastError());
        return QVariant();
    }
    return query->value(0);
}

Result<qint64> saveRow(const QSqlDatabase &db,
                       const QString &table,
                       const QStringList &columns,
                       const QVariantList &values,
                       qint64 id,
                       int version)
{
    Q_ASSERT(columns.size() == values.size());
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QSqlQuery query(db);
    if (id == 0) {
        query.prepare(QStringLiteral("INSERT INTO %1(%2, updated_at) VALUES (%3?)")
                          .arg(table,
                               columns.join(QStringLiteral(", ")),
                               QStringLiteral("?, ").repeated(columns.size())));
    } else {
        query.prepare(QStringLiteral("UPDATE %1 SET %2 = ?, updated_at = ?, version = version + 1 "
                                     "WHERE id = ? AND version = ?")
                          .arg(table, columns.join(QStringLiteral(" = ?, "))));
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.addBindValue(now);
    if (id != 0) {
        query.addBindValue(id);
        query.addBindValue(version);
    }
    if (!query.exec())
        return fromSqlError(query.lastError());
    if (id == 0)
        return query.lastInsertId().toLongLong();
    if (query.numRowsAffected() == 0)
        return conflict(db, table, id);
    return id;
}

Error conflict(const QSqlDatabase &db, const QString &table, qint64 id)
{
    auto row = run(db,
                   QStringLiteral("SELECT s.full_name, t.updated_at FROM %1 t "
                                  "LEFT JOIN staff_users s ON s.id = t.updated_by WHERE t.id = ?")
                       .arg(table),
                   {id});
    if (!row || !row->next())
        return makeError(Error::Code::Conflict,
                         SqlErrors::tr("Someone else deleted this record while you were working "
                                       "on it. Your changes were not saved."));
    const QString who = row->value(0).toString();
    const QDateTime when = QDateTime::fromString(row->value(1).toString(), Qt::ISODate);
    return makeError(Error::Code::Conflict,
                     SqlErrors::tr("%1 saved this record at %2, after you opened it. Your changes "
                                   "were not saved: reload to see theirs, then make yours again.")
                         .arg(who.isEmpty() ? SqlErrors::tr("Someone else") : who,
                              QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)));
}

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant nullable(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType::fromType<QString>());
}

QVariant nullable(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> optionalId(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

} // namespace fremdrift::sql
