#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>

namespace fremdrift::test {

Scratch::Scratch()
{
    REQUIRE(m_dir.isValid());
}

QString Scratch::path(const QString &name) const
{
    return m_dir.filePath(name);
}

std::unique_ptr<Database> Scratch::createDatabase(const QString &name,
                                                  JurisdictionCode jurisdiction)
{
    Database::CreateOptions options;
    options.jurisdiction = jurisdiction;
    auto created = Database::create(path(name), options);
    INFO((created ? QString() : created.error().message + u' ' + created.error().detail)
             .toStdString());
    REQUIRE(created.ok());
    return std::move(created).value();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace fremdrift::test

#include <QSqlError>
#include <QSqlQuery>

namespace fremdrift::test {

void withRawConnection(const QString &path, const std::function<void(QSqlDatabase &)> &work)
{
    const QString name = QStringLiteral("raw-test-connection");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void rawExec(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    INFO(statement.toStdString());
    const bool ok = query.exec(statement);
    INFO(query.lastError().text().toStdString());
    REQUIRE(ok);
}

} // namespace fremdrift::test
