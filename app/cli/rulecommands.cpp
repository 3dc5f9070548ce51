// rules: the jurisdictions' rules on their own, without a database.
#include "commands.h"

#include "domain/json.h"
#include "domain/nationalid.h"

namespace fremdrift::cli {

namespace {

const QCommandLineOption &countryOption()
{
    static const QCommandLineOption option(QStringLiteral("jurisdiction"),
                                           Cli::tr("The country whose rules apply: no, se or dk."),
                                           QStringLiteral("code"));
    return option;
}

std::optional<JurisdictionCode> countryFrom(const QCommandLineParser &parser)
{
    if (!requireOption(parser, countryOption()))
        return std::nullopt;
    return jurisdictionFromText(parser.value(countryOption()));
}

// rules deadline --jurisdiction no|se|dk --received D
// → {"jurisdiction", "received_on", "complaint_weeks", "complaint_deadline"}
int deadline(const Context &, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption receivedOption(QStringLiteral("received"),
                                            Cli::tr("The date the decision reached the client."),
                                            QStringLiteral("date"));
    parser.addOptions({countryOption(), receivedOption});
    if (!parseCommand(parser, args))
        return UsageError;
    const auto country = countryFrom(parser);
    const auto received = country && requireOption(parser, receivedOption)
                              ? dateOption(parser, receivedOption)
                              : std::nullopt;
    if (!received)
        return UsageError;
    auto profile = JurisdictionProfile::load(*country);
    if (!profile) {
        printError(profile.error());
        return Failure;
    }
    const WorkingDayCalendar calendar(*profile);
    printJson({{QStringLiteral("jurisdiction"), jurisdictionCodeText(*country)},
               {QStringLiteral("received_on"), isoDate(*received)},
               {QStringLiteral("complaint_weeks"), calendar.complaintWeeks()},
               {QStringLiteral("complaint_deadline"),
                isoDate(calendar.complaintDeadline(*received))}});
    return Success;
}

// rules national-id --jurisdiction no|se|dk VALUE [--test-data]
// → {"valid", "kind", "birth_date", "normalized", "warning", "message"}; exit 0 only when valid
int nationalId(const Context &, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption testDataOption(
        QStringLiteral("test-data"),
        Cli::tr("Check as a test database does: accept synthetic test numbers."));
    parser.addOptions({countryOption(), testDataOption});
    parser.addPositionalArgument(QStringLiteral("number"), Cli::tr("The national ID number."));
    if (!parseCommand(parser, args, 1))
        return UsageError;
    const auto country = countryFrom(parser);
    if (!country)
        return UsageError;
    if (parser.positionalArguments().isEmpty()) {
        printError(Cli::tr("Give the national ID number to check."));
        return UsageError;
    }
    NationalIdOptions options;
    options.allowSynthetic = parser.isSet(testDataOption);
    const NationalIdCheck check = checkNationalId(*country,
                                                  parser.positionalArguments().constFirst(),
                                                  options);
    printJson({{QStringLiteral("valid"), check.valid},
               {QStringLiteral("kind"),
                check.kind ? QJsonValue(nationalIdKindKey(*check.kind)) : QJsonValue()},
               {QStringLiteral("birth_date"), jsonDate(check.birthDate)},
               {QStringLiteral("normalized"), check.normalized},
               {QStringLiteral("warning"), check.warning},
               {QStringLiteral("message"), check.message}});
    if (!check.valid) {
        printError(check.message);
        return Failure;
    }
    return Success;
}

} // namespace

int runRules(const Context &context, const QStringList &args)
{
    return runSubcommand(context,
                         args,
                         {{QStringLiteral("deadline"), deadline},
                          {QStringLiteral("national-id"), nationalId}});
}

} // namespace fremdrift::cli
