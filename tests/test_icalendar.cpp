// Meeting invitations as RFC 5545 calendars, read back the way a calendar program reads them.
#include "documents/icalendar.h"

#include <catch2/catch.hpp>

#include <QMultiMap>
#include <QTimeZone>

using namespace fremdrift;

namespace {

// One content line, unfolded: NAME;PARAMS:VALUE.
struct ContentLine
{
    QString name;
    QString parameters; // after the name's ';', without it
    QString value;
};

// Splits at CRLF, checks each physical line, and joins folded lines again (RFC 5545 3.1).
QStringList unfold(const QByteArray &calendar)
{
    REQUIRE(calendar.endsWith("\r\n"));
    QList<QByteArray> physical = calendar.split('\n');
    physical.removeLast(); // empty: after the last CRLF
    QByteArrayList logical;
    for (QByteArray line : physical) {
        REQUIRE(line.endsWith('\r')); // no bare LF anywhere
        line.chop(1);
        CHECK(line.size() <= 75);
        // Each physical line is whole UTF-8 by itself: no character split across a fold.
        CHECK(QString::fromUtf8(line).toUtf8() == line);
        CHECK_FALSE(QString::fromUtf8(line).contains(QChar::ReplacementCharacter));
        if (line.startsWith(' ')) {
            REQUIRE_FALSE(logical.isEmpty());
            logical.last() += line.mid(1);
        } else {
            logical << line;
        }
    }
    QStringList lines;
    for (const QByteArray &line : std::as_const(logical))
        lines << QString::fromUtf8(line);
    return lines;
}

ContentLine parse(const QString &line)
{
    // The value starts after the first ':' outside a quoted parameter value.
    bool quoted = false;
    qsizetype colon = -1;
    for (qsizetype i = 0; i < line.size() && colon < 0; ++i) {
        if (line.at(i) == u'"')
            quoted = !quoted;
        else if (line.at(i) == u':' && !quoted)
            colon = i;
    }
    REQUIRE(colon > 0);
    const QString head = line.left(colon);
    const qsizetype semicolon = head.indexOf(u';');
    return {semicolon < 0 ? head : head.left(semicolon),
            semicolon < 0 ? QString() : head.mid(semicolon + 1),
            line.mid(colon + 1)};
}

QString unescape(const QString &text)
{
    QString plain;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\\' && i + 1 < text.size()) {
            const QChar next = text.at(++i);
            plain += next == u'n' || next == u'N' ? QChar(u'\n') : next;
        } else {
            plain += text.at(i);
        }
    }
    return plain;
}

QMultiMap<QString, ContentLine> properties(const QByteArray &calendar)
{
    QMultiMap<QString, ContentLine> result;
    const QStringList lines = unfold(calendar);
    for (const QString &line : lines) {
        const ContentLine parsed = parse(line);
        result.insert(parsed.name, parsed);
    }
    return result;
}

QString value(const QMultiMap<QString, ContentLine> &props, const char *name)
{
    const QString key = QString::fromLatin1(name);
    REQUIRE(props.count(key) == 1);
    return props.value(key).value;
}

MeetingParticipant person(const char *name, const char *role, const char *email = "")
{
    MeetingParticipant p;
    p.name = QString::fromUtf8(name);
    p.role = QString::fromUtf8(role);
    p.email = QString::fromUtf8(email);
    return p;
}

Meeting sampleMeeting()
{
    Meeting m;
    m.id = 42;
    m.kind = MeetingKind::Evaluation;
    m.clientName = QStringLiteral("Ødegård, Åsmund");
    m.title = QStringLiteral("Evalueringsmøte; vedtak om praktisk bistand, opplæring");
    // 09:30 in Oslo in winter (UTC+1).
    m.startsAt = QDateTime(QDate(2026, 3, 10), QTime(9, 30), QTimeZone(3600));
    m.endsAt = m.startsAt.addSecs(90 * 60);
    m.location = QStringLiteral("Lyngtunet bofellesskap, møterom «Fjæra»");
    m.videoLink = QStringLiteral("https://meet.example.no/abc-123?pwd=x,y");
    m.agenda = QStringLiteral("1. Velkommen\n2. Hvordan går det?\n3. Behov på alle livsområder");
    MeetingParticipant kari = person("Kari Nordmann", "caseworker", "kari@kommune.example.no");
    kari.isCoordinator = true;
    kari.accepted = true;
    MeetingParticipant pal = person("Pål \"Primus\" Ås", "primary_contact", "pal@example.no");
    m.participants
        = {kari, person("Åsmund Ødegård", "client"), pal, person("Grete Verge", "guardian")};
    m.version = 3;
    return m;
}

const CalendarExport options{QStringLiteral("0123456789abcdef"),
                             QDateTime(QDate(2026, 3, 1), QTime(8, 0), QTimeZone::utc())};

} // namespace

TEST_CASE("An invitation has every field a calendar needs, read back exactly")
{
    const Meeting m = sampleMeeting();
    const QByteArray calendar = ICalendar::fromMeeting(m, options);
    const QStringList lines = unfold(calendar);
    CHECK(lines.first() == QStringLiteral("BEGIN:VCALENDAR"));
    CHECK(lines.last() == QStringLiteral("END:VCALENDAR"));
    CHECK(lines.indexOf(QStringLiteral("BEGIN:VEVENT"))
          < lines.indexOf(QStringLiteral("END:VEVENT")));

    const auto props = properties(calendar);
    CHECK(value(props, "VERSION") == QStringLiteral("2.0"));
    CHECK(value(props, "PRODID").startsWith(QStringLiteral("-//Fremdrift//")));
    CHECK(value(props, "METHOD") == QStringLiteral("PUBLISH"));
    CHECK(value(props, "UID") == QStringLiteral("meeting-42-0123456789abcdef@fremdrift"));
    CHECK(value(props, "DTSTAMP") == QStringLiteral("20260301T080000Z"));
    CHECK(value(props, "DTSTART") == QStringLiteral("20260310T083000Z"));
    CHECK(value(props, "DTEND") == QStringLiteral("20260310T100000Z"));
    CHECK(value(props, "SEQUENCE") == QStringLiteral("3"));
    CHECK(unescape(value(props, "SUMMARY")) == m.title);
    CHECK(unescape(value(props, "LOCATION")) == m.location);
    CHECK(value(props, "URL") == m.videoLink);

    const QString description = unescape(value(props, "DESCRIPTION"));
    CHECK(description.contains(m.agenda));
    CHECK(description.contains(m.videoLink));
    CHECK(description.contains(QStringLiteral("Ødegård, Åsmund")));
    // Those without e-mail are named in the description; those with it are attendees.
    CHECK(description.contains(QStringLiteral("- Åsmund Ødegård (Client)")));
    CHECK(description.contains(QStringLiteral("- Grete Verge (Guardian)")));
    CHECK_FALSE(description.contains(QStringLiteral("Kari Nordmann")));

    const QList<ContentLine> attendees = props.values(QStringLiteral("ATTENDEE"));
    REQUIRE(attendees.size() == 2);
    QStringList seen;
    for (const ContentLine &attendee : attendees) {
        seen << attendee.value;
        if (attendee.value == u"mailto:kari@kommune.example.no") {
            CHECK(attendee.parameters.contains(QStringLiteral("CN=\"Kari Nordmann\"")));
            CHECK(attendee.parameters.contains(QStringLiteral("ROLE=CHAIR")));
            CHECK(attendee.parameters.contains(QStringLiteral("PARTSTAT=ACCEPTED")));
        } else {
            // A quote cannot stand inside a quoted parameter value.
            CHECK(attendee.parameters.contains(QStringLiteral("CN=\"Pål 'Primus' Ås\"")));
            CHECK(attendee.parameters.contains(QStringLiteral("ROLE=REQ-PARTICIPANT")));
            CHECK(attendee.parameters.contains(QStringLiteral("PARTSTAT=NEEDS-ACTION")));
        }
    }
    seen.sort();
    CHECK(seen
          == QStringList{QStringLiteral("mailto:kari@kommune.example.no"),
                         QStringLiteral("mailto:pal@example.no")});
    // The coordinator's address is known: they organize.
    const ContentLine organizer = props.value(QStringLiteral("ORGANIZER"));
    CHECK(organizer.value == QStringLiteral("mailto:kari@kommune.example.no"));
    CHECK(organizer.parameters == QStringLiteral("CN=\"Kari Nordmann\""));
}

TEST_CASE("An invitation without addresses or an end still imports")
{
    Meeting m = sampleMeeting();
    m.title.clear();
    m.location.clear();
    m.endsAt = {};
    for (MeetingParticipant &p : m.participants)
        p.email.clear();
    // Summer: 09:30 in Oslo is 07:30 UTC.
    m.startsAt = QDateTime(QDate(2026, 6, 10), QTime(9, 30), QTimeZone(7200));
    const auto props = properties(ICalendar::fromMeeting(m, options));
    CHECK(props.count(QStringLiteral("ORGANIZER")) == 0);
    CHECK(props.count(QStringLiteral("ATTENDEE")) == 0);
    CHECK(value(props, "DTSTART") == QStringLiteral("20260610T073000Z"));
    CHECK(value(props, "DTEND") == QStringLiteral("20260610T083000Z")); // an hour by default
    CHECK(unescape(value(props, "SUMMARY"))
          == QStringLiteral("Evaluation meeting: Ødegård, Åsmund"));
    CHECK(unescape(value(props, "LOCATION")) == m.videoLink); // the video link is the place
    CHECK(unescape(value(props, "DESCRIPTION"))
              .contains(QStringLiteral("- Kari Nordmann (Caseworker)")));

    // The same meeting gives the same UID: importing again updates the event.
    Meeting renamed = m;
    renamed.title = QStringLiteral("Nytt navn");
    CHECK(value(properties(ICalendar::fromMeeting(renamed, options)), "UID")
          == value(props, "UID"));
}

TEST_CASE("Long Norwegian and Danish lines fold at 75 octets without splitting a letter")
{
    Meeting m = sampleMeeting();
    // Two-byte letters at every position, so that some fold falls inside one.
    m.agenda.clear();
    for (int i = 0; i < 40; ++i)
        m.agenda += QStringLiteral("æøå ÆØÅ ");
    m.agenda += QStringLiteral("\nGennemgang af status på indsatser, nye forhold på relevante "
                               "livstemaer og aftale om hvornår der skal afholdes møde igen.");
    m.title = QStringLiteral("Opfølgningsmøde for borgeren på botilbuddet Ærøskøbing med "
                             "pårørende, værge og kontaktperson; § 104-dagtilbud");
    const QByteArray calendar = ICalendar::fromMeeting(m, options);
    const auto props = properties(calendar); // unfold() checks every physical line
    CHECK(unescape(value(props, "SUMMARY")) == m.title);
    CHECK(unescape(value(props, "DESCRIPTION")).contains(m.agenda));

    // Every fold length: a line of "ø" (2 octets) after 0..3 ASCII letters.
    for (int offset = 0; offset < 4; ++offset) {
        const QString line = QStringLiteral("X:") + QString(offset, u'a') + QString(100, u'ø');
        const QByteArray folded = ICalendar::foldLine(line);
        for (const QByteArray &physical : folded.chopped(2).split('\n')) {
            CHECK(physical.chopped(1).size() <= 75);
            CHECK_FALSE(QString::fromUtf8(physical).contains(QChar::ReplacementCharacter));
        }
        CHECK(unfold(folded) == QStringList{line});
    }
    // A short line is left alone.
    CHECK(ICalendar::foldLine(QStringLiteral("VERSION:2.0")) == QByteArray("VERSION:2.0\r\n"));
    // Exactly 75 octets fit; 76 fold.
    CHECK(ICalendar::foldLine(QString(75, u'a')).count("\r\n") == 1);
    CHECK(ICalendar::foldLine(QString(76, u'a')) == QString(75, u'a').toLatin1() + "\r\n a\r\n");
}

TEST_CASE("Text values escape backslashes, semicolons, commas and line breaks")
{
    CHECK(ICalendar::escapeText(QStringLiteral("a\\b;c,d\ne"))
          == QStringLiteral("a\\\\b\\;c\\,d\\ne"));
    CHECK(ICalendar::escapeText(QStringLiteral("line\r\nnext\rlast"))
          == QStringLiteral("line\\nnext\\nlast"));
    CHECK(ICalendar::escapeText(QStringLiteral("kolon: ok")) == QStringLiteral("kolon: ok"));
    const QString tricky = QStringLiteral("Møte; agenda, del 1\\2\nNeste linje");
    CHECK(unescape(ICalendar::escapeText(tricky)) == tricky);

    Meeting m = sampleMeeting();
    m.location = QStringLiteral("Rom 2; 3. etg, Rådhuset");
    const auto props = properties(ICalendar::fromMeeting(m, options));
    CHECK(value(props, "LOCATION") == QStringLiteral("Rom 2\\; 3. etg\\, Rådhuset"));
}
