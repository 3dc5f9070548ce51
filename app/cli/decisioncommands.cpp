// decision: write drafts and take them through approval, sending, force and end.
#include "commands.h"

#include "domain/json.h"
#include "repository/clientrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <limits>

namespace fremdrift::cli {

namespace {

// decision add --json FILE → the new draft, as toJson(Decision)
int addDecision(const Context &context, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        Cli::tr("The decision in the shape \"decision show\" prints; - reads standard input."),
        QStringLiteral("file"));
    parser.addOption(jsonOption);
    if (!parseCommand(parser, args) || !requireOption(parser, jsonOption))
        return UsageError;
    const auto json = readJsonObject(parser.value(jsonOption));
    if (!json)
        return Failure;
    auto decision = decisionFromJson(*json);
    if (!decision) {
        printError(decision.error());
        return Failure;
    }
    auto workspace = openWorkspace(context);
    if (!workspace)
        return Failure;
    auto saved = DecisionRepository(*workspace->session).saveDraft(*decision);
    if (!saved) {
        printError(saved.error());
        return Failure;
    }
    printJson(toJson(*saved));
    return Success;
}

// decision show ID → toJson(Decision)
int showDecision(const Context &context, const QStringList &args)
{
    return showById(context, args, [](Session &session, qint64 id) -> Result<QJsonObject> {
        auto decision = DecisionRepository(session).get(id);
        if (!decision)
            return decision.error();
        return toJson(*decision);
    });
}

// The options an action takes beyond the decision's id.
struct ActionOptions
{
    QCommandLineOption comment{QStringLiteral("comment"),
                               Cli::tr("Why: recorded with the decision."),
                               QStringLiteral("text")};
    QCommandLineOption date{QStringLiteral("date"),
                            Cli::tr("send: the date sent; end: the date it ends (YYYY-MM-DD)."),
                            QStringLiteral("date")};
    QCommandLineOption method{QStringLiteral("method"),
                              Cli::tr("How it was sent: post, digital or hand."),
                              QStringLiteral("method")};
    QCommandLineOption received{QStringLiteral("received"),
                                Cli::tr("When the client received it, if known; else it is "
                                        "assumed from the jurisdiction's rules (YYYY-MM-DD)."),
                                QStringLiteral("date")};

    // What `action` takes; all but --received are required.
    QList<QCommandLineOption> of(DecisionAction action) const
    {
        switch (action) {
        case DecisionAction::Refuse:
        case DecisionAction::ReturnToDraft:
            return {comment};
        case DecisionAction::Send:
            return {date, method, received};
        case DecisionAction::End:
            return {date};
        default:
            return {};
        }
    }
};

std::optional<ActionInput> actionInput(const QCommandLineParser &parser,
                                       const ActionOptions &options,
                                       DecisionAction action)
{
    ActionInput input;
    for (const QCommandLineOption &option : options.of(action)) {
        const QString name = option.names().constFirst();
        if (name != u"received" && !requireOption(parser, option))
            return std::nullopt;
        if (name == u"comment")
            input.comment = parser.value(option);
        if (name == u"date" || name == u"received") {
            const auto date = dateOption(parser, option);
            if (!date)
                return std::nullopt;
            (name == u"date" ? input.date : input.receivedOn) = *date;
        }
        if (name == u"method") {
            input.method = sendMethodFromKey(parser.value(option));
            if (!input.method) {
                printError(Cli::tr("--method takes post, digital or hand, not \"%1\".")
                               .arg(parser.value(option)));
                return std::nullopt;
            }
        }
    }
    return input;
}

// decision ACTION ID [options] → the decision after the action, as toJson(Decision)
int performAction(const Context &context, const QStringList &args, DecisionAction action)
{
    QCommandLineParser parser;
    const ActionOptions options;
    parser.addOptions(options.of(action));
    if (!parseCommand(parser, args, 1))
        return UsageError;
    const auto id = idArgument(parser);
    const auto input = id ? actionInput(parser, options, action) : std::nullopt;
    if (!input)
        return UsageError;
    auto workspace = openWorkspace(context);
    if (!workspace)
        return Failure;
    DecisionRepository decisions(*workspace->session);
    auto stored = decisions.get(*id);
    auto done = stored ? decisions.perform(*id, stored->version, action, *input)
                       : Result<Decision>(stored.error());
    if (!done) {
        printError(done.error());
        return Failure;
    }
    printJson(toJson(*done));
    return Success;
}

template<DecisionAction action>
int act(const Context &context, const QStringList &args)
{
    return performAction(context, args, action);
}

QString statusKeys()
{
    QStringList keys;
    for (DecisionStatus status : {DecisionStatus::Draft, DecisionStatus::Submitted,
                                  DecisionStatus::Approved, DecisionStatus::Sent,
                                  DecisionStatus::InForce, DecisionStatus::Replaced,
                                  DecisionStatus::Ended})
        keys << statusKey(status);
    return keys.join(QStringLiteral(", "));
}

struct ListOptions
{
    QCommandLineOption status{QStringLiteral("status"),
                              Cli::tr("Only decisions in this state: %1.").arg(statusKeys()),
                              QStringLiteral("status")};
    QCommandLineOption client{QStringLiteral("client"),
                              Cli::tr("Only the decisions of the client with this id."),
                              QStringLiteral("id")};
    QCommandLineOption unit{QStringLiteral("unit"),
                            Cli::tr("Only the decisions of clients in this unit."),
                            QStringLiteral("name")};
    QCommandLineOption caseworker{QStringLiteral("caseworker"),
                                  Cli::tr("Only the decisions of this caseworker (username)."),
                                  QStringLiteral("username")};
    QCommandLineOption dueWithinWeeks{QStringLiteral("due-within-weeks"),
                                      Cli::tr("Only decisions due for evaluation within this "
                                              "many weeks, or overdue."),
                                      QStringLiteral("weeks")};
};

// The filter the options give that needs no database, or nothing after printing why not.
std::optional<DecisionFilter> filterFromOptions(const QCommandLineParser &parser,
                                                const ListOptions &options)
{
    DecisionFilter filter;
    if (parser.isSet(options.status)) {
        filter.status = statusFromKey(parser.value(options.status));
        if (!filter.status) {
            printError(Cli::tr("Unknown status \"%1\".").arg(parser.value(options.status)) + u' '
                       + options.status.description());
            return std::nullopt;
        }
    }
    const auto client = numberOption(parser, options.client, 1, std::numeric_limits<int>::max(), 0);
    const auto weeks = numberOption(parser, options.dueWithinWeeks, 0, 520, -1);
    if (!client || !weeks)
        return std::nullopt;
    if (*client > 0)
        filter.clientId = *client;
    if (*weeks >= 0)
        filter.evaluationWithinWeeks = *weeks;
    return filter;
}

// Adds --unit and --caseworker, which name things in the database, to `filter`.
Status lookUpNames(const QCommandLineParser &parser,
                   const ListOptions &options,
                   Session &session,
                   DecisionFilter &filter)
{
    const QString unitName = parser.value(options.unit);
    const QString username = parser.value(options.caseworker);
    if (!unitName.isEmpty()) {
        auto units = ClientRepository(session).units();
        if (!units)
            return units.error();
        for (const Unit &unit : std::as_const(*units))
            if (unit.name.compare(unitName.trimmed(), Qt::CaseInsensitive) == 0)
                filter.unitId = unit.id;
        if (!filter.unitId)
            return makeError(Error::Code::NotFound,
                             Cli::tr("There is no unit called \"%1\".").arg(unitName));
    }
    if (!username.isEmpty()) {
        auto users = session.users();
        if (!users)
            return users.error();
        for (const StaffUser &user : std::as_const(*users))
            if (user.username.compare(username, Qt::CaseInsensitive) == 0)
                filter.caseworkerId = user.id;
        if (!filter.caseworkerId)
            return makeError(Error::Code::NotFound,
                             Cli::tr("There is no staff user with the username \"%1\".")
                                 .arg(username));
    }
    return Ok{};
}

// decision list [--status S] [--client ID] [--unit NAME] [--caseworker USERNAME]
// [--due-within-weeks N] → {"decisions": [summary...], "count": n}
int listDecisions(const Context &context, const QStringList &args)
{
    QCommandLineParser parser;
    const ListOptions options;
    parser.addOptions({options.status, options.client, options.unit, options.caseworker,
                       options.dueWithinWeeks});
    if (!parseCommand(parser, args))
        return UsageError;
    auto filter = filterFromOptions(parser, options);
    if (!filter)
        return UsageError;
    auto workspace = openWorkspace(context, Database::Access::ReadOnly);
    if (!workspace)
        return Failure;
    const Status named = lookUpNames(parser, options, *workspace->session, *filter);
    auto found = named ? DecisionRepository(*workspace->session).list(*filter)
                       : Result<QList<DecisionSummary>>(named.error());
    if (!found) {
        printError(found.error());
        return Failure;
    }
    QJsonArray list;
    for (const DecisionSummary &decision : std::as_const(*found))
        list.append(toJson(decision));
    printJson({{QStringLiteral("decisions"), list}, {QStringLiteral("count"), list.size()}});
    return Success;
}

} // namespace

int runDecision(const Context &context, const QStringList &args)
{
    return runSubcommand(context,
                         args,
                         {{QStringLiteral("add"), addDecision},
                          {QStringLiteral("show"), showDecision},
                          {QStringLiteral("list"), listDecisions},
                          {QStringLiteral("submit"), act<DecisionAction::Submit>},
                          {QStringLiteral("approve"), act<DecisionAction::Approve>},
                          {QStringLiteral("refuse"), act<DecisionAction::Refuse>},
                          {QStringLiteral("return-to-draft"), act<DecisionAction::ReturnToDraft>},
                          {QStringLiteral("send"), act<DecisionAction::Send>},
                          {QStringLiteral("put-in-force"), act<DecisionAction::PutInForce>},
                          {QStringLiteral("end"), act<DecisionAction::End>}});
}

} // namespace fremdrift::cli
