#pragma once

#include "domain/client.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace fremdrift {

// An evaluation meeting belongs to a review (step 2 agrees it, step 3 holds it); follow-up and
// responsibility group meetings stand on their own, usually about one client.
enum class MeetingKind { Evaluation, FollowUp, ResponsibilityGroup, Other };

// Who a participant is to the client: "client", "guardian", "relative", "caseworker",
// "primary_contact", "supplier", "leader", "gp", "other" (as stored and in JSON).
QStringList participantRoleKeys();
QString participantRoleName(const QString &key); // in the interface language
// The participant role of one of the client's people: their relation where it is a role,
// else "other" (a specialist).
QString participantRoleOf(ContactRelation relation);

struct MeetingParticipant
{
    qint64 id = 0;
    QString name;
    QString role = QStringLiteral("other"); // a participantRoleKeys() key
    std::optional<qint64> staffUserId;      // staff of the office
    std::optional<qint64> contactId;        // one of the client's people
    QString email;
    bool invited = false;
    bool accepted = false;
    bool attended = false;
    bool isCoordinator = false; // leads the meeting; never the minute-taker (seed 003)
    bool isMinuteTaker = false;
};

struct Meeting
{
    qint64 id = 0;
    MeetingKind kind = MeetingKind::Evaluation;
    std::optional<qint64> clientId;
    QString clientName; // read only
    std::optional<qint64> reviewId;
    QString title;
    QDateTime startsAt; // local time; stored as UTC ISO 8601
    QDateTime endsAt;
    QString location;
    QString videoLink;
    QString agreedHow; // "letter", "phone", "other" (step 2: how the meeting was agreed)
    QString agenda;
    QString minutes;
    QString agreements;
    QDate nextMeetingOn;
    bool held = false;
    QList<MeetingParticipant> participants;
    int version = 0;
    QString updatedAt;

    const MeetingParticipant *minuteTaker() const;
    const MeetingParticipant *coordinator() const;
};

QString
meetingKindKey(MeetingKind kind); // "evaluation", "follow_up", "responsibility_group", "other"
std::optional<MeetingKind> meetingKindFromKey(const QString &key);
QString meetingKindName(MeetingKind kind); // in the interface language
QList<MeetingKind> allMeetingKinds();

// How an evaluation meeting was agreed (step 2): "letter", "phone", "other"; empty: not yet.
QStringList agreedHowKeys();
QString agreedHowName(const QString &key); // in the interface language

// The one JSON shape of a meeting (CLI output, audit trail): snake_case keys, times as UTC
// ISO 8601 ("2026-03-02T09:00:00Z"), dates as YYYY-MM-DD.
QJsonObject toJson(const MeetingParticipant &participant);
QJsonObject toJson(const Meeting &meeting);
// Reads a meeting as toJson() writes it, every key, so that toJson(meetingFromJson(toJson(m)))
// is toJson(m). Keys it does not know are ignored; wrong values are reported field by field.
Result<Meeting> meetingFromJson(const QJsonObject &json);
// A time as stored and in JSON: UTC, "yyyy-MM-ddTHH:mm:ssZ"; empty for an invalid time.
QString meetingTimeText(const QDateTime &time);
// Reads meetingTimeText() back as local time; invalid for an empty or malformed text.
QDateTime meetingTimeFromText(const QString &text);

} // namespace fremdrift
