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

// Another process adds a client to `database` through fremdrift-cli (`cli`), as another PC
// would: Fremdrift's own write path, in a connection of its own.
void addClientFromAnotherProcess(const QString &cli, const QString &database, const QString &name);

} // namespace fremdrift::test
