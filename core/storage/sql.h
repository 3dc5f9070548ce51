#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace fremdrift::sql {

// Turns a driver error into an Error whose message the user can act on (busy, disk full,
// read-only, damaged file); the driver's own text goes into `detail`.
Error fromSqlError(const QSqlError &error);

// Prepares and runs one statement with positional bindings. Every exec() is checked.
Result<QSqlQuery> run(const QSqlDatabase &db,
                      const QString &statement,
                      std::initializer_list<QVariant> bindings = {});

// Runs a statement that returns one row with one column, e.g. a PRAGMA read-back.
Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement);

} // namespace fremdrift::sql
