#pragma once

#include "domain/meeting.h"
#include "util/result.h"

#include <optional>

namespace fremdrift {

class JurisdictionProfile;

// What stops a meeting from being saved, field by field ("starts_at", "participants[2].name").
// The coordinator leads and never takes the minutes (seed 003); a meeting marked held needs
// its minutes.
QList<FieldProblem> checkMeeting(const Meeting &meeting);

// Who should take the minutes this time (seed 003: minute-taking rotates among the
// participants; the coordinator who leads never does): an index into meeting.participants,
// never the coordinator nor the client themself. Among the rest, the one whose last turn in
// `earlierMeetings` is longest ago (never: first), then the one with the fewest turns, then
// the first in the list. People are matched across meetings by staff user, else by contact,
// else by name regardless of case. Nothing when nobody can take it.
std::optional<int> suggestMinuteTaker(const Meeting &meeting,
                                      const QList<Meeting> &earlierMeetings);

// Whether two participant rows, perhaps of different meetings, are the same person.
bool isSamePerson(const MeetingParticipant &a, const MeetingParticipant &b);

// A starting agenda, numbered, one item a line and sub-points indented with "- ": the
// jurisdiction's own agenda where its profile has one (DK's six points for follow-up and
// evaluation meetings, in `language`, else English), else Fremdrift's for the kind of meeting
// (evaluation: seed 000 step 3; responsibility group: seed 003) in the interface language.
QString
defaultAgenda(const JurisdictionProfile &profile, MeetingKind kind, const QString &language);

} // namespace fremdrift
