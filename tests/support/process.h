#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace fremdrift::test {

// A finished run of a program, as a script would see it.
struct ProcessRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonObject json() const;
};

// Runs `program` with a clean environment (C.UTF-8, no LANGUAGE, no FREMDRIFT_DB), as CI would.
ProcessRun runProcess(const QString &program, const QStringList &arguments);

} // namespace fremdrift::test
