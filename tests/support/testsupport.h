#pragma once

#include "storage/database.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace fremdrift::test {

// A temporary folder that lives for one test, with helpers to make databases in it.
class Scratch final
{
public:
    Scratch();
    QString path(const QString &name) const;
    std::unique_ptr<Database> createDatabase(const QString &name,
                                             JurisdictionCode jurisdiction
                                             = JurisdictionCode::Norway);

private:
    QTemporaryDir m_dir;
};

QByteArray readAll(const QString &path);
void writeAll(const QString &path, const QByteArray &bytes);

} // namespace fremdrift::test

#include <QSqlDatabase>

#include <functional>

namespace fremdrift::test {

// Opens `path` with a plain QSQLITE connection, bypassing Fremdrift's checks, to build
// files in states Fremdrift itself would never leave them in.
void withRawConnection(const QString &path, const std::function<void(QSqlDatabase &)> &work);
void rawExec(QSqlDatabase &db, const QString &statement);

} // namespace fremdrift::test
