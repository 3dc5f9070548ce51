// fremdrift-cli: the administrators' and scripts' tool, on the same core as the application.
#include "commands.h"

#include "i18n/language.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>

#include <functional>
#include <map>
#include <memory>

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
        {QStringLiteral("backup"), cli::runBackup},
        {QStringLiteral("restore"), cli::runRestore},
        {QStringLiteral("user"), cli::runUser},
        {QStringLiteral("client"), cli::runClient},
        {QStringLiteral("decision"), cli::runDecision},
        {QStringLiteral("rules"), cli::runRules},
        {QStringLiteral("import"), cli::runImport},
        {QStringLiteral("audit"), cli::runAudit},
        {QStringLiteral("meeting"), cli::runMeeting},
        {QStringLiteral("plan"), cli::runPlan},
        {QStringLiteral("review"), cli::runReview},
        {QStringLiteral("letter"), cli::runLetter},
        {QStringLiteral("letters"), cli::runLetters},
        {QStringLiteral("template"), cli::runTemplate},
    };
    return table;
}

QString commandSummary()
{
    return cli::Cli::tr(
        "Commands (dates are YYYY-MM-DD):\n"
        "  init --jurisdiction no|se|dk [--test-data] [--office-name NAME]\n"
        "                  create a new database\n"
        "  demo --jurisdiction no|se|dk [--clients N]\n"
        "                  create a new test database with invented demo data\n"
        "  info            describe the database\n"
        "  check           check integrity and schema; exit 0 only when sound\n"
        "  backup [--folder DIR] [--keep N]\n"
        "                  make a verified backup (default folder: local, per database)\n"
        "  backup list [--folder DIR]\n"
        "  restore FILE [--yes]\n"
        "                  replace the database with a backup; refused while others use it\n"
        "  user list       the staff users\n"
        "  user add --username U --name NAME --role caseworker|leader|administrator|readonly\n"
        "                  [--title T]   (administrators; password: FREMDRIFT_PASSWORD_NEW or typed)\n"
        "  user passwd [USERNAME]\n"
        "                  change your password, or (administrators) anyone's\n"
        "  user deactivate USERNAME\n"
        "                  (administrators) the user keeps their history but cannot log in\n"
        "  user role USERNAME caseworker|leader|administrator|readonly   (administrators)\n"
        "  client add --name NAME | --given-name G --family-name F\n"
        "             [--national-id ID] [--unit NAME]\n"
        "  client list [--search TEXT] [--limit N]\n"
        "  client show ID  the client with contacts and decisions\n"
        "  decision add --json FILE\n"
        "                  a new draft, in the shape decision show prints (- reads stdin)\n"
        "  decision show ID\n"
        "  decision list [--status S] [--client ID] [--unit NAME]\n"
        "                [--caseworker USERNAME] [--due-within-weeks N]\n"
        "  decision submit|approve|put-in-force ID\n"
        "  decision refuse|return-to-draft ID --comment TEXT\n"
        "  decision send ID --date D --method post|digital|hand [--received D]\n"
        "  decision end ID --date D\n"
        "  meeting add --kind evaluation|follow_up|responsibility_group|other\n"
        "              --start YYYY-MM-DDTHH:MM [--minutes-long N] [--client ID]\n"
        "              [--review ID] [--place P] [--video URL] [--title T]\n"
        "              [--participant \"Name|role|email\"]... [--default-agenda]\n"
        "  meeting show ID\n"
        "  meeting list [--from D] [--to D] [--client ID]\n"
        "  meeting ics ID [--out FILE.ics]\n"
        "                  the meeting as a calendar invitation (stdout without --out)\n"
        "  plan create --title T --deadline D [--start D] [--goal G] [--unit NAME]...\n"
        "              [--status S] [--caseworker USERNAME]... [--kind review|task]\n"
        "  plan add-review PLAN --decision ID... | --unit NAME... | --evaluation-before D\n"
        "                  add reviews of these decisions, or of those that match\n"
        "  plan show PLAN  the plan with its reviews, steps, due dates and what is late\n"
        "  plan list [--all]\n"
        "                  open plans with their progress (--all: closed ones too)\n"
        "  plan report PLAN --out FILE.pdf\n"
        "  plan task PLAN --title T [--deadline D] [--responsible R]\n"
        "  review show ID  the review's steps and forms, and what open steps still lack\n"
        "  review complete-step ID STEP [--date D] [--form-json FILE|-] [--notes N]\n"
        "                  merge the JSON into the step's form and complete the step\n"
        "  letter render --kind K --decision|--review|--meeting ID --out FILE.pdf\n"
        "                [--language L] [--method post|digital|hand] [--date D] [--issue]\n"
        "                  every recipient's letter in one PDF; --issue archives them and\n"
        "                  completes the step (pre-notice) or sends the decision\n"
        "  letters batch --plan ID --kind pre_notice --out DIR [--combined FILE.pdf]\n"
        "                  issue the plan's pre-notices, one PDF per letter\n"
        "  letter show ID [--pdf FILE]\n"
        "                  an issued letter: who, when, template version, SHA-256 checked\n"
        "  letter list [--client ID] [--decision ID] [--review ID] [--kind K]\n"
        "  template check FILE --kind K\n"
        "                  a template's errors with line and column; exit 0 when none\n"
        "  import clients|decisions FILE [--dry-run]\n"
        "                  bring a caseload in from CSV; exit 0 only when every line is sound\n"
        "  audit log [--staff USERNAME] [--client ID] [--from D] [--to D] [--limit N]\n"
        "                  (administrators) the audit log, newest first\n"
        "  audit access-report CLIENT_ID [--pdf FILE]\n"
        "                  (administrators) who has opened or changed the client's record\n"
        "  rules deadline --jurisdiction no|se|dk --received D\n"
        "                  the complaint deadline (no database needed)\n"
        "  rules national-id --jurisdiction no|se|dk NUMBER [--test-data]\n"
        "                  check a national ID; exit 0 only when valid\n"
        "A database with several users, some with passwords, needs --user NAME and that\n"
        "user's password: FREMDRIFT_PASSWORD, or typed when asked on a terminal.\n"
        "Output is JSON on stdout; errors go to stderr. Exit codes: 0 done, 1 the command\n"
        "failed, 2 a wrong call.\n");
}

// Takes --user NAME (or --user=NAME) out of a command's arguments: --user works before or
// after the command. Nothing after a "--" is an option.
QString takeUser(QStringList &args)
{
    QString user;
    for (qsizetype i = 1; i < args.size() && args.at(i) != u"--";) {
        if (args.at(i) == u"--user" && i + 1 < args.size()) {
            user = args.at(i + 1);
            args.remove(i, 2);
        } else if (args.at(i).startsWith(u"--user=")) {
            user = args.at(i).mid(7);
            args.remove(i);
        } else {
            ++i;
        }
    }
    return user;
}

// --lang first, then the environment's locale; English when neither is supported.
QString chooseLanguage(const QStringList &arguments)
{
    const qsizetype at = arguments.indexOf(QStringLiteral("--lang"));
    if (at >= 0 && at + 1 < arguments.size())
        return arguments.at(at + 1);
    return languageForLocale(QLocale::system());
}

// A PDF is laid out with fonts, and fonts need a QGuiApplication: only a command writing one
// gets it, on the offscreen platform unless another is asked for, so no display is needed.
bool writesPdf(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == "--pdf" || argument.startsWith("--pdf="))
            return true;
        // plan report --out FILE.pdf
        if (argument.endsWith(".pdf") || argument.endsWith(".PDF"))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (writesPdf(argc, argv)) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
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
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        cli::Cli::tr("Act as this staff user (username); default: "
                                                     "the one matching the computer login, else "
                                                     "the first administrator."),
                                        QStringLiteral("username"));
    parser.addOptions({dbOption, langOption, userOption});
    parser.addPositionalArgument(QStringLiteral("command"), cli::Cli::tr("The command to run."));
    // Everything after the command belongs to the command's own parser.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.process(app);

    QStringList rest = parser.positionalArguments();
    const QString userAfterCommand = takeUser(rest);
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
    context.username = userAfterCommand.isEmpty() ? parser.value(userOption) : userAfterCommand;
    context.databasePath = parser.value(dbOption);
    if (context.databasePath.isEmpty())
        context.databasePath = qEnvironmentVariable("FREMDRIFT_DB");
    if (context.databasePath.isEmpty())
        context.databasePath = Database::defaultPath();
    return command->second(context, rest);
}
