#pragma once

#include "repository/decisionrepository.h"
#include "storage/database.h"
#include "storage/presence.h"
#include "util/result.h"
#include "workflow/session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace fremdrift::cli {

// Exit codes: 0 success, 1 the command failed (the message says why), 2 the call was wrong.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

struct Context
{
    QString databasePath;
    QString username; // --user: the staff user to act as; empty: Session::start's default
};

// Each command parses its own arguments (args[0] is the command's name), prints JSON on
// stdout and errors on stderr.
int runInit(const Context &context, const QStringList &args);
int runDemo(const Context &context, const QStringList &args);
int runInfo(const Context &context, const QStringList &args);
int runCheck(const Context &context, const QStringList &args);
int runBackup(const Context &context, const QStringList &args);   // backupcommands.cpp
int runRestore(const Context &context, const QStringList &args);  // backupcommands.cpp
int runUser(const Context &context, const QStringList &args);     // usercommands.cpp
int runClient(const Context &context, const QStringList &args);   // clientcommands.cpp
int runDecision(const Context &context, const QStringList &args); // decisioncommands.cpp
int runRules(const Context &context, const QStringList &args);    // rulecommands.cpp
int runImport(const Context &context, const QStringList &args);   // importcommand.cpp
int runAudit(const Context &context, const QStringList &args);    // auditcommands.cpp
int runMeeting(const Context &context, const QStringList &args);  // meetingcommands.cpp
int runPlan(const Context &context, const QStringList &args);     // plancommands.cpp
int runReview(const Context &context, const QStringList &args);   // plancommands.cpp
int runLetter(const Context &context, const QStringList &args);   // lettercommands.cpp
int runLetters(const Context &context, const QStringList &args);  // lettercommands.cpp
int runTemplate(const Context &context, const QStringList &args); // lettercommands.cpp

// A command with subcommands ("client add ..."): args[0] is the command, args[1] the
// subcommand, which gets args from there on (its own args[0] is its name).
using Subcommand = int (*)(const Context &, const QStringList &);
using Subcommands = QList<std::pair<QString, Subcommand>>;
int runSubcommand(const Context &context, const QStringList &args, const Subcommands &table);

// Parses a command's own options; on a wrong call prints why and returns false.
bool parseCommand(QCommandLineParser &parser, const QStringList &args, int maxPositional = 0);

// "no", "se" or "dk" (any case), or nothing after printing why not.
std::optional<JurisdictionCode> jurisdictionFromText(const QString &text);

// The single positional argument ID (a record's id), or nothing after printing why not.
std::optional<qint64> idArgument(const QCommandLineParser &parser);
// An option's YYYY-MM-DD date: a null date when the option is absent, nothing when it is wrong.
std::optional<QDate> dateOption(const QCommandLineParser &parser, const QCommandLineOption &option);
// A whole-number option from `minimum` to `maximum`; `fallback` when absent.
std::optional<int> numberOption(const QCommandLineParser &parser,
                                const QCommandLineOption &option,
                                int minimum,
                                int maximum,
                                int fallback);
// Prints that `option` is required when it is not set; true when it is.
bool requireOption(const QCommandLineParser &parser, const QCommandLineOption &option);

// The JSON object in `path` ("-": standard input), or nothing after printing why not.
std::optional<QJsonObject> readJsonObject(const QString &path);

// "X show ID": opens the database read-only, loads record ID as JSON, prints it.
int showById(const Context &context,
             const QStringList &args,
             const std::function<Result<QJsonObject>(Session &, qint64)> &load);

// An open database and the session acting in it.
struct Workspace
{
    std::unique_ptr<Database> database;
    // While a command writes, others see "kari via fremdrift-cli on HOST" and a restore
    // elsewhere refuses; the row goes when the workspace does. Destroyed before the database.
    std::unique_ptr<PresenceKeeper> presence;
    std::unique_ptr<Session> session; // destroyed first: it refers to the database
};
// Opens the context's database and starts a session as --user; prints why not. When the
// database needs a login (Accounts::loginRequired), --user and its password are required.
// ReadWrite (the commands that write) also registers this process's presence.
std::optional<Workspace> openWorkspace(const Context &context,
                                       Database::Access access = Database::Access::ReadWrite);

// usercommands.cpp: a password from FREMDRIFT_PASSWORD, else typed on the terminal without
// echo; nothing after printing why not.
std::optional<QString> readPassword(const QString &prompt);
// The user name to start the session as: --user as given when the database needs no login;
// otherwise the user logged in with --user and the password; nothing after printing why not.
std::optional<QString> loginIfRequired(const Context &context, Database &database);

void printJson(const QJsonObject &object);
void printError(const QString &message);
// The error's message, or when it lists problems, each problem on a line of its own.
void printError(const Error &error);
void printProblems(const QList<FieldProblem> &problems);

class Cli final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::cli::Cli)
};

} // namespace fremdrift::cli
