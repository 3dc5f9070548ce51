#include "storage/sql.h"

#include <QCoreApplication>

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

QString tr(const char *text)
{
    return QCoreApplication::translate("fremdrift::sql", text);
}

} // namespace

Error fromSqlError(const QSqlError &error)
{
    bool isNumber = false;
    // Extended codes carry the primary code in their low byte.
    const int native = error.nativeErrorCode().toInt(&isNumber) & 0xff;
    const QString detail = error.text();
    if (!isNumber)
        return makeError(Error::Code::Generic, tr("The database reported an error."), detail);

    switch (native) {
    case SqliteBusy:
    case SqliteLocked:
        return makeError(Error::Code::Busy,
                         tr("The database is busy: another user is saving. Try again in a moment."),
                         detail);
    case SqliteReadOnly:
        return makeError(Error::Code::ReadOnly,
                         tr("The database is open read-only, so nothing can be saved."),
                         detail);
    case SqliteFull:
        return makeError(Error::Code::Io,
                         tr("The disk is full. Nothing was saved; free some space and try again."),
                         detail);
    case SqliteIoErr:
    case SqliteCantOpen:
        return makeError(Error::Code::Io,
                         tr("The database file could not be read or written. Check that the "
                            "drive is connected and try again."),
                         detail);
    case SqliteCorrupt:
    case SqliteNotADb:
        return makeError(Error::Code::Corrupt,
                         tr("The database file is damaged. Restore it from a backup."),
                         detail);
    case SqliteConstraint:
        return makeError(Error::Code::InvalidInput,
                         tr("The change breaks a rule of the database and was not saved."),
                         detail);
    default:
        return makeError(Error::Code::Generic, tr("The database reported an error."), detail);
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

Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement)
{
    auto query = run(db, statement);
    if (!query)
        return query.error();
    if (!query->next()) {
        if (query->lastError().isValid())
            return fromSqlError(query->lastError());
        return QVariant();
    }
    return query->value(0);
}

} // namespace fremdrift::sql
