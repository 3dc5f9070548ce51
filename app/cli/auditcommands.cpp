// audit: the administrator's view of the audit log, and the access report for one client.
#include "commands.h"

#include "documents/accessreport.h"
#include "workflow/accesslog.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace fremdrift::cli {

namespace {

QJsonValue optionalId(const std::optional<qint64> &id)
{
    return id ? QJsonValue(*id) : QJsonValue();
}

QJsonObject recordJson(const AuditRecord &record)
{
    return {
        {QStringLiteral("id"), record.id},
        {QStringLiteral("at"), record.at},
        {QStringLiteral("user_id"), optionalId(record.userId)},
        {QStringLiteral("user"), record.userName},
        {QStringLiteral("host"), record.host},
        {QStringLiteral("action"), record.action},
        {QStringLiteral("entity"), record.entity},
        {QStringLiteral("entity_id"), optionalId(record.entityId)},
        {QStringLiteral("client_id"), optionalId(record.clientId)},
        {QStringLiteral("detail"), record.detail},
    };
}

QJsonObject reportJson(const AccessReport &report)
{
    QJsonArray people;
    for (const AccessReportPerson &person : report.people) {
        people.append(QJsonObject{
            {QStringLiteral("user_id"), optionalId(person.userId)},
            {QStringLiteral("username"), person.username},
            {QStringLiteral("name"), person.name},
            {QStringLiteral("role"), person.role ? roleKey(*person.role) : QString()},
            {QStringLiteral("title"), person.title},
            {QStringLiteral("hosts"), QJsonArray::fromStringList(person.hosts)},
            {QStringLiteral("first_access"), person.firstAccess},
            {QStringLiteral("last_access"), person.lastAccess},
            {QStringLiteral("openings"), person.openings},
            {QStringLiteral("changes"), person.changes},
        });
    }
    return {
        {QStringLiteral("client"),
         QJsonObject{{QStringLiteral("id"), report.clientId},
                     {QStringLiteral("name"), report.clientName},
                     {QStringLiteral("national_id"), report.nationalId}}},
        {QStringLiteral("first_access"), report.firstAccess},
        {QStringLiteral("last_access"), report.lastAccess},
        {QStringLiteral("generated_at"), report.generatedAt},
        {QStringLiteral("generated_by"), report.generatedBy},
        {QStringLiteral("people"), people},
    };
}

// audit log [--staff USERNAME] [--client ID] [--from D] [--to D] [--limit N] → {"entries": [...]}
int auditLog(const Context &context, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption staffOption(QStringLiteral("staff"),
                                         Cli::tr("Only what this staff user did (username)."),
                                         QStringLiteral("username"));
    const QCommandLineOption clientOption(QStringLiteral("client"),
                                          Cli::tr("Only rows about this client (id)."),
                                          QStringLiteral("id"));
    const QCommandLineOption fromOption(QStringLiteral("from"), Cli::tr("From this day."),
                                        QStringLiteral("date"));
    const QCommandLineOption toOption(QStringLiteral("to"), Cli::tr("To this day, inclusive."),
                                      QStringLiteral("date"));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         Cli::tr("At most this many rows, newest first."),
                                         QStringLiteral("n"));
    parser.addOptions({staffOption, clientOption, fromOption, toOption, limitOption});
    if (!parseCommand(parser, args))
        return UsageError;
    const auto from = dateOption(parser, fromOption);
    const auto to = dateOption(parser, toOption);
    const auto limit = numberOption(parser, limitOption, 1, 1000000, 1000);
    if (!from || !to || !limit)
        return UsageError;
    AuditFilter filter;
    filter.from = *from;
    filter.to = *to;
    filter.limit = *limit;
    if (parser.isSet(clientOption)) {
        bool ok = false;
        const qint64 id = parser.value(clientOption).toLongLong(&ok);
        if (!ok || id <= 0) {
            printError(Cli::tr("--client needs a client's id, a whole number."));
            return UsageError;
        }
        filter.clientId = id;
    }
    auto workspace = openWorkspace(context, Database::Access::ReadOnly);
    if (!workspace)
        return Failure;
    Session &session = *workspace->session;
    if (parser.isSet(staffOption)) {
        auto users = session.users();
        if (!users) {
            printError(users.error());
            return Failure;
        }
        const QString username = parser.value(staffOption);
        for (const StaffUser &user : std::as_const(*users)) {
            if (user.username.compare(username, Qt::CaseInsensitive) == 0)
                filter.userId = user.id;
        }
        if (!filter.userId) {
            printError(Cli::tr("There is no staff user called \"%1\".").arg(username));
            return Failure;
        }
    }
    auto records = AccessLog::search(session, filter);
    if (!records) {
        printError(records.error());
        return Failure;
    }
    QJsonArray entries;
    for (const AuditRecord &record : std::as_const(*records))
        entries.append(recordJson(record));
    printJson({{QStringLiteral("entries"), entries}});
    return Success;
}

// audit access-report CLIENT_ID [--pdf FILE] → the report as JSON; with --pdf also the file
int accessReport(const Context &context, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption pdfOption(QStringLiteral("pdf"),
                                       Cli::tr("Also write the report as an A4 PDF file."),
                                       QStringLiteral("file"));
    parser.addOption(pdfOption);
    if (!parseCommand(parser, args, 1))
        return UsageError;
    const auto id = idArgument(parser);
    if (!id)
        return UsageError;
    auto workspace = openWorkspace(context, Database::Access::ReadOnly);
    if (!workspace)
        return Failure;
    auto report = AccessLog::accessReport(*workspace->session, *id);
    if (!report) {
        printError(report.error());
        return Failure;
    }
    QJsonObject json = reportJson(*report);
    if (parser.isSet(pdfOption)) {
        const QString path = QFileInfo(parser.value(pdfOption)).absoluteFilePath();
        if (Status written = AccessReportDocument::writePdf(*report, path); !written) {
            printError(written.error());
            return Failure;
        }
        json[u"pdf"] = path;
    }
    printJson(json);
    return Success;
}

} // namespace

int runAudit(const Context &context, const QStringList &args)
{
    return runSubcommand(context, args,
                         {{QStringLiteral("log"), auditLog},
                          {QStringLiteral("access-report"), accessReport}});
}

} // namespace fremdrift::cli
