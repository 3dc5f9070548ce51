#include "reviews/stepforms/meetingsummary.h"

#include <QLocale>

namespace fremdrift {

namespace {

constexpr int minutesExcerpt = 400; // characters of the minutes shown here

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value);
}

} // namespace

MeetingSummary::MeetingSummary(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("meetingSummary"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setFrameShape(QFrame::StyledPanel);
    setMargin(8);
}

void MeetingSummary::showMeeting(const std::optional<Meeting> &meeting, bool withMinutes)
{
    if (!meeting) {
        setText(tr("No meeting agreed yet.").toHtmlEscaped());
        return;
    }
    QString html = QStringLiteral("<table>");
    html += row(tr("When and where"), whenAndWhere(*meeting));
    html += row(tr("Agreed"), agreedHowName(meeting->agreedHow).toHtmlEscaped());
    QStringList people;
    for (const MeetingParticipant &participant : meeting->participants)
        people << participantLine(participant, withMinutes);
    html += row(tr("Participants"),
                people.isEmpty() ? tr("none yet").toHtmlEscaped()
                                 : people.join(QStringLiteral("<br>")));
    if (withMinutes) {
        html += row(tr("Held"), (meeting->held ? tr("yes") : tr("not yet")).toHtmlEscaped());
        const MeetingParticipant *taker = meeting->minuteTaker();
        html += row(tr("Minute-taker"), (taker ? taker->name : tr("not chosen")).toHtmlEscaped());
        QString minutes = meeting->minutes.trimmed();
        if (minutes.size() > minutesExcerpt)
            minutes = minutes.left(minutesExcerpt) + QStringLiteral(" …");
        html += row(tr("Minutes"),
                    minutes.isEmpty() ? tr("not written").toHtmlEscaped()
                                      : minutes.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    }
    setText(html + QStringLiteral("</table>"));
}

QString MeetingSummary::whenAndWhere(const Meeting &meeting)
{
    QStringList parts;
    parts << (meeting.startsAt.isValid()
                  ? QLocale().toString(meeting.startsAt, QLocale::ShortFormat)
                  : tr("no time set"));
    if (!meeting.location.trimmed().isEmpty())
        parts << meeting.location.trimmed();
    if (!meeting.videoLink.trimmed().isEmpty())
        parts << tr("video: %1").arg(meeting.videoLink.trimmed());
    if (meeting.location.trimmed().isEmpty() && meeting.videoLink.trimmed().isEmpty())
        parts << tr("no place or video link");
    return parts.join(QStringLiteral(" · ")).toHtmlEscaped();
}

QString MeetingSummary::participantLine(const MeetingParticipant &participant, bool withAttendance)
{
    QString line = tr("%1 (%2)").arg(participant.name, participantRoleName(participant.role));
    if (withAttendance)
        line += QStringLiteral(" – ") + (participant.attended ? tr("attended") : tr("absent"));
    else if (participant.accepted)
        line += QStringLiteral(" – ") + tr("accepted");
    else if (participant.invited)
        line += QStringLiteral(" – ") + tr("invited");
    return line.toHtmlEscaped();
}

} // namespace fremdrift
