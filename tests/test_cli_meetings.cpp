// The CLI's meeting commands, run as a process as scripts run them.
#include "support/process.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using fremdrift::test::Scratch;

namespace {

using Run = fremdrift::test::ProcessRun;

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(u' ', Qt::SkipEmptyParts);
}

// A fresh test database with one client, and the CLI run on it.
class Office
{
public:
    Office()
    {
        const Run made = run(words("init --jurisdiction no --test-data"));
        INFO(made.err.toStdString());
        REQUIRE(made.exitCode == 0);
        const Run client = run(words("client add --given-name Åsmund --family-name Ødegård"));
        INFO(client.err.toStdString());
        REQUIRE(client.exitCode == 0);
        clientId = client.json().value(u"id").toInteger();
    }

    QString path(const QString &name) const { return m_scratch.path(name); }
    Run run(const QStringList &arguments) const
    {
        return fremdrift::test::runProcess(
            QStringLiteral(FREMDRIFT_CLI_PATH),
            QStringList{QStringLiteral("--db"), m_scratch.path(QStringLiteral("office.sqlite"))}
                + arguments);
    }
    QJsonObject add(const QStringList &arguments) const
    {
        const Run added = run(words("meeting add") + arguments);
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
        return added.json();
    }
    QJsonArray list(const QStringList &arguments = {}) const
    {
        const Run listed = run(words("meeting list") + arguments);
        INFO(listed.err.toStdString());
        REQUIRE(listed.exitCode == 0);
        const QJsonObject object = QJsonDocument::fromJson(listed.out).object();
        const QJsonArray meetings = object.value(u"meetings").toArray();
        CHECK(object.value(u"count").toInt() == meetings.size());
        return meetings;
    }

    qint64 clientId = 0;

private:
    Scratch m_scratch;
};

} // namespace

TEST_CASE("meeting add prints the meeting, and show reads it back")
{
    const Office office;
    const QJsonObject meeting
        = office.add(QStringList{QStringLiteral("--kind"),
                                 QStringLiteral("responsibility_group"),
                                 QStringLiteral("--client"),
                                 QString::number(office.clientId),
                                 QStringLiteral("--start"),
                                 QStringLiteral("2026-03-16T13:30"),
                                 QStringLiteral("--minutes-long"),
                                 QStringLiteral("90"),
                                 QStringLiteral("--place"),
                                 QStringLiteral("Lyngtunet, møterom"),
                                 QStringLiteral("--title"),
                                 QStringLiteral("Ansvarsgruppemøte"),
                                 QStringLiteral("--participant"),
                                 QStringLiteral("Kari Nordmann|caseworker|kari@example.no"),
                                 QStringLiteral("--participant"),
                                 QStringLiteral("Grete Verge|guardian"),
                                 QStringLiteral("--participant"),
                                 QStringLiteral("Pål Primær"),
                                 QStringLiteral("--default-agenda")});
    const qint64 id = meeting.value(u"id").toInteger();
    CHECK(id > 0);
    CHECK(meeting.value(u"kind").toString() == u"responsibility_group");
    CHECK(meeting.value(u"client_id").toInteger() == office.clientId);
    CHECK(meeting.value(u"client").toString() == QStringLiteral("Ødegård, Åsmund"));
    CHECK(meeting.value(u"title").toString() == QStringLiteral("Ansvarsgruppemøte"));
    CHECK(meeting.value(u"location").toString() == QStringLiteral("Lyngtunet, møterom"));
    CHECK(meeting.value(u"agenda").toString().contains(QStringLiteral("coordinator")));
    CHECK(meeting.value(u"version").toInt() == 1);
    // The process runs in the test's time zone: 13:30 local, 90 minutes.
    const QDateTime start
        = QDateTime::fromString(meeting.value(u"starts_at").toString(), Qt::ISODate);
    const QDateTime end = QDateTime::fromString(meeting.value(u"ends_at").toString(), Qt::ISODate);
    CHECK(meeting.value(u"starts_at").toString().endsWith(u'Z'));
    CHECK(start.toLocalTime() == QDateTime(QDate(2026, 3, 16), QTime(13, 30)));
    CHECK(start.secsTo(end) == 90 * 60);
    const QJsonArray participants = meeting.value(u"participants").toArray();
    REQUIRE(participants.size() == 3);
    CHECK(participants.at(0).toObject().value(u"email").toString() == u"kari@example.no");
    CHECK(participants.at(1).toObject().value(u"role").toString() == u"guardian");
    CHECK(participants.at(2).toObject().value(u"role").toString() == u"other");
    CHECK(participants.at(2).toObject().value(u"name").toString() == QStringLiteral("Pål Primær"));

    const Run show = office.run(words("meeting show") << QString::number(id));
    INFO(show.err.toStdString());
    REQUIRE(show.exitCode == 0);
    CHECK(show.json() == meeting);
}

TEST_CASE("meeting list filters by day and client, in order of start")
{
    const Office office;
    for (const char *start : {"2026-05-04T10:00", "2026-03-02T09:00", "2026-04-01T12:00"})
        office.add(QStringList{QStringLiteral("--kind"),
                               QStringLiteral("evaluation"),
                               QStringLiteral("--client"),
                               QString::number(office.clientId),
                               QStringLiteral("--start"),
                               QString::fromLatin1(start),
                               QStringLiteral("--video"),
                               QStringLiteral("https://meet.example.no/x")});
    office.add(QStringList{QStringLiteral("--kind"),
                           QStringLiteral("other"),
                           QStringLiteral("--start"),
                           QStringLiteral("2026-04-01T15:00"),
                           QStringLiteral("--place"),
                           QStringLiteral("Rådhuset")});

    const auto days = [](const QJsonArray &meetings) {
        QStringList result;
        for (const QJsonValue &m : meetings)
            result << QDateTime::fromString(m.toObject().value(u"starts_at").toString(),
                                            Qt::ISODate)
                          .toLocalTime()
                          .toString(QStringLiteral("MM-dd HH"));
        return result.join(u',');
    };
    CHECK(days(office.list()) == QStringLiteral("03-02 09,04-01 12,04-01 15,05-04 10"));
    CHECK(days(office.list(words("--from 2026-04-01 --to 2026-04-01")))
          == QStringLiteral("04-01 12,04-01 15"));
    CHECK(
        days(office.list(QStringList{QStringLiteral("--client"), QString::number(office.clientId)}))
        == QStringLiteral("03-02 09,04-01 12,05-04 10"));
    CHECK(office.list(words("--from 2027-01-01")).isEmpty());
}

TEST_CASE("meeting ics writes the invitation to a file or to standard output")
{
    const Office office;
    const QJsonObject meeting
        = office.add(QStringList{QStringLiteral("--kind"),
                                 QStringLiteral("evaluation"),
                                 QStringLiteral("--client"),
                                 QString::number(office.clientId),
                                 QStringLiteral("--start"),
                                 QStringLiteral("2026-03-16T13:30"),
                                 QStringLiteral("--place"),
                                 QStringLiteral("Lyngtunet; møterom 2"),
                                 QStringLiteral("--participant"),
                                 QStringLiteral("Kari Nordmann|caseworker|kari@example.no")});
    const QString id = QString::number(meeting.value(u"id").toInteger());

    const Run out = office.run(words("meeting ics") << id);
    INFO(out.err.toStdString());
    REQUIRE(out.exitCode == 0);
    CHECK(out.out.startsWith("BEGIN:VCALENDAR\r\n"));
    CHECK(out.out.endsWith("END:VCALENDAR\r\n"));
    CHECK(out.out.contains("METHOD:PUBLISH\r\n"));
    CHECK(out.out.contains("LOCATION:Lyngtunet\\; møterom 2\r\n"));
    CHECK(out.out.contains(":mailto:kari@example.no\r\n"));

    const QString file = office.path(QStringLiteral("invitation.ics"));
    const Run written = office.run(words("meeting ics") << id << QStringLiteral("--out") << file);
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    CHECK(written.json().value(u"file").toString() == file);
    const QString uid = written.json().value(u"uid").toString();
    CHECK(uid.startsWith(QStringLiteral("meeting-") + id + u'-'));
    const QByteArray saved = fremdrift::test::readAll(file);
    const QByteArray uidLine = "UID:" + uid.toUtf8() + "\r\n";
    CHECK(saved.contains(uidLine));
    // The same meeting exported again has the same UID: a calendar updates its event.
    CHECK(out.out.contains(uidLine));
}

TEST_CASE("meeting commands say what is wrong on stderr and exit non-zero")
{
    const Office office;
    const auto refused = [&](const QStringList &arguments, int code, const char *says) {
        const Run run = office.run(arguments);
        INFO(run.err.toStdString());
        CHECK(run.exitCode == code);
        CHECK(run.out.isEmpty());
        CHECK(run.err.contains(QString::fromUtf8(says)));
    };
    refused(words("meeting add --kind party --start 2026-03-16T13:30 --place Her"), 2, "--kind");
    refused(words("meeting add --kind evaluation --start tomorrow --place Her"), 2, "--start");
    refused(words("meeting add --kind evaluation --place Her"), 2, "--start");
    // The rules of core: a place or a video link, no minute-taker who leads.
    refused(words("meeting add --kind evaluation --start 2026-03-16T13:30"), 1, "place");
    refused(words("meeting add --kind evaluation --start 2026-03-16T13:30 --place Her "
                  "--participant Kari|boss"),
            1,
            "Kari");
    refused(
        words("meeting add --kind evaluation --start 2026-03-16T13:30 --place Her --client 999"),
        1,
        "999");
    refused(words("meeting show 999"), 1, "999");
    refused(words("meeting show twelve"), 2, "id");
    refused(words("meeting ics 999"), 1, "999");
    refused(words("meeting list --from yesterday"), 2, "--from");
    refused(words("meeting"), 2, "add");
    CHECK(office.list().isEmpty());
}
