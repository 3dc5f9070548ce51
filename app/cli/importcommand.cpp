// import: bring an office's existing caseload in from CSV (clients, then decisions).
#include "commands.h"

#include "importing/csvimport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace fremdrift::cli {

namespace {

QJsonArray problemsJson(const QList<ImportProblem> &problems)
{
    QJsonArray array;
    for (const ImportProblem &problem : problems)
        array.append(QJsonObject{{QStringLiteral("line"), problem.line},
                                 {QStringLiteral("message"), problem.message}});
    return array;
}

} // namespace

// import clients|decisions FILE [--dry-run]
// → {"kind", "file", "dry_run", "records", "imported", "encoding", "problems": [{"line",
// "message"}], "warnings": [...]}; exit 0 only when no line has a problem.
int runImport(const Context &context, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"),
        Cli::tr("Check every line and report the problems; write nothing."));
    parser.addOptions({dryRunOption});
    parser.addPositionalArgument(QStringLiteral("kind"), Cli::tr("clients or decisions"));
    parser.addPositionalArgument(QStringLiteral("file"), Cli::tr("The CSV file."));
    if (!parseCommand(parser, args, 2))
        return UsageError;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        printError(Cli::tr("Usage: import clients|decisions FILE [--dry-run]"));
        return UsageError;
    }
    const auto kind = importKindFromKey(positional.at(0));
    if (!kind) {
        printError(
            Cli::tr("Unknown import \"%1\": use clients or decisions.").arg(positional.at(0)));
        return UsageError;
    }
    const QString file = positional.at(1);
    const bool dryRun = parser.isSet(dryRunOption);

    // A dry run opens the database read-only: it cannot change anything.
    auto workspace
        = openWorkspace(context, dryRun ? Database::Access::ReadOnly : Database::Access::ReadWrite);
    if (!workspace)
        return Failure;
    auto report = importCaseload(*workspace->session, *kind, file, dryRun);
    if (!report) {
        printError(report.error());
        return Failure;
    }

    printJson(
        {{QStringLiteral("kind"), importKindKey(*kind)},
         {QStringLiteral("file"), QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath())},
         {QStringLiteral("dry_run"), report->dryRun},
         {QStringLiteral("encoding"), report->encoding},
         {QStringLiteral("records"), report->records},
         {QStringLiteral("imported"), report->imported},
         {QStringLiteral("problems"), problemsJson(report->problems)},
         {QStringLiteral("warnings"), problemsJson(report->warnings)}});
    for (const ImportProblem &problem : std::as_const(report->problems))
        printError(Cli::tr("line %1: %2").arg(problem.line).arg(problem.message));
    if (!report->problems.isEmpty() && !dryRun)
        printError(Cli::tr("Nothing was imported: correct the lines above and import the file "
                           "again."));
    return report->problems.isEmpty() ? Success : Failure;
}

} // namespace fremdrift::cli
