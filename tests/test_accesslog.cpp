// Issue 6, audit: openings of a client's record are logged (once per user and client within
// AccessLog::RepeatMinutes), an administrator sees the log filtered and prints who has accessed
// a client's record; others are refused, in core and through the CLI.
#include "documents/accessreport.h"
#include "repository/clientrepository.h"
#include "storage/sql.h"
#include "support/casefixture.h"
#include "support/process.h"
#include "workflow/accesslog.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>

using namespace fremdrift;

namespace {

qint64 viewRows(const Database &db, qint64 clientId)
{
    auto count = sql::scalar(db.connection(),
                             QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'view' "
                                            "AND entity = 'client' AND client_id = ?"),
                             {clientId});
    REQUIRE(count.ok());
    return count->toLongLong();
}

qint64 addClient(Session &session, const QString &given, const QString &family)
{
    Client client;
    client.givenName = given;
    client.familyName = family;
    auto saved = ClientRepository(session).save(client);
    REQUIRE(saved.ok());
    return saved->id;
}

test::ProcessRun cli(const test::CaseFixture &f, const QStringList &arguments)
{
    return test::runProcess(QStringLiteral(FREMDRIFT_CLI_PATH),
                            QStringList{QStringLiteral("--db"), f.db->path()} + arguments);
}

} // namespace

TEST_CASE("An opening is logged once per user and client within the window")
{
    test::CaseFixture f;
    REQUIRE(AccessLog::logRecordOpened(*f.session, f.clientId).ok());
    REQUIRE(AccessLog::logRecordOpened(*f.session, f.clientId).ok());
    CHECK(viewRows(*f.db, f.clientId) == 1);
    f.actAs(QStringLiteral("liv"));
    REQUIRE(AccessLog::logRecordOpened(*f.session, f.clientId).ok());
    CHECK(viewRows(*f.db, f.clientId) == 2);
}

TEST_CASE("A read-only database logs no opening and is left unchanged")
{
    test::CaseFixture f;
    const QString path = f.db->path();
    f.session.reset();
    f.db.reset();
    const QByteArray before = test::readAll(path);
    {
        auto db = Database::open(path, Database::Access::ReadOnly);
        REQUIRE(db.ok());
        REQUIRE((*db)->isReadOnly());
        auto session = Session::start(**db, QStringLiteral("kari"));
        REQUIRE(session.ok());
        CHECK(AccessLog::logRecordOpened(**session, 1).ok());
        CHECK(viewRows(**db, 1) == 0);
    }
    CHECK(test::readAll(path) == before);
}

TEST_CASE("The audit search filters by user and client and date")
{
    test::CaseFixture f;
    const qint64 other = addClient(*f.session, QStringLiteral("Berit"), QStringLiteral("Aas"));
    REQUIRE(AccessLog::logRecordOpened(*f.session, f.clientId).ok());
    const qint64 kari = f.session->user().id;
    f.actAs(QStringLiteral("liv"));
    const qint64 liv = f.session->user().id;
    REQUIRE(AccessLog::logRecordOpened(*f.session, other).ok());
    f.actAs(QStringLiteral("admin"));

    AuditFilter byLiv;
    byLiv.userId = liv;
    auto livRows = AccessLog::search(*f.session, byLiv);
    REQUIRE(livRows.ok());
    REQUIRE(livRows->size() == 1);
    CHECK(livRows->constFirst().clientId == other);

    AuditFilter byClient;
    byClient.clientId = f.clientId;
    auto clientRows = AccessLog::search(*f.session, byClient);
    REQUIRE(clientRows.ok());
    CHECK(clientRows->size() >= 2); // created, opened
    for (const AuditRecord &record : std::as_const(*clientRows)) {
        CHECK(record.clientId == f.clientId);
        CHECK(record.userId == kari);
    }

    AuditFilter today;
    today.from = QDate::currentDate();
    today.to = QDate::currentDate();
    auto all = AccessLog::search(*f.session, AuditFilter{});
    auto todays = AccessLog::search(*f.session, today);
    REQUIRE(all.ok());
    REQUIRE(todays.ok());
    CHECK(todays->size() == all->size());
    AuditFilter before;
    before.to = QDate::currentDate().addDays(-1);
    AuditFilter after;
    after.from = QDate::currentDate().addDays(1);
    CHECK(AccessLog::search(*f.session, before)->isEmpty());
    CHECK(AccessLog::search(*f.session, after)->isEmpty());
    AuditFilter limited;
    limited.limit = 1;
    CHECK(AccessLog::search(*f.session, limited)->size() == 1);
}

TEST_CASE("The access report counts openings and changes per person")
{
    test::CaseFixture f;
    REQUIRE(AccessLog::logRecordOpened(*f.session, f.clientId).ok());
    auto client = ClientRepository(*f.session).get(f.clientId);
    REQUIRE(client.ok());
    client->phone = QStringLiteral("+47 912 34 567");
    REQUIRE(ClientRepository(*f.session).save(*client).ok());
    f.actAs(QStringLiteral("liv"));
    REQUIRE(AccessLog::logRecordOpened(*f.session, f.clientId).ok());
    f.actAs(QStringLiteral("admin"));

    auto report = AccessLog::accessReport(*f.session, f.clientId);
    REQUIRE(report.ok());
    CHECK(report->clientName == client->fullName());
    REQUIRE(report->people.size() == 2);
    const AccessReportPerson &kari = report->people.at(0);
    CHECK(kari.name == u"Kari Caseworker");
    CHECK(kari.username == u"kari");
    CHECK(kari.role == Role::Caseworker);
    CHECK(kari.openings == 1);
    CHECK(kari.changes == 2); // created, then the phone number
    CHECK(kari.hosts == QStringList{f.session->host()});
    CHECK(kari.firstAccess <= kari.lastAccess);
    const AccessReportPerson &liv = report->people.at(1);
    CHECK(liv.name == u"Liv Leader");
    CHECK(liv.role == Role::Leader);
    CHECK(liv.openings == 1);
    CHECK(liv.changes == 0);
    CHECK(report->firstAccess == kari.firstAccess);
    CHECK(report->lastAccess == liv.lastAccess);

    const QString html = AccessReportDocument::html(*report);
    CHECK(html.contains(client->fullName().toHtmlEscaped()));
    CHECK(html.contains(QStringLiteral("Liv Leader")));
}

TEST_CASE("A caseworker is refused the audit log in core")
{
    test::CaseFixture f; // acting as kari, a caseworker
    auto rows = AccessLog::search(*f.session, AuditFilter{});
    REQUIRE_FALSE(rows.ok());
    CHECK(rows.error().code == Error::Code::PermissionDenied);
    auto report = AccessLog::accessReport(*f.session, f.clientId);
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().code == Error::Code::PermissionDenied);
}

TEST_CASE("The CLI lists the audit log for an administrator and refuses a caseworker")
{
    test::CaseFixture f;
    REQUIRE(AccessLog::logRecordOpened(*f.session, f.clientId).ok());
    const QString id = QString::number(f.clientId);

    const test::ProcessRun log = cli(f, {QStringLiteral("--user"), QStringLiteral("admin"),
                                         QStringLiteral("audit"), QStringLiteral("log"),
                                         QStringLiteral("--staff"), QStringLiteral("kari"),
                                         QStringLiteral("--client"), id,
                                         QStringLiteral("--from"),
                                         QDate::currentDate().toString(Qt::ISODate)});
    INFO(log.err.toStdString());
    REQUIRE(log.exitCode == 0);
    const QJsonArray entries = log.json().value(u"entries").toArray();
    REQUIRE(entries.size() >= 2);
    CHECK(entries.at(0).toObject().value(u"action").toString() == u"view");
    CHECK(entries.at(0).toObject().value(u"user").toString() == u"Kari Caseworker");
    CHECK(entries.at(0).toObject().value(u"client_id").toInteger() == f.clientId);

    const test::ProcessRun refusedLog = cli(f, {QStringLiteral("--user"), QStringLiteral("kari"),
                                                QStringLiteral("audit"), QStringLiteral("log")});
    CHECK(refusedLog.exitCode == 1);
    CHECK(refusedLog.out.isEmpty());
    CHECK(refusedLog.err.contains(QStringLiteral("administrator")));
    const test::ProcessRun refusedReport = cli(f, {QStringLiteral("--user"), QStringLiteral("kari"),
                                                   QStringLiteral("audit"),
                                                   QStringLiteral("access-report"), id});
    CHECK(refusedReport.exitCode == 1);
    CHECK(refusedReport.out.isEmpty());
}

TEST_CASE("The access report PDF from the CLI names the client and the staff")
{
    test::CaseFixture f;
    REQUIRE(AccessLog::logRecordOpened(*f.session, f.clientId).ok());
    const QString pdf = f.scratch.path(QStringLiteral("access report.pdf"));
    const test::ProcessRun run = cli(f, {QStringLiteral("--user"), QStringLiteral("admin"),
                                         QStringLiteral("audit"), QStringLiteral("access-report"),
                                         QString::number(f.clientId), QStringLiteral("--pdf"),
                                         pdf});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject json = run.json();
    CHECK(json.value(u"pdf").toString() == pdf);
    const QJsonArray people = json.value(u"people").toArray();
    REQUIRE(people.size() == 1);
    CHECK(people.at(0).toObject().value(u"openings").toInt() == 1);
    CHECK(people.at(0).toObject().value(u"changes").toInt() == 1);
    REQUIRE(QFile(pdf).size() > 0);
    CHECK(test::readAll(pdf).startsWith("%PDF"));

    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    REQUIRE_FALSE(pdftotext.isEmpty());
    const test::ProcessRun text = test::runProcess(pdftotext, {pdf, QStringLiteral("-")});
    REQUIRE(text.exitCode == 0);
    const QString words = QString::fromUtf8(text.out);
    INFO(words.toStdString());
    CHECK(words.contains(QStringLiteral("Åsmund")));
    CHECK(words.contains(QStringLiteral("Ødegård")));
    CHECK(words.contains(QStringLiteral("Kari Caseworker")));
}
