#include "support/process.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QProcess>

namespace fremdrift::test {

QJsonObject ProcessRun::json() const
{
    return QJsonDocument::fromJson(out).object();
}

ProcessRun runProcess(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.remove(QStringLiteral("FREMDRIFT_DB"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(),
            process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

void addClientFromAnotherProcess(const QString &cli, const QString &database, const QString &name)
{
    const ProcessRun run = runProcess(cli,
                                      {QStringLiteral("--db"),
                                       database,
                                       QStringLiteral("client"),
                                       QStringLiteral("add"),
                                       QStringLiteral("--name"),
                                       name});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
}

} // namespace fremdrift::test
