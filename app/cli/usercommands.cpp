// user: the staff users of the database, and logging in as one of them.
#include "commands.h"

#include "security/accounts.h"
#include "workflow/permissions.h"

#include <QJsonArray>

#include <cstdio>
#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace fremdrift::cli {

namespace {

// The password this run logged in with, so that `user passwd` does not ask for it twice.
QString &loginPassword()
{
    static QString password;
    return password;
}

// One line from the terminal with echo off; nothing when stdin is no terminal.
std::optional<QString> promptHidden(const QString &prompt)
{
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    const QByteArray text = prompt.toLocal8Bit();
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    std::fflush(stderr);
    termios saved{};
    const bool haveTerminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= tcflag_t(ECHONL);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    const bool read = static_cast<bool>(std::getline(std::cin, line));
    if (haveTerminal)
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    if (!read)
        return std::nullopt;
    return QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
}

QJsonObject userJson(const StaffUser &user, bool hasPassword)
{
    return {
        {QStringLiteral("id"), user.id},
        {QStringLiteral("username"), user.username},
        {QStringLiteral("name"), user.fullName},
        {QStringLiteral("role"), roleKey(user.role)},
        {QStringLiteral("title"), user.title},
        {QStringLiteral("active"), user.active},
        {QStringLiteral("has_password"), hasPassword},
    };
}

// A new password: FREMDRIFT_PASSWORD_NEW, else typed twice on the terminal.
std::optional<QString> newPassword(const QString &username)
{
    if (qEnvironmentVariableIsSet("FREMDRIFT_PASSWORD_NEW"))
        return qEnvironmentVariable("FREMDRIFT_PASSWORD_NEW");
    if (!isatty(STDIN_FILENO)) {
        printError(Cli::tr("Give the new password in FREMDRIFT_PASSWORD_NEW, or run this on a "
                           "terminal to type it."));
        return std::nullopt;
    }
    auto first = promptHidden(Cli::tr("New password for %1: ").arg(username));
    if (!first)
        return std::nullopt;
    auto second = promptHidden(Cli::tr("The same password again: "));
    if (!second)
        return std::nullopt;
    if (*first != *second) {
        printError(Cli::tr("The two passwords differ. Nothing was changed."));
        return std::nullopt;
    }
    return first;
}

// The acting user's current password: the one logged in with, FREMDRIFT_PASSWORD, or typed.
std::optional<QString> currentPassword(const QString &username)
{
    if (!loginPassword().isNull())
        return loginPassword();
    return readPassword(Cli::tr("Password for %1: ").arg(username));
}

// user add --username U --name NAME --role R [--title T] → {"user": {...}}
int addUser(const Context &context, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption usernameOption(QStringLiteral("username"),
                                            Cli::tr("The new user's login name."),
                                            QStringLiteral("username"));
    const QCommandLineOption nameOption(QStringLiteral("name"), Cli::tr("Full name."),
                                        QStringLiteral("name"));
    const QCommandLineOption roleOption(QStringLiteral("role"),
                                        Cli::tr("caseworker, leader, administrator or readonly."),
                                        QStringLiteral("role"));
    const QCommandLineOption titleOption(QStringLiteral("title"), Cli::tr("Job title."),
                                         QStringLiteral("title"));
    parser.addOptions({usernameOption, nameOption, roleOption, titleOption});
    if (!parseCommand(parser, args) || !requireOption(parser, usernameOption)
        || !requireOption(parser, nameOption) || !requireOption(parser, roleOption))
        return UsageError;
    const std::optional<Role> role = roleFromKey(parser.value(roleOption).trimmed().toLower());
    if (!role) {
        printError(Cli::tr("Unknown role \"%1\": use caseworker, leader, administrator or "
                           "readonly.")
                       .arg(parser.value(roleOption)));
        return UsageError;
    }
    auto workspace = openWorkspace(context);
    if (!workspace)
        return Failure;
    // Core decides; asking first spares a refused user typing a password twice.
    if (Status allowed = requirePermission(workspace->session->user(), Permission::ManageUsers);
        !allowed) {
        printError(allowed.error());
        return Failure;
    }
    Accounts::NewUser user;
    user.username = parser.value(usernameOption);
    user.fullName = parser.value(nameOption);
    user.role = *role;
    user.title = parser.value(titleOption);
    const std::optional<QString> password = newPassword(user.username);
    if (!password)
        return Failure;
    user.password = *password;
    auto added = Accounts::addUser(*workspace->session, user);
    if (!added) {
        printError(added.error());
        return Failure;
    }
    printJson({{QStringLiteral("user"), userJson(*added, true)}});
    return Success;
}

// user passwd [USERNAME] → {"username": ..., "password_changed": true}
int changePassword(const Context &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("username"),
                                 Cli::tr("Whose password (administrators); default: your own."));
    if (!parseCommand(parser, args, 1))
        return UsageError;
    auto workspace = openWorkspace(context);
    if (!workspace)
        return Failure;
    Session &session = *workspace->session;
    const QString target = parser.positionalArguments().value(0).trimmed();
    const bool own = target.isEmpty()
                     || target.compare(session.user().username, Qt::CaseInsensitive) == 0;
    QString oldPassword;
    if (own) {
        auto withPassword = Accounts::usersWithPassword(session.database());
        if (!withPassword) {
            printError(withPassword.error());
            return Failure;
        }
        if (withPassword->contains(session.user().id)) {
            auto current = currentPassword(session.user().username);
            if (!current)
                return Failure;
            oldPassword = *current;
        }
    } else if (Status allowed = requirePermission(session.user(), Permission::ManageUsers);
               !allowed) {
        printError(allowed.error());
        return Failure;
    }
    const QString username = own ? session.user().username : target;
    const std::optional<QString> password = newPassword(username);
    if (!password)
        return Failure;
    if (Status changed = Accounts::setPassword(session, username, oldPassword, *password);
        !changed) {
        printError(changed.error());
        return Failure;
    }
    printJson({{QStringLiteral("username"), username},
               {QStringLiteral("password_changed"), true}});
    return Success;
}

// user deactivate USERNAME → {"username": ..., "active": false}
int deactivateUser(const Context &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("username"), Cli::tr("Who to deactivate."));
    if (!parseCommand(parser, args, 1))
        return UsageError;
    if (parser.positionalArguments().isEmpty()) {
        printError(Cli::tr("Give the user name of the user to deactivate."));
        return UsageError;
    }
    auto workspace = openWorkspace(context);
    if (!workspace)
        return Failure;
    const QString username = parser.positionalArguments().constFirst();
    if (Status done = Accounts::deactivate(*workspace->session, username); !done) {
        printError(done.error());
        return Failure;
    }
    printJson({{QStringLiteral("username"), username}, {QStringLiteral("active"), false}});
    return Success;
}

// user role USERNAME ROLE → {"username": ..., "role": ...}
int changeRole(const Context &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("username"), Cli::tr("Whose role to change."));
    parser.addPositionalArgument(QStringLiteral("role"),
                                 Cli::tr("caseworker, leader, administrator or readonly."));
    if (!parseCommand(parser, args, 2))
        return UsageError;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        printError(Cli::tr("Give the user name and the new role, e.g. user role kari leader."));
        return UsageError;
    }
    const std::optional<Role> role = roleFromKey(positional.at(1).trimmed().toLower());
    if (!role) {
        printError(Cli::tr("Unknown role \"%1\": use caseworker, leader, administrator or "
                           "readonly.")
                       .arg(positional.at(1)));
        return UsageError;
    }
    auto workspace = openWorkspace(context);
    if (!workspace)
        return Failure;
    const QString username = positional.constFirst().trimmed();
    if (Status done = Accounts::setRole(*workspace->session, username, *role); !done) {
        printError(done.error());
        return Failure;
    }
    printJson({{QStringLiteral("username"), username}, {QStringLiteral("role"), roleKey(*role)}});
    return Success;
}

// user list → {"users": [{id, username, name, role, title, active, has_password}, ...]}
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
    auto withPassword = Accounts::usersWithPassword(*workspace->database);
    if (!withPassword) {
        printError(withPassword.error());
        return Failure;
    }
    QJsonArray list;
    for (const StaffUser &user : std::as_const(*users))
        list.append(userJson(user, withPassword->contains(user.id)));
    printJson({{QStringLiteral("users"), list}});
    return Success;
}

} // namespace

std::optional<QString> readPassword(const QString &prompt)
{
    if (qEnvironmentVariableIsSet("FREMDRIFT_PASSWORD"))
        return qEnvironmentVariable("FREMDRIFT_PASSWORD");
    if (auto typed = promptHidden(prompt))
        return typed;
    printError(Cli::tr("A password is needed: set FREMDRIFT_PASSWORD, or run this on a terminal "
                       "to type it."));
    return std::nullopt;
}

std::optional<QString> loginIfRequired(const Context &context, Database &database)
{
    auto required = Accounts::loginRequired(database);
    if (!required) {
        printError(required.error());
        return std::nullopt;
    }
    if (!*required)
        return context.username;
    if (context.username.isEmpty()) {
        printError(Cli::tr("This database has several users and needs a login: give --user "
                           "NAME, and the password in FREMDRIFT_PASSWORD or typed when asked."));
        return std::nullopt;
    }
    const std::optional<QString> password
        = readPassword(Cli::tr("Password for %1: ").arg(context.username));
    if (!password)
        return std::nullopt;
    // Failed logins are counted even by commands that only read, or guessing would be free.
    std::unique_ptr<Database> writable;
    if (database.isReadOnly() && database.fileReadOnlyReason().isEmpty()) {
        if (auto opened = Database::open(database.path()))
            writable = std::move(opened).value();
    }
    auto user = Accounts::login(writable ? *writable : database, context.username, *password);
    if (!user) {
        printError(user.error());
        return std::nullopt;
    }
    loginPassword() = *password;
    return user->username;
}

int runUser(const Context &context, const QStringList &args)
{
    return runSubcommand(context, args,
                         {{QStringLiteral("add"), addUser},
                          {QStringLiteral("passwd"), changePassword},
                          {QStringLiteral("deactivate"), deactivateUser},
                          {QStringLiteral("role"), changeRole},
                          {QStringLiteral("list"), listUsers}});
}

} // namespace fremdrift::cli
