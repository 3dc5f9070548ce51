#include "workflow/meetingrules.h"

#include "jurisdiction/jurisdictionprofile.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace fremdrift {

namespace {

class MeetingRules final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::MeetingRules)
};

QString participantField(qsizetype index, const char *member)
{
    return QStringLiteral("participants[%1].%2").arg(index).arg(QLatin1String(member));
}

// How the participant is called in a message: by name, else by their row.
QString whom(const MeetingParticipant &participant, qsizetype index)
{
    const QString name = participant.name.trimmed();
    return name.isEmpty() ? MeetingRules::tr("participant %1").arg(index + 1) : name;
}

bool looksLikeEmail(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(text).hasMatch();
}

bool looksLikeWebAddress(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http")
           && !url.host().isEmpty();
}

void checkTimes(const Meeting &meeting, QList<FieldProblem> &problems)
{
    if (!meeting.startsAt.isValid()) {
        problems.append({QStringLiteral("starts_at"),
                         MeetingRules::tr("Give the date and time the meeting starts.")});
    } else if (meeting.endsAt.isValid() && meeting.endsAt <= meeting.startsAt) {
        problems.append({QStringLiteral("ends_at"),
                         MeetingRules::tr("The meeting must end after it starts: check the end "
                                          "time or the duration.")});
    }
}

void checkPlace(const Meeting &meeting, QList<FieldProblem> &problems)
{
    const QString link = meeting.videoLink.trimmed();
    if (meeting.location.trimmed().isEmpty() && link.isEmpty())
        problems.append({QStringLiteral("location"),
                         MeetingRules::tr("Say where the meeting is: give a place, or a video "
                                          "link for a meeting online.")});
    if (!link.isEmpty() && !looksLikeWebAddress(link))
        problems.append({QStringLiteral("video_link"),
                         MeetingRules::tr("The video link must be a web address, e.g. "
                                          "https://meet.example.no/abc-123.")});
    if (!meeting.agreedHow.isEmpty() && !agreedHowKeys().contains(meeting.agreedHow))
        problems.append({QStringLiteral("agreed_how"),
                         MeetingRules::tr("How the meeting was agreed is one of: %1.")
                             .arg(agreedHowKeys().join(QStringLiteral(", ")))});
}

void checkEachParticipant(const Meeting &meeting, QList<FieldProblem> &problems)
{
    for (qsizetype i = 0; i < meeting.participants.size(); ++i) {
        const MeetingParticipant &p = meeting.participants.at(i);
        if (p.name.trimmed().isEmpty())
            problems.append({participantField(i, "name"),
                             MeetingRules::tr("Participant %1 has no name: write the name, or "
                                              "remove the row.")
                                 .arg(i + 1)});
        if (!participantRoleKeys().contains(p.role))
            problems.append(
                {participantField(i, "role"),
                 MeetingRules::tr("Choose what %1 is to the client: one of %2.")
                     .arg(whom(p, i), participantRoleKeys().join(QStringLiteral(", ")))});
        if (!p.email.trimmed().isEmpty() && !looksLikeEmail(p.email.trimmed()))
            problems.append({participantField(i, "email"),
                             MeetingRules::tr("The e-mail address of %1 is not complete, e.g. "
                                              "name@example.no.")
                                 .arg(whom(p, i))});
    }
}

// The indexes of the participants `test` picks.
template<typename Test> QList<qsizetype> rowsWhere(const Meeting &meeting, Test test)
{
    QList<qsizetype> rows;
    for (qsizetype i = 0; i < meeting.participants.size(); ++i) {
        if (test(meeting.participants.at(i)))
            rows << i;
    }
    return rows;
}

void checkRoles(const Meeting &meeting, QList<FieldProblem> &problems)
{
    const auto takers = rowsWhere(meeting, [](const auto &p) { return p.isMinuteTaker; });
    const auto leaders = rowsWhere(meeting, [](const auto &p) { return p.isCoordinator; });
    const auto name = [&](qsizetype i) {
        return whom(meeting.participants.at(i), i);
    };
    if (takers.size() > 1)
        problems.append({participantField(takers.at(1), "is_minute_taker"),
                         MeetingRules::tr("One person takes the minutes, but both %1 and %2 are "
                                          "marked: untick one of them.")
                             .arg(name(takers.at(0)), name(takers.at(1)))});
    if (leaders.size() > 1)
        problems.append({participantField(leaders.at(1), "is_coordinator"),
                         MeetingRules::tr("One person leads the meeting as coordinator, but both "
                                          "%1 and %2 are marked: untick one of them.")
                             .arg(name(leaders.at(0)), name(leaders.at(1)))});
    for (qsizetype i : takers) {
        if (meeting.participants.at(i).isCoordinator)
            problems.append({participantField(i, "is_minute_taker"),
                             MeetingRules::tr("%1 leads the meeting as coordinator and so does "
                                              "not take the minutes: choose another minute-taker.")
                                 .arg(name(i))});
    }
}

} // namespace

QList<FieldProblem> checkMeeting(const Meeting &meeting)
{
    QList<FieldProblem> problems;
    checkTimes(meeting, problems);
    checkPlace(meeting, problems);
    checkEachParticipant(meeting, problems);
    checkRoles(meeting, problems);
    if (meeting.held && meeting.minutes.trimmed().isEmpty())
        problems.append({QStringLiteral("minutes"),
                         MeetingRules::tr("The meeting is marked as held: write the minutes, or "
                                          "mark it as not held.")});
    return problems;
}

bool isSamePerson(const MeetingParticipant &a, const MeetingParticipant &b)
{
    if (a.staffUserId && b.staffUserId)
        return *a.staffUserId == *b.staffUserId;
    if (a.contactId && b.contactId)
        return *a.contactId == *b.contactId;
    const QString name = a.name.trimmed();
    return !name.isEmpty() && name.compare(b.name.trimmed(), Qt::CaseInsensitive) == 0;
}

namespace {

// One candidate's history as minute-taker.
struct Turns
{
    int index = 0;
    QDateTime last; // invalid: never
    int count = 0;
};

Turns turnsOf(int index,
              const MeetingParticipant &person,
              const Meeting &meeting,
              const QList<Meeting> &earlier)
{
    Turns turns{index, {}, 0};
    for (const Meeting &other : earlier) {
        if (meeting.id != 0 && other.id == meeting.id)
            continue; // the meeting itself, as stored: this turn is the one being chosen
        const MeetingParticipant *taker = other.minuteTaker();
        if (!taker || !isSamePerson(person, *taker))
            continue;
        ++turns.count;
        if (!turns.last.isValid() || other.startsAt > turns.last)
            turns.last = other.startsAt;
    }
    return turns;
}

// Never taken comes first, then the longest ago, then the fewest turns, then the list order.
bool comesFirst(const Turns &a, const Turns &b)
{
    if (a.last.isValid() != b.last.isValid())
        return !a.last.isValid();
    if (a.last != b.last)
        return a.last < b.last;
    if (a.count != b.count)
        return a.count < b.count;
    return a.index < b.index;
}

} // namespace

std::optional<int> suggestMinuteTaker(const Meeting &meeting, const QList<Meeting> &earlierMeetings)
{
    std::optional<Turns> best;
    for (int i = 0; i < int(meeting.participants.size()); ++i) {
        const MeetingParticipant &person = meeting.participants.at(i);
        if (person.isCoordinator || person.role == u"client" || person.name.trimmed().isEmpty())
            continue;
        const Turns turns = turnsOf(i, person, meeting, earlierMeetings);
        if (!best || comesFirst(turns, *best))
            best = turns;
    }
    return best ? std::optional<int>(best->index) : std::nullopt;
}

namespace {

class MeetingAgenda final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::MeetingAgenda)
};

struct Item
{
    QString title;
    QStringList points;
};

QString numbered(const QList<Item> &items)
{
    QStringList lines;
    for (qsizetype i = 0; i < items.size(); ++i) {
        lines << QStringLiteral("%1. %2").arg(i + 1).arg(items.at(i).title);
        for (const QString &point : items.at(i).points)
            lines << QStringLiteral("   - ") + point;
    }
    return lines.join(u'\n');
}

// The profile's agenda (DK, seed 004), with what the meeting does not discuss after it.
QString profileAgenda(const FollowUpMeetings &meetings, const QString &language)
{
    QList<Item> items;
    for (const AgendaItem &item : meetings.agenda) {
        Item line{item.title.text(language), {}};
        for (const LocalText &point : item.points)
            line.points << point.text(language);
        items << line;
    }
    QString agenda = numbered(items);
    if (!meetings.notDiscussed.isEmpty()) {
        agenda += u"\n\n" + MeetingAgenda::tr("Not discussed at this meeting:");
        for (const LocalText &topic : meetings.notDiscussed)
            agenda += QStringLiteral("\n   - ") + topic.text(language);
    }
    return agenda;
}

// Seed 000 step 3: what the evaluation meeting must bring out for the new investigation.
QList<Item> evaluationAgenda()
{
    return {
        {MeetingAgenda::tr("Welcome and introductions"), {}},
        {MeetingAgenda::tr("How things are going: the client's own account"), {}},
        {MeetingAgenda::tr("Needs in all areas of life"),
         {MeetingAgenda::tr("Daily life and housing"),
          MeetingAgenda::tr("Work, day activities "
                            "and leisure"),
          MeetingAgenda::tr("Health"),
          MeetingAgenda::tr("Social life and family")}},
        {MeetingAgenda::tr("The client's own wishes and goals"), {}},
        {MeetingAgenda::tr("Consent competence, user participation and relatives' "
                           "participation"),
         {}},
        {MeetingAgenda::tr("Medical information: GP and specialist services"), {}},
        {MeetingAgenda::tr("Individual plan: is one needed?"), {}},
        {MeetingAgenda::tr("Next steps and agreements"), {}},
        {MeetingAgenda::tr("Next meeting"), {}},
    };
}

// Seed 003: the coordinator leads; the minute-taker rotates.
QList<Item> responsibilityGroupAgenda()
{
    return {
        {MeetingAgenda::tr("Welcome: the coordinator leads the meeting"), {}},
        {MeetingAgenda::tr("Round of status: how things are going, from each participant"), {}},
        {MeetingAgenda::tr("Individual plan"),
         {MeetingAgenda::tr("Goals: reached, still relevant, new"),
          MeetingAgenda::tr("Measures and who is responsible")}},
        {MeetingAgenda::tr("Agreements: what, who and by when"), {}},
        {MeetingAgenda::tr("Minute-taker for the next meeting"), {}},
        {MeetingAgenda::tr("Next meeting"), {}},
    };
}

QList<Item> otherAgenda()
{
    return {
        {MeetingAgenda::tr("Welcome and introductions"), {}},
        {MeetingAgenda::tr("Matters to discuss"), {}},
        {MeetingAgenda::tr("Agreements: what, who and by when"), {}},
        {MeetingAgenda::tr("Next meeting"), {}},
    };
}

} // namespace

QString defaultAgenda(const JurisdictionProfile &profile, MeetingKind kind, const QString &language)
{
    const bool followsUp = kind == MeetingKind::Evaluation || kind == MeetingKind::FollowUp;
    if (followsUp && !profile.followUpMeetings.agenda.isEmpty())
        return profileAgenda(profile.followUpMeetings, language);
    switch (kind) {
    case MeetingKind::Evaluation:
    case MeetingKind::FollowUp:
        return numbered(evaluationAgenda());
    case MeetingKind::ResponsibilityGroup:
        return numbered(responsibilityGroupAgenda());
    case MeetingKind::Other:
        return numbered(otherAgenda());
    }
    Q_UNREACHABLE();
}

} // namespace fremdrift
