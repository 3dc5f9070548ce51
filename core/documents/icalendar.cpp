#include "documents/icalendar.h"

#include <QDir>
#include <QSaveFile>
#include <QStringList>

namespace fremdrift {

namespace {

constexpr qsizetype MaxLineOctets = 75; // RFC 5545 3.1, without the CRLF
constexpr int DefaultMinutes = 60;      // when the meeting has no end

bool isContinuationByte(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

QString participantLine(const MeetingParticipant &p)
{
    return QStringLiteral("- %1 (%2)").arg(p.name, participantRoleName(p.role));
}

// What a calendar shows under the event: the agenda, the video link and who else comes.
QString description(const Meeting &meeting)
{
    QStringList parts;
    if (!meeting.clientName.isEmpty())
        parts << ICalendar::tr("Client: %1").arg(meeting.clientName);
    if (!meeting.videoLink.isEmpty())
        parts << ICalendar::tr("Video meeting: %1").arg(meeting.videoLink);
    if (!meeting.agenda.trimmed().isEmpty())
        parts << ICalendar::tr("Agenda:") + u'\n' + meeting.agenda.trimmed();
    QStringList others;
    for (const MeetingParticipant &p : meeting.participants) {
        if (p.email.trimmed().isEmpty())
            others << participantLine(p);
    }
    if (!others.isEmpty())
        parts << ICalendar::tr("Also taking part:") + u'\n' + others.join(u'\n');
    return parts.join(QStringLiteral("\n\n"));
}

QString attendee(const MeetingParticipant &p)
{
    const QString role
        = p.isCoordinator ? QStringLiteral("CHAIR") : QStringLiteral("REQ-PARTICIPANT");
    const QString status = p.accepted ? QStringLiteral("ACCEPTED") : QStringLiteral("NEEDS-ACTION");
    return QStringLiteral("ATTENDEE;CN=%1;CUTYPE=INDIVIDUAL;ROLE=%2;PARTSTAT=%3:mailto:%4")
        .arg(ICalendar::parameterValue(p.name), role, status, p.email.trimmed());
}

} // namespace

QString ICalendar::escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 16);
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    for (QChar c : std::as_const(normalized)) {
        if (c == u'\\' || c == u';' || c == u',')
            escaped += u'\\' + QString(c);
        else if (c == u'\n')
            escaped += QStringLiteral("\\n");
        else
            escaped += c;
    }
    return escaped;
}

QByteArray ICalendar::foldLine(const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    QByteArray folded;
    qsizetype at = 0;
    qsizetype room = MaxLineOctets; // the first line; a continuation's space takes one octet
    while (bytes.size() - at > room) {
        qsizetype cut = at + room;
        while (cut > at && isContinuationByte(bytes.at(cut)))
            --cut; // never split a character's bytes across lines
        folded += bytes.mid(at, cut - at) + "\r\n ";
        at = cut;
        room = MaxLineOctets - 1;
    }
    folded += bytes.mid(at) + "\r\n";
    return folded;
}

QString ICalendar::parameterValue(const QString &value)
{
    QString clean = value.simplified();
    clean.replace(u'"', u'\'');
    return u'"' + clean + u'"';
}

QString ICalendar::utcTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

Status ICalendar::writeFile(const QString &path, const QByteArray &calendar)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(calendar) != calendar.size()
        || !file.commit())
        return makeError(Error::Code::Io,
                         tr("The invitation could not be written to %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    return Ok{};
}

QString ICalendar::uid(qint64 meetingId, const QString &databaseKey)
{
    return QStringLiteral("meeting-%1-%2@fremdrift").arg(meetingId).arg(databaseKey);
}

QString ICalendar::summary(const Meeting &meeting)
{
    if (!meeting.title.trimmed().isEmpty())
        return meeting.title.trimmed();
    if (meeting.clientName.isEmpty())
        return meetingKindName(meeting.kind);
    return tr("%1: %2").arg(meetingKindName(meeting.kind), meeting.clientName);
}

QByteArray ICalendar::fromMeeting(const Meeting &meeting, const CalendarExport &options)
{
    const QDateTime stamp
        = options.stamp.isValid() ? options.stamp : QDateTime::currentDateTimeUtc();
    const QDateTime ends
        = meeting.endsAt.isValid() ? meeting.endsAt : meeting.startsAt.addSecs(DefaultMinutes * 60);
    QStringList lines = {
        QStringLiteral("BEGIN:VCALENDAR"),
        QStringLiteral("VERSION:2.0"),
        QStringLiteral("PRODID:-//Fremdrift//Fremdrift meetings//EN"),
        QStringLiteral("CALSCALE:GREGORIAN"),
        QStringLiteral("METHOD:PUBLISH"),
        QStringLiteral("BEGIN:VEVENT"),
        QStringLiteral("UID:") + uid(meeting.id, options.databaseKey),
        QStringLiteral("DTSTAMP:") + utcTime(stamp),
        QStringLiteral("DTSTART:") + utcTime(meeting.startsAt),
        QStringLiteral("DTEND:") + utcTime(ends),
        // A calendar replaces an imported event by a later one with a higher sequence.
        QStringLiteral("SEQUENCE:%1").arg(std::max(0, meeting.version)),
        QStringLiteral("STATUS:CONFIRMED"),
        QStringLiteral("SUMMARY:") + escapeText(summary(meeting)),
    };
    const QString place = !meeting.location.isEmpty() ? meeting.location : meeting.videoLink;
    if (!place.isEmpty())
        lines << QStringLiteral("LOCATION:") + escapeText(place);
    if (const QString text = description(meeting); !text.isEmpty())
        lines << QStringLiteral("DESCRIPTION:") + escapeText(text);
    if (!meeting.videoLink.isEmpty())
        lines << QStringLiteral("URL:") + meeting.videoLink; // a URI value: not TEXT-escaped
    if (const MeetingParticipant *chair = meeting.coordinator();
        chair && !chair->email.trimmed().isEmpty())
        lines << QStringLiteral("ORGANIZER;CN=%1:mailto:%2")
                     .arg(parameterValue(chair->name), chair->email.trimmed());
    for (const MeetingParticipant &p : meeting.participants) {
        if (!p.email.trimmed().isEmpty())
            lines << attendee(p);
    }
    lines << QStringLiteral("END:VEVENT") << QStringLiteral("END:VCALENDAR");

    QByteArray calendar;
    for (const QString &line : std::as_const(lines))
        calendar += foldLine(line);
    return calendar;
}

} // namespace fremdrift
