// fremdrift-cli: the administrators' and scripts' tool, on the same core as the application.
#include "commands.h"

#include "i18n/language.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>

#include <functional>
#include <map>

using namespace fremdrift;

namespace {

using Command = std::function<int(const cli::Context &, const QStringList &)>;

const std::map<QString, Command> &commands()
{
    static const std::map<QString, Command> table = {
        {QStringLiteral("init"), cli::runInit},
        {QStringLiteral("demo"), cli::runDemo},
        {QStringLiteral("info"), cli::runInfo},
        {QStringLiteral("check"), cli::runCheck},
    };
    return table;
}

QString commandSummary()
{
    return cli::Cli::tr("Commands:\n"
                        "  init --jurisdiction no|se|dk [--test-data] [--office-name NAME]\n"
                        "                  create a new database\n"
                        "  demo --jurisdiction no|se|dk [--clients N]\n"
                        "                  create a new test database with invented demo data\n"
                        "  info            describe the database (JSON)\n"
                        "  check           check integrity and schema; exit 0 only when sound\n");
}

// --lang first, then the environment's locale; English when neither is supported.
QString chooseLanguage(const QStringList &arguments)
{
    const qsizetype at = arguments.indexOf(QStringLiteral("--lang"));
    if (at >= 0 && at + 1 < arguments.size())
        return arguments.at(at + 1);
    return languageForLocale(QLocale::system());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Fremdrift"));
    QCoreApplication::setApplicationName(QStringLiteral("Fremdrift"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FREMDRIFT_VERSION));

    const QString language = chooseLanguage(app.arguments());
    if (!isSupportedLanguage(language)) {
        cli::printError(QStringLiteral("Unknown language \"%1\": use %2.")
                            .arg(language, supportedLanguages().join(QStringLiteral(", "))));
        return cli::UsageError;
    }
    installTranslations(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(cli::Cli::tr("Fremdrift's command-line tool.") + u'\n'
                                     + commandSummary());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      cli::Cli::tr("The database file (default: $FREMDRIFT_DB, "
                                                   "else the user's default database)."),
                                      QStringLiteral("path"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        cli::Cli::tr("Language of messages: en, nb, sv or da."),
                                        QStringLiteral("code"));
    parser.addOptions({dbOption, langOption});
    parser.addPositionalArgument(QStringLiteral("command"), cli::Cli::tr("The command to run."));
    // Everything after the command belongs to the command's own parser.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.process(app);

    const QStringList rest = parser.positionalArguments();
    if (rest.isEmpty()) {
        cli::printError(cli::Cli::tr("No command given.") + u'\n' + commandSummary());
        return cli::UsageError;
    }
    const auto command = commands().find(rest.constFirst());
    if (command == commands().end()) {
        cli::printError(cli::Cli::tr("Unknown command \"%1\".").arg(rest.constFirst()) + u'\n'
                        + commandSummary());
        return cli::UsageError;
    }

    cli::Context context;
    context.databasePath = parser.value(dbOption);
    if (context.databasePath.isEmpty())
        context.databasePath = qEnvironmentVariable("FREMDRIFT_DB");
    if (context.databasePath.isEmpty())
        context.databasePath = Database::defaultPath();
    return command->second(context, rest);
}
