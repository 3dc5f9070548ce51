#pragma once

#include "domain/meeting.h"

#include <QLabel>

#include <optional>

namespace fremdrift {

// The review's evaluation meeting in a few lines: when, where, how it was agreed, who takes
// part (and, once held, who attended, the minute-taker and the start of the minutes). The
// meeting itself is edited in the meeting dialog.
class MeetingSummary final : public QLabel
{
    Q_OBJECT

public:
    explicit MeetingSummary(QWidget *parent = nullptr);

    void showMeeting(const std::optional<Meeting> &meeting, bool withMinutes);

private:
    static QString participantLine(const MeetingParticipant &participant, bool withAttendance);
    static QString whenAndWhere(const Meeting &meeting);
};

} // namespace fremdrift
