#include "commands.h"

#include "demo/demodata.h"
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

// Parses a command's own options; on a wrong call prints why and returns false.
bool parseCommand(QCommandLineParser &parser, const QStringList &args, int maxPositional = 0)
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
    const auto code = parseJurisdictionCode(parser.value(jurisdictionOption()));
    if (!code)
        printError(Cli::tr("Unknown jurisdiction \"%1\": use no, se or dk.")
                       .arg(parser.value(jurisdictionOption())));
    return code;
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

void printJson(const QJsonObject &object)
{
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fflush(stdout);
}

void printError(const Error &error)
{
    printError(error.detail.isEmpty() ? error.message
                                      : QStringLiteral("%1\n  (%2)").arg(error.message, error.detail));
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
        Cli::tr("Mark the database as a test database (accepts synthetic national IDs)."));
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

int runInfo(const Context &context, const QStringList &args)
{
    QCommandLineParser parser;
    if (!parseCommand(parser, args))
        return UsageError;
    // info only reads: open read-only so that describing a file never changes it.
    auto db = Database::open(context.databasePath, Database::Access::ReadOnly);
    if (!db) {
        printError(db.error());
        return Failure;
    }
    printJson(describe(**db));
    return Success;
}

int runCheck(const Context &context, const QStringList &args)
{
    QCommandLineParser parser;
    if (!parseCommand(parser, args))
        return UsageError;
    auto db = Database::open(context.databasePath, Database::Access::ReadOnly);
    if (!db) {
        printError(db.error());
        return Failure;
    }
    const Database::Check check = (*db)->check();
    QJsonObject result;
    result[u"path"] = QDir::toNativeSeparators(QFileInfo((*db)->path()).absoluteFilePath());
    result[u"sound"] = check.sound;
    result[u"schema_version"] = (*db)->schemaVersion();
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

} // namespace fremdrift::cli
