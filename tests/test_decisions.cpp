#include "repository/decisionrepository.h"
#include "storage/audittrail.h"
#include "storage/sql.h"
#include "support/casefixture.h"
#include "workflow/decisionworkflow.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace fremdrift;
using fremdrift::test::CaseFixture;
using fremdrift::test::sentOn;

namespace {

bool hasProblem(const Error &error, const QString &field)
{
    for (const FieldProblem &problem : error.problems) {
        if (problem.field == field)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("Every move the state machine forbids is refused and changes nothing")
{
    const QList<DecisionStatus> statuses = {DecisionStatus::Draft, DecisionStatus::Submitted,
                                            DecisionStatus::Approved, DecisionStatus::Sent,
                                            DecisionStatus::InForce, DecisionStatus::Ended};
    // The one status each action may start from (ReturnToDraft: two).
    const auto allowedFrom = [](DecisionAction action, DecisionStatus status) {
        switch (action) {
        case DecisionAction::Submit:
            return status == DecisionStatus::Draft;
        case DecisionAction::Approve:
        case DecisionAction::Refuse:
            return status == DecisionStatus::Submitted;
        case DecisionAction::ReturnToDraft:
            return status == DecisionStatus::Submitted || status == DecisionStatus::Approved;
        case DecisionAction::Send:
            return status == DecisionStatus::Approved;
        case DecisionAction::PutInForce:
            return status == DecisionStatus::Sent;
        case DecisionAction::End:
            return status == DecisionStatus::InForce;
        }
        return false;
    };
    int refused = 0;
    for (DecisionStatus status : statuses) {
        CaseFixture f;
        const Decision d = f.decisionIn(status);
        DecisionRepository decisions(*f.session);
        for (DecisionAction action : allDecisionActions()) {
            if (allowedFrom(action, status))
                continue;
            f.actAs(QStringLiteral("liv")); // a leader may do most: refusal must come from state
            ActionInput input = sentOn(f.session->today(), SendMethod::Post);
            input.comment = QStringLiteral("because");
            auto result = decisions.perform(d.id, d.version, action, input);
            INFO(statusKey(status).toStdString() << " then " << actionKey(action).toStdString());
            REQUIRE_FALSE(result.ok());
            CHECK(hasProblem(result.error(), QStringLiteral("status")));
            auto unchanged = decisions.get(d.id);
            REQUIRE(unchanged.ok());
            CHECK(unchanged->status == status);
            CHECK(unchanged->version == d.version);
            ++refused;
        }
    }
    CHECK(refused == 6 * 7 - 8); // 8 of the 42 status-action pairs are allowed
}

TEST_CASE("Submitting says everything a decision still lacks")
{
    CaseFixture f;
    DecisionRepository decisions(*f.session);
    Decision bare;
    bare.clientId = f.clientId;
    auto draft = decisions.saveDraft(bare);
    REQUIRE(draft.ok());
    CHECK(draft->reference == u"2026/0001");

    auto submitted = decisions.perform(draft->id, draft->version, DecisionAction::Submit);
    REQUIRE_FALSE(submitted.ok());
    const Error &error = submitted.error();
    CHECK(error.code == Error::Code::InvalidInput);
    for (const char *field : {"legal_basis", "valid_from", "evaluation_date", "services",
                              "health_information", "municipality_assessment"})
        CHECK(hasProblem(error, QString::fromLatin1(field)));
    CHECK(error.message.contains(QStringLiteral("evaluated")));
    CHECK(decisions.get(draft->id)->status == DecisionStatus::Draft);
}

TEST_CASE("Only a leader approves and refusal sends the decision back with the comment")
{
    CaseFixture f;
    const Decision submitted = f.decisionIn(DecisionStatus::Submitted);
    DecisionRepository decisions(*f.session);

    auto byCaseworker = decisions.perform(submitted.id, submitted.version, DecisionAction::Approve);
    REQUIRE_FALSE(byCaseworker.ok());
    CHECK(hasProblem(byCaseworker.error(), QStringLiteral("user")));
    CHECK(byCaseworker.error().message.contains(QStringLiteral("Only a leader")));

    f.actAs(QStringLiteral("admin"));
    CHECK_FALSE(decisions.perform(submitted.id, submitted.version, DecisionAction::Approve).ok());

    f.actAs(QStringLiteral("liv"));
    auto withoutComment = decisions.perform(submitted.id, submitted.version, DecisionAction::Refuse);
    REQUIRE_FALSE(withoutComment.ok());
    CHECK(hasProblem(withoutComment.error(), QStringLiteral("comment")));

    ActionInput input;
    input.comment = QStringLiteral("The hours of shared time are not explained.");
    auto refused = decisions.perform(submitted.id, submitted.version, DecisionAction::Refuse, input);
    REQUIRE(refused.ok());
    CHECK(refused->status == DecisionStatus::Draft);
    CHECK(refused->refusalComment == input.comment);
}

TEST_CASE("A read-only user cannot write a decision")
{
    CaseFixture f;
    f.actAs(QStringLiteral("rolf"));
    DecisionRepository decisions(*f.session);
    auto draft = decisions.saveDraft(f.completeDraft());
    REQUIRE_FALSE(draft.ok());
    CHECK(draft.error().code == Error::Code::PermissionDenied);
    CHECK(decisions.list({})->isEmpty());
}

TEST_CASE("An approved decision is edited only after going back to draft and that is recorded")
{
    CaseFixture f;
    const Decision approved = f.decisionIn(DecisionStatus::Approved);
    DecisionRepository decisions(*f.session);
    Decision edited = approved;
    edited.municipalityAssessment = QStringLiteral("Changed after approval");
    auto refused = decisions.saveDraft(edited);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("back to draft")));

    ActionInput reason;
    reason.comment = QStringLiteral("The client asked for more shared time.");
    auto draft = decisions.perform(approved.id, approved.version, DecisionAction::ReturnToDraft, reason);
    REQUIRE(draft.ok());
    CHECK(draft->status == DecisionStatus::Draft);
    CHECK_FALSE(draft->approvedBy.has_value());
    edited.version = draft->version;
    edited.status = DecisionStatus::Draft;
    REQUIRE(decisions.saveDraft(edited).ok());

    auto history = AuditTrail::forClient(f.db->connection(), f.clientId);
    REQUIRE(history.ok());
    bool recorded = false;
    for (const AuditRecord &record : std::as_const(*history)) {
        if (record.action == u"return_to_draft")
            recorded = record.detail.value(u"comment").toString() == reason.comment;
    }
    CHECK(recorded);
}

TEST_CASE("Sending computes the received date and complaint deadline from the country's rules")
{
    CaseFixture f;
    const Decision approved = f.decisionIn(DecisionStatus::Approved);
    DecisionRepository decisions(*f.session);
    f.session->setToday(QDate(2026, 3, 12));

    // Received given: Thursday 12 March + 3 weeks = 2 April, Maundy Thursday; Good Friday,
    // Easter and Easter Monday follow, so the deadline is Tuesday 7 April 2026.
    auto sent = decisions.perform(approved.id, approved.version, DecisionAction::Send,
                                  sentOn(QDate(2026, 3, 10), SendMethod::Post, QDate(2026, 3, 12)));
    REQUIRE(sent.ok());
    CHECK(sent->status == DecisionStatus::Sent);
    CHECK_FALSE(sent->receivedAssumed);
    CHECK(sent->complaintDeadline == QDate(2026, 4, 7));
    CHECK(sent->inForceOn == QDate(2026, 4, 8));

    // Put in force: not on the deadline itself, only after it.
    f.session->setToday(QDate(2026, 4, 7));
    auto early = decisions.perform(sent->id, sent->version, DecisionAction::PutInForce);
    REQUIRE_FALSE(early.ok());
    CHECK(hasProblem(early.error(), QStringLiteral("complaint_deadline")));
    f.session->setToday(QDate(2026, 4, 8));
    auto inForce = decisions.perform(sent->id, sent->version, DecisionAction::PutInForce);
    REQUIRE(inForce.ok());
    CHECK(inForce->status == DecisionStatus::InForce);
}

TEST_CASE("An unknown received date is assumed from the delivery rule")
{
    CaseFixture f;
    const Decision approved = f.decisionIn(DecisionStatus::Approved);
    DecisionRepository decisions(*f.session);
    // Post in Norway: five working days. Sent Friday 27 Feb 2026 → received Friday 6 March.
    auto sent = decisions.perform(approved.id, approved.version, DecisionAction::Send,
                                  sentOn(QDate(2026, 2, 27), SendMethod::Post));
    REQUIRE(sent.ok());
    CHECK(sent->receivedAssumed);
    CHECK(sent->receivedOn == QDate(2026, 3, 6));
    CHECK(sent->receivedOn == f.session->calendar().assumedReceipt(QDate(2026, 2, 27), SendMethod::Post));
    CHECK(sent->complaintDeadline == QDate(2026, 3, 27));

    auto future = f.decisionIn(DecisionStatus::Approved);
    auto tooEarly = decisions.perform(future.id, future.version, DecisionAction::Send,
                                      sentOn(f.session->today().addDays(1), SendMethod::Post));
    REQUIRE_FALSE(tooEarly.ok());
    CHECK(hasProblem(tooEarly.error(), QStringLiteral("sent_on")));
}

TEST_CASE("A decision in force replaces the one it was written to replace")
{
    CaseFixture f;
    const Decision old = f.decisionIn(DecisionStatus::InForce);
    DecisionRepository decisions(*f.session);
    Decision successor = f.completeDraft();
    successor.replacesDecisionId = old.id;
    successor.services = {{0, QStringLiteral("praktisk_bistand"), 12, 3, QString()},
                          {0, QStringLiteral("stottekontakt"), 2, 0, QString()}};
    auto draft = decisions.saveDraft(successor);
    REQUIRE(draft.ok());
    auto previous = decisions.previous(*draft);
    REQUIRE(previous.ok());
    REQUIRE(previous->has_value());
    const QList<ServiceChange> changes = compareServices((*previous)->services, draft->services);
    REQUIRE(changes.size() == 2);
    CHECK(changes[0].ownChange() == Approx(2));
    CHECK(changes[0].sharedChange() == Approx(-2));
    CHECK(changes[1].isNew);

    Decision current = *draft;
    for (DecisionAction action : {DecisionAction::Submit, DecisionAction::Approve}) {
        f.actAs(action == DecisionAction::Approve ? QStringLiteral("liv") : QStringLiteral("kari"));
        auto next = decisions.perform(current.id, current.version, action);
        REQUIRE(next.ok());
        current = *next;
    }
    auto sent = decisions.perform(current.id, current.version, DecisionAction::Send,
                                  sentOn(f.session->today(), SendMethod::Hand, f.session->today()));
    REQUIRE(sent.ok());
    f.session->setToday(sent->inForceOn);
    REQUIRE(decisions.perform(sent->id, sent->version, DecisionAction::PutInForce).ok());
    CHECK(decisions.get(old.id)->status == DecisionStatus::Replaced);
}

TEST_CASE("Hours outside 0 to 168 a week are refused at the service that has them")
{
    CaseFixture f;
    DecisionRepository decisions(*f.session);
    Decision d = f.completeDraft();
    d.services = {{0, QStringLiteral("praktisk_bistand"), 200, 0, QString()},
                  {0, QStringLiteral("praktisk_bistand"), 100, 100, QString()},
                  {0, QStringLiteral("no_such_service"), 1, 1, QString()}};
    auto saved = decisions.saveDraft(d);
    REQUIRE_FALSE(saved.ok());
    CHECK(hasProblem(saved.error(), QStringLiteral("services[0].own_hours")));
    CHECK(hasProblem(saved.error(), QStringLiteral("services[1].shared_hours")));
    CHECK(hasProblem(saved.error(), QStringLiteral("services[2].service_code")));
    CHECK(decisions.list({})->isEmpty());
}

TEST_CASE("Two sessions save the same decision and the second is told who saved first")
{
    CaseFixture f;
    DecisionRepository mine(*f.session);
    auto draft = mine.saveDraft(f.completeDraft());
    REQUIRE(draft.ok());

    // Liv, on another PC, opens the same draft and saves first.
    auto otherDb = f.openAgain();
    auto otherSession = Session::start(*otherDb, QStringLiteral("liv"));
    REQUIRE(otherSession.ok());
    DecisionRepository theirs(**otherSession);
    Decision theirCopy = *theirs.get(draft->id);
    theirCopy.userParticipation = QStringLiteral("Liv's wording");
    REQUIRE(theirs.saveDraft(theirCopy).ok());

    Decision myCopy = *draft;
    myCopy.userParticipation = QStringLiteral("Kari's wording");
    auto conflict = mine.saveDraft(myCopy);
    REQUIRE_FALSE(conflict.ok());
    CHECK(conflict.error().code == Error::Code::Conflict);
    CHECK(conflict.error().message.contains(QStringLiteral("Liv Leader")));
    CHECK(mine.get(draft->id)->userParticipation == u"Liv's wording");

    // An action on a stale version is refused the same way.
    auto stale = mine.perform(draft->id, draft->version, DecisionAction::Submit);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == Error::Code::Conflict);
}

TEST_CASE("Every change is audited in a chain that detects tampering")
{
    CaseFixture f;
    f.decisionIn(DecisionStatus::Sent);
    auto history = AuditTrail::forClient(f.db->connection(), f.clientId);
    REQUIRE(history.ok());
    QStringList actions;
    for (const AuditRecord &record : std::as_const(*history))
        actions.prepend(record.action);
    CHECK(actions == QStringList{QStringLiteral("create"), QStringLiteral("create"),
                                 QStringLiteral("submit"), QStringLiteral("approve"),
                                 QStringLiteral("send")});
    // The submit row says old → new for the status, and who did it.
    const AuditRecord &submit = history->at(2);
    CHECK(submit.detail.value(u"status").toArray() == QJsonArray{QStringLiteral("draft"), QStringLiteral("submitted")});
    CHECK(submit.userName == u"Kari Caseworker");

    auto chain = AuditTrail::verify(f.db->connection());
    REQUIRE(chain.ok());
    CHECK(chain->intact);
    CHECK(chain->rows >= 6);

    // Someone with the sqlite3 shell drops the trigger and edits a row: the chain shows it.
    const QString path = f.db->path();
    f.session.reset();
    f.db.reset();
    test::withRawConnection(path, [](QSqlDatabase &raw) {
        test::rawExec(raw, QStringLiteral("DROP TRIGGER audit_log_no_update"));
        test::rawExec(raw, QStringLiteral("UPDATE audit_log SET user_name = 'Nobody' WHERE id = 3"));
    });
    auto reopened = Database::open(path);
    REQUIRE(reopened.ok());
    auto broken = AuditTrail::verify((*reopened)->connection());
    REQUIRE(broken.ok());
    CHECK_FALSE(broken->intact);
    CHECK(broken->firstBrokenId == 3);
    const Database::Check check = (*reopened)->check();
    CHECK_FALSE(check.sound);
    CHECK(check.problems.join(u' ').contains(QStringLiteral("audit log")));
}

TEST_CASE("The decisions list filters by status client and evaluation due")
{
    CaseFixture f;
    f.decisionIn(DecisionStatus::Approved);
    DecisionRepository decisions(*f.session);
    Decision soon = f.completeDraft();
    soon.evaluationDate = f.session->today().addDays(10);
    REQUIRE(decisions.saveDraft(soon).ok());

    DecisionFilter drafts;
    drafts.status = DecisionStatus::Draft;
    CHECK(decisions.list(drafts)->size() == 1);
    DecisionFilter approved;
    approved.status = DecisionStatus::Approved;
    CHECK(decisions.list(approved)->size() == 1);
    DecisionFilter due;
    due.evaluationWithinWeeks = 4; // the draft is not yet a decision that applies
    CHECK(decisions.list(due)->isEmpty());
    due.evaluationWithinWeeks = 60;
    CHECK(decisions.list(due)->size() == 1);
    DecisionFilter byClient;
    byClient.clientId = f.clientId;
    const auto all = decisions.list(byClient);
    REQUIRE(all->size() == 2);
    CHECK(all->first().ownHours == Approx(10));
    CHECK(all->first().sharedHours == Approx(5));
}
