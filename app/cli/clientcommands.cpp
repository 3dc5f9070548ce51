// client: add, list and show the office's clients.
#include "commands.h"

#include "domain/json.h"
#include "repository/clientrepository.h"

#include <QJsonArray>

namespace fremdrift::cli {

namespace {


// The client the options describe: --name "Given Names Family" (the last word is the family
// name), then --given-name and --family-name where given; nothing when no name is given.
std::optional<Client> clientFromOptions(const QCommandLineParser &parser)
{
    Client client;
    const QStringList words = parser.value(QStringLiteral("name")).split(u' ', Qt::SkipEmptyParts);
    if (!words.isEmpty()) {
        client.familyName = words.constLast();
        client.givenName = words.first(words.size() - 1).join(u' ');
    }
    if (parser.isSet(QStringLiteral("given-name")))
        client.givenName = parser.value(QStringLiteral("given-name"));
    if (parser.isSet(QStringLiteral("family-name")))
        client.familyName = parser.value(QStringLiteral("family-name"));
    if (!parser.isSet(QStringLiteral("name")) && !parser.isSet(QStringLiteral("given-name"))
        && !parser.isSet(QStringLiteral("family-name"))) {
        printError(Cli::tr("Give the client's name: --name \"Given Family\", or --given-name "
                           "and --family-name."));
        return std::nullopt;
    }
    client.nationalId = parser.value(QStringLiteral("national-id"));
    return client;
}

// client add --name NAME [--given-name G] [--family-name F] [--national-id ID] [--unit NAME]
// → the new client, as toJson(Client).
int addClient(const Context &context, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption unitOption(QStringLiteral("unit"),
                                        Cli::tr("The unit or home; a new name adds the unit."),
                                        QStringLiteral("name"));
    parser.addOptions(
        {{QStringLiteral("name"),
          Cli::tr("The client's full name; the last word is the family name."),
          QStringLiteral("name")},
         {QStringLiteral("given-name"), Cli::tr("The client's given name."), QStringLiteral("name")},
         {QStringLiteral("family-name"), Cli::tr("The client's family name."), QStringLiteral("name")},
         {QStringLiteral("national-id"), Cli::tr("The client's national ID number."), QStringLiteral("id")},
         unitOption});
    if (!parseCommand(parser, args))
        return UsageError;
    std::optional<Client> client = clientFromOptions(parser);
    if (!client)
        return UsageError;
    auto workspace = openWorkspace(context);
    if (!workspace)
        return Failure;

    // A new unit is added with the client, in one transaction: a refused client adds none.
    QStringList warnings;
    auto saved = ClientRepository(*workspace->session)
                     .save(*client, parser.value(unitOption), &warnings);
    if (!saved) {
        printError(saved.error());
        return Failure;
    }
    for (const QString &warning : std::as_const(warnings))
        printError(warning);
    printJson(toJson(*saved));
    return Success;
}

// client list [--search TEXT] [--limit N] → {"clients": [summary...], "count": n}
int listClients(const Context &context, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption searchOption(
        QStringLiteral("search"),
        Cli::tr("Only clients whose name, national ID or unit contain every word."),
        QStringLiteral("text"));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         Cli::tr("At most this many clients (default 500)."),
                                         QStringLiteral("count"));
    parser.addOptions({searchOption, limitOption});
    if (!parseCommand(parser, args))
        return UsageError;
    const auto limit = numberOption(parser, limitOption, 1, 1000000, 500);
    if (!limit)
        return UsageError;
    auto workspace = openWorkspace(context, Database::Access::ReadOnly);
    if (!workspace)
        return Failure;
    auto found = ClientRepository(*workspace->session).search(parser.value(searchOption), *limit);
    if (!found) {
        printError(found.error());
        return Failure;
    }
    QJsonArray list;
    for (const ClientSummary &client : std::as_const(*found))
        list.append(toJson(client));
    printJson({{QStringLiteral("clients"), list}, {QStringLiteral("count"), list.size()}});
    return Success;
}

// client show ID → toJson(Client) with "contacts": [contact...] and "decisions": [summary...]
int showClient(const Context &context, const QStringList &args)
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
    const ClientRepository clients(*workspace->session);
    auto client = clients.get(*id);
    auto contacts = client ? clients.contacts(*id) : Result<QList<Contact>>(client.error());
    DecisionFilter filter;
    filter.clientId = *id;
    auto decisions = contacts ? DecisionRepository(*workspace->session).list(filter)
                              : Result<QList<DecisionSummary>>(contacts.error());
    if (!decisions) {
        printError(decisions.error());
        return Failure;
    }
    QJsonObject json = toJson(*client);
    QJsonArray contactList;
    for (const Contact &contact : std::as_const(*contacts))
        contactList.append(toJson(contact));
    QJsonArray decisionList;
    for (const DecisionSummary &decision : std::as_const(*decisions))
        decisionList.append(toJson(decision));
    json[u"contacts"] = contactList;
    json[u"decisions"] = decisionList;
    printJson(json);
    return Success;
}

} // namespace

int runClient(const Context &context, const QStringList &args)
{
    return runSubcommand(context,
                         args,
                         {{QStringLiteral("add"), addClient},
                          {QStringLiteral("list"), listClients},
                          {QStringLiteral("show"), showClient}});
}

} // namespace fremdrift::cli
