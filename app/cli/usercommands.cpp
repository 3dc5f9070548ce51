// user: the staff users of the database.
#include "commands.h"

#include <QJsonArray>

namespace fremdrift::cli {

namespace {

QJsonObject userJson(const StaffUser &user)
{
    return {
        {QStringLiteral("id"), user.id},
        {QStringLiteral("username"), user.username},
        {QStringLiteral("name"), user.fullName},
        {QStringLiteral("role"), roleKey(user.role)},
        {QStringLiteral("title"), user.title},
        {QStringLiteral("active"), user.active},
    };
}

// user list → {"users": [{id, username, name, role, title, active}, ...]}
int listUsers(const Context &context, const QStringList &args)
{
    QCommandLineParser parser;
    if (!parseCommand(parser, args))
        return UsageError;
    auto workspace = openWorkspace(context, Database::Access::ReadOnly);
    if (!workspace)
        return Failure;
    auto users = workspace->session->users();
    if (!users) {
        printError(users.error());
        return Failure;
    }
    QJsonArray list;
    for (const StaffUser &user : std::as_const(*users))
        list.append(userJson(user));
    printJson({{QStringLiteral("users"), list}});
    return Success;
}

} // namespace

int runUser(const Context &context, const QStringList &args)
{
    return runSubcommand(context, args, {{QStringLiteral("list"), listUsers}});
}

} // namespace fremdrift::cli
