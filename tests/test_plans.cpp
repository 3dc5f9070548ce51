// The progress plan rules: steps and due dates from the jurisdiction, the split between
// caseworkers, step order and each step's form, lateness, and a whole review run through.
#include "repository/decisionrepository.h"
#include "repository/clientrepository.h"
#include "repository/meetingrepository.h"
#include "repository/overviewqueries.h"
#include "repository/planrepository.h"
#include "storage/audittrail.h"
#include "storage/sql.h"
#include "support/casefixture.h"
#include "workflow/reviewworkflow.h"
#include "workflow/stepforms.h"

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

QStringList fields(const Error &error)
{
    QStringList list;
    for (const FieldProblem &problem : error.problems)
        list << problem.field;
    return list;
}

ReviewPlan planFrom(const QDate &start, const QDate &deadline)
{
    ReviewPlan plan;
    plan.title = QStringLiteral("Review of decisions at Lyngtunet");
    plan.startOn = start;
    plan.deadline = deadline;
    return plan;
}

// A plan with one review of the fixture client's decision in force.
struct PlanFixture
{
    explicit PlanFixture(JurisdictionCode code = JurisdictionCode::Norway) : f(code)
    {
        decision = f.decisionIn(DecisionStatus::InForce);
        f.session->setToday(QDate(2026, 4, 1));
        auto saved = plans().save(planFrom(QDate(2026, 4, 1), QDate(2026, 6, 15)));
        REQUIRE(saved.ok());
        plan = *saved;
        auto added = plans().addReviews(plan.id, {decision.id});
        REQUIRE(added.ok());
        reviewId = added->first();
    }

    PlanRepository plans() const { return PlanRepository(*f.session); }
    Review review() const
    {
        auto r = plans().review(reviewId);
        REQUIRE(r.ok());
        return *r;
    }
    ReviewStep step(const QString &id) const { return *review().step(id); }

    // Completes `id` with `form` on the session's today; the error when refused.
    Result<Review> complete(const QString &id, const QJsonObject &form)
    {
        ReviewStep s = step(id);
        s.form = form;
        return plans().completeStep(s, f.session->today());
    }

    void mustComplete(const QString &id, const QJsonObject &form)
    {
        auto done = complete(id, form);
        INFO(id.toStdString() << ": " << (done ? QString() : done.error().message).toStdString());
        REQUIRE(done.ok());
        REQUIRE(done->step(id)->isDone());
    }

    CaseFixture f;
    Decision decision;
    ReviewPlan plan;
    qint64 reviewId = 0;
};

QJsonObject preNoticeForm(const QDate &sentOn)
{
    return {{QStringLiteral("sent_on"), sentOn.toString(Qt::ISODate)},
            {QStringLiteral("method"), QStringLiteral("post")},
            {QStringLiteral("recipients"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Åsmund Ødegård")},
                                    {QStringLiteral("role"), QStringLiteral("client")}}}}};
}

Meeting evaluationMeeting(const PlanFixture &p, const QDateTime &at)
{
    Meeting m;
    m.kind = MeetingKind::Evaluation;
    m.clientId = p.f.clientId;
    m.reviewId = p.reviewId;
    m.startsAt = at;
    m.endsAt = at.addSecs(3600);
    m.location = QStringLiteral("Lyngtunet, meeting room");
    m.agreedHow = QStringLiteral("phone");
    MeetingParticipant client;
    client.name = QStringLiteral("Åsmund Ødegård");
    client.role = QStringLiteral("client");
    MeetingParticipant caseworker;
    caseworker.name = QStringLiteral("Kari Caseworker");
    caseworker.role = QStringLiteral("caseworker");
    m.participants = {client, caseworker};
    return m;
}

QJsonObject investigationForm(const JurisdictionProfile &profile, const QDate &on)
{
    QJsonObject areas;
    for (const QString &area : lifeAreaIds())
        areas.insert(area, QString(QStringLiteral("Needs in ") + area));
    QJsonObject investigation{{QStringLiteral("consent_competence"), QStringLiteral("partial")},
                              {QStringLiteral("user_participation"), QStringLiteral("Took part")},
                              {QStringLiteral("relatives_participation"), QStringLiteral("Sister")},
                              {QStringLiteral("own_needs_wishes_goals"), QStringLiteral("Own flat")},
                              {QStringLiteral("gp"), QStringLiteral("Dr. Berg")},
                              {QStringLiteral("nearest_relative"), QStringLiteral("Sister")},
                              {QStringLiteral("individual_plan"), QStringLiteral("needed")},
                              {QStringLiteral("life_areas"), areas}};
    QJsonObject scores;
    for (const AssessmentItem &item : profile.assessment.items)
        scores.insert(item.id, profile.assessment.scaleMin + 1);
    return {{QStringLiteral("investigation"), investigation},
            {QStringLiteral("assessment"),
             QJsonObject{{QStringLiteral("tool"), profile.assessment.id},
                         {QStringLiteral("assessed_on"), on.toString(Qt::ISODate)},
                         {QStringLiteral("scores"), scores}}}};
}

QJsonObject medicalForm(const QDate &sent, const QDate &answered)
{
    return {{QStringLiteral("requests"),
             QJsonArray{QJsonObject{{QStringLiteral("to"), QStringLiteral("gp")},
                                    {QStringLiteral("name"), QStringLiteral("Dr. Berg")},
                                    {QStringLiteral("asked"), QStringLiteral("Diagnoses")},
                                    {QStringLiteral("sent_on"), sent.toString(Qt::ISODate)},
                                    {QStringLiteral("answered_on"), answered.toString(Qt::ISODate)},
                                    {QStringLiteral("summary"), QStringLiteral("Epilepsy, stable")}}}}};
}

QJsonObject finishedForm(const QDate &on)
{
    const QString day = on.toString(Qt::ISODate);
    return {{QStringLiteral("estimates"),
             QJsonArray{QJsonObject{{QStringLiteral("service_code"), QStringLiteral("praktisk_bistand")},
                                    {QStringLiteral("own_hours"), 12},
                                    {QStringLiteral("shared_hours"), 6}}}},
            {QStringLiteral("recommendation"), QStringLiteral("More help in the mornings")},
            {QStringLiteral("discussed"),
             QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("unit_leader")},
                                    {QStringLiteral("name"), QStringLiteral("Liv Leader")},
                                    {QStringLiteral("on"), day}},
                        QJsonObject{{QStringLiteral("role"), QStringLiteral("department_leader")},
                                    {QStringLiteral("name"), QStringLiteral("Dag Dept")},
                                    {QStringLiteral("on"), day}}}},
            {QStringLiteral("primary_contact_informed_on"), day},
            {QStringLiteral("action_plan_updated_on"), day}};
}

QJsonObject inForceForm(const QDate &on)
{
    const QString day = on.toString(Qt::ISODate);
    return {{QStringLiteral("department_leader_informed_on"), day},
            {QStringLiteral("primary_contact_informed_on"), day},
            {QStringLiteral("action_plan_updated_on"), day},
            {QStringLiteral("care_record_updated_on"), day}};
}

} // namespace

TEST_CASE("A new review gets the jurisdiction's steps with due dates counted from the plan")
{
    PlanFixture p;
    const Review review = p.review();
    const WorkingDayCalendar &calendar = p.f.session->calendar();
    REQUIRE(review.steps.size() == 7); // the eighth step, staffing, is the plan's own
    CHECK(review.steps.first().stepId == u"pre_notice");
    CHECK(review.steps.last().stepId == u"in_force");
    CHECK(review.step(QStringLiteral("pre_notice"))->dueOn
          == calendar.nextWorkingDay(QDate(2026, 4, 8)));
    CHECK(review.step(QStringLiteral("meeting_held"))->dueOn
          == calendar.nextWorkingDay(QDate(2026, 5, 6)));
    // Medical information counts from the meeting, expected when meeting_held is due.
    CHECK(review.step(QStringLiteral("medical_information"))->dueOn
          == calendar.nextWorkingDay(QDate(2026, 5, 20)));
    CHECK(review.step(QStringLiteral("decision_sent"))->dueOn
          == calendar.nextWorkingDay(QDate(2026, 6, 15)));
    for (const ReviewStep &step : review.steps) {
        CHECK(calendar.isWorkingDay(step.dueOn));
        CHECK_FALSE(step.isDone());
    }
    auto plan = p.plans().get(p.plan.id);
    REQUIRE(plan.ok());
    // Staffing is reviewed when the decisions are in force, so it is due after them.
    CHECK(plan->staffingDueOn > review.step(QStringLiteral("in_force"))->dueOn);
}

TEST_CASE("Denmark plans the follow-up meeting eight weeks ahead and asks the supplier first")
{
    PlanFixture p(JurisdictionCode::Denmark);
    const Review review = p.review();
    REQUIRE(review.steps.size() == 9);
    CHECK(review.steps.first().stepId == u"meeting_planning");
    const ReviewStep *status = review.step(QStringLiteral("supplier_status"));
    REQUIRE(status);
    CHECK(status->responsibleRole == u"supplier");
    // Agreeing the meeting moves the steps counted from it.
    p.f.session->setToday(QDate(2026, 4, 1));
    MeetingRepository meetings(*p.f.session);
    auto meeting = meetings.save(evaluationMeeting(p, QDateTime(QDate(2026, 6, 10), QTime(10, 0))));
    REQUIRE(meeting.ok());
    auto linked = p.plans().linkMeeting(p.reviewId, meeting->id);
    REQUIRE(linked.ok());
    CHECK(linked->step(QStringLiteral("supplier_status"))->dueOn
          == p.f.session->calendar().nextWorkingDay(QDate(2026, 5, 27)));
}

TEST_CASE("Reviews are shared between the plan's caseworkers as the seed does")
{
    CaseFixture f;
    REQUIRE(sql::run(f.db->connection(),
                     QStringLiteral("INSERT INTO staff_users(username, full_name, role) "
                                    "VALUES ('per', 'Per Caseworker', 'caseworker')"))
                .ok());
    ClientRepository clients(*f.session);
    DecisionRepository decisions(*f.session);
    QList<qint64> decisionIds;
    for (int i = 0; i < 7; ++i) {
        Client client;
        client.givenName = QStringLiteral("Person");
        client.familyName = QStringLiteral("Number %1").arg(i);
        auto saved = clients.save(client);
        REQUIRE(saved.ok());
        Decision draft = f.completeDraft();
        draft.clientId = saved->id;
        auto d = decisions.saveDraft(draft);
        REQUIRE(d.ok());
        decisionIds << f.advance(*d, DecisionStatus::Approved).id;
    }
    auto users = f.session->users();
    REQUIRE(users.ok());
    ReviewPlan plan = planFrom(QDate(2026, 3, 2), QDate(2026, 5, 1));
    for (const StaffUser &user : *users) {
        if (user.username == u"kari" || user.username == u"per")
            plan.caseworkers.append({user.id, {}, 0});
    }
    PlanRepository plans(*f.session);
    auto saved = plans.save(plan);
    REQUIRE(saved.ok());
    REQUIRE(plans.addReviews(saved->id, decisionIds).ok());
    auto stored = plans.get(saved->id);
    REQUIRE(stored.ok());
    REQUIRE(stored->caseworkers.size() == 2);
    QList<int> counts = {stored->caseworkers.at(0).reviewCount,
                         stored->caseworkers.at(1).reviewCount};
    std::sort(counts.begin(), counts.end());
    CHECK(counts == QList<int>{3, 4});
    // The same decision is never reviewed twice at once.
    auto again = plans.addReviews(saved->id, {decisionIds.first()});
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == Error::Code::InvalidInput);
}

TEST_CASE("Decisions to review are picked by unit or by evaluation date")
{
    PlanFixture p;
    ClientRepository clients(*p.f.session);
    auto units = clients.units();
    REQUIRE(units.ok());
    const qint64 unit = units->first().id;
    // The fixture's decision is already in the plan: a second one for the same client.
    Decision draft = p.f.completeDraft();
    draft.evaluationDate = QDate(2026, 9, 1);
    auto other = DecisionRepository(*p.f.session).saveDraft(draft);
    REQUIRE(other.ok());
    p.f.advance(*other, DecisionStatus::Approved);

    ReviewPick byUnit;
    byUnit.unitIds = {unit};
    auto picked = p.plans().candidates(byUnit);
    REQUIRE(picked.ok());
    REQUIRE(picked->size() == 1);
    CHECK(picked->first().id == other->id);

    ReviewPick byDate;
    byDate.evaluationBefore = QDate(2026, 8, 1);
    auto none = p.plans().candidates(byDate);
    REQUIRE(none.ok());
    CHECK(none->isEmpty());
    byDate.evaluationBefore = QDate(2026, 9, 2);
    auto one = p.plans().candidates(byDate);
    REQUIRE(one.ok());
    CHECK(one->size() == 1);
}

TEST_CASE("A step cannot be completed before the one before it or without its form")
{
    PlanFixture p;
    auto early = p.complete(QStringLiteral("meeting_agreed"), {});
    REQUIRE_FALSE(early.ok());
    CHECK(hasProblem(early.error(), QStringLiteral("step_order")));

    auto empty = p.complete(QStringLiteral("pre_notice"), {});
    REQUIRE_FALSE(empty.ok());
    CHECK(fields(empty.error()).contains(QStringLiteral("sent_on")));
    CHECK(fields(empty.error()).contains(QStringLiteral("recipients")));
    CHECK_FALSE(p.step(QStringLiteral("pre_notice")).isDone());

    // Sent after the day it is recorded as done: refused.
    auto later = p.complete(QStringLiteral("pre_notice"),
                            preNoticeForm(p.f.session->today().addDays(1)));
    REQUIRE_FALSE(later.ok());
    CHECK(hasProblem(later.error(), QStringLiteral("sent_on")));

    ReviewStep future = p.step(QStringLiteral("pre_notice"));
    future.form = preNoticeForm(p.f.session->today());
    auto tomorrow = p.plans().completeStep(future, p.f.session->today().addDays(1));
    REQUIRE_FALSE(tomorrow.ok());
    CHECK(hasProblem(tomorrow.error(), QStringLiteral("done_on")));

    p.mustComplete(QStringLiteral("pre_notice"), preNoticeForm(p.f.session->today()));
    const ReviewStep done = p.step(QStringLiteral("pre_notice"));
    CHECK(done.doneBy == p.f.session->user().id);
    CHECK(done.form.value(u"recipients").toArray().size() == 1);
    // A done step is not changed by saving; it is reopened, with a reason, first.
    auto changed = p.plans().saveStep(done);
    CHECK_FALSE(changed.ok());
    auto noReason = p.plans().reopenStep(done.id, done.version, {});
    REQUIRE_FALSE(noReason.ok());
    CHECK(hasProblem(noReason.error(), QStringLiteral("reason")));
    auto reopened = p.plans().reopenStep(done.id, done.version, QStringLiteral("Wrong address"));
    REQUIRE(reopened.ok());
    CHECK_FALSE(reopened->step(QStringLiteral("pre_notice"))->isDone());
}

TEST_CASE("A step not done after its due date is late and counted in the plan")
{
    PlanFixture p;
    const ReviewStep preNotice = p.step(QStringLiteral("pre_notice"));
    CHECK_FALSE(preNotice.isLate(preNotice.dueOn));
    CHECK(preNotice.isLate(preNotice.dueOn.addDays(1)));
    p.f.session->setToday(preNotice.dueOn.addDays(1));
    auto list = p.plans().list();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    CHECK(list->first().lateCount == 1);
    CHECK(list->first().reviewCount == 1);
    CHECK(list->first().stepCount == 7);

    OverviewOptions options;
    options.caseworkerId = p.f.session->user().id;
    auto overview = OverviewQueries(*p.f.session).load(options);
    REQUIRE(overview.ok());
    REQUIRE(overview->late.size() == 1);
    CHECK(overview->late.first().stepKey == u"pre_notice");
    // Someone else's steps are not mine.
    options.caseworkerId = p.f.session->user().id + 100;
    auto others = OverviewQueries(*p.f.session).load(options);
    REQUIRE(others.ok());
    CHECK(others->late.isEmpty());
}

TEST_CASE("A review runs from pre-notice to the decision in force and staffing closes the plan")
{
    PlanFixture p;
    Session &session = *p.f.session;
    p.mustComplete(QStringLiteral("pre_notice"), preNoticeForm(session.today()));

    // Step 2: the meeting must exist, with place, people and how it was agreed.
    auto noMeeting = p.complete(QStringLiteral("meeting_agreed"), {});
    REQUIRE_FALSE(noMeeting.ok());
    CHECK(hasProblem(noMeeting.error(), QStringLiteral("meeting_id")));
    MeetingRepository meetings(session);
    auto meeting = meetings.save(evaluationMeeting(p, QDateTime(QDate(2026, 4, 20), QTime(10, 0))));
    REQUIRE(meeting.ok());
    REQUIRE(p.plans().linkMeeting(p.reviewId, meeting->id).ok());
    p.mustComplete(QStringLiteral("meeting_agreed"), p.step(QStringLiteral("meeting_agreed")).form);

    // Step 3: held, minutes, minute-taker, and the whole investigation with the IPLOS scores.
    session.setToday(QDate(2026, 4, 20));
    auto notHeld = p.complete(QStringLiteral("meeting_held"), {});
    REQUIRE_FALSE(notHeld.ok());
    for (const char *field : {"meeting.held", "meeting.minutes", "meeting.minute_taker",
                              "investigation.gp", "investigation.life_areas.housing",
                              "assessment.scores"})
        CHECK(fields(notHeld.error()).contains(QString::fromLatin1(field)));
    Meeting held = *meetings.get(meeting->id);
    held.held = true;
    held.minutes = QStringLiteral("We talked about the mornings.");
    held.participants[0].attended = true;
    held.participants[1].attended = true;
    held.participants[1].isMinuteTaker = true;
    REQUIRE(meetings.save(held).ok());
    p.mustComplete(QStringLiteral("meeting_held"), investigationForm(session.profile(), session.today()));
    auto filed = sql::scalar(p.f.db->connection(),
                             QStringLiteral("SELECT count(*) FROM assessments WHERE client_id = ?"),
                             {p.f.clientId});
    REQUIRE(filed.ok());
    CHECK(filed->toInt() == 1);

    // Step 4: every request answered.
    session.setToday(QDate(2026, 5, 4));
    QJsonObject unanswered = medicalForm(QDate(2026, 4, 21), QDate(2026, 4, 30));
    QJsonArray requests = unanswered.value(u"requests").toArray();
    QJsonObject request = requests.at(0).toObject();
    request.remove(QStringLiteral("answered_on"));
    requests[0] = request;
    unanswered[QStringLiteral("requests")] = requests;
    auto waiting = p.complete(QStringLiteral("medical_information"), unanswered);
    REQUIRE_FALSE(waiting.ok());
    CHECK(hasProblem(waiting.error(), QStringLiteral("requests[0].answered_on")));
    p.mustComplete(QStringLiteral("medical_information"), medicalForm(QDate(2026, 4, 21), QDate(2026, 4, 30)));

    // The new decision is written from the finished investigation, not before.
    auto tooSoon = p.plans().startNewDecision(p.reviewId);
    REQUIRE_FALSE(tooSoon.ok());
    CHECK(hasProblem(tooSoon.error(), QStringLiteral("step_order")));
    // Step 5: estimates, recommendation, both leaders, primary contact and action plan.
    auto alone = p.complete(QStringLiteral("investigation_finished"), {});
    REQUIRE_FALSE(alone.ok());
    CHECK(hasProblem(alone.error(), QStringLiteral("discussed.department_leader")));
    p.mustComplete(QStringLiteral("investigation_finished"), finishedForm(session.today()));

    // Step 6: the new decision, prefilled from the investigation, replacing the old one.
    auto noDecision = p.complete(QStringLiteral("decision_sent"), {});
    REQUIRE_FALSE(noDecision.ok());
    CHECK(hasProblem(noDecision.error(), QStringLiteral("new_decision")));
    auto started = p.plans().startNewDecision(p.reviewId);
    REQUIRE(started.ok());
    REQUIRE(started->newDecisionId);
    DecisionRepository decisions(session);
    Decision fresh = *decisions.get(*started->newDecisionId);
    CHECK(fresh.replacesDecisionId == p.decision.id);
    CHECK(fresh.status == DecisionStatus::Draft);
    CHECK(fresh.ownNeedsWishesGoals == u"Own flat");
    CHECK(fresh.healthInformation == u"Epilepsy, stable");
    REQUIRE(fresh.services.size() == 1);
    CHECK(fresh.services.first().ownHours == 12);
    CHECK(fresh.services.first().sharedHours == 6);
    // The checklist is read from the decision: no evaluation date yet.
    const auto checklist = decisionChecklist(fresh, p.decision);
    const auto evaluation = std::find_if(checklist.cbegin(), checklist.cend(),
                                         [](const ChecklistItem &i) { return i.id == u"evaluation_date"; });
    REQUIRE(evaluation != checklist.cend());
    CHECK_FALSE(evaluation->done);
    auto unsent = p.complete(QStringLiteral("decision_sent"), {});
    REQUIRE_FALSE(unsent.ok());
    CHECK(hasProblem(unsent.error(), QStringLiteral("checklist.evaluation_date")));
    CHECK(hasProblem(unsent.error(), QStringLiteral("new_decision.status")));
    fresh.evaluationDate = QDate(2027, 5, 1);
    fresh.validFrom = QDate(2026, 6, 1);
    auto completed = decisions.saveDraft(fresh);
    REQUIRE(completed.ok());
    Decision approved = p.f.advance(*completed, DecisionStatus::Approved);
    auto sending = decisions.perform(approved.id, approved.version, DecisionAction::Send,
                                     sentOn(session.today(), SendMethod::Hand, session.today()));
    REQUIRE(sending.ok());
    const Decision sent = *sending;
    p.mustComplete(QStringLiteral("decision_sent"), {});
    // The in-force step is now due from the new decision's complaint deadline.
    CHECK(p.step(QStringLiteral("in_force")).dueOn
          == session.calendar().nextWorkingDay(sent.complaintDeadline.addDays(1)));

    // Step 7: only once the decision is in force; early only with a reason, audited.
    auto early = p.complete(QStringLiteral("in_force"), inForceForm(session.today()));
    REQUIRE_FALSE(early.ok());
    CHECK(hasProblem(early.error(), QStringLiteral("new_decision.status")));
    ActionInput noReason;
    auto refused = decisions.perform(sent.id, sent.version, DecisionAction::PutInForce, noReason);
    REQUIRE_FALSE(refused.ok());
    ActionInput override;
    override.overrideReason = QStringLiteral("The person asked to start at once");
    auto inForce = decisions.perform(sent.id, sent.version, DecisionAction::PutInForce, override);
    REQUIRE(inForce.ok());
    AuditFilter filter;
    filter.clientId = p.f.clientId;
    auto trail = AuditTrail::search(p.f.db->connection(), filter);
    REQUIRE(trail.ok());
    CHECK(std::any_of(trail->cbegin(), trail->cend(), [](const AuditRecord &r) {
        return r.detail.value(u"override_reason").toString() == u"The person asked to start at once";
    }));
    p.mustComplete(QStringLiteral("in_force"), inForceForm(session.today()));
    CHECK(p.review().isFinished());
    CHECK(p.review().closedOn == session.today());
    CHECK(decisions.get(p.decision.id)->status == DecisionStatus::Replaced);

    // Step 8, once for the plan: needs notes, then done.
    auto view = p.plans().view(p.plan.id);
    REQUIRE(view.ok());
    auto noNotes = p.plans().completeStaffing(p.plan.id, view->plan.version, session.today(), {});
    REQUIRE_FALSE(noNotes.ok());
    CHECK(hasProblem(noNotes.error(), QStringLiteral("staffing_notes")));
    auto staffed = p.plans().completeStaffing(p.plan.id, view->plan.version, session.today(),
                                              QStringLiteral("Rota changed for mornings"));
    REQUIRE(staffed.ok());
    CHECK(staffed->staffingDoneOn == session.today());
}

TEST_CASE("Staffing waits until every decision of the plan is in force")
{
    PlanFixture p;
    auto view = p.plans().view(p.plan.id);
    REQUIRE(view.ok());
    auto early = p.plans().completeStaffing(p.plan.id, view->plan.version, p.f.session->today(),
                                            QStringLiteral("Done"));
    REQUIRE_FALSE(early.ok());
    CHECK(hasProblem(early.error(), QStringLiteral("reviews")));
}

TEST_CASE("Moving the plan's dates moves the due dates nobody set by hand")
{
    PlanFixture p;
    ReviewStep byHand = p.step(QStringLiteral("meeting_agreed"));
    byHand.dueOn = QDate(2026, 4, 30);
    byHand.dueSetByHand = true;
    REQUIRE(p.plans().saveStep(byHand).ok());
    const QDate preNoticeBefore = p.step(QStringLiteral("pre_notice")).dueOn;

    ReviewPlan moved = *p.plans().get(p.plan.id);
    moved.startOn = moved.startOn.addDays(14);
    REQUIRE(p.plans().save(moved).ok());
    CHECK(p.step(QStringLiteral("pre_notice")).dueOn > preNoticeBefore);
    CHECK(p.step(QStringLiteral("meeting_agreed")).dueOn == QDate(2026, 4, 30));
}

TEST_CASE("Plans refuse read-only users, stale versions and missing dates")
{
    PlanFixture p;
    ReviewPlan noDates;
    noDates.title = QStringLiteral("No dates");
    auto refused = p.plans().save(noDates);
    REQUIRE_FALSE(refused.ok());
    CHECK(hasProblem(refused.error(), QStringLiteral("start_on")));
    CHECK(hasProblem(refused.error(), QStringLiteral("deadline")));

    ReviewPlan stale = *p.plans().get(p.plan.id);
    ReviewPlan first = stale;
    first.statusNote = QStringLiteral("Meeting held");
    REQUIRE(p.plans().save(first).ok());
    stale.statusNote = QStringLiteral("Overwrites?");
    auto conflict = p.plans().save(stale);
    REQUIRE_FALSE(conflict.ok());
    CHECK(conflict.error().code == Error::Code::Conflict);
    CHECK(p.plans().get(p.plan.id)->statusNote == u"Meeting held");

    p.f.actAs(QStringLiteral("rolf"));
    ReviewStep step = p.step(QStringLiteral("pre_notice"));
    step.form = preNoticeForm(p.f.session->today());
    auto denied = p.plans().completeStep(step, p.f.session->today());
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == Error::Code::PermissionDenied);
    CHECK_FALSE(p.step(QStringLiteral("pre_notice")).isDone());
}

TEST_CASE("A task plan keeps tasks with deadline responsible and status")
{
    CaseFixture f;
    PlanRepository plans(f.session.operator*());
    ReviewPlan plan;
    plan.kind = PlanKind::Task;
    plan.title = QStringLiteral("Unit leader's plan");
    plan.deadline = QDate(2026, 4, 1);
    auto saved = plans.save(plan);
    REQUIRE(saved.ok());
    PlanTask task;
    task.planId = saved->id;
    task.title = QStringLiteral("New allocation criteria");
    task.deadline = QDate(2026, 2, 1);
    task.responsible = QStringLiteral("Unit leader");
    auto first = plans.saveTask(task);
    REQUIRE(first.ok());
    task.title = QStringLiteral("New decision templates");
    task.deadline = QDate(2026, 5, 1);
    REQUIRE(plans.saveTask(task).ok());
    auto empty = plans.saveTask(PlanTask{0, saved->id, 0, {}, {}, {}, {}, {}, 0});
    CHECK_FALSE(empty.ok());

    auto list = plans.list();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    CHECK(list->first().reviewCount == 2);
    CHECK(list->first().lateCount == 1); // today is 2 March 2026
    PlanTask done = *first;
    done.doneOn = f.session->today();
    REQUIRE(plans.saveTask(done).ok());
    CHECK(plans.list()->first().lateCount == 0);
    CHECK(plans.list()->first().finishedCount == 1);
    // Reviews do not go into task plans.
    CHECK_FALSE(plans.addReviews(saved->id, {1}).ok());
}

TEST_CASE("Decisions due for evaluation and in no plan show until a plan takes them")
{
    PlanFixture p;
    Decision draft = p.f.completeDraft();
    draft.evaluationDate = p.f.session->today().addDays(20);
    auto other = DecisionRepository(*p.f.session).saveDraft(draft);
    REQUIRE(other.ok());
    const QDate today = p.f.session->today();
    p.f.advance(*other, DecisionStatus::Approved);
    p.f.session->setToday(today);
    OverviewQueries overview(*p.f.session);
    auto due = overview.unplannedDecisions(std::nullopt, 8, 100);
    REQUIRE(due.ok());
    REQUIRE(due->size() == 1);
    CHECK(due->first().id == other->id);
    REQUIRE(p.plans().addReviews(p.plan.id, {other->id}).ok());
    CHECK(overview.unplannedDecisions(std::nullopt, 8, 100)->isEmpty());
    auto load = overview.workload();
    REQUIRE(load.ok());
    const auto kari = std::find_if(load->cbegin(), load->cend(),
                                   [](const Workload &w) { return w.name == u"Kari Caseworker"; });
    REQUIRE(kari != load->cend());
    CHECK(kari->openReviews == 2);
}
