#pragma once

#include "domain/meeting.h"
#include "util/result.h"

#include <QCoreApplication>

#include <optional>

namespace fremdrift {

class Session;

// Which meetings list() returns; unset fields do not filter. `from` is inclusive, `to`
// exclusive, both on the start time.
struct MeetingFilter
{
    QDateTime from;
    QDateTime to;
    std::optional<qint64> clientId;
    std::optional<qint64> reviewId;
    std::optional<qint64> staffUserId; // meetings this staff user takes part in
    std::optional<MeetingKind> kind;
    int limit = 1000;
};

// Meetings and their participants. Every change is checked (workflow/meetingrules.h),
// permission-checked, version-checked and audited in the same transaction.
class MeetingRepository final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::MeetingRepository)

public:
    explicit MeetingRepository(Session &session)
        : m_session(session)
    {
    }

    Result<Meeting> get(qint64 id) const;
    // Saves a new meeting (id 0) or changes one whose version still matches; the participants
    // are replaced by the meeting's. Returns the meeting as stored, with its new version.
    Result<Meeting> save(Meeting meeting);
    // In order of start time.
    Result<QList<Meeting>> list(const MeetingFilter &filter) const;
    // The review's evaluation meeting (the newest, should there be more).
    Result<std::optional<Meeting>> forReview(qint64 reviewId) const;
    Status remove(qint64 id, int version);

    // The meetings of the same client and kind that started before `meeting`, oldest first:
    // what the minute-taker rotation looks back on. Empty for a meeting about no client.
    Result<QList<Meeting>> earlierMeetings(const Meeting &meeting) const;
    // suggestMinuteTaker() over earlierMeetings().
    Result<std::optional<int>> suggestMinuteTaker(const Meeting &meeting) const;

    // What makes this database's calendar UIDs its own (icalendar.h): derived from when the
    // database was created, so it survives moving or copying the file.
    Result<QString> calendarKey() const;

private:
    Status checkReferences(Meeting &meeting) const;
    Result<QList<MeetingParticipant>> participants(qint64 meetingId) const;

    Session &m_session;
};

} // namespace fremdrift
