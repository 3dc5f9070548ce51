#include "domain/meeting.h"

#include "domain/json.h"
#include "domain/jsonreading.h"

#include <QJsonArray>
#include <QTimeZone>

namespace fremdrift {

namespace {

class Meetings final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::Meetings)
};

// The participant that `test` picks, or nullptr.
template<typename Test>
const MeetingParticipant *findParticipant(const QList<MeetingParticipant> &participants, Test test)
{
    for (const MeetingParticipant &participant : participants) {
        if (test(participant))
            return &participant;
    }
    return nullptr;
}

} // namespace

const MeetingParticipant *Meeting::minuteTaker() const
{
    return findParticipant(participants,
                           [](const MeetingParticipant &p) { return p.isMinuteTaker; });
}

const MeetingParticipant *Meeting::coordinator() const
{
    return findParticipant(participants,
                           [](const MeetingParticipant &p) { return p.isCoordinator; });
}

QString participantRoleOf(ContactRelation relation)
{
    const QString key = relationKey(relation);
    return participantRoleKeys().contains(key) ? key : QStringLiteral("other");
}

QStringList participantRoleKeys()
{
    return {QStringLiteral("client"),
            QStringLiteral("guardian"),
            QStringLiteral("relative"),
            QStringLiteral("caseworker"),
            QStringLiteral("primary_contact"),
            QStringLiteral("supplier"),
            QStringLiteral("leader"),
            QStringLiteral("gp"),
            QStringLiteral("other")};
}

QString participantRoleName(const QString &key)
{
    if (key == u"client")
        return Meetings::tr("Client");
    if (key == u"guardian")
        return Meetings::tr("Guardian");
    if (key == u"relative")
        return Meetings::tr("Relative");
    if (key == u"caseworker")
        return Meetings::tr("Caseworker");
    if (key == u"primary_contact")
        return Meetings::tr("Primary contact");
    if (key == u"supplier")
        return Meetings::tr("Supplier");
    if (key == u"leader")
        return Meetings::tr("Leader");
    if (key == u"gp")
        return Meetings::tr("GP");
    return Meetings::tr("Other");
}

QString meetingKindKey(MeetingKind kind)
{
    switch (kind) {
    case MeetingKind::Evaluation:
        return QStringLiteral("evaluation");
    case MeetingKind::FollowUp:
        return QStringLiteral("follow_up");
    case MeetingKind::ResponsibilityGroup:
        return QStringLiteral("responsibility_group");
    case MeetingKind::Other:
        return QStringLiteral("other");
    }
    Q_UNREACHABLE();
}

std::optional<MeetingKind> meetingKindFromKey(const QString &key)
{
    for (MeetingKind kind : allMeetingKinds()) {
        if (meetingKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString meetingKindName(MeetingKind kind)
{
    switch (kind) {
    case MeetingKind::Evaluation:
        return Meetings::tr("Evaluation meeting");
    case MeetingKind::FollowUp:
        return Meetings::tr("Follow-up meeting");
    case MeetingKind::ResponsibilityGroup:
        return Meetings::tr("Responsibility group");
    case MeetingKind::Other:
        return Meetings::tr("Other meeting");
    }
    Q_UNREACHABLE();
}

QList<MeetingKind> allMeetingKinds()
{
    return {MeetingKind::Evaluation,
            MeetingKind::FollowUp,
            MeetingKind::ResponsibilityGroup,
            MeetingKind::Other};
}

QStringList agreedHowKeys()
{
    return {QStringLiteral("letter"), QStringLiteral("phone"), QStringLiteral("other")};
}

QString agreedHowName(const QString &key)
{
    if (key == u"letter")
        return Meetings::tr("By invitation letter");
    if (key == u"phone")
        return Meetings::tr("By phone");
    if (key == u"other")
        return Meetings::tr("Otherwise");
    return Meetings::tr("Not agreed yet");
}

QString meetingTimeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))
                          : QString();
}

QDateTime meetingTimeFromText(const QString &text)
{
    QDateTime time = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    return time.isValid() ? time.toLocalTime() : QDateTime();
}

QJsonObject toJson(const MeetingParticipant &participant)
{
    return {
        {QStringLiteral("id"), participant.id},
        {QStringLiteral("name"), participant.name},
        {QStringLiteral("role"), participant.role},
        {QStringLiteral("staff_user_id"), optionalId(participant.staffUserId)},
        {QStringLiteral("contact_id"), optionalId(participant.contactId)},
        {QStringLiteral("email"), participant.email},
        {QStringLiteral("invited"), participant.invited},
        {QStringLiteral("accepted"), participant.accepted},
        {QStringLiteral("attended"), participant.attended},
        {QStringLiteral("is_coordinator"), participant.isCoordinator},
        {QStringLiteral("is_minute_taker"), participant.isMinuteTaker},
    };
}

QJsonObject toJson(const Meeting &meeting)
{
    QJsonArray participants;
    for (const MeetingParticipant &participant : meeting.participants)
        participants.append(toJson(participant));
    auto text = [](const QString &value) {
        return value.isEmpty() ? QJsonValue() : QJsonValue(value);
    };
    return {
        {QStringLiteral("id"), meeting.id},
        {QStringLiteral("kind"), meetingKindKey(meeting.kind)},
        {QStringLiteral("client_id"), optionalId(meeting.clientId)},
        {QStringLiteral("client"), meeting.clientName},
        {QStringLiteral("review_id"), optionalId(meeting.reviewId)},
        {QStringLiteral("title"), meeting.title},
        {QStringLiteral("starts_at"), text(meetingTimeText(meeting.startsAt))},
        {QStringLiteral("ends_at"), text(meetingTimeText(meeting.endsAt))},
        {QStringLiteral("location"), meeting.location},
        {QStringLiteral("video_link"), meeting.videoLink},
        {QStringLiteral("agreed_how"), text(meeting.agreedHow)},
        {QStringLiteral("agenda"), meeting.agenda},
        {QStringLiteral("minutes"), meeting.minutes},
        {QStringLiteral("agreements"), meeting.agreements},
        {QStringLiteral("next_meeting_on"), jsonDate(meeting.nextMeetingOn)},
        {QStringLiteral("held"), meeting.held},
        {QStringLiteral("participants"), participants},
        {QStringLiteral("version"), meeting.version},
    };
}

namespace {

Result<MeetingParticipant> participantFromJson(const QJsonObject &json)
{
    FieldReader read(json);
    MeetingParticipant participant;
    participant.id = read.id("id").value_or(0);
    participant.name = read.text("name");
    participant.role = read.text("role");
    if (!participantRoleKeys().contains(participant.role))
        read.problem("role", Meetings::tr("\"role\" cannot be \"%1\".").arg(participant.role));
    participant.staffUserId = read.id("staff_user_id");
    participant.contactId = read.id("contact_id");
    participant.email = read.text("email");
    participant.invited = read.flag("invited");
    participant.accepted = read.flag("accepted");
    participant.attended = read.flag("attended");
    participant.isCoordinator = read.flag("is_coordinator");
    participant.isMinuteTaker = read.flag("is_minute_taker");
    if (auto error = read.error())
        return *error;
    return participant;
}

} // namespace

Result<Meeting> meetingFromJson(const QJsonObject &json)
{
    FieldReader read(json);
    Meeting meeting;
    meeting.id = read.id("id").value_or(0);
    meeting.kind = read.choice("kind", meetingKindFromKey, MeetingKind::Other);
    meeting.clientId = read.id("client_id");
    meeting.clientName = read.text("client");
    meeting.reviewId = read.id("review_id");
    meeting.title = read.text("title");
    for (auto [key, time] :
         {std::pair{"starts_at", &meeting.startsAt}, std::pair{"ends_at", &meeting.endsAt}}) {
        const QString text = read.text(key);
        *time = meetingTimeFromText(text);
        if (!text.isEmpty() && !time->isValid())
            read.problem(key,
                         Meetings::tr("\"%1\" must be a time as 2026-03-02T09:00:00Z, not "
                                      "\"%2\".")
                             .arg(QLatin1String(key), text));
    }
    meeting.location = read.text("location");
    meeting.videoLink = read.text("video_link");
    meeting.agreedHow = read.text("agreed_how");
    meeting.agenda = read.text("agenda");
    meeting.minutes = read.text("minutes");
    meeting.agreements = read.text("agreements");
    meeting.nextMeetingOn = read.date("next_meeting_on");
    meeting.held = read.flag("held");
    const QJsonValue participants = json.value(QLatin1String("participants"));
    if (!participants.isUndefined() && !participants.isNull() && !participants.isArray())
        read.problem("participants", Meetings::tr("\"participants\" must be a list."));
    for (const QJsonValue &each : participants.toArray()) {
        auto participant = participantFromJson(each.toObject());
        if (participant)
            meeting.participants << *participant;
        else
            read.addProblems("participants", participant.error().problems);
    }
    meeting.version = int(read.id("version").value_or(0));
    if (auto error = read.error())
        return *error;
    return meeting;
}

} // namespace fremdrift
