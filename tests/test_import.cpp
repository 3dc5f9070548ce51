// Importing a caseload from CSV: the reader, the checks line by line, and all-or-nothing writes.
#include "domain/decision.h"
#include "importing/csvimport.h"
#include "importing/csvreader.h"
#include "repository/clientrepository.h"
#include "repository/decisionrepository.h"
#include "storage/audittrail.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "support/process.h"
#include "support/testsupport.h"
#include "workflow/session.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace fremdrift;
using fremdrift::test::Scratch;
using fremdrift::test::writeAll;

namespace {

// A valid Norwegian fødselsnummer for `birth` (1900–1999), the first from individual number
// `from` whose control digits exist.
QString norwegianId(const QDate &birth, int from = 100)
{
    static constexpr int w1[9] = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    static constexpr int w2[10] = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    for (int individual = from; individual < 500; ++individual) {
        QString digits = birth.toString(QStringLiteral("ddMMyy"))
                         + QStringLiteral("%1").arg(individual, 3, 10, QLatin1Char('0'));
        int sum = 0;
        for (int i = 0; i < 9; ++i)
            sum += w1[i] * digits.at(i).digitValue();
        int k1 = 11 - sum % 11;
        if (k1 == 11)
            k1 = 0;
        if (k1 == 10)
            continue;
        digits += QString::number(k1);
        sum = 0;
        for (int i = 0; i < 10; ++i)
            sum += w2[i] * digits.at(i).digitValue();
        int k2 = 11 - sum % 11;
        if (k2 == 11)
            k2 = 0;
        if (k2 == 10)
            continue;
        return digits + QString::number(k2);
    }
    FAIL("no valid number");
    return {};
}

// The same number with its last digit changed: the control digits no longer match.
QString brokenId(const QString &id)
{
    QString broken = id;
    broken[10] = QChar(u'0' + (id.at(10).digitValue() + 1) % 10);
    return broken;
}

struct Office
{
    Scratch scratch;
    std::unique_ptr<Database> db;
    std::unique_ptr<Session> session;

    explicit Office(bool testData = false)
    {
        Database::CreateOptions options;
        options.jurisdiction = JurisdictionCode::Norway;
        options.testData = testData;
        options.administratorUsername = QStringLiteral("admin");
        options.administratorName = QStringLiteral("Ada Admin");
        auto created = Database::create(scratch.path(QStringLiteral("office.sqlite")), options);
        REQUIRE(created.ok());
        db = std::move(created).value();
        exec(QStringLiteral("INSERT INTO staff_users(username, full_name, role) "
                            "VALUES ('kari', 'Kari Nordmann', 'caseworker')"));
        exec(QStringLiteral("INSERT INTO staff_users(username, full_name, role) "
                            "VALUES ('lese', 'Lene Leser', 'readonly')"));
        auto started = Session::start(*db, QStringLiteral("admin"));
        REQUIRE(started.ok());
        session = std::move(started).value();
    }

    void exec(const QString &statement) const
    {
        auto done = sql::run(db->connection(), statement);
        INFO((done ? QString() : done.error().message + u' ' + done.error().detail).toStdString());
        REQUIRE(done.ok());
    }

    qint64 count(const QString &table) const
    {
        auto counted
            = sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM ") + table);
        REQUIRE(counted.ok());
        return counted->toLongLong();
    }

    QMap<QString, qint64> counts() const
    {
        auto all = db->rowCounts();
        REQUIRE(all.ok());
        return *all;
    }

    QString file(const QString &name, const QByteArray &bytes) const
    {
        const QString path = scratch.path(name);
        writeAll(path, bytes);
        return path;
    }

    Client addClient(const QString &given, const QString &family, const QString &nationalId)
    {
        Client client;
        client.givenName = given;
        client.familyName = family;
        client.nationalId = nationalId;
        auto saved = ClientRepository(*session).save(client);
        INFO((saved ? QString() : saved.error().message).toStdString());
        REQUIRE(saved.ok());
        return *saved;
    }
};

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

// The problems of one line, joined, for CHECK_THAT.
std::string problemsOn(const ImportReport &report, int line)
{
    QStringList messages;
    for (const ImportProblem &problem : report.problems) {
        if (problem.line == line)
            messages << problem.message;
    }
    return messages.join(u'\n').toStdString();
}

std::string allProblems(const ImportReport &report)
{
    QStringList messages;
    for (const ImportProblem &problem : report.problems)
        messages << QStringLiteral("line %1: %2").arg(problem.line).arg(problem.message);
    return messages.join(u'\n').toStdString();
}

ImportReport require(const Result<ImportReport> &result)
{
    INFO(
        (result ? QString() : result.error().message + u' ' + result.error().detail).toStdString());
    REQUIRE(result.ok());
    return result.value();
}

using Catch::Matchers::Contains;

} // namespace

TEST_CASE("The CSV reader finds the delimiter and counts physical lines")
{
    SECTION("semicolons with quoted fields holding delimiters line breaks and quotes")
    {
        const CsvTable table = CsvReader::parse(QStringLiteral(
            "a;b;c\r\n1;\"x;y\";\"two\r\nlines \"\"quoted\"\"\"\r\n\r\n2;;last\r\n"));
        CHECK(table.delimiter == u';');
        CHECK(table.problems.isEmpty());
        CHECK(table.header
              == QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        REQUIRE(table.records.size() == 2);
        CHECK(table.records.at(0).line == 2);
        CHECK(table.records.at(0).fields.at(1) == u"x;y");
        CHECK(table.records.at(0).fields.at(2) == u"two\nlines \"quoted\"");
        // The record after a two-line record and an empty line starts on line 5.
        CHECK(table.records.at(1).line == 5);
        CHECK(table.records.at(1).fields.at(2) == u"last");
    }
    SECTION("commas and tabs")
    {
        CHECK(CsvReader::parse(QStringLiteral("a,b\n1,2\n")).delimiter == u',');
        const CsvTable tabs = CsvReader::parse(QStringLiteral("a\tb;c\td\n1\t2;3\t4\n"));
        CHECK(tabs.delimiter == u'\t');
        REQUIRE(tabs.records.size() == 1);
        CHECK(tabs.records.at(0).fields.at(1) == u"2;3");
    }
    SECTION("Excel's sep line")
    {
        const CsvTable table = CsvReader::parse(QStringLiteral("sep=,\na;b,c\n1;2,3\n"));
        CHECK(table.delimiter == u',');
        CHECK(table.headerLine == 2);
        REQUIRE(table.records.size() == 1);
        CHECK(table.records.at(0).line == 3);
        CHECK(table.records.at(0).fields.at(0) == u"1;2");
    }
    SECTION("a quote never closed and a line with too many fields")
    {
        const CsvTable table = CsvReader::parse(QStringLiteral("a;b\n1;2;3\n4;\"open\n5;6\n"));
        REQUIRE(table.problems.size() == 2);
        CHECK(table.problems.at(0).line == 2);
        CHECK_THAT(table.problems.at(0).message.toStdString(), Contains("3 fields"));
        CHECK(table.problems.at(1).line == 3);
        CHECK_THAT(table.problems.at(1).message.toStdString(), Contains("never closed"));
    }
    SECTION("UTF-8 with a BOM and Windows-1252")
    {
        QString encoding;
        CHECK(
            CsvReader::decode(QByteArray("\xEF\xBB\xBF") + utf8(QStringLiteral("Bjørn")), &encoding)
            == u"Bjørn");
        CHECK(encoding == u"UTF-8");
        CHECK(CsvReader::decode(QByteArray("Bj\xF8rn \x80"), &encoding) == u"Bjørn €");
        CHECK(encoding == u"Windows-1252");
    }
}

TEST_CASE("A clients file with semicolons quoted fields and a BOM is imported")
{
    Office office;
    const QString id1 = norwegianId(QDate(1985, 3, 14));
    const QString id2 = norwegianId(QDate(1990, 11, 2));
    const QString path = office.file(
        QStringLiteral("clients.csv"),
        QByteArray("\xEF\xBB\xBF")
            + utf8(QStringLiteral(
                       "given_name;family_name;national_id;address_line;postal_code;city;unit;"
                       "caseworker;consent_competence;consent_assessed_on;individual_plan;notes\r\n"
                       "Ola;Nordmann;%1;\"Storgata 1; 2. etg\";0150;Oslo;Snurruhagen;kari;"
                       "partial;2023-05-02;needed;\"Likes \"\"Kaffe\"\"\r\nand walks\"\r\n"
                       "Åse;Ås;%2;;;;Snurruhagen;;;;;\r\n")
                       .arg(id1, id2)));
    const QMap<QString, qint64> before = office.counts();

    const ImportReport dry = require(importClients(*office.session, path, true));
    INFO(allProblems(dry));
    CHECK(dry.problems.isEmpty());
    CHECK(dry.records == 2);
    CHECK(dry.imported == 0);
    CHECK(office.counts() == before);

    const ImportReport report = require(importClients(*office.session, path, false));
    INFO(allProblems(report));
    CHECK(report.problems.isEmpty());
    CHECK(report.dryRun == false);
    CHECK(report.encoding == u"UTF-8");
    CHECK(report.imported == 2);
    CHECK(office.count(QStringLiteral("clients")) == 2);
    CHECK(office.count(QStringLiteral("units")) == 1);

    ClientRepository clients(*office.session);
    auto found = clients.search(QStringLiteral("Nordmann"));
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    auto ola = clients.get(found->at(0).id);
    REQUIRE(ola.ok());
    CHECK(ola->givenName == u"Ola"); // the BOM is not part of the first column's name or value
    CHECK(ola->nationalId == id1);
    CHECK(ola->birthDate == QDate(1985, 3, 14));
    CHECK(ola->addressLine == u"Storgata 1; 2. etg");
    CHECK(ola->unitName == u"Snurruhagen");
    CHECK(ola->caseworkerName == u"Kari Nordmann");
    CHECK(ola->consent == ConsentCompetence::Partial);
    CHECK(ola->individualPlan == IndividualPlan::Needed);
    CHECK(ola->notes == u"Likes \"Kaffe\"\nand walks");
    auto ase = clients.search(QStringLiteral("Ås"));
    REQUIRE(ase.ok());
    REQUIRE(ase->size() == 1);
    CHECK(ase->at(0).unitName == u"Snurruhagen");

    // Each client's creation is in the audit trail, and the import itself.
    auto history = AuditTrail::forClient(office.db->connection(), ola->id);
    REQUIRE(history.ok());
    REQUIRE_FALSE(history->isEmpty());
    CHECK(history->constLast().action == u"create");
    auto summaries
        = sql::scalar(office.db->connection(),
                      QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import'"));
    REQUIRE(summaries.ok());
    CHECK(summaries->toInt() == 1);
}

TEST_CASE("Norwegian Swedish and Danish header names map to the client fields")
{
    Office office;
    const QString id = norwegianId(QDate(1972, 6, 30));
    const QString path = office.file(
        QStringLiteral("brukere.csv"),
        utf8(QStringLiteral("Fornavn;ETTERNAVN;Fødselsnummer;Bolig;Saksbehandler;"
                            "Samtykkekompetanse;Individuell plan;Fastlege;E-post;Postnr;Poststed\n"
                            "Kari;Hansen;%1;Trygg framtid;KARI;not assessed;ja;Dr. Lege;"
                            "kari@example.no;9000;Tromsø\n"
                            "Per;Persson;;Boende Björken;;;;;;;\n")
                 .arg(id)));
    const QString swedish
        = office.file(QStringLiteral("brukare.csv"),
                      utf8(QStringLiteral("förnamn,efternamn,personnummer,boende\n"
                                          "Sven,Svensson,,Björken\n")));
    const QString danish
        = office.file(QStringLiteral("borgere.csv"),
                      utf8(QStringLiteral("Fornavn\tEfternavn\tCPR\tBotilbud\tFødselsdato\n"
                                          "Mette\tMadsen\t\tSolsikken\t01.02.1960\n")));

    const ImportReport report = require(importClients(*office.session, path, false));
    INFO(allProblems(report));
    REQUIRE(report.problems.isEmpty());
    CHECK(report.imported == 2);
    for (const QString &file : {swedish, danish}) {
        const ImportReport other = require(importClients(*office.session, file, false));
        INFO(allProblems(other));
        CHECK(other.problems.isEmpty());
        CHECK(other.imported == 1);
    }

    ClientRepository clients(*office.session);
    auto kari = clients.search(QStringLiteral("Hansen"));
    REQUIRE(kari.ok());
    REQUIRE(kari->size() == 1);
    auto stored = clients.get(kari->at(0).id);
    REQUIRE(stored.ok());
    CHECK(stored->nationalId == id);
    CHECK(stored->unitName == u"Trygg framtid");
    CHECK(stored->caseworkerName == u"Kari Nordmann");
    CHECK(stored->individualPlan == IndividualPlan::Yes);
    CHECK(stored->gpName == u"Dr. Lege");
    CHECK(stored->email == u"kari@example.no");
    CHECK(stored->city == u"Tromsø");
    auto mette = clients.search(QStringLiteral("Madsen"));
    REQUIRE(mette.ok());
    REQUIRE(mette->size() == 1);
    CHECK(mette->at(0).birthDate == QDate(1960, 2, 1));
    CHECK(mette->at(0).unitName == u"Solsikken");
    CHECK(office.count(QStringLiteral("clients")) == 4);
}

TEST_CASE("A dry run reports each bad line by number and reason and writes nothing")
{
    Office office;
    const QString good = norwegianId(QDate(1980, 1, 15));
    const QString existing = norwegianId(QDate(1975, 8, 20));
    const Client already
        = office.addClient(QStringLiteral("Eva"), QStringLiteral("Eksisterende"), existing);
    const QString path = office.file(
        QStringLiteral("bad.csv"),
        utf8(QStringLiteral("given_name;family_name;national_id;unit;caseworker\n"
                            "Ola;God;%1;Snurruhagen;kari\n"       // 2: good
                            "Per;Feil;%2;Snurruhagen;kari\n"      // 3: control digits
                            "Ola;Dobbel;%1;Snurruhagen;\n"        // 4: same as line 2
                            "Eva;Igjen;%3;;\n"                    // 5: in the database
                            "Lise;Ukjent;;Snurruhagen;spøkelse\n" // 6: no such caseworker
                            "Tom;;;;\n")                          // 7: no family name
                 .arg(good, brokenId(good), existing)));
    const QMap<QString, qint64> before = office.counts();

    const ImportReport report = require(importClients(*office.session, path, true));
    INFO(allProblems(report));
    CHECK(report.records == 6);
    CHECK(report.imported == 0);
    CHECK(problemsOn(report, 2).empty());
    CHECK_THAT(problemsOn(report, 3), Contains("national_id") && Contains("control digits"));
    CHECK_THAT(problemsOn(report, 4), Contains("line 2"));
    CHECK_THAT(problemsOn(report, 5),
               Contains("already in the database") && Contains("Eksisterende, Eva"));
    CHECK_THAT(problemsOn(report, 6), Contains("caseworker") && Contains("spøkelse"));
    CHECK_THAT(problemsOn(report, 7), Contains("family_name"));
    CHECK(report.problems.size() == 5);
    CHECK(office.counts() == before);
    CHECK(office.count(QStringLiteral("clients")) == 1);
    CHECK(already.id > 0);
}

TEST_CASE("Missing required and unknown columns are reported on line 1")
{
    Office office;
    const QString missing = office.file(QStringLiteral("missing.csv"),
                                        utf8(QStringLiteral("given_name;national_id\nOla;\n")));
    const ImportReport noFamily = require(importClients(*office.session, missing, true));
    REQUIRE(noFamily.problems.size() == 1);
    CHECK(noFamily.problems.at(0).line == 1);
    CHECK_THAT(noFamily.problems.at(0).message.toStdString(),
               Contains("missing") && Contains("family_name"));

    const QString unknown = office.file(
        QStringLiteral("unknown.csv"),
        utf8(QStringLiteral("given_name;family_name;favourite_colour;Etternavn2\nOla;N;blue;x\n")));
    const ImportReport extra = require(importClients(*office.session, unknown, false));
    REQUIRE(extra.problems.size() == 1);
    CHECK(extra.problems.at(0).line == 1);
    CHECK_THAT(extra.problems.at(0).message.toStdString(),
               Contains("\"favourite_colour\"") && Contains("\"Etternavn2\""));
    CHECK(extra.imported == 0);
    CHECK(office.count(QStringLiteral("clients")) == 0);

    const QString twice
        = office.file(QStringLiteral("twice.csv"),
                      utf8(QStringLiteral("fornavn;given_name;family_name\na;b;c\n")));
    const ImportReport doubled = require(importClients(*office.session, twice, true));
    REQUIRE(doubled.problems.size() == 1);
    CHECK_THAT(doubled.problems.at(0).message.toStdString(),
               Contains("fornavn") && Contains("given_name"));
}

TEST_CASE("A real import with one bad line imports nothing")
{
    Office office;
    const QString path = office.file(
        QStringLiteral("clients.csv"),
        utf8(QStringLiteral("given_name;family_name;national_id;unit\n"
                            "Ola;En;%1;Ny enhet\n"
                            "Kari;To;%2;Ny enhet\n"
                            "Per;Tre;12345;Ny enhet\n")
                 .arg(norwegianId(QDate(1981, 2, 3)), norwegianId(QDate(1982, 4, 5)))));
    const QMap<QString, qint64> before = office.counts();
    const ImportReport report = require(importClients(*office.session, path, false));
    CHECK(report.dryRun == false);
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems.at(0).line == 4);
    CHECK(report.imported == 0);
    CHECK(office.counts() == before);
}

TEST_CASE("A good decisions file of two decisions in three lines is imported in force")
{
    Office office;
    const QString idA = norwegianId(QDate(1985, 3, 14));
    const QString idB = norwegianId(QDate(1990, 11, 2));
    const Client a = office.addClient(QStringLiteral("Ola"), QStringLiteral("Nordmann"), idA);
    const Client b = office.addClient(QStringLiteral("Åse"), QStringLiteral("Ås"), idB);
    const qint64 auditBefore = office.count(QStringLiteral("audit_log"));

    const QString path = office.file(
        QStringLiteral("vedtak.csv"),
        utf8(QStringLiteral(
                 "reference;fødselsnummer;hjemmel;status;valid_from;evaluation_date;caseworker;"
                 "service_code;egentid;fellestid;service_description;health_information\n"
                 "2019/0007;%1;hol-3-2-6b;in_force;01.02.2019;2024-02-01;kari;praktisk_bistand;"
                 "7,5;2;Help with cleaning;\"Epilepsy,\nwell regulated\"\n"
                 "2019/0007;;;;;;;dagtilbud;10;0;Day centre;\n"
                 "2020/0003;%2;hol-3-2-6a;;2020-05-01;2025-05-01;;helsetjenester_hjemmet;3.5;;;\n")
                 .arg(idA, idB)));

    const ImportReport dry = require(importDecisions(*office.session, path, true));
    INFO(allProblems(dry));
    REQUIRE(dry.problems.isEmpty());
    CHECK(dry.records == 2);
    CHECK(office.count(QStringLiteral("decisions")) == 0);

    const ImportReport report = require(importDecisions(*office.session, path, false));
    INFO(allProblems(report));
    REQUIRE(report.problems.isEmpty());
    CHECK(report.records == 2);
    CHECK(report.imported == 2);
    CHECK(office.count(QStringLiteral("decisions")) == 2);
    CHECK(office.count(QStringLiteral("decision_services")) == 3);
    // One audit row per decision and one for the import.
    CHECK(office.count(QStringLiteral("audit_log")) == auditBefore + 3);

    DecisionRepository decisions(*office.session);
    DecisionFilter filter;
    filter.clientId = a.id;
    auto listed = decisions.list(filter);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    auto first = decisions.get(listed->at(0).id);
    REQUIRE(first.ok());
    CHECK(first->reference == u"2019/0007");
    CHECK(first->status == DecisionStatus::InForce);
    CHECK(first->legalBasis == u"hol-3-2-6b");
    CHECK(first->validFrom == QDate(2019, 2, 1));
    CHECK(first->inForceOn == QDate(2019, 2, 1));
    CHECK(first->evaluationDate == QDate(2024, 2, 1));
    CHECK(first->caseworkerName == u"Kari Nordmann");
    CHECK(first->healthInformation == u"Epilepsy,\nwell regulated");
    REQUIRE(first->services.size() == 2);
    CHECK(first->services.at(0).serviceCode == u"praktisk_bistand");
    CHECK(first->services.at(0).ownHours == Approx(7.5));
    CHECK(first->services.at(0).sharedHours == Approx(2));
    CHECK(first->services.at(0).description == u"Help with cleaning");
    CHECK(first->services.at(1).serviceCode == u"dagtilbud");
    CHECK(first->services.at(1).ownHours == Approx(10));

    filter.clientId = b.id;
    auto second = decisions.list(filter);
    REQUIRE(second.ok());
    REQUIRE(second->size() == 1);
    CHECK(second->at(0).status == DecisionStatus::InForce);
    CHECK(second->at(0).ownHours == Approx(3.5));

    auto audited
        = sql::scalar(office.db->connection(),
                      QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import' "
                                     "AND entity = 'decision'"));
    REQUIRE(audited.ok());
    CHECK(audited->toInt() == 2);
    auto chain = AuditTrail::verify(office.db->connection());
    REQUIRE(chain.ok());
    CHECK(chain->intact);

    // The same references again: each is refused, nothing is added.
    const ImportReport again = require(importDecisions(*office.session, path, false));
    CHECK_THAT(problemsOn(again, 2), Contains("2019/0007") && Contains("already"));
    // The first decision's health information spans lines 2 and 3, so the last line is 5.
    CHECK_THAT(problemsOn(again, 5), Contains("2020/0003") && Contains("already"));
    CHECK(again.problems.size() == 2);
    CHECK(office.count(QStringLiteral("decisions")) == 2);
}

TEST_CASE("Decision lines are checked against the catalogue the client and each other")
{
    Office office;
    const QString idA = norwegianId(QDate(1985, 3, 14));
    office.addClient(QStringLiteral("Ola"), QStringLiteral("Nordmann"), idA);
    const QString unknownClient = norwegianId(QDate(1999, 9, 9));
    const QString path = office.file(
        QStringLiteral("vedtak.csv"),
        utf8(QStringLiteral(
                 "reference,client_national_id,legal_basis,valid_from,evaluation_date,service_code,"
                 "own_hours,shared_hours\n"
                 "A-1,%1,hol-3-2-6b,2019-02-01,2024-02-01,praktisk_bistand,5,0\n"
                 "A-1,%1,hol-3-2-6a,2019-02-01,2024-02-01,dagtilbud,5,0\n"        // 3: other basis
                 "A-2,%2,hol-3-2-6b,2019-02-01,2024-02-01,praktisk_bistand,5,0\n" // 4: no client
                 "A-3,%1,hol-3-2-6b,2019-02-01,,praktisk_bistand,200,x\n"         // 5: hours, eval
                 "A-4,%1,hol-3-2-6b,2019-02-01,2024-02-01,sirkus,1,1\n" // 6: not a service
                 "A-5,%1,hol-3-2-6b,2019-02-01,2018-02-01,praktisk_bistand,1,1\n") // 7: dates
                 .arg(idA, unknownClient)));
    const QMap<QString, qint64> before = office.counts();
    const ImportReport report = require(importDecisions(*office.session, path, false));
    INFO(allProblems(report));
    CHECK(report.records == 5);
    CHECK(report.imported == 0);
    CHECK(problemsOn(report, 2).empty());
    CHECK_THAT(problemsOn(report, 3),
               Contains("legal_basis") && Contains("line 2") && Contains("A-1"));
    CHECK_THAT(problemsOn(report, 4),
               Contains("no client") && Contains("import the clients first"));
    CHECK_THAT(problemsOn(report, 5),
               Contains("own_hours") && Contains("shared_hours") && Contains("evaluated"));
    CHECK_THAT(problemsOn(report, 6), Contains("sirkus"));
    CHECK_THAT(problemsOn(report, 7), Contains("evaluation_date"));
    CHECK(office.counts() == before);
}

TEST_CASE("A write that fails half-way leaves nothing behind")
{
    Office office;
    const QString idA = norwegianId(QDate(1985, 3, 14));
    const QString idB = norwegianId(QDate(1990, 11, 2));
    office.addClient(QStringLiteral("Ola"), QStringLiteral("Nordmann"), idA);
    office.addClient(QStringLiteral("Åse"), QStringLiteral("Ås"), idB);

    SECTION("decisions")
    {
        // The database refuses the second decision, which the checks cannot foresee.
        office.exec(QStringLiteral("CREATE TRIGGER refuse_second BEFORE INSERT ON decisions "
                                   "WHEN NEW.reference = 'B-2' "
                                   "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END"));
        const QString path = office.file(
            QStringLiteral("vedtak.csv"),
            utf8(QStringLiteral(
                     "reference;client_national_id;legal_basis;valid_from;evaluation_date;"
                     "service_code;own_hours\n"
                     "B-1;%1;hol-3-2-6b;2019-02-01;2024-02-01;praktisk_bistand;5\n"
                     "B-1;%1;hol-3-2-6b;2019-02-01;2024-02-01;dagtilbud;5\n"
                     "B-2;%2;hol-3-2-6b;2019-02-01;2024-02-01;praktisk_bistand;5\n")
                     .arg(idA, idB)));
        const QMap<QString, qint64> before = office.counts();
        const ImportReport dry = require(importDecisions(*office.session, path, true));
        INFO(allProblems(dry));
        REQUIRE(dry.problems.isEmpty());

        const auto failed = importDecisions(*office.session, path, false);
        REQUIRE_FALSE(failed.ok());
        CHECK_THAT(failed.error().message.toStdString(),
                   Contains("nothing was imported") && Contains("Line 4"));
        CHECK(office.counts() == before);
        CHECK(office.count(QStringLiteral("decisions")) == 0);
        CHECK(office.count(QStringLiteral("decision_services")) == 0);

        // Without the trigger the same file goes in whole.
        office.exec(QStringLiteral("DROP TRIGGER refuse_second"));
        const ImportReport done = require(importDecisions(*office.session, path, false));
        CHECK(done.imported == 2);
        CHECK(office.count(QStringLiteral("decision_services")) == 3);
    }
    SECTION("clients")
    {
        office.exec(QStringLiteral("CREATE TRIGGER refuse_third BEFORE INSERT ON clients "
                                   "WHEN NEW.family_name = 'Tre' "
                                   "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END"));
        const QString path = office.file(
            QStringLiteral("clients.csv"),
            utf8(QStringLiteral("given_name;family_name;unit\nA;En;Ny bolig\nB;To;Ny bolig\n"
                                "C;Tre;Ny bolig\n")));
        const QMap<QString, qint64> before = office.counts();
        const auto failed = importClients(*office.session, path, false);
        REQUIRE_FALSE(failed.ok());
        CHECK_THAT(failed.error().message.toStdString(), Contains("Line 4"));
        CHECK(office.counts() == before);
        CHECK(office.count(QStringLiteral("units")) == 0);
    }
}

TEST_CASE("A Latin-1 clients file is decoded")
{
    Office office;
    // "Bjørn;Ærlig;Tromsø" in Windows-1252, as older care systems export.
    const QString path = office.file(QStringLiteral("latin1.csv"),
                                     QByteArray("fornavn;etternavn;poststed;bolig\r\n"
                                                "Bj\xF8rn;\xC6rlig;Troms\xF8;S\xE6tre\r\n"));
    const ImportReport report = require(importClients(*office.session, path, false));
    INFO(allProblems(report));
    REQUIRE(report.problems.isEmpty());
    CHECK(report.encoding == u"Windows-1252");
    auto found = ClientRepository(*office.session).search(QStringLiteral("Ærlig"));
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    auto client = ClientRepository(*office.session).get(found->at(0).id);
    REQUIRE(client.ok());
    CHECK(client->givenName == u"Bjørn");
    CHECK(client->city == u"Tromsø");
    CHECK(client->unitName == u"Sætre");
}

TEST_CASE("Importing needs a user who may change cases and a readable file")
{
    Office office;
    const QString path = office.file(QStringLiteral("c.csv"),
                                     utf8(QStringLiteral("given_name;family_name\nA;B\n")));
    REQUIRE(office.session->switchUser(QStringLiteral("lese")).ok());
    const auto refused = importClients(*office.session, path, true);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::PermissionDenied);

    REQUIRE(office.session->switchUser(QStringLiteral("kari")).ok());
    const auto unreadable
        = importClients(*office.session, office.scratch.path(QStringLiteral("none.csv")), true);
    REQUIRE_FALSE(unreadable.ok());
    CHECK(unreadable.error().code == Error::Code::Io);
    CHECK(require(importClients(*office.session, path, false)).imported == 1);
}

TEST_CASE("fremdrift-cli import reports bad lines on stderr and exits 1")
{
    QString dbPath;
    QString bad;
    QString good;
    Office office;
    dbPath = office.db->path();
    bad = office.file(QStringLiteral("bad.csv"),
                      utf8(QStringLiteral("given_name;family_name;national_id\n"
                                          "Ola;Nordmann;%1\n"
                                          "Per;Feil;12345678901\n")
                               .arg(norwegianId(QDate(1985, 3, 14)))));
    good = office.file(QStringLiteral("good.csv"),
                       utf8(QStringLiteral("given_name;family_name\nOla;Nordmann\n")));
    office.session.reset();
    office.db.reset();

    auto run = [&](const QStringList &arguments) {
        const auto result = test::runProcess(
            QStringLiteral(FREMDRIFT_CLI_PATH),
            QStringList{QStringLiteral("--db"), dbPath, QStringLiteral("--user"), QStringLiteral("kari")}
                + arguments);
        return std::tuple{result.exitCode, result.out, result.err};
    };

    const auto [badCode, badOut, badErr] = run(
        {QStringLiteral("import"), QStringLiteral("clients"), bad, QStringLiteral("--dry-run")});
    INFO(badErr.toStdString());
    CHECK(badCode == 1);
    CHECK_THAT(badErr.toStdString(), Contains("line 3"));
    CHECK_FALSE(badErr.contains(u"line 2"));
    const QJsonObject json = QJsonDocument::fromJson(badOut).object();
    CHECK(json.value(u"kind").toString() == u"clients");
    CHECK(json.value(u"dry_run").toBool());
    CHECK(json.value(u"records").toInt() == 2);
    CHECK(json.value(u"imported").toInt() == 0);
    REQUIRE(json.value(u"problems").toArray().size() == 1);
    CHECK(json.value(u"problems").toArray().at(0).toObject().value(u"line").toInt() == 3);

    const auto [goodCode, goodOut, goodErr]
        = run({QStringLiteral("import"), QStringLiteral("clients"), good});
    INFO(goodErr.toStdString());
    CHECK(goodCode == 0);
    CHECK(QJsonDocument::fromJson(goodOut).object().value(u"imported").toInt() == 1);

    const auto [wrongCode, wrongOut, wrongErr]
        = run({QStringLiteral("import"), QStringLiteral("contacts"), good});
    CHECK(wrongCode == 2);
    CHECK(wrongOut.isEmpty());
}

TEST_CASE("The sample files in tests/data/import import into a test database")
{
    Office office(true); // the samples use synthetic national IDs
    const QString dir = QStringLiteral(FREMDRIFT_TEST_DATA_DIR "/import/");
    const ImportReport errors = require(
        importClients(*office.session, dir + QStringLiteral("clients-with-errors.csv"), true));
    CHECK(problemsOn(errors, 2).empty());
    CHECK_THAT(problemsOn(errors, 3), Contains("control digits"));
    CHECK_THAT(problemsOn(errors, 4), Contains("line 2"));
    CHECK_THAT(problemsOn(errors, 5), Contains("spøkelse"));

    const ImportReport clients
        = require(importClients(*office.session, dir + QStringLiteral("clients.csv"), false));
    INFO(allProblems(clients));
    CHECK(clients.imported == 3);
    const ImportReport decisions
        = require(importDecisions(*office.session, dir + QStringLiteral("decisions.csv"), false));
    INFO(allProblems(decisions));
    CHECK(decisions.imported == 2);
    CHECK(office.count(QStringLiteral("decision_services")) == 3);
}
