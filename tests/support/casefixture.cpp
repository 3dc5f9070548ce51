#include "support/casefixture.h"

#include "repository/clientrepository.h"
#include "repository/decisionrepository.h"
#include "storage/sql.h"

#include <catch2/catch.hpp>

namespace fremdrift::test {

CaseFixture::CaseFixture(JurisdictionCode jurisdiction)
{
    Database::CreateOptions options;
    options.jurisdiction = jurisdiction;
    options.testData = true;
    options.administratorUsername = QStringLiteral("admin");
    options.administratorName = QStringLiteral("Ada Admin");
    auto created = Database::create(scratch.path(QStringLiteral("cases.sqlite")), options);
    REQUIRE(created.ok());
    db = std::move(created).value();
    for (const auto &[username, name, role] :
         {std::tuple{"kari", "Kari Caseworker", "caseworker"},
          std::tuple{"liv", "Liv Leader", "leader"},
          std::tuple{"rolf", "Rolf Reader", "readonly"}}) {
        REQUIRE(sql::run(db->connection(),
                         QStringLiteral("INSERT INTO staff_users(username, full_name, role) "
                                        "VALUES (?, ?, ?)"),
                         {QString::fromUtf8(username), QString::fromUtf8(name),
                          QString::fromUtf8(role)})
                    .ok());
    }
    auto started = Session::start(*db, QStringLiteral("kari"));
    REQUIRE(started.ok());
    session = std::move(started).value();
    session->setToday(QDate(2026, 3, 2));

    Client client;
    client.givenName = QStringLiteral("Åsmund");
    client.familyName = QStringLiteral("Ødegård");
    ClientRepository clients(*session);
    auto unit = clients.unitId(QStringLiteral("Lyngtunet bofellesskap"));
    REQUIRE(unit.ok());
    client.unitId = *unit;
    auto saved = clients.save(client);
    REQUIRE(saved.ok());
    clientId = saved->id;
}

void CaseFixture::actAs(const QString &username)
{
    REQUIRE(session->switchUser(username).ok());
}

Decision CaseFixture::completeDraft() const
{
    Decision decision;
    decision.clientId = clientId;
    decision.legalBasis = QStringLiteral("hol-3-2-6b");
    decision.services = {{0, QStringLiteral("praktisk_bistand"), 10, 5, QStringLiteral("Help in the home")}};
    if (session->profile().code != JurisdictionCode::Norway) {
        const ServiceType &service = session->profile().services.first();
        decision.legalBasis = service.legalBases.first();
        decision.services = {{0, service.code, 10, 5, QStringLiteral("Help in the home")}};
    }
    decision.validFrom = QDate(2026, 3, 1);
    decision.evaluationDate = QDate(2027, 3, 1);
    for (DecisionSection section : allDecisionSections())
        decision.setSection(section, QStringLiteral("Written: ") + sectionKey(section));
    return decision;
}

ActionInput sentOn(const QDate &date, SendMethod method, const QDate &received)
{
    ActionInput input;
    input.date = date;
    input.method = method;
    input.receivedOn = received;
    return input;
}

Decision CaseFixture::decisionIn(DecisionStatus target)
{
    actAs(QStringLiteral("kari"));
    auto draft = DecisionRepository(*session).saveDraft(completeDraft());
    REQUIRE(draft.ok());
    return advance(*draft, target);
}

Decision CaseFixture::advance(const Decision &decision, DecisionStatus target)
{
    CaseFixture &f = *this;
    DecisionRepository decisions(*f.session);
    Result<Decision> d = decision;
    const auto step = [&](DecisionAction action, const ActionInput &input, const char *user) {
        f.actAs(QString::fromLatin1(user));
        auto next = decisions.perform(d->id, d->version, action, input);
        INFO((next ? QString() : next.error().message).toStdString());
        REQUIRE(next.ok());
        d = next;
    };
    const QList<DecisionStatus> path = {DecisionStatus::Submitted, DecisionStatus::Approved,
                                        DecisionStatus::Sent, DecisionStatus::InForce,
                                        DecisionStatus::Ended};
    for (DecisionStatus status : path) {
        if (d->status == target)
            break;
        if (int(status) <= int(d->status))
            continue; // already past this status
        switch (status) {
        case DecisionStatus::Submitted:
            step(DecisionAction::Submit, {}, "kari");
            break;
        case DecisionStatus::Approved:
            step(DecisionAction::Approve, {}, "liv");
            break;
        case DecisionStatus::Sent:
            step(DecisionAction::Send,
                 sentOn(QDate(2026, 3, 2), SendMethod::Hand, QDate(2026, 3, 2)),
                 "kari");
            break;
        case DecisionStatus::InForce:
            f.session->setToday(d->inForceOn);
            step(DecisionAction::PutInForce, {}, "kari");
            break;
        case DecisionStatus::Ended: {
            ActionInput end;
            end.date = f.session->today();
            step(DecisionAction::End, end, "kari");
            break;
        }
        default:
            break;
        }
    }
    REQUIRE(d->status == target);
    f.actAs(QStringLiteral("kari"));
    return *d;
}

Meeting CaseFixture::followUpMeeting() const
{
    Meeting meeting;
    meeting.kind = MeetingKind::FollowUp;
    meeting.clientId = clientId;
    meeting.startsAt = QDateTime(QDate(2026, 3, 10), QTime(10, 0));
    meeting.endsAt = meeting.startsAt.addSecs(3600);
    meeting.location = QStringLiteral("Lyngtunet");
    MeetingParticipant kari;
    kari.name = QStringLiteral("Kari Caseworker");
    kari.role = QStringLiteral("caseworker");
    kari.staffUserId = session->user().id;
    kari.isCoordinator = true;
    meeting.participants = {kari};
    return meeting;
}

std::unique_ptr<Database> CaseFixture::openAgain() const
{
    auto again = Database::open(db->path());
    REQUIRE(again.ok());
    return std::move(again).value();
}

} // namespace fremdrift::test
