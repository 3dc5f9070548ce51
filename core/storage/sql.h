#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QDate>
#include <QVariant>

#include <optional>

#include <initializer_list>

namespace fremdrift::sql {

// Turns a driver error into an Error whose message the user can act on (busy, disk full,
// read-only, damaged file); the driver's own text goes into `detail`.
Error fromSqlError(const QSqlError &error);

// Prepares and runs one statement with positional bindings. Every exec() is checked.
Result<QSqlQuery> run(const QSqlDatabase &db,
                      const QString &statement,
                      std::initializer_list<QVariant> bindings = {});

// Runs a statement that returns one row with one column, e.g. a PRAGMA read-back; a null
// QVariant when there is no row.
Result<QVariant> scalar(const QSqlDatabase &db,
                        const QString &statement,
                        std::initializer_list<QVariant> bindings = {});

// Inserts a row (id 0) or updates it where its version still matches, raising the version and
// setting updated_at. Returns the row's id. When the version no longer matches, someone else
// saved first: the error (Code::Conflict) names who and when.
Result<qint64> saveRow(const QSqlDatabase &db,
                       const QString &table,
                       const QStringList &columns,
                       const QVariantList &values,
                       qint64 id,
                       int version);

// The Conflict error for `table` row `id`: who saved it last, and when.
Error conflict(const QSqlDatabase &db, const QString &table, qint64 id);

// A nullable id column: nothing for NULL.
std::optional<qint64> optionalId(const QVariant &value);

// '' for a null QString, which Qt would otherwise bind as NULL: for NOT NULL text columns.
QVariant text(const QString &value);

// NULL for an empty text, an invalid date, or no id: how optional values are stored.
QVariant nullable(const QString &text);
QVariant nullable(const QDate &date);
QVariant nullable(const std::optional<qint64> &id);

} // namespace fremdrift::sql
