// meeting: evaluation, follow-up and responsibility group meetings, and their invitations.
#include "commands.h"

#include "documents/icalendar.h"
#include "i18n/language.h"
#include "repository/meetingrepository.h"
#include "workflow/meetingrules.h"

#include <QJsonArray>
#include <QLocale>

#include <cstdio>
#include <limits>

namespace fremdrift::cli {

namespace {

QString kindKeys()
{
    QStringList keys;
    for (MeetingKind kind : allMeetingKinds())
        keys << meetingKindKey(kind);
    return keys.join(u'|');
}

struct AddOptions
{
    QCommandLineOption kind{QStringLiteral("kind"),
                            Cli::tr("The kind of meeting: %1.").arg(kindKeys()),
                            QStringLiteral("kind")};
    QCommandLineOption client{QStringLiteral("client"),
                              Cli::tr("The id of the client the meeting is about."),
                              QStringLiteral("id")};
    QCommandLineOption review{QStringLiteral("review"),
                              Cli::tr("The id of the review whose evaluation meeting this is."),
                              QStringLiteral("id")};
    QCommandLineOption start{QStringLiteral("start"),
                             Cli::tr("When it starts, local time: YYYY-MM-DDTHH:MM."),
                             QStringLiteral("time")};
    QCommandLineOption minutesLong{QStringLiteral("minutes-long"),
                                   Cli::tr("How long it lasts in minutes (default 60)."),
                                   QStringLiteral("n")};
    QCommandLineOption place{
        QStringLiteral("place"), Cli::tr("Where it is."), QStringLiteral("place")};
    QCommandLineOption video{
        QStringLiteral("video"), Cli::tr("The video meeting's link."), QStringLiteral("url")};
    QCommandLineOption title{
        QStringLiteral("title"), Cli::tr("A title for calendars."), QStringLiteral("title")};
    QCommandLineOption participant{QStringLiteral("participant"),
                                   Cli::tr("A participant as \"Name|role|email\" (role and "
                                           "e-mail may be left out); repeat for each. Roles: %1.")
                                       .arg(participantRoleKeys().join(QStringLiteral(", "))),
                                   QStringLiteral("person")};
    QCommandLineOption defaultAgenda{QStringLiteral("default-agenda"),
                                     Cli::tr("Start the agenda from the jurisdiction's or "
                                             "Fremdrift's agenda for the kind of meeting.")};

    QList<QCommandLineOption> all() const
    {
        return {kind,
                client,
                review,
                start,
                minutesLong,
                place,
                video,
                title,
                participant,
                defaultAgenda};
    }
};

MeetingParticipant participantFromText(const QString &text)
{
    const QStringList parts = text.split(u'|');
    MeetingParticipant participant;
    participant.name = parts.value(0).trimmed();
    if (const QString role = parts.value(1).trimmed(); !role.isEmpty())
        participant.role = role;
    participant.email = parts.value(2).trimmed();
    participant.invited = true;
    return participant;
}

std::optional<qint64> idOption(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    const auto id = numberOption(parser, option, 1, std::numeric_limits<int>::max(), 0);
    if (!id)
        return std::nullopt;
    return qint64(*id);
}

// The meeting the options describe, or nothing after printing why not.
std::optional<Meeting> meetingFromOptions(const QCommandLineParser &parser, const AddOptions &o)
{
    Meeting meeting;
    const auto kind = meetingKindFromKey(parser.value(o.kind));
    if (!kind) {
        printError(Cli::tr("--kind takes %1, not \"%2\".").arg(kindKeys(), parser.value(o.kind)));
        return std::nullopt;
    }
    meeting.kind = *kind;
    meeting.startsAt = QDateTime::fromString(parser.value(o.start), Qt::ISODate);
    if (!meeting.startsAt.isValid()) {
        printError(Cli::tr("--start takes a local time as YYYY-MM-DDTHH:MM, not \"%1\".")
                       .arg(parser.value(o.start)));
        return std::nullopt;
    }
    const auto minutes = numberOption(parser, o.minutesLong, 1, 24 * 60, 60);
    const auto client = idOption(parser, o.client);
    const auto review = idOption(parser, o.review);
    if (!minutes || !client || !review)
        return std::nullopt;
    meeting.endsAt = meeting.startsAt.addSecs(qint64(*minutes) * 60);
    if (*client > 0)
        meeting.clientId = *client;
    if (*review > 0)
        meeting.reviewId = *review;
    meeting.location = parser.value(o.place);
    meeting.videoLink = parser.value(o.video);
    meeting.title = parser.value(o.title);
    for (const QString &text : parser.values(o.participant))
        meeting.participants << participantFromText(text);
    return meeting;
}

// meeting add --kind K --start T [...] → the new meeting, as toJson(Meeting)
int addMeeting(const Context &context, const QStringList &args)
{
    QCommandLineParser parser;
    const AddOptions options;
    parser.addOptions(options.all());
    if (!parseCommand(parser, args) || !requireOption(parser, options.kind)
        || !requireOption(parser, options.start))
        return UsageError;
    auto meeting = meetingFromOptions(parser, options);
    if (!meeting)
        return UsageError;
    auto workspace = openWorkspace(context);
    if (!workspace)
        return Failure;
    if (parser.isSet(options.defaultAgenda))
        meeting->agenda = defaultAgenda(
            workspace->session->profile(), meeting->kind, languageForLocale(QLocale()));
    auto saved = MeetingRepository(*workspace->session).save(*meeting);
    if (!saved) {
        printError(saved.error());
        return Failure;
    }
    printJson(toJson(*saved));
    return Success;
}

// meeting show ID → toJson(Meeting)
int showMeeting(const Context &context, const QStringList &args)
{
    return showById(context, args, [](Session &session, qint64 id) -> Result<QJsonObject> {
        auto meeting = MeetingRepository(session).get(id);
        if (!meeting)
            return meeting.error();
        return toJson(*meeting);
    });
}

// meeting list [--from D] [--to D] [--client ID] → [meeting...], by start time
int listMeetings(const Context &context, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"),
                                  Cli::tr("Only meetings on or after this day (YYYY-MM-DD)."),
                                  QStringLiteral("date"));
    const QCommandLineOption to(QStringLiteral("to"),
                                Cli::tr("Only meetings on or before this day (YYYY-MM-DD)."),
                                QStringLiteral("date"));
    const QCommandLineOption client(QStringLiteral("client"),
                                    Cli::tr("Only the meetings about the client with this id."),
                                    QStringLiteral("id"));
    parser.addOptions({from, to, client});
    if (!parseCommand(parser, args))
        return UsageError;
    const auto fromDay = dateOption(parser, from);
    const auto toDay = dateOption(parser, to);
    const auto clientId = idOption(parser, client);
    if (!fromDay || !toDay || !clientId)
        return UsageError;
    MeetingFilter filter;
    if (fromDay->isValid())
        filter.from = QDateTime(*fromDay, QTime(0, 0));
    if (toDay->isValid())
        filter.to = QDateTime(toDay->addDays(1), QTime(0, 0)); // the whole last day
    if (*clientId > 0)
        filter.clientId = *clientId;
    auto workspace = openWorkspace(context, Database::Access::ReadOnly);
    if (!workspace)
        return Failure;
    auto found = MeetingRepository(*workspace->session).list(filter);
    if (!found) {
        printError(found.error());
        return Failure;
    }
    QJsonArray list;
    for (const Meeting &meeting : std::as_const(*found))
        list.append(toJson(meeting));
    // The shape of every list the CLI prints: {"meetings": [...], "count": n}.
    printJson({{QStringLiteral("meetings"), list}, {QStringLiteral("count"), list.size()}});
    return Success;
}

// meeting ics ID [--out FILE] → the invitation (RFC 5545) in FILE, else on stdout
int exportMeeting(const Context &context, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"),
                                 Cli::tr("Write the invitation to this .ics file rather than "
                                         "standard output."),
                                 QStringLiteral("file"));
    parser.addOption(out);
    if (!parseCommand(parser, args, 1))
        return UsageError;
    const auto id = idArgument(parser);
    if (!id)
        return UsageError;
    auto workspace = openWorkspace(context, Database::Access::ReadOnly);
    if (!workspace)
        return Failure;
    MeetingRepository meetings(*workspace->session);
    auto meeting = meetings.get(*id);
    auto key = meeting ? meetings.calendarKey() : Result<QString>(meeting.error());
    if (!key) {
        printError(key.error());
        return Failure;
    }
    const QByteArray calendar = ICalendar::fromMeeting(*meeting, {*key, {}});
    if (!parser.isSet(out)) {
        std::fwrite(calendar.constData(), 1, size_t(calendar.size()), stdout);
        std::fflush(stdout);
        return Success;
    }
    if (Status written = ICalendar::writeFile(parser.value(out), calendar); !written) {
        printError(written.error());
        return Failure;
    }
    printJson({{QStringLiteral("file"), parser.value(out)},
               {QStringLiteral("uid"), ICalendar::uid(meeting->id, *key)}});
    return Success;
}

} // namespace

int runMeeting(const Context &context, const QStringList &args)
{
    return runSubcommand(context,
                         args,
                         {{QStringLiteral("add"), addMeeting},
                          {QStringLiteral("show"), showMeeting},
                          {QStringLiteral("list"), listMeetings},
                          {QStringLiteral("ics"), exportMeeting}});
}

} // namespace fremdrift::cli
