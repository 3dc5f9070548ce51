// Issue 6, "done means": two Fremdrift windows on one file, two processes and two users, work
// side by side for an afternoon without either losing a keystroke. Two fremdrift-afternoon
// processes (tests/tools/afternoon.cpp) drive the real editors (client, contact, meeting,
// review window) on the same records at once, each typing into fields only it edits and into
// fields both edit, merging when the other saved first and waiting while the other holds a lease.
#include "domain/meeting.h"
#include "repository/clientrepository.h"
#include "repository/meetingrepository.h"
#include "repository/planrepository.h"
#include "storage/audittrail.h"
#include "support/casefixture.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace fremdrift;
using fremdrift::test::CaseFixture;

namespace {

const QString AfternoonPath = QStringLiteral(FREMDRIFT_AFTERNOON_PATH);

// The records both people work on: the fixture's client, a guardian, a follow-up meeting and the
// review of the client's decision in a plan.
struct Office
{
    CaseFixture f;
    qint64 contactId = 0;
    qint64 meetingId = 0;
    qint64 reviewId = 0;

    Office()
    {
        const Decision decision = f.decisionIn(DecisionStatus::InForce);
        Contact guardian;
        guardian.clientId = f.clientId;
        guardian.relation = ContactRelation::Guardian;
        guardian.name = QStringLiteral("Grete Verge");
        contactId = ClientRepository(*f.session).saveContact(guardian)->id;

        auto savedMeeting = MeetingRepository(*f.session).save(f.followUpMeeting());
        REQUIRE(savedMeeting.ok());
        meetingId = savedMeeting->id;

        ReviewPlan plan;
        plan.title = QStringLiteral("Review of decisions at Lyngtunet");
        plan.startOn = QDate(2026, 4, 1);
        plan.deadline = QDate(2026, 6, 15);
        auto savedPlan = PlanRepository(*f.session).save(plan);
        REQUIRE(savedPlan.ok());
        auto added = PlanRepository(*f.session).addReviews(savedPlan->id, {decision.id});
        REQUIRE(added.ok());
        reviewId = added->first();
    }

    std::unique_ptr<QProcess>
    start(const QString &user, int rounds, int seed, const QStringList &extra = {}) const
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process->setProcessEnvironment(environment);
        const QStringList arguments = {
            QStringLiteral("--db"),
            f.db->path(),
            QStringLiteral("--user"),
            user,
            QStringLiteral("--rounds"),
            QString::number(rounds),
            QStringLiteral("--seed"),
            QString::number(seed),
            QStringLiteral("--client"),
            QString::number(f.clientId),
            QStringLiteral("--contact"),
            QString::number(contactId),
            QStringLiteral("--meeting"),
            QString::number(meetingId),
            QStringLiteral("--review"),
            QString::number(reviewId),
        };
        process->start(AfternoonPath, arguments + extra);
        REQUIRE(process->waitForStarted(10000));
        return process;
    }
};

QJsonObject finish(QProcess &process, int exitCode = 0)
{
    REQUIRE(process.waitForFinished(240000));
    const QByteArray out = process.readAllStandardOutput();
    INFO("stdout: " << out.toStdString());
    INFO("stderr: " << process.readAllStandardError().toStdString());
    CHECK(process.exitCode() == exitCode);
    const QJsonObject summary = QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
    REQUIRE_FALSE(summary.isEmpty());
    return summary;
}

} // namespace

TEST_CASE("Two people in two Fremdrift windows on one file lose nothing in an afternoon")
{
    Office office;
    const int rounds = 120;
    auto kariProcess = office.start(QStringLiteral("kari"), rounds, 7);
    auto livProcess = office.start(QStringLiteral("liv"), rounds, 11);
    const QJsonObject kari = finish(*kariProcess);
    const QJsonObject liv = finish(*livProcess);

    for (const QJsonObject &person : {kari, liv}) {
        INFO(QJsonDocument(person).toJson().toStdString());
        // Every value a save said it kept was in the record it stored; nothing failed.
        CHECK(person.value(QStringLiteral("lost")).toArray().isEmpty());
        CHECK(person.value(QStringLiteral("failed")).toArray().isEmpty());
        CHECK(person.value(QStringLiteral("saves")).toInt() > rounds / 4);
    }
    WARN("kari: " << QJsonDocument(kari).toJson(QJsonDocument::Compact).toStdString());
    WARN("liv: " << QJsonDocument(liv).toJson(QJsonDocument::Compact).toStdString());

    // What each typed last in the fields only they edit is what the file holds: the other's
    // saves and merges never took it back.
    const QJsonObject kariLast = kari.value(QStringLiteral("last")).toObject();
    const QJsonObject livLast = liv.value(QStringLiteral("last")).toObject();
    const Client client = *ClientRepository(*office.f.session).get(office.f.clientId);
    CHECK(client.phone == kariLast.value(u"client.phone").toString());
    CHECK(client.email == livLast.value(u"client.email").toString());
    const QList<Contact> contacts
        = *ClientRepository(*office.f.session).contacts(office.f.clientId);
    REQUIRE(contacts.size() == 1);
    const Contact &guardian = contacts.constFirst();
    CHECK(guardian.phone == kariLast.value(u"contact.phone").toString());
    CHECK(guardian.email == livLast.value(u"contact.email").toString());
    const Meeting meeting = *MeetingRepository(*office.f.session).get(office.meetingId);
    CHECK(meeting.agenda == kariLast.value(u"meeting.agenda").toString());
    CHECK(meeting.location == livLast.value(u"meeting.location").toString());
    const ReviewStep step = *PlanRepository(*office.f.session)
                                 .review(office.reviewId)
                                 ->step(QStringLiteral("pre_notice"));
    CHECK(step.notes == kariLast.value(u"review.notes").toString());
    if (livLast.contains(u"review.due_on"))
        CHECK(step.dueOn.toString(Qt::ISODate) == livLast.value(u"review.due_on").toString());

    // The file is sound and its audit chain whole.
    const Database::Check check = office.f.db->check();
    INFO(check.problems.join(u'\n').toStdString());
    CHECK(check.sound);
    auto chain = AuditTrail::verify(office.f.db->connection());
    REQUIRE(chain.ok());
    CHECK(chain->intact);
}

TEST_CASE("The afternoon reports typing dropped by a Reload after a conflict")
{
    // The negative control: Kari reloads instead of merging, so what she typed before each
    // conflict is gone, and the afternoon must say so.
    Office office;
    const int rounds = 120;
    auto kariProcess
        = office.start(QStringLiteral("kari"), rounds, 7, {QStringLiteral("--reload")});
    auto livProcess = office.start(QStringLiteral("liv"), rounds, 11);
    const QJsonObject kari = finish(*kariProcess, 1);
    finish(*livProcess);
    INFO(QJsonDocument(kari).toJson().toStdString());
    REQUIRE(kari.value(QStringLiteral("conflicts")).toInt() > 0);
    CHECK_FALSE(kari.value(QStringLiteral("lost")).toArray().isEmpty());
}
