#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace fremdrift::cli {

// Exit codes: 0 success, 1 the command failed (the message says why), 2 the call was wrong.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

struct Context
{
    QString databasePath;
};

// Each command parses its own arguments (args[0] is the command's name), prints JSON on
// stdout and errors on stderr.
int runInit(const Context &context, const QStringList &args);
int runDemo(const Context &context, const QStringList &args);
int runInfo(const Context &context, const QStringList &args);
int runCheck(const Context &context, const QStringList &args);

void printJson(const QJsonObject &object);
void printError(const QString &message);
void printError(const Error &error);

class Cli final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::cli::Cli)
};

} // namespace fremdrift::cli
