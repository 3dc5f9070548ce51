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

} // namespace fremdrift::test
