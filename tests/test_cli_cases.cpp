// The CLI's client, decision, rules and user commands, run as a process as scripts run them.
#include "support/process.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>

using fremdrift::test::Scratch;

namespace {

using Run = fremdrift::test::ProcessRun;

Run cli(const QStringList &arguments)
{
    return fremdrift::test::runProcess(QStringLiteral(FREMDRIFT_CLI_PATH), arguments);
}

// "client list --limit 5" → {"client", "list", "--limit", "5"}: for arguments without spaces.
QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(u' ', Qt::SkipEmptyParts);
}

// A database made by `init --jurisdiction no --test-data` or `demo --jurisdiction no`, and
// the CLI run on it.
class Office
{
public:
    enum Kind { Fresh, Demo };

    explicit Office(Kind kind)
    {
        const Run made = run(kind == Fresh ? words("init --jurisdiction no --test-data")
                                           : words("demo --jurisdiction no --clients 4"));
        INFO(made.err.toStdString());
        REQUIRE(made.exitCode == 0);
    }

    QString path(const QString &name) const { return m_scratch.path(name); }
    Run run(const QStringList &arguments) const
    {
        return cli(QStringList{QStringLiteral("--db"), m_scratch.path(QStringLiteral("office.sqlite"))}
                   + arguments);
    }
    // As `username`; nullptr: as the default user.
    Run as(const char *username, const QStringList &arguments) const
    {
        if (!username)
            return run(arguments);
        return run(QStringList{QStringLiteral("--user"), QString::fromUtf8(username)} + arguments);
    }

    qint64 firstClient() const
    {
        const Run list = run(words("client list --limit 1"));
        REQUIRE(list.exitCode == 0);
        const qint64 id = list.json().value(u"clients").toArray().at(0).toObject().value(u"id").toInteger();
        REQUIRE(id > 0);
        return id;
    }

    // The ids of the decisions `decision list` prints with these options.
    QList<qint64> decisionIds(const char *options) const
    {
        const Run list = run(words("decision list") + words(options));
        INFO(list.err.toStdString());
        REQUIRE(list.exitCode == 0);
        QList<qint64> ids;
        for (const QJsonValue &decision : list.json().value(u"decisions").toArray())
            ids << decision.toObject().value(u"id").toInteger();
        CHECK(list.json().value(u"count").toInt() == ids.size());
        return ids;
    }

    int clientCount() const
    {
        const Run list = run(words("client list"));
        REQUIRE(list.exitCode == 0);
        return list.json().value(u"count").toInt(-1);
    }

    QJsonObject decision(qint64 id) const
    {
        const Run show = run(words("decision show") << QString::number(id));
        INFO(show.err.toStdString());
        REQUIRE(show.exitCode == 0);
        return show.json();
    }

    // A complete decision for `clientId`, added as a draft by `username`; its id.
    qint64 addDecision(qint64 clientId, const char *username) const
    {
        QJsonObject json = {
            {QStringLiteral("client_id"), clientId},
            {QStringLiteral("legal_basis"), QStringLiteral("hol-3-2-6b")},
            {QStringLiteral("valid_from"), QStringLiteral("2026-01-05")},
            {QStringLiteral("evaluation_date"), QStringLiteral("2027-01-05")},
            {QStringLiteral("services"),
             QJsonArray{QJsonObject{{QStringLiteral("service_code"), QStringLiteral("praktisk_bistand")},
                                    {QStringLiteral("own_hours_per_week"), 6},
                                    {QStringLiteral("shared_hours_per_week"), 2.5},
                                    {QStringLiteral("description"), QStringLiteral("Matlaging")}}}},
            // Ignored: a new draft gets its own id and state.
            {QStringLiteral("id"), 999},
            {QStringLiteral("status"), QStringLiteral("in_force")},
        };
        for (const char *section : {"health_information", "functioning_and_needs",
                                    "needs_all_life_areas", "own_needs_wishes_goals",
                                    "user_participation", "relatives_participation",
                                    "municipality_assessment"})
            json[QLatin1String(section)] = QStringLiteral("Skrevet etter evalueringsmøtet.");
        const QString file = path(QStringLiteral("decision.json"));
        fremdrift::test::writeAll(file, QJsonDocument(json).toJson());

        const Run added = as(username, words("decision add --json") << file);
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
        const QJsonObject draft = added.json();
        CHECK(draft.value(u"status").toString() == u"draft");
        CHECK(draft.value(u"id").toInteger() != 999);
        CHECK(draft.value(u"client_id").toInteger() == clientId);
        CHECK(draft.value(u"services").toArray().size() == 1);
        return draft.value(u"id").toInteger();
    }

private:
    Scratch m_scratch;
};

QString deadlineFor(const char *jurisdiction, const QString &received)
{
    const Run rules = cli(QStringList{QStringLiteral("rules"), QStringLiteral("deadline"),
                                      QStringLiteral("--jurisdiction"), QString::fromUtf8(jurisdiction),
                                      QStringLiteral("--received"), received});
    INFO(rules.err.toStdString());
    REQUIRE(rules.exitCode == 0);
    return rules.json().value(u"complaint_deadline").toString();
}

Run checkId(const QStringList &arguments)
{
    return cli(words("rules national-id") + arguments);
}

} // namespace

TEST_CASE("client add with a valid national ID prints the id and the birth date")
{
    const Office office(Office::Fresh);
    const Run added = office.run(words("client add --national-id 15037212382 --unit Snurruhagen")
                                 << QStringLiteral("--name") << QStringLiteral("Ola Jakob Nordmann"));
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QJsonObject client = added.json();
    CHECK(client.value(u"id").toInteger() > 0);
    CHECK(client.value(u"birth_date").toString() == u"1972-03-15");
    CHECK(client.value(u"national_id").toString() == u"15037212382");
    CHECK(client.value(u"national_id_kind").toString() == u"fodselsnummer");
    CHECK(client.value(u"given_name").toString() == u"Ola Jakob");
    CHECK(client.value(u"family_name").toString() == u"Nordmann");
    CHECK(client.value(u"unit").toString() == u"Snurruhagen");

    const Run other = office.run(words("client add --given-name Kari --family-name Li"));
    INFO(other.err.toStdString());
    REQUIRE(other.exitCode == 0);
    CHECK(other.json().value(u"birth_date").isNull());

    const Run list = office.run(words("client list --search nordmann"));
    REQUIRE(list.exitCode == 0);
    CHECK(list.json().value(u"count").toInt() == 1);
    const QJsonObject summary = list.json().value(u"clients").toArray().at(0).toObject();
    CHECK(summary.value(u"name").toString() == u"Nordmann, Ola Jakob");
    CHECK(summary.value(u"unit").toString() == u"Snurruhagen");
    CHECK(office.clientCount() == 2);

    const Run show = office.run(words("client show") << QString::number(client.value(u"id").toInteger()));
    REQUIRE(show.exitCode == 0);
    CHECK(show.json().value(u"birth_date").toString() == u"1972-03-15");
    CHECK(show.json().value(u"contacts").isArray());
    CHECK(show.json().value(u"decisions").toArray().isEmpty());

    CHECK(office.run(words("client show 999")).exitCode == 1);
    CHECK(office.run(words("client show twelve")).exitCode == 2);
    CHECK(office.run(words("client add")).exitCode == 2);
    CHECK(office.run(words("client")).exitCode == 2);
}

TEST_CASE("client add refuses a national ID with a bad control digit and adds nothing")
{
    const Office office(Office::Fresh);
    REQUIRE(office.clientCount() == 0);
    const Run refused = office.run(words("client add --national-id 15037212383")
                                   << QStringLiteral("--name") << QStringLiteral("Ola Nordmann"));
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("control digits")));
    CHECK(refused.out.isEmpty());
    // Refused before the unit is made: no client and no unit.
    const Run withUnit = office.run(words("client add --name Nordmann --given-name Ola "
                                          "--national-id 15037212383 --unit Trygg"));
    CHECK(withUnit.exitCode == 1);
    CHECK(office.clientCount() == 0);
    CHECK(office.run(words("info")).json().value(u"row_counts").toObject().value(u"units").toInt()
          == 0);
}

TEST_CASE("The administrator of a fresh database may not approve a decision")
{
    const Office office(Office::Fresh);
    const Run client = office.run(words("client add --name Nordmann --given-name Ola"));
    REQUIRE(client.exitCode == 0);
    const qint64 clientId = client.json().value(u"id").toInteger();
    const qint64 id = office.addDecision(clientId, nullptr);
    const QString number = QString::number(id);

    const Run submitted = office.run(words("decision submit") << number);
    INFO(submitted.err.toStdString());
    REQUIRE(submitted.exitCode == 0);
    CHECK(submitted.json().value(u"status").toString() == u"submitted");

    const QJsonObject before = office.decision(id);
    const Run approve = office.run(words("decision approve") << number);
    CHECK(approve.exitCode == 1);
    CHECK(approve.err.contains(QStringLiteral("Only a leader may approve")));
    CHECK(approve.out.isEmpty());
    CHECK(office.decision(id) == before);

    const Run shown = office.run(words("client show") << QString::number(clientId));
    REQUIRE(shown.exitCode == 0);
    const QJsonArray decisions = shown.json().value(u"decisions").toArray();
    REQUIRE(decisions.size() == 1);
    CHECK(decisions.at(0).toObject().value(u"status").toString() == u"submitted");
    CHECK(decisions.at(0).toObject().value(u"own_hours_per_week").toDouble() == 6);
}

TEST_CASE("A caseworker submits and a leader approves in a demo database")
{
    const Office office(Office::Demo);
    const Run users = office.run(words("user list"));
    REQUIRE(users.exitCode == 0);
    QStringList leaders;
    for (const QJsonValue &user : users.json().value(u"users").toArray())
        if (user.toObject().value(u"role").toString() == u"leader")
            leaders << user.toObject().value(u"username").toString();
    CHECK(leaders.contains(QStringLiteral("liv.tangen")));

    const qint64 id = office.addDecision(office.firstClient(), "kari.vestheim");
    const QString number = QString::number(id);
    CHECK(office.decision(id).value(u"caseworker").toString() == u"Kari Vestheim");
    REQUIRE(office.as("kari.vestheim", words("decision submit") << number).exitCode == 0);

    const Run byCaseworker = office.as("kari.vestheim", words("decision approve") << number);
    CHECK(byCaseworker.exitCode == 1);
    CHECK(byCaseworker.err.contains(QStringLiteral("Only a leader may approve")));
    // --user also works after the command.
    CHECK(office.run(words("decision approve") << number << QStringLiteral("--user=per.aasgård"))
              .exitCode
          == 1);
    CHECK(office.decision(id).value(u"status").toString() == u"submitted");

    const Run approved = office.as("liv.tangen", words("decision approve") << number);
    INFO(approved.err.toStdString());
    REQUIRE(approved.exitCode == 0);
    CHECK(approved.json().value(u"status").toString() == u"approved");
    CHECK(approved.json().value(u"approved_by").toInteger() > 0);

    CHECK(office.decisionIds("--status approved --caseworker kari.vestheim").contains(id));
    CHECK_FALSE(office.decisionIds("--status submitted").contains(id));
    CHECK_FALSE(office.decisionIds("--status approved --caseworker per.aasgård").contains(id));
    CHECK(office.run(words("decision list --caseworker nobody")).exitCode == 1);
    CHECK(office.run(words("decision list --status lost")).exitCode == 2);
}

TEST_CASE("send by post gives the complaint deadline the rules give for the assumed receipt")
{
    const Office office(Office::Demo);
    const qint64 id = office.addDecision(office.firstClient(), "kari.vestheim");
    const QString number = QString::number(id);
    REQUIRE(office.as("kari.vestheim", words("decision submit") << number).exitCode == 0);
    REQUIRE(office.as("liv.tangen", words("decision approve") << number).exitCode == 0);

    CHECK(office.run(words("decision send") << number << QStringLiteral("--date=2026-03-09"))
              .exitCode
          == 2);
    const Run sent = office.as("kari.vestheim",
                               words("decision send --date 2026-03-09 --method post") << number);
    INFO(sent.err.toStdString());
    REQUIRE(sent.exitCode == 0);
    const QJsonObject decision = sent.json();
    CHECK(decision.value(u"status").toString() == u"sent");
    CHECK(decision.value(u"sent_on").toString() == u"2026-03-09");
    CHECK(decision.value(u"sent_method").toString() == u"post");
    CHECK(decision.value(u"received_assumed").toBool());
    const QString received = decision.value(u"received_on").toString();
    CHECK(received > QStringLiteral("2026-03-09"));
    const QString deadline = decision.value(u"complaint_deadline").toString();
    CHECK(deadline == deadlineFor("no", received));
    CHECK(deadline == u"2026-04-07"); // received 16 March; 6 April is Easter Monday
    CHECK(decision.value(u"in_force_date").toString() == u"2026-04-08");
    CHECK(office.decision(id) == decision);

    const Run inForce = office.as("per.aasgård", words("decision put-in-force") << number);
    REQUIRE(inForce.exitCode == 0);
    CHECK(inForce.json().value(u"status").toString() == u"in_force");
    const Run ended = office.run(words("decision end --date 2026-11-01") << number);
    REQUIRE(ended.exitCode == 0);
    CHECK(ended.json().value(u"status").toString() == u"ended");
    CHECK(ended.json().value(u"ended_on").toString() == u"2026-11-01");
}

TEST_CASE("Forbidden moves exit 1 and change nothing")
{
    const Office office(Office::Demo);
    const qint64 id = office.addDecision(office.firstClient(), "kari.vestheim");
    const QString number = QString::number(id);
    const QJsonObject draft = office.decision(id);

    const Run approve = office.as("liv.tangen", words("decision approve") << number);
    CHECK(approve.exitCode == 1);
    CHECK(approve.err.contains(QStringLiteral("not possible while the decision is \"Draft\"")));
    const Run send = office.as("kari.vestheim",
                               words("decision send --date 2026-03-09 --method post") << number);
    CHECK(send.exitCode == 1);
    CHECK(send.err.contains(QStringLiteral("not possible")));
    CHECK(send.out.isEmpty());
    CHECK(office.as("kari.vestheim", words("decision put-in-force") << number).exitCode == 1);
    CHECK(office.decision(id) == draft);
    CHECK(draft.value(u"complaint_deadline").isNull());

    // Wrong calls are told apart from refusals.
    CHECK(office.run(words("decision refuse") << number).exitCode == 2);
    CHECK(office.run(words("decision send --date 9.3.2026 --method post") << number).exitCode == 2);
    CHECK(office.run(words("decision send --date 2026-03-09 --method pigeon") << number).exitCode == 2);
    CHECK(office.run(words("decision frobnicate") << number).exitCode == 2);
    CHECK(office.run(words("decision approve 424242 --user liv.tangen")).exitCode == 1);
    CHECK(office.decision(id) == draft);

    const QList<qint64> drafts = office.decisionIds("--status draft");
    CHECK(drafts.contains(id));
    const QString notJson = office.path(QStringLiteral("notes.txt"));
    fremdrift::test::writeAll(notJson, QByteArray("not json"));
    const Run badFile = office.run(words("decision add --json") << notJson);
    CHECK(badFile.exitCode == 1);
    CHECK(badFile.err.contains(QStringLiteral("notes.txt")));
    CHECK(office.decisionIds("--status draft") == drafts);
}

TEST_CASE("rules deadline counts weeks and moves past holidays in each country")
{
    CHECK(deadlineFor("no", QStringLiteral("2026-03-12")) == u"2026-04-07"); // Easter
    CHECK(deadlineFor("no", QStringLiteral("2026-03-04")) == u"2026-03-25"); // same weekday
    CHECK(deadlineFor("se", QStringLiteral("2026-03-12")) == u"2026-04-02"); // no Maundy Thursday
    CHECK(deadlineFor("se", QStringLiteral("2026-05-29")) == u"2026-06-22"); // midsommarafton
    CHECK(deadlineFor("dk", QStringLiteral("2026-03-12")) == u"2026-04-09"); // four weeks
    CHECK(deadlineFor("dk", QStringLiteral("2026-05-08")) == u"2026-06-08"); // Grundlovsdag

    CHECK(cli(words("rules deadline --jurisdiction no")).exitCode == 2);
    CHECK(cli(words("rules deadline --jurisdiction fi --received 2026-03-12")).exitCode == 2);
    const Run badDate = cli(words("rules deadline --jurisdiction no --received 12.03.2026"));
    CHECK(badDate.exitCode == 2);
    CHECK(badDate.err.contains(QStringLiteral("YYYY-MM-DD")));
    CHECK(cli(words("rules")).exitCode == 2);
}

TEST_CASE("rules national-id tells valid from invalid and warns where a country does")
{
    const Run cpr = checkId(words("--jurisdiction dk 010185-1000"));
    INFO(cpr.err.toStdString());
    CHECK(cpr.exitCode == 0);
    CHECK(cpr.json().value(u"valid").toBool());
    CHECK(cpr.json().value(u"warning").toBool());
    CHECK(cpr.json().value(u"kind").toString() == u"cpr");
    CHECK(cpr.json().value(u"birth_date").toString() == u"1985-01-01");
    CHECK(cpr.json().value(u"normalized").toString() == u"010185-1000");
    CHECK_FALSE(cpr.json().value(u"message").toString().isEmpty());

    const Run fnr = checkId(words("--jurisdiction no 15037212382"));
    CHECK(fnr.exitCode == 0);
    CHECK_FALSE(fnr.json().value(u"warning").toBool(true));
    CHECK(fnr.json().value(u"kind").toString() == u"fodselsnummer");

    const Run typo = checkId(words("--jurisdiction no 15037212383"));
    CHECK(typo.exitCode == 1);
    CHECK_FALSE(typo.json().value(u"valid").toBool(true));
    CHECK(typo.json().value(u"kind").isNull());
    CHECK(typo.json().value(u"birth_date").isNull());
    CHECK(typo.json().value(u"message").toString().contains(QStringLiteral("control digits")));
    CHECK(typo.err.contains(QStringLiteral("control digits")));

    const Run synthetic = checkId(words("--jurisdiction no 01818512321"));
    CHECK(synthetic.exitCode == 1);
    const Run test = checkId(words("--jurisdiction no 01818512321 --test-data"));
    CHECK(test.exitCode == 0);
    CHECK(test.json().value(u"kind").toString() == u"syntetisk");
    CHECK(test.json().value(u"birth_date").toString() == u"1985-01-01");

    CHECK(checkId(words("--jurisdiction se 850101-1236")).exitCode == 0);
    CHECK(checkId(words("--jurisdiction se 850101-1237")).exitCode == 1);

    CHECK(checkId(words("--jurisdiction no")).exitCode == 2);
    CHECK(checkId(words("15037212382")).exitCode == 2);
}

TEST_CASE("user list and an unknown --user")
{
    const Office office(Office::Fresh);
    const Run users = office.run(words("user list"));
    REQUIRE(users.exitCode == 0);
    const QJsonArray list = users.json().value(u"users").toArray();
    REQUIRE(list.size() == 1);
    const QJsonObject admin = list.at(0).toObject();
    CHECK(admin.value(u"role").toString() == u"administrator");
    CHECK(admin.value(u"active").toBool());
    for (const char *key : {"id", "username", "name"})
        CHECK(admin.contains(QLatin1String(key)));

    const QString username = admin.value(u"username").toString();
    CHECK(office.run(QStringList{QStringLiteral("--user"), username, QStringLiteral("client"),
                                 QStringLiteral("list")})
              .exitCode
          == 0);
    const Run unknown = office.as("nobody.here", words("client list"));
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("nobody.here")));
    CHECK(unknown.out.isEmpty());
    const Run after = office.run(words("client add --user nobody.here --family-name Nordmann "
                                       "--given-name Ola"));
    CHECK(after.exitCode == 1);
    CHECK(office.clientCount() == 0);
}

TEST_CASE("The national ID calculator explains a wrong number in the caller's language")
{
    const QStringList call = {QStringLiteral("rules"), QStringLiteral("national-id"),
                              QStringLiteral("--jurisdiction"), QStringLiteral("no"),
                              QStringLiteral("01018512367")};
    const Run english = cli(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + call);
    CHECK(english.exitCode == 1);
    CHECK(english.json().value(u"message").toString().contains(QStringLiteral("control digits")));
    QSet<QString> messages{english.json().value(u"message").toString()};
    for (const char *language : {"nb", "sv", "da"}) {
        const Run translated = cli(QStringList{QStringLiteral("--lang"), QString::fromLatin1(language)} + call);
        INFO(language);
        CHECK(translated.exitCode == 1);
        CHECK_FALSE(translated.json().value(u"valid").toBool(true));
        messages.insert(translated.json().value(u"message").toString());
    }
    CHECK(messages.size() == 4); // four languages, four different sentences
}
