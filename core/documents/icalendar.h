#pragma once

#include "domain/meeting.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace fremdrift {

// What an export needs beyond the meeting itself.
struct CalendarExport
{
    // Makes the UID this database's own (MeetingRepository::calendarKey()), so that importing
    // the invitation again updates the event instead of adding a second one.
    QString databaseKey;
    QDateTime stamp; // DTSTAMP: when the invitation was made; invalid: now
};

// A meeting as an RFC 5545 calendar (VCALENDAR with one VEVENT, METHOD:PUBLISH) that Outlook
// and Thunderbird import: UTF-8, CRLF line ends, lines folded at 75 octets, times in UTC.
// Participants with an e-mail address become ATTENDEEs; the others are listed in the
// description. ORGANIZER is the coordinator, when their e-mail address is known.
class ICalendar final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::ICalendar)

public:
    static QByteArray fromMeeting(const Meeting &meeting, const CalendarExport &options);

    // Writes `calendar` to `path` whole or not at all; the error says why not.
    static Status writeFile(const QString &path, const QByteArray &calendar);

    // "meeting-<id>-<databaseKey>@fremdrift": stable for the meeting in this database.
    static QString uid(qint64 meetingId, const QString &databaseKey);
    // SUMMARY: the title, else the kind of meeting and the client's name.
    static QString summary(const Meeting &meeting);

    // The building blocks, for tests and other exports.
    // TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks.
    static QString escapeText(const QString &text);
    // A content line folded at 75 octets (CRLF and a space), never inside a UTF-8 sequence;
    // with its CRLF.
    static QByteArray foldLine(const QString &line);
    // A parameter value, quoted (CN="Ødegård, Åsmund"); quotes are not allowed in it.
    static QString parameterValue(const QString &value);
    // A UTC date-time, "20260302T090000Z".
    static QString utcTime(const QDateTime &time);
};

} // namespace fremdrift
