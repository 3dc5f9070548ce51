#include "commands.h"

#include "demo/demodata.h"
#include "domain/json.h"
#include "domain/decision.h"
#include "storage/database.h"
#include "storage/migrations.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <optional>

namespace fremdrift::cli {

namespace {

const QCommandLineOption &jurisdictionOption()
{
    static const QCommandLineOption option(
        QStringLiteral("jurisdiction"),
        Cli::tr("The country whose rules the database follows: no, se or dk."),
        QStringLiteral("code"));
    return option;
}

// The --jurisdiction given, or nothing after printing why it is wrong.
std::optional<JurisdictionCode> jurisdictionFrom(const QCommandLineParser &parser)
{
    if (!parser.isSet(jurisdictionOption())) {
        printError(Cli::tr("A new database needs --jurisdiction no, se or dk."));
        return std::nullopt;
    }
    return jurisdictionFromText(parser.value(jurisdictionOption()));
}

QJsonObject describe(const Database &db)
{
    QJsonObject info;
    info[u"path"] = QDir::toNativeSeparators(QFileInfo(db.path()).absoluteFilePath());
    info[u"schema_version"] = db.schemaVersion();
    info[u"application_id"] = Database::ApplicationId;
    info[u"jurisdiction"] = jurisdictionCodeText(db.jurisdiction());
    // The file's own state: info itself always opens read-only, so as to change nothing.
    info[u"read_only"] = !db.fileReadOnlyReason().isEmpty();
    if (!db.fileReadOnlyReason().isEmpty())
        info[u"read_only_reason"] = db.fileReadOnlyReason();
    info[u"test_data"] = db.isTestDatabase();
    if (auto office = db.setting(QStringLiteral("office_name")))
        info[u"office_name"] = *office;
    if (auto counts = db.rowCounts()) {
        QJsonObject rows;
        for (auto it = counts->cbegin(); it != counts->cend(); ++it)
            rows[it.key()] = it.value();
        info[u"row_counts"] = rows;
    }
    return info;
}

} // namespace

std::optional<JurisdictionCode> jurisdictionFromText(const QString &text)
{
    const auto code = parseJurisdictionCode(text);
    if (!code)
        printError(Cli::tr("Unknown jurisdiction \"%1\": use no, se or dk.").arg(text));
    return code;
}

bool parseCommand(QCommandLineParser &parser, const QStringList &args, int maxPositional)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(args)) {
        printError(parser.errorText());
        return false;
    }
    if (parser.positionalArguments().size() > maxPositional) {
        printError(Cli::tr("Unexpected argument: %1").arg(parser.positionalArguments().constLast()));
        return false;
    }
    return true;
}

int runSubcommand(const Context &context, const QStringList &args, const Subcommands &table)
{
    QStringList names;
    for (const auto &[name, run] : table) {
        if (args.size() > 1 && args.at(1) == name)
            return run(context, args.mid(1));
        names << name;
    }
    const QString known = names.join(QStringLiteral(", "));
    if (args.size() < 2)
        printError(Cli::tr("\"%1\" needs a subcommand: %2.").arg(args.value(0), known));
    else
        printError(Cli::tr("Unknown subcommand \"%1 %2\": use %3.")
                       .arg(args.constFirst(), args.at(1), known));
    return UsageError;
}

std::optional<qint64> idArgument(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    bool isNumber = false;
    const qint64 id = positional.value(0).toLongLong(&isNumber);
    if (positional.size() != 1 || !isNumber || id <= 0) {
        printError(Cli::tr("Give the record's id, a whole number, e.g. 12."));
        return std::nullopt;
    }
    return id;
}

std::optional<QDate> dateOption(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (!parser.isSet(option))
        return QDate();
    const QDate date = dateFromIso(parser.value(option));
    if (!date.isValid()) {
        printError(Cli::tr("--%1 takes a date as YYYY-MM-DD, not \"%2\".")
                       .arg(option.names().constFirst(), parser.value(option)));
        return std::nullopt;
    }
    return date;
}

std::optional<int> numberOption(const QCommandLineParser &parser,
                                const QCommandLineOption &option,
                                int minimum,
                                int maximum,
                                int fallback)
{
    if (!parser.isSet(option))
        return fallback;
    bool isNumber = false;
    const int value = parser.value(option).toInt(&isNumber);
    if (!isNumber || value < minimum || value > maximum) {
        printError(Cli::tr("--%1 takes a whole number from %2 to %3.")
                       .arg(option.names().constFirst())
                       .arg(minimum)
                       .arg(maximum));
        return std::nullopt;
    }
    return value;
}

bool requireOption(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (parser.isSet(option))
        return true;
    printError(Cli::tr("This command needs --%1.").arg(option.names().constFirst()));
    return false;
}

std::optional<Workspace> openWorkspace(const Context &context, Database::Access access)
{
    Workspace workspace;
    auto db = Database::open(context.databasePath, access);
    if (!db) {
        printError(db.error());
        return std::nullopt;
    }
    workspace.database = std::move(db).value();
    const std::optional<QString> username = loginIfRequired(context, *workspace.database);
    if (!username)
        return std::nullopt;
    auto session = Session::start(*workspace.database, *username);
    if (!session) {
        printError(session.error());
        return std::nullopt;
    }
    workspace.session = std::move(session).value();
    if (access == Database::Access::ReadWrite && !workspace.database->isReadOnly()) {
        // A failed announcement stops nothing, as in the application: the keeper tries again.
        workspace.presence = std::make_unique<PresenceKeeper>(
            *workspace.database, Presence::commandLineName(workspace.session->user().username));
    }
    return workspace;
}

void printJson(const QJsonObject &object)
{
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fflush(stdout);
}

void printError(const Error &error)
{
    if (!error.problems.isEmpty())
        return printProblems(error.problems);
    printError(error.detail.isEmpty() ? error.message
                                      : QStringLiteral("%1\n  (%2)").arg(error.message, error.detail));
}

void printProblems(const QList<FieldProblem> &problems)
{
    for (const FieldProblem &problem : problems)
        printError(problem.message);
}

void printError(const QString &message)
{
    const QByteArray text = QStringLiteral("fremdrift-cli: %1\n").arg(message).toLocal8Bit();
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
}

int runInit(const Context &context, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption testDataOption(
        QStringLiteral("test-data"),
        Cli::tr("Mark the database as a test database (accepts test ID numbers)."));
    const QCommandLineOption officeOption(QStringLiteral("office-name"),
                                          Cli::tr("The office's name, for letterheads."),
                                          QStringLiteral("name"));
    parser.addOptions({jurisdictionOption(), testDataOption, officeOption});
    if (!parseCommand(parser, args))
        return UsageError;
    const auto jurisdiction = jurisdictionFrom(parser);
    if (!jurisdiction)
        return UsageError;

    Database::CreateOptions options;
    options.jurisdiction = *jurisdiction;
    options.testData = parser.isSet(testDataOption);
    options.officeName = parser.value(officeOption);
    auto db = Database::create(context.databasePath, options);
    if (!db) {
        printError(db.error());
        return Failure;
    }
    printJson(describe(**db));
    return Success;
}

int runDemo(const Context &context, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption clientsOption(QStringLiteral("clients"),
                                           Cli::tr("How many invented clients (default 36)."),
                                           QStringLiteral("count"));
    parser.addOptions({jurisdictionOption(), clientsOption});
    if (!parseCommand(parser, args))
        return UsageError;
    DemoOptions demo;
    if (parser.isSet(clientsOption)) {
        bool isNumber = false;
        demo.clients = parser.value(clientsOption).toInt(&isNumber);
        if (!isNumber || demo.clients < 1 || demo.clients > 1000000) {
            printError(Cli::tr("--clients takes a whole number from 1 to 1000000."));
            return UsageError;
        }
    }

    // Demo data goes into a new database, never into one that holds real cases.
    if (QFileInfo::exists(context.databasePath)) {
        printError(Cli::tr("%1 already exists. Demo data only goes into a new database: give "
                           "another --db.")
                       .arg(QDir::toNativeSeparators(context.databasePath)));
        return Failure;
    }
    const auto jurisdiction = jurisdictionFrom(parser);
    if (!jurisdiction)
        return UsageError;
    Database::CreateOptions options;
    options.jurisdiction = *jurisdiction;
    options.testData = true;
    auto db = Database::create(context.databasePath, options);
    if (!db) {
        printError(db.error());
        return Failure;
    }
    if (const Status filled = fillWithDemoData(**db, demo); !filled) {
        db->reset();
        QFile::remove(context.databasePath);
        printError(filled.error());
        return Failure;
    }
    printJson(describe(**db));
    return Success;
}

// Opens the database read-only, as info and check do, so that looking never changes the file;
// prints why not.
std::unique_ptr<Database> openToLook(const Context &context)
{
    auto db = Database::open(context.databasePath, Database::Access::ReadOnly);
    if (!db) {
        printError(db.error());
        return nullptr;
    }
    return std::move(db).value();
}

int runInfo(const Context &context, const QStringList &args)
{
    QCommandLineParser parser;
    if (!parseCommand(parser, args))
        return UsageError;
    const auto db = openToLook(context);
    if (!db)
        return Failure;
    printJson(describe(*db));
    return Success;
}

int runCheck(const Context &context, const QStringList &args)
{
    QCommandLineParser parser;
    if (!parseCommand(parser, args))
        return UsageError;
    const auto db = openToLook(context);
    if (!db)
        return Failure;
    const Database::Check check = db->check();
    QJsonObject result;
    result[u"path"] = QDir::toNativeSeparators(QFileInfo(db->path()).absoluteFilePath());
    result[u"sound"] = check.sound;
    result[u"schema_version"] = db->schemaVersion();
    result[u"expected_schema_version"] = latestSchemaVersion();
    result[u"problems"] = QJsonArray::fromStringList(check.problems);
    printJson(result);
    if (!check.sound) {
        for (const QString &problem : check.problems)
            printError(problem);
        return Failure;
    }
    return Success;
}

// The JSON object in `path` ("-": standard input), or nothing after printing why not.
std::optional<QJsonObject> readJsonObject(const QString &path)
{
    QFile file(path);
    const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                     : file.open(QIODevice::ReadOnly);
    if (!opened) {
        printError(Cli::tr("Cannot read %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        printError(Cli::tr("%1 does not hold a JSON object: %2")
                       .arg(path, parseError.error == QJsonParseError::NoError
                                      ? Cli::tr("it holds something else")
                                      : parseError.errorString()));
        return std::nullopt;
    }
    return document.object();
}

int showById(const Context &context,
             const QStringList &args,
             const std::function<Result<QJsonObject>(Session &, qint64)> &load)
{
    QCommandLineParser parser;
    if (!parseCommand(parser, args, 1))
        return UsageError;
    const auto id = idArgument(parser);
    if (!id)
        return UsageError;
    auto workspace = openWorkspace(context, Database::Access::ReadOnly);
    if (!workspace)
        return Failure;
    auto json = load(*workspace->session, *id);
    if (!json) {
        printError(json.error());
        return Failure;
    }
    printJson(*json);
    return Success;
}

} // namespace fremdrift::cli
