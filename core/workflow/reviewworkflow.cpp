#include "workflow/reviewworkflow.h"

#include "domain/json.h"
#include "jurisdiction/workingdaycalendar.h"
#include "workflow/stepforms.h"

#include <QJsonArray>
#include <QLocale>

namespace fremdrift {

namespace {

class ReviewRules final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::ReviewRules)
};

QString text(const QJsonObject &object, QStringView key)
{
    return object.value(key).toString().trimmed();
}

QDate date(const QJsonObject &object, QStringView key)
{
    return dateFromIso(object.value(key).toString());
}

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

// Collects the problems of one form, each under its field key.
class Problems
{
public:
    explicit Problems(QDate doneOn) : m_doneOn(doneOn) {}

    void add(const QString &field, const QString &message) { m_list.append({field, message}); }

    void requireText(const QJsonObject &object, QStringView key, const QString &field,
                     const QString &message)
    {
        if (text(object, key).isEmpty())
            add(field, message);
    }

    // A date that must be given and cannot be after the step is done.
    void requireDate(const QJsonObject &object, QStringView key, const QString &field,
                     const QString &message)
    {
        const QDate value = date(object, key);
        if (!value.isValid())
            add(field, message);
        else if (m_doneOn.isValid() && value > m_doneOn)
            add(field, ReviewRules::tr("%1 cannot be after the day the step is done (%2).")
                           .arg(shortDate(value), shortDate(m_doneOn)));
    }

    QList<FieldProblem> list() const { return m_list; }
    bool isEmpty() const { return m_list.isEmpty(); }

private:
    QDate m_doneOn;
    QList<FieldProblem> m_list;
};

void checkPreNotice(const QJsonObject &form, Problems &problems)
{
    problems.requireDate(form, form::sentOn, QStringLiteral("sent_on"),
                         ReviewRules::tr("Give the date the pre-notice was sent."));
    const QJsonArray recipients = form.value(form::recipients).toArray();
    if (recipients.isEmpty())
        problems.add(QStringLiteral("recipients"),
                     ReviewRules::tr("Say who the pre-notice was sent to: the client, and the "
                                     "guardian if there is one."));
    for (qsizetype i = 0; i < recipients.size(); ++i) {
        if (text(recipients.at(i).toObject(), u"name").isEmpty())
            problems.add(QStringLiteral("recipients[%1].name").arg(i),
                         ReviewRules::tr("Recipient %1 has no name.").arg(i + 1));
    }
    const QString method = text(form, form::method);
    if (!method.isEmpty() && !sendMethodFromKey(method))
        problems.add(QStringLiteral("method"),
                     ReviewRules::tr("Say how it was sent: by post, digitally or by hand."));
}

void checkMeetingPlanning(const QJsonObject &form, const QDate &doneOn, Problems &problems)
{
    const QDate planned = date(form, form::plannedMeetingOn);
    if (!planned.isValid())
        problems.add(QStringLiteral("planned_meeting_on"),
                     ReviewRules::tr("Give the date planned for the follow-up meeting."));
    else if (doneOn.isValid() && planned <= doneOn)
        problems.add(QStringLiteral("planned_meeting_on"),
                     ReviewRules::tr("The planned meeting date must come after the planning "
                                     "starts."));
}

void checkMeetingAgreed(const std::optional<Meeting> &meeting, Problems &problems)
{
    if (!meeting) {
        problems.add(QStringLiteral("meeting_id"),
                     ReviewRules::tr("Agree the meeting first: its time, place and who takes "
                                     "part."));
        return;
    }
    if (!meeting->startsAt.isValid())
        problems.add(QStringLiteral("meeting.starts_at"),
                     ReviewRules::tr("The meeting has no date and time."));
    if (meeting->location.trimmed().isEmpty() && meeting->videoLink.trimmed().isEmpty())
        problems.add(QStringLiteral("meeting.location"),
                     ReviewRules::tr("Give the meeting's place or its video link."));
    if (meeting->participants.size() < 2)
        problems.add(QStringLiteral("meeting.participants"),
                     ReviewRules::tr("Name the participants: the person, relative or guardian, "
                                     "caseworker and primary contact."));
    if (meeting->agreedHow.trimmed().isEmpty())
        problems.add(QStringLiteral("meeting.agreed_how"),
                     ReviewRules::tr("Say how the meeting was agreed: by letter or by phone."));
}

void checkSupplierStatus(const QJsonObject &form, Problems &problems)
{
    problems.requireDate(form, form::receivedOn, QStringLiteral("received_on"),
                         ReviewRules::tr("Give the date the supplier's written status came."));
    problems.requireText(form, form::summary, QStringLiteral("summary"),
                         ReviewRules::tr("Sum up the supplier's status."));
}

void checkMeetingHeld(const std::optional<Meeting> &meeting, const QDate &doneOn,
                      Problems &problems)
{
    if (!meeting) {
        problems.add(QStringLiteral("meeting_id"),
                     ReviewRules::tr("There is no evaluation meeting: agree it in the step "
                                     "before."));
        return;
    }
    if (!meeting->held)
        problems.add(QStringLiteral("meeting.held"),
                     ReviewRules::tr("Mark the meeting as held."));
    if (meeting->startsAt.isValid() && doneOn.isValid() && meeting->startsAt.date() > doneOn)
        problems.add(QStringLiteral("meeting.starts_at"),
                     ReviewRules::tr("The meeting is on %1: it cannot have been held yet.")
                         .arg(shortDate(meeting->startsAt.date())));
    if (std::none_of(meeting->participants.cbegin(), meeting->participants.cend(),
                     [](const MeetingParticipant &p) { return p.attended; }))
        problems.add(QStringLiteral("meeting.attendance"),
                     ReviewRules::tr("Record who attended the meeting."));
    if (meeting->minutes.trimmed().isEmpty())
        problems.add(QStringLiteral("meeting.minutes"),
                     ReviewRules::tr("Write the minutes of the meeting."));
    if (!meeting->minuteTaker())
        problems.add(QStringLiteral("meeting.minute_taker"),
                     ReviewRules::tr("Say who took the minutes."));
}

void checkInvestigation(const QJsonObject &investigation, Problems &problems)
{
    for (const QString &id : investigationFieldIds()) {
        if (text(investigation, id).isEmpty())
            problems.add(QStringLiteral("investigation.") + id,
                         ReviewRules::tr("The investigation must describe: %1.")
                             .arg(investigationFieldName(id)));
    }
    const QString consent = text(investigation, u"consent_competence");
    if (!consent.isEmpty() && consent != u"full" && consent != u"partial" && consent != u"none")
        problems.add(QStringLiteral("investigation.consent_competence"),
                     ReviewRules::tr("Assess the consent competence: full, partial or none."));
    const QString plan = text(investigation, u"individual_plan");
    if (!plan.isEmpty() && plan != u"yes" && plan != u"no" && plan != u"needed")
        problems.add(QStringLiteral("investigation.individual_plan"),
                     ReviewRules::tr("Say whether an individual plan exists, is needed or not."));
    const QJsonObject areas = investigation.value(u"life_areas").toObject();
    for (const QString &area : lifeAreaIds()) {
        if (text(areas, area).isEmpty())
            problems.add(QStringLiteral("investigation.life_areas.") + area,
                         ReviewRules::tr("Describe the needs in the life area \"%1\" (write "
                                         "\"no needs\" if there are none).")
                             .arg(lifeAreaName(area)));
    }
}

void checkAssessment(const QJsonObject &assessment, const AssessmentTool &tool, Problems &problems)
{
    const QString name = tool.name.text(QLocale().name().left(2));
    problems.requireDate(assessment, u"assessed_on", QStringLiteral("assessment.assessed_on"),
                         ReviewRules::tr("Give the date of the new %1 assessment.").arg(name));
    const QJsonObject scores = assessment.value(u"scores").toObject();
    QStringList missing;
    for (const AssessmentItem &item : tool.items) {
        const QJsonValue score = scores.value(item.id);
        if (!score.isDouble() || !tool.isValidScore(score.toInt()))
            missing << item.name.text(QLocale().name().left(2));
    }
    if (!missing.isEmpty())
        problems.add(QStringLiteral("assessment.scores"),
                     ReviewRules::tr("Score every item of the %1 assessment; missing: %2.")
                         .arg(name, missing.join(QStringLiteral(", "))));
}

void checkMedicalInformation(const QJsonObject &form, Problems &problems)
{
    const QJsonArray requests = form.value(form::requests).toArray();
    if (requests.isEmpty())
        problems.add(QStringLiteral("requests"),
                     ReviewRules::tr("Record the request for medical information to the GP "
                                     "(and to specialists where relevant)."));
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const QJsonObject request = requests.at(i).toObject();
        const QString prefix = QStringLiteral("requests[%1].").arg(i);
        const int n = int(i) + 1;
        if (text(request, u"name").isEmpty())
            problems.add(prefix + QStringLiteral("name"), ReviewRules::tr("Request %1: say whom it went to.").arg(n));
        if (text(request, u"asked").isEmpty())
            problems.add(prefix + QStringLiteral("asked"), ReviewRules::tr("Request %1: say what was asked.").arg(n));
        const QDate sent = date(request, u"sent_on");
        const QDate answered = date(request, u"answered_on");
        if (!sent.isValid())
            problems.add(prefix + QStringLiteral("sent_on"), ReviewRules::tr("Request %1: give the date it was sent.").arg(n));
        if (!answered.isValid())
            problems.add(prefix + QStringLiteral("answered_on"),
                         ReviewRules::tr("Request %1 has not been answered yet.").arg(n));
        else if (sent.isValid() && answered < sent)
            problems.add(prefix + QStringLiteral("answered_on"),
                         ReviewRules::tr("Request %1 cannot be answered before it was sent.").arg(n));
        if (text(request, u"summary").isEmpty())
            problems.add(prefix + QStringLiteral("summary"),
                         ReviewRules::tr("Request %1: sum up the answer.").arg(n));
    }
}

void checkEstimates(const QJsonArray &estimates, const JurisdictionProfile &profile,
                    Problems &problems)
{
    if (estimates.isEmpty())
        problems.add(QStringLiteral("estimates"),
                     ReviewRules::tr("Estimate the hours of each service."));
    for (qsizetype i = 0; i < estimates.size(); ++i) {
        const QJsonObject estimate = estimates.at(i).toObject();
        const QString prefix = QStringLiteral("estimates[%1].").arg(i);
        if (!profile.service(text(estimate, u"service_code")))
            problems.add(prefix + QStringLiteral("service_code"),
                         ReviewRules::tr("Estimate %1: choose a service from the list.").arg(i + 1));
        const double own = estimate.value(u"own_hours").toDouble();
        const double shared = estimate.value(u"shared_hours").toDouble();
        if (own < 0 || shared < 0 || own + shared > 168)
            problems.add(prefix + QStringLiteral("own_hours"),
                         ReviewRules::tr("Estimate %1: hours a week must be between 0 and 168.")
                             .arg(i + 1));
        else if (own + shared <= 0)
            problems.add(prefix + QStringLiteral("own_hours"),
                         ReviewRules::tr("Estimate %1 has no hours.").arg(i + 1));
    }
}

void checkInvestigationFinished(const QJsonObject &form, const JurisdictionProfile &profile,
                                Problems &problems)
{
    checkEstimates(form.value(form::estimates).toArray(), profile, problems);
    problems.requireText(form, form::recommendation, QStringLiteral("recommendation"),
                         ReviewRules::tr("Write the recommendation."));
    const QJsonArray discussed = form.value(form::discussed).toArray();
    for (const QString &role : {QStringLiteral("unit_leader"), QStringLiteral("department_leader")}) {
        const bool found = std::any_of(discussed.cbegin(), discussed.cend(), [&](const QJsonValue &v) {
            const QJsonObject entry = v.toObject();
            return text(entry, u"role") == role && !text(entry, u"name").isEmpty()
                   && date(entry, u"on").isValid();
        });
        if (!found)
            problems.add(QStringLiteral("discussed.") + role,
                         role == u"unit_leader"
                             ? ReviewRules::tr("Discuss the decision with the unit leader before "
                                               "approval: who and when.")
                             : ReviewRules::tr("Discuss the decision with the department leader "
                                               "before approval: who and when."));
    }
    problems.requireDate(form, form::primaryContactInformedOn,
                         QStringLiteral("primary_contact_informed_on"),
                         ReviewRules::tr("Give the date the primary contact was contacted."));
    problems.requireDate(form, form::actionPlanUpdatedOn, QStringLiteral("action_plan_updated_on"),
                         ReviewRules::tr("Give the date the action plan was updated."));
}

void checkDecisionSent(const StepContext &context, Problems &problems)
{
    if (!context.newDecision) {
        problems.add(QStringLiteral("new_decision"),
                     ReviewRules::tr("Write the new decision first."));
        return;
    }
    const Decision &decision = *context.newDecision;
    for (const ChecklistItem &item : decisionChecklist(decision, context.previousDecision)) {
        if (!item.done)
            problems.add(QStringLiteral("checklist.") + item.id,
                         ReviewRules::tr("The new decision lacks: %1.").arg(item.text));
    }
    if (decision.status != DecisionStatus::Sent && decision.status != DecisionStatus::InForce)
        problems.add(QStringLiteral("new_decision.status"),
                     ReviewRules::tr("The new decision %1 is \"%2\": it must be approved and sent.")
                         .arg(decision.reference, statusName(decision.status)));
}

void checkInForce(const StepContext &context, const QJsonObject &form, Problems &problems)
{
    if (!context.newDecision) {
        problems.add(QStringLiteral("new_decision"),
                     ReviewRules::tr("There is no new decision to put into effect."));
    } else if (context.newDecision->status != DecisionStatus::InForce) {
        const Decision &decision = *context.newDecision;
        problems.add(QStringLiteral("new_decision.status"),
                     decision.complaintDeadline.isValid()
                         ? ReviewRules::tr("Put the new decision in force first; the complaint "
                                           "deadline runs until %1.")
                               .arg(shortDate(decision.complaintDeadline))
                         : ReviewRules::tr("Put the new decision in force first."));
    }
    problems.requireDate(form, form::departmentLeaderInformedOn,
                         QStringLiteral("department_leader_informed_on"),
                         ReviewRules::tr("Give the date the department leader was informed."));
    problems.requireDate(form, form::primaryContactInformedOn,
                         QStringLiteral("primary_contact_informed_on"),
                         ReviewRules::tr("Give the date the primary contact was informed."));
    problems.requireDate(form, form::actionPlanUpdatedOn, QStringLiteral("action_plan_updated_on"),
                         ReviewRules::tr("Give the date the action plan was updated."));
    problems.requireDate(form, form::careRecordUpdatedOn, QStringLiteral("care_record_updated_on"),
                         ReviewRules::tr("Give the date the care record was updated."));
}

// The step's own form, by step id.
void checkForm(const StepContext &context, const QDate &doneOn, Problems &problems)
{
    const QString &id = context.step->stepId;
    const QJsonObject &form = context.step->form;
    if (id == u"meeting_planning")
        checkMeetingPlanning(form, doneOn, problems);
    else if (id == u"pre_notice")
        checkPreNotice(form, problems);
    else if (id == u"meeting_agreed")
        checkMeetingAgreed(context.meeting, problems);
    else if (id == u"supplier_status")
        checkSupplierStatus(form, problems);
    else if (id == u"meeting_held") {
        checkMeetingHeld(context.meeting, doneOn, problems);
        checkInvestigation(form.value(form::investigation).toObject(), problems);
        checkAssessment(form.value(form::assessment).toObject(), context.profile->assessment,
                        problems);
    } else if (id == u"medical_information")
        checkMedicalInformation(form, problems);
    else if (id == u"investigation_finished")
        checkInvestigationFinished(form, *context.profile, problems);
    else if (id == u"decision_sent")
        checkDecisionSent(context, problems);
    else if (id == u"in_force")
        checkInForce(context, form, problems);
}

// The step before `step` in the review, or nullptr for the first.
const ReviewStep *stepBefore(const Review &review, const ReviewStep &step)
{
    const ReviewStep *before = nullptr;
    for (const ReviewStep &s : review.steps) {
        if (s.stepId == step.stepId)
            return before;
        before = &s;
    }
    return before;
}

} // namespace

DueAnchors dueAnchors(const ReviewPlan &plan,
                      const JurisdictionProfile &profile,
                      const std::optional<Meeting> &meeting,
                      const std::optional<Decision> &newDecision)
{
    DueAnchors anchors;
    anchors.planStart = plan.startOn;
    anchors.planDeadline = plan.deadline;
    anchors.allDecisionsSent = plan.deadline;
    if (meeting && meeting->startsAt.isValid()) {
        anchors.meeting = meeting->startsAt.date();
    } else if (const StepDefault *held = profile.step(QStringLiteral("meeting_held"));
               held && held->due.from != DueRule::Anchor::Meeting && plan.startOn.isValid()) {
        // Not agreed yet: expect it when the profile wants it held.
        anchors.meeting = plan.startOn.addDays(held->due.days);
    } else if (plan.startOn.isValid()) {
        // Denmark counts back from the meeting, planned at least 8 weeks ahead.
        anchors.meeting = plan.startOn.addDays(8 * 7);
    }
    if (newDecision && newDecision->complaintDeadline.isValid())
        anchors.complaintDeadline = newDecision->complaintDeadline;
    else if (plan.deadline.isValid())
        anchors.complaintDeadline = plan.deadline.addDays(7 * profile.complaint.weeks);
    return anchors;
}

QDate dueDate(const DueRule &rule, const DueAnchors &anchors, const WorkingDayCalendar &calendar)
{
    QDate anchor;
    switch (rule.from) {
    case DueRule::Anchor::PlanStart:
        anchor = anchors.planStart;
        break;
    case DueRule::Anchor::PlanDeadline:
        anchor = anchors.planDeadline;
        break;
    case DueRule::Anchor::Meeting:
        anchor = anchors.meeting;
        break;
    case DueRule::Anchor::ComplaintDeadline:
        anchor = anchors.complaintDeadline;
        break;
    case DueRule::Anchor::AllDecisionsSent:
        anchor = anchors.allDecisionsSent;
        break;
    }
    if (!anchor.isValid())
        return {};
    return calendar.nextWorkingDay(anchor.addDays(rule.days));
}

QList<ReviewStep> plannedSteps(const JurisdictionProfile &profile,
                               const DueAnchors &anchors,
                               const WorkingDayCalendar &calendar)
{
    QList<ReviewStep> steps;
    for (const StepDefault &step : profile.reviewSteps) {
        if (step.id == planStepId())
            continue;
        ReviewStep planned;
        planned.stepId = step.id;
        planned.position = int(steps.size()) + 1;
        planned.responsibleRole = step.role;
        planned.dueOn = dueDate(step.due, anchors, calendar);
        steps.append(planned);
    }
    return steps;
}

QList<FieldProblem> checkStepCompletion(const StepContext &context, const QDate &doneOn)
{
    Problems problems(doneOn);
    const ReviewStep &step = *context.step;
    if (step.isDone())
        problems.add(QStringLiteral("done_on"),
                     ReviewRules::tr("This step was done on %1.").arg(shortDate(step.doneOn)));
    if (!doneOn.isValid())
        problems.add(QStringLiteral("done_on"), ReviewRules::tr("Give the date the step was done."));
    else if (doneOn > context.today)
        problems.add(QStringLiteral("done_on"),
                     ReviewRules::tr("A step cannot be done in the future."));
    if (const ReviewStep *before = stepBefore(*context.review, step)) {
        if (!before->isDone())
            problems.add(QStringLiteral("step_order"),
                         ReviewRules::tr("Complete the step \"%1\" first.")
                             .arg(stepTitle(before->stepId)));
        else if (doneOn.isValid() && doneOn < before->doneOn)
            problems.add(QStringLiteral("done_on"),
                         ReviewRules::tr("The step before was done on %1; this one cannot be done "
                                         "earlier.")
                             .arg(shortDate(before->doneOn)));
    }
    checkForm(context, doneOn, problems);
    return problems.list();
}

QList<FieldProblem> checkStepReopen(const Review &review, const QString &stepId)
{
    const ReviewStep *step = review.step(stepId);
    if (!step || !step->isDone())
        return {{QStringLiteral("done_on"), ReviewRules::tr("The step is not done.")}};
    bool after = false;
    for (const ReviewStep &s : review.steps) {
        if (after && s.isDone())
            return {{QStringLiteral("step_order"),
                     ReviewRules::tr("Reopen the step \"%1\" first: it comes later and is done.")
                         .arg(stepTitle(s.stepId))}};
        after = after || s.stepId == stepId;
    }
    return {};
}

QList<ChecklistItem> decisionChecklist(const Decision &decision,
                                       const std::optional<Decision> &previous)
{
    QList<ChecklistItem> items;
    for (DecisionSection section : allDecisionSections())
        items.append({sectionKey(section), sectionTitle(section),
                      !decision.section(section).trimmed().isEmpty()});
    const bool hasServices = !decision.services.isEmpty();
    items.append({QStringLiteral("services"),
                  ReviewRules::tr("The scope and description of each service"),
                  hasServices && std::all_of(decision.services.cbegin(), decision.services.cend(),
                                             [](const DecisionService &s) {
                                                 return !s.description.trimmed().isEmpty();
                                             })});
    items.append({QStringLiteral("own_and_shared_time"),
                  ReviewRules::tr("Own time and time shared with others, for each service"),
                  hasServices && std::all_of(decision.services.cbegin(), decision.services.cend(),
                                             [](const DecisionService &s) {
                                                 return s.totalHours() > 0;
                                             })});
    items.append({QStringLiteral("no_fixed_end"), ReviewRules::tr("No fixed end date"),
                  !decision.validTo.isValid()});
    items.append({QStringLiteral("evaluation_date"),
                  ReviewRules::tr("When the decision will be evaluated"),
                  decision.evaluationDate.isValid()});
    if (previous)
        items.append({QStringLiteral("previous_allocation"),
                      ReviewRules::tr("The previous allocation and the changes (replaces %1)")
                          .arg(previous->reference),
                      decision.replacesDecisionId == previous->id});
    return items;
}

QList<FieldProblem> checkStaffingCompletion(const PlanView &view, const QDate &doneOn,
                                            const QString &notes)
{
    QList<FieldProblem> problems;
    if (view.plan.staffingDoneOn.isValid())
        problems.append({QStringLiteral("staffing_done_on"),
                         ReviewRules::tr("Staffing was reviewed on %1.")
                             .arg(shortDate(view.plan.staffingDoneOn))});
    if (!doneOn.isValid())
        problems.append({QStringLiteral("staffing_done_on"),
                         ReviewRules::tr("Give the date staffing and rotas were reviewed.")});
    if (view.reviews.isEmpty())
        problems.append({QStringLiteral("reviews"), ReviewRules::tr("The plan has no reviews.")});
    QStringList waiting;
    for (const Review &review : view.reviews) {
        const ReviewStep *inForce = review.step(QStringLiteral("in_force"));
        if (!review.closedOn.isValid() && (!inForce || !inForce->isDone()))
            waiting << review.clientName;
    }
    if (!waiting.isEmpty())
        problems.append({QStringLiteral("reviews"),
                         ReviewRules::tr("Staffing is reviewed when all the plan's decisions are "
                                         "in force; still waiting: %1.")
                             .arg(waiting.join(QStringLiteral(", ")))});
    if (notes.trimmed().isEmpty())
        problems.append({QStringLiteral("staffing_notes"),
                         ReviewRules::tr("Write what was reviewed and changed in staffing and "
                                         "rotas.")});
    return problems;
}

} // namespace fremdrift
