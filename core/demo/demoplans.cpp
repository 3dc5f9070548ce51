#include "demo/demoplans.h"

#include "demo/demobulkplans.h"
#include "demo/demoplantexts.h"
#include "domain/json.h"
#include "repository/decisionrepository.h"
#include "repository/meetingrepository.h"
#include "repository/planrepository.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "workflow/meetingrules.h"
#include "workflow/session.h"
#include "workflow/stepforms.h"

#include <QJsonArray>
#include <QLocale>

namespace fremdrift {

namespace {

// A review's progress: its steps are done in the profile's order up to and including
// `lastDone` (none when empty), each `shift` days behind the plan's pace, and the steps from
// the investigation's end on `lag` days later still (a decision that took longer to write).
struct ReviewScript
{
    QString lastDone;
    int shift = 0;
    int lag = 0;
};

// One of seed 000's plans, relative to today.
struct PlanScript
{
    int startFromToday = 0;
    int deadlineFromToday = 0;
    QList<int> split;            // reviews per caseworker: the seed's 3+4, 4+4, 7+7
    QMap<QString, int> pace;     // days from the start to each step done, on time
    QList<ReviewScript> reviews; // the first caseworker's share, then the second's
};

// Plan 1: well advanced. One review is finished, three wait for the complaint deadline, one
// has its new decision in draft, and two are behind: late steps.
PlanScript advancedPlan()
{
    PlanScript script;
    script.startFromToday = -100;
    script.deadlineFromToday = 10;
    script.split = {3, 4};
    script.pace = {{QStringLiteral("meeting_planning"), 1}, {QStringLiteral("pre_notice"), 3},
                   {QStringLiteral("meeting_agreed"), 10}, {QStringLiteral("supplier_status"), 22},
                   {QStringLiteral("meeting_held"), 30}, {QStringLiteral("medical_information"), 44},
                   {QStringLiteral("investigation_finished"), 51},
                   {QStringLiteral("decision_sent"), 56}};
    script.reviews = {{QStringLiteral("in_force"), 0, 0},
                      {QStringLiteral("decision_sent"), 1, 24},
                      {QStringLiteral("decision_sent"), 2, 20},
                      {QStringLiteral("investigation_finished"), 3, 28},
                      {QStringLiteral("medical_information"), 4, 0},
                      {QStringLiteral("meeting_held"), 5, 0},
                      {QStringLiteral("in_force"), 6, 0}};
    return script;
}

// Plan 2: started three weeks ago. Pre-notices partly sent, some meetings agreed (coming up),
// two held; the reviews not started yet are late.
PlanScript startedPlan()
{
    PlanScript script;
    script.startFromToday = -21;
    script.deadlineFromToday = 60;
    script.split = {4, 4};
    script.pace = {{QStringLiteral("meeting_planning"), 1}, {QStringLiteral("pre_notice"), 3},
                   {QStringLiteral("meeting_agreed"), 9}, {QStringLiteral("supplier_status"), 14},
                   {QStringLiteral("meeting_held"), 19}};
    script.reviews = {{QStringLiteral("meeting_agreed"), 0, 0}, {QStringLiteral("meeting_held"), 0, 0},
                      {QStringLiteral("pre_notice"), 2, 0},     {QString(), 0, 0},
                      {QStringLiteral("meeting_agreed"), 1, 0}, {QStringLiteral("meeting_held"), 1, 0},
                      {QStringLiteral("pre_notice"), 3, 0},     {QString(), 0, 0}};
    return script;
}

// Plan 3: the remaining decisions of the department, starting in six weeks.
PlanScript laterPlan()
{
    PlanScript script;
    script.startFromToday = 45;
    script.deadlineFromToday = 123;
    script.split = {7, 7};
    script.reviews = QList<ReviewScript>(14);
    return script;
}

// A unit leader's task: deadline and, when done, the day, in days from today.
struct TaskScript
{
    int deadlineFromToday = 0;
    std::optional<int> doneFromToday;
};

// Seed 000's unit leader's plan: January's tasks done, one of February's late, the rest ahead.
QList<TaskScript> taskScripts()
{
    return {{-60, -62}, {-60, -55}, {-40, -41}, {-10, std::nullopt},
            {10, std::nullopt}, {40, std::nullopt}, {150, std::nullopt}};
}

// What the demo needs to know of a client to fill in forms about them.
struct ClientFacts
{
    struct Person
    {
        qint64 contactId = 0;
        QString name;
        QString relation; // "guardian", "relative", "primary_contact"
        bool nearest = false;
        bool receivesLetters = false;
    };

    QString name;
    QString gp;
    QString consent;
    QString individualPlan;
    QString unit;
    QList<Person> people;

    const Person *first(const QString &relation) const
    {
        for (const Person &person : people) {
            if (person.relation == relation)
                return &person;
        }
        return nullptr;
    }
};

Result<ClientFacts> clientFacts(const QSqlDatabase &db, qint64 clientId)
{
    auto row = sql::run(db,
                        QStringLiteral("SELECT c.given_name || ' ' || c.family_name, c.gp_name, "
                                       "c.consent_competence, c.individual_plan, u.name "
                                       "FROM clients c LEFT JOIN units u ON u.id = c.unit_id "
                                       "WHERE c.id = ?"),
                        {clientId});
    if (!row)
        return row.error();
    if (!row->next())
        return makeError(Error::Code::NotFound, QStringLiteral("client %1").arg(clientId));
    ClientFacts facts{row->value(0).toString(), row->value(1).toString(), row->value(2).toString(),
                      row->value(3).toString(), row->value(4).toString(), {}};
    auto people = sql::run(db,
                           QStringLiteral("SELECT id, relation, name, is_nearest_relative, "
                                          "receives_letters FROM contacts WHERE client_id = ? "
                                          "ORDER BY id"),
                           {clientId});
    if (!people)
        return people.error();
    while (people->next())
        facts.people.append({people->value(0).toLongLong(), people->value(2).toString(),
                             people->value(1).toString(), people->value(3).toBool(),
                             people->value(4).toBool()});
    return facts;
}

class DemoPlans final
{
public:
    DemoPlans(Session &session, const DemoOptions &options)
        : m_session(session)
        , m_options(options)
        , m_texts(demoPlanTexts(session.profile().language))
        , m_today(session.today())
        , m_username(session.user().username)
    {}

    Status build()
    {
        Status built = buildPlans();
        // Whatever happened, the session acts as before and today is today again.
        m_session.setToday(QDate());
        if (Status back = m_session.switchUser(m_username); !back && built)
            return back;
        return built;
    }

private:
    Status buildPlans()
    {
        if (Status s = loadStaff(); !s)
            return s;
        if (m_caseworkers.isEmpty() || !m_leader)
            return Ok{}; // not a demo office: nobody to run the plans
        if (Status s = addReviewPlans(); !s)
            return s;
        if (Status s = addTaskPlan(); !s)
            return s;
        BulkPlanOptions bulk;
        bulk.plans = m_options.extraPlans;
        bulk.reviewsPerPlan = m_options.reviewsPerExtraPlan;
        bulk.today = m_today;
        bulk.seed = m_options.seed;
        return bulk.plans > 0 ? addBulkPlans(m_session, m_texts, bulk) : Status(Ok{});
    }

    Status loadStaff()
    {
        auto users = m_session.users();
        if (!users)
            return users.error();
        for (const StaffUser &user : std::as_const(*users)) {
            if (!user.active)
                continue;
            if (user.role == Role::Caseworker && m_caseworkers.size() < 2)
                m_caseworkers << user;
            if (user.role == Role::Leader && !m_leader)
                m_leader = user;
        }
        return Ok{};
    }

    // Acts as `user` on `day`, as the repositories will record it.
    Status actAs(const StaffUser &user, const QDate &day)
    {
        m_session.setToday(day);
        if (m_session.user().id == user.id)
            return Ok{};
        return m_session.switchUser(user.username);
    }

    const StaffUser &caseworker(const std::optional<qint64> &id) const
    {
        for (const StaffUser &user : m_caseworkers) {
            if (id && user.id == *id)
                return user;
        }
        return m_caseworkers.constFirst();
    }

    QString localDate(const QDate &date) const
    {
        return QLocale(m_session.profile().language).toString(date, QLocale::ShortFormat);
    }

    QString withMarker(const QString &text) const { return text + u' ' + m_texts.marker; }

    // --- the three progress plans

    Status addReviewPlans()
    {
        auto units = unitIds();
        if (!units)
            return units.error();
        const QList<qint64> &u = *units;
        const QStringList names = unitNames(u);
        const PlanScript first = advancedPlan();
        if (Status s = addPlan(first, u.mid(0, 2), [&](int n) {
                return m_texts.plan1Title.arg(n).arg(names.value(0), names.value(1));
            }, m_texts.plan1Status);
            !s)
            return s;
        const PlanScript second = startedPlan();
        if (Status s = addPlan(second, u.mid(2, 1), [&](int n) {
                return m_texts.plan2Title.arg(n).arg(names.value(2));
            }, m_texts.plan2Status);
            !s)
            return s;
        const PlanScript third = laterPlan();
        const QString start = localDate(m_today.addDays(third.startFromToday));
        return addPlan(third, {}, [&](int n) { return m_texts.plan3Title.arg(n); },
                       m_texts.plan3Status.arg(start));
    }

    Result<QList<qint64>> unitIds() const
    {
        auto rows = sql::run(m_session.database().connection(),
                             QStringLiteral("SELECT id, name FROM units ORDER BY id"));
        if (!rows)
            return rows.error();
        QList<qint64> ids;
        while (rows->next()) {
            ids << rows->value(0).toLongLong();
            m_unitNames.insert(ids.constLast(), rows->value(1).toString());
        }
        return ids;
    }

    QStringList unitNames(const QList<qint64> &ids) const
    {
        QStringList names;
        for (qint64 id : ids)
            names << m_unitNames.value(id);
        return names;
    }

    // Creates the plan as the unit leader, adds its reviews and walks each to its stage.
    template<typename Title>
    Status addPlan(const PlanScript &script, const QList<qint64> &units, Title title,
                   const QString &status)
    {
        const QDate start = m_today.addDays(script.startFromToday);
        if (Status s = actAs(*m_leader, std::min(start.addDays(-7), m_today)); !s)
            return s;
        PlanRepository plans(m_session);
        ReviewPlan plan;
        plan.title = title(0);
        plan.goal = m_texts.goal;
        plan.unitIds = units;
        plan.startOn = start;
        plan.deadline = m_today.addDays(script.deadlineFromToday);
        plan.statusNote = status;
        for (int i = 0; i < std::min(script.split.size(), m_caseworkers.size()); ++i)
            plan.caseworkers.append({m_caseworkers.at(i).id, {}, 0});
        auto decisions = pickDecisions(plans, units, script.split);
        auto saved = decisions ? plans.save(plan) : Result<ReviewPlan>(decisions.error());
        if (!saved)
            return saved.error();
        auto reviews = addReviews(plans, saved->id, *decisions);
        if (!reviews)
            return reviews.error();
        // The title counts the reviews the plan got (fewer in a small demo office).
        ReviewPlan titled = *saved;
        titled.title = title(int(reviews->size()));
        if (auto renamed = plans.save(titled); !renamed)
            return renamed.error();
        for (int i = 0; i < reviews->size(); ++i) {
            if (Status s = walk(*saved, reviews->at(i), script, i); !s)
                return s;
        }
        return Ok{};
    }

    // The decisions to review, as many per caseworker as the split says, each with whose it
    // is: the caseworker's own clients first, then anyone's.
    Result<QList<std::pair<qint64, qint64>>> pickDecisions(PlanRepository &plans,
                                                           const QList<qint64> &units,
                                                           const QList<int> &split)
    {
        ReviewPick pick;
        pick.unitIds = units;
        auto candidates = plans.candidates(pick);
        if (!candidates)
            return candidates.error();
        QList<DecisionSummary> left = *candidates;
        QList<std::pair<qint64, qint64>> picked; // decision, caseworker
        for (int k = 0; k < split.size(); ++k) {
            const StaffUser &who = m_caseworkers.at(k % m_caseworkers.size());
            for (int n = 0; n < split.at(k) && !left.isEmpty(); ++n) {
                auto own = std::find_if(left.begin(), left.end(), [&](const DecisionSummary &d) {
                    return d.caseworkerName == who.fullName;
                });
                if (own == left.end())
                    own = left.begin();
                picked.append({own->id, who.id});
                left.erase(own);
            }
        }
        return picked;
    }

    // Adds the reviews and gives each to the caseworker the split says.
    Result<QList<Review>> addReviews(PlanRepository &plans, qint64 planId,
                                     const QList<std::pair<qint64, qint64>> &decisions)
    {
        QList<qint64> ids;
        for (const auto &[decision, who] : decisions)
            ids << decision;
        auto added = plans.addReviews(planId, ids);
        if (!added)
            return added.error();
        QList<Review> reviews;
        for (int i = 0; i < added->size(); ++i) {
            auto review = plans.review(added->at(i));
            if (!review)
                return review.error();
            const qint64 who = decisions.at(i).second;
            if (review->caseworkerId != who) {
                if (Status s = plans.assignCaseworker(review->id, review->version, who); !s)
                    return s.error();
                review = plans.review(review->id);
                if (!review)
                    return review.error();
            }
            reviews << *review;
        }
        return reviews;
    }

    // --- one review, step by step

    // What a review's walk needs along the way.
    struct Walk
    {
        ReviewPlan plan;
        Review review;
        ClientFacts client;
        StaffUser caseworker;
        int index = 0;
        QDate meetingOn;
        QDate previousDone;
    };

    // The day `stepId` is done by the script; invalid when the script has no pace for it.
    static QDate plannedDay(const Walk &walk, const PlanScript &script, const ReviewScript &progress,
                            const QString &stepId)
    {
        if (!script.pace.contains(stepId))
            return {};
        const bool late = stepId == u"investigation_finished" || stepId == u"decision_sent";
        return walk.plan.startOn.addDays(script.pace.value(stepId) + progress.shift
                                         + (late ? progress.lag : 0));
    }

    Status walk(const ReviewPlan &plan, const Review &review, const PlanScript &script, int index)
    {
        const ReviewScript progress = script.reviews.value(index);
        if (progress.lastDone.isEmpty())
            return Ok{};
        auto facts = clientFacts(m_session.database().connection(), review.clientId);
        if (!facts)
            return facts.error();
        Walk walk{plan, review, *facts, caseworker(review.caseworkerId), index, {}, {}};
        // The meeting: held on the script's day, or, when only agreed, in the coming days.
        walk.meetingOn = progress.lastDone == u"meeting_agreed" || progress.lastDone == u"pre_notice"
                             ? m_today.addDays(5 + 2 * index)
                             : plannedDay(walk, script, progress, QStringLiteral("meeting_held"));
        for (const ReviewStep &step : review.steps) {
            const QDate day = step.stepId == u"in_force"
                                  ? inForceDay(walk)
                                  : plannedDay(walk, script, progress, step.stepId);
            if (!day.isValid() || day > m_today)
                break;
            if (Status s = doStep(walk, step.stepId, day); !s)
                return s;
            walk.previousDone = day;
            if (step.stepId == progress.lastDone)
                break;
        }
        if (progress.lastDone == u"investigation_finished")
            return startDraft(walk, walk.previousDone.addDays(2));
        return Ok{};
    }

    Status doStep(Walk &walk, const QString &stepId, const QDate &day)
    {
        if (stepId == u"meeting_agreed")
            return agreeMeeting(walk, day);
        if (stepId == u"meeting_held")
            return holdMeeting(walk, day);
        if (stepId == u"decision_sent")
            return sendDecision(walk, day);
        if (stepId == u"in_force")
            return putInForce(walk, day);
        return complete(walk, stepId, formFor(walk, stepId, day), day);
    }

    // Completes the step as the review's caseworker on `day`, with `form`.
    Status complete(Walk &walk, const QString &stepId, const QJsonObject &form, const QDate &day)
    {
        if (Status s = actAs(walk.caseworker, day); !s)
            return s;
        const ReviewStep *stored = walk.review.step(stepId);
        if (!stored)
            return Ok{};
        ReviewStep step = *stored;
        step.form = form;
        auto done = PlanRepository(m_session).completeStep(step, day);
        if (!done)
            return done.error();
        walk.review = *done;
        return Ok{};
    }

    QJsonObject formFor(const Walk &walk, const QString &stepId, const QDate &day) const
    {
        if (stepId == u"meeting_planning")
            return {{QStringLiteral("planned_meeting_on"), isoDate(walk.meetingOn)},
                    {QStringLiteral("joint_meeting_asked"), true},
                    {QStringLiteral("supporter_asked"), walk.index % 2 == 0}};
        if (stepId == u"pre_notice")
            return preNoticeForm(walk, day);
        if (stepId == u"supplier_status")
            return {{QStringLiteral("received_on"), isoDate(day)},
                    {QStringLiteral("summary"), withMarker(m_texts.supplierSummary)}};
        if (stepId == u"medical_information")
            return medicalForm(walk, day);
        if (stepId == u"investigation_finished")
            return investigationFinishedForm(walk, day);
        return {};
    }

    QJsonObject preNoticeForm(const Walk &walk, const QDate &day) const
    {
        QJsonArray recipients = {QJsonObject{{QStringLiteral("name"), walk.client.name},
                                             {QStringLiteral("role"), QStringLiteral("client")}}};
        for (const ClientFacts::Person &person : walk.client.people) {
            if (person.receivesLetters)
                recipients.append(QJsonObject{{QStringLiteral("name"), person.name},
                                              {QStringLiteral("role"), person.relation},
                                              {QStringLiteral("contact_id"), person.contactId}});
        }
        return {{QStringLiteral("sent_on"), isoDate(day)},
                {QStringLiteral("method"), walk.index % 3 == 2 ? QStringLiteral("digital")
                                                               : QStringLiteral("post")},
                {QStringLiteral("recipients"), recipients}};
    }

    QJsonObject medicalForm(const Walk &walk, const QDate &day) const
    {
        const QDate asked = walk.previousDone.isValid() ? walk.previousDone : day;
        const QJsonObject gp = {{QStringLiteral("to"), QStringLiteral("gp")},
                                {QStringLiteral("name"), m_texts.gpTitle.arg(walk.client.gp)},
                                {QStringLiteral("asked"), m_texts.medicalAsked},
                                {QStringLiteral("sent_on"), isoDate(asked)},
                                {QStringLiteral("answered_on"), isoDate(day)},
                                {QStringLiteral("summary"), withMarker(m_texts.medicalSummary)}};
        return {{QStringLiteral("requests"), QJsonArray{gp}}};
    }

    QJsonObject investigationFinishedForm(const Walk &walk, const QDate &day) const
    {
        const QJsonArray discussed = {
            QJsonObject{{QStringLiteral("role"), QStringLiteral("unit_leader")},
                        {QStringLiteral("name"), m_leader->fullName},
                        {QStringLiteral("on"), isoDate(day.addDays(-2))}},
            QJsonObject{{QStringLiteral("role"), QStringLiteral("department_leader")},
                        {QStringLiteral("name"), m_texts.departmentLeader},
                        {QStringLiteral("on"), isoDate(day.addDays(-1))}}};
        return {{QStringLiteral("estimates"), estimates(walk)},
                {QStringLiteral("recommendation"), withMarker(m_texts.recommendation)},
                {QStringLiteral("discussed"), discussed},
                {QStringLiteral("primary_contact_informed_on"), isoDate(day)},
                {QStringLiteral("action_plan_updated_on"), isoDate(day)}};
    }

    // The services of the decision under review that its legal basis allows (older demo
    // decisions may hold one it does not).
    QList<DecisionService> grantable(const Walk &walk) const
    {
        if (!walk.review.decisionId)
            return {};
        auto previous = DecisionRepository(m_session).get(*walk.review.decisionId);
        if (!previous)
            return {};
        QList<DecisionService> services;
        for (const DecisionService &service : std::as_const(previous->services)) {
            const ServiceType *type = m_session.profile().service(service.serviceCode);
            if (type && type->legalBases.contains(previous->legalBasis))
                services << service;
        }
        return services;
    }

    // The hours of the decision under review, a little changed: more own time for daily
    // living, a little less shared time.
    QJsonArray estimates(const Walk &walk) const
    {
        QJsonArray list;
        const QList<DecisionService> services = grantable(walk);
        for (qsizetype i = 0; i < services.size(); ++i) {
            const DecisionService &service = services.at(i);
            const double own = std::min(service.ownHours + (i == 0 ? 1.0 : 0.0), 100.0);
            const double shared = std::max(0.0, service.sharedHours - (i == 0 ? 0.5 : 0.0));
            list.append(QJsonObject{{QStringLiteral("service_code"), service.serviceCode},
                                    {QStringLiteral("own_hours"), own},
                                    {QStringLiteral("shared_hours"), own + shared > 0 ? shared : 1.0}});
        }
        return list;
    }

    // --- the meeting

    QList<MeetingParticipant> participants(const Walk &walk) const
    {
        QList<MeetingParticipant> list;
        auto add = [&](const QString &name, const QString &role) -> MeetingParticipant & {
            MeetingParticipant p;
            p.name = name;
            p.role = role;
            p.invited = p.accepted = true;
            list.append(p);
            return list.last();
        };
        add(walk.client.name, QStringLiteral("client"));
        for (const ClientFacts::Person &person : walk.client.people) {
            if (person.relation == u"guardian" || person.nearest
                || person.relation == u"primary_contact")
                add(person.name, person.relation == u"guardian" || person.relation == u"primary_contact"
                                     ? person.relation
                                     : QStringLiteral("relative"))
                    .contactId = person.contactId;
        }
        MeetingParticipant &lead = add(walk.caseworker.fullName, QStringLiteral("caseworker"));
        lead.staffUserId = walk.caseworker.id;
        lead.isCoordinator = true;
        return list;
    }

    Status agreeMeeting(Walk &walk, const QDate &day)
    {
        if (Status s = actAs(walk.caseworker, day); !s)
            return s;
        const JurisdictionProfile &profile = m_session.profile();
        Meeting meeting;
        meeting.kind = MeetingKind::Evaluation;
        meeting.clientId = walk.review.clientId;
        meeting.reviewId = walk.review.id;
        meeting.title = m_texts.meetingTitle.arg(walk.client.name);
        meeting.startsAt = QDateTime(walk.meetingOn, QTime(10 + walk.index % 4, 0));
        meeting.endsAt = meeting.startsAt.addSecs(90 * 60);
        meeting.location = m_texts.meetingPlace.arg(walk.client.unit);
        meeting.agreedHow = walk.index % 3 == 1 ? QStringLiteral("phone") : QStringLiteral("letter");
        meeting.agenda = defaultAgenda(profile, MeetingKind::Evaluation, profile.language);
        meeting.participants = participants(walk);
        auto saved = MeetingRepository(m_session).save(meeting);
        if (!saved)
            return saved.error();
        auto linked = PlanRepository(m_session).linkMeeting(walk.review.id, saved->id);
        if (!linked)
            return linked.error();
        walk.review = *linked;
        const ReviewStep *step = walk.review.step(QStringLiteral("meeting_agreed"));
        return complete(walk, QStringLiteral("meeting_agreed"), step ? step->form : QJsonObject(),
                        day);
    }

    // Marks the meeting held: everyone came, the primary contact (never the caseworker, who
    // leads) took the minutes.
    Status markHeld(const Walk &walk)
    {
        MeetingRepository meetings(m_session);
        auto found = meetings.forReview(walk.review.id);
        if (!found)
            return found.error();
        if (!*found)
            return Ok{};
        Meeting meeting = **found;
        meeting.held = true;
        meeting.minutes = withMarker(m_texts.minutes);
        meeting.agreements = m_texts.agreements;
        bool taker = false;
        for (MeetingParticipant &p : meeting.participants) {
            p.attended = true;
            if (!taker && !p.isCoordinator && p.role != u"client"
                && (p.role == u"primary_contact" || &p == &meeting.participants.last())) {
                p.isMinuteTaker = taker = true;
            }
        }
        if (!taker) {
            for (MeetingParticipant &p : meeting.participants) {
                if (!taker && !p.isCoordinator && p.role != u"client")
                    p.isMinuteTaker = taker = true;
            }
        }
        auto saved = meetings.save(meeting);
        return saved ? Status(Ok{}) : Status(saved.error());
    }

    Status holdMeeting(Walk &walk, const QDate &day)
    {
        if (Status s = actAs(walk.caseworker, day); !s)
            return s;
        if (Status s = markHeld(walk); !s)
            return s;
        return complete(walk, QStringLiteral("meeting_held"), heldForm(walk, day), day);
    }

    QJsonObject heldForm(const Walk &walk, const QDate &day) const
    {
        QJsonObject areas;
        for (const QString &area : lifeAreaIds())
            areas[area] = m_texts.lifeAreas.value(area);
        const ClientFacts::Person *nearest = nullptr;
        for (const ClientFacts::Person &person : walk.client.people) {
            if (person.nearest)
                nearest = &person;
        }
        const QString consent = QStringList{QStringLiteral("full"), QStringLiteral("partial"),
                                            QStringLiteral("none")}
                                        .contains(walk.client.consent)
                                    ? walk.client.consent
                                    : QStringLiteral("partial");
        const QJsonObject investigation = {
            {QStringLiteral("consent_competence"), consent},
            {QStringLiteral("consent_assessed_by"), m_texts.gpTitle.arg(walk.client.gp)},
            {QStringLiteral("user_participation"), m_texts.userParticipation},
            {QStringLiteral("relatives_participation"), m_texts.relativesParticipation},
            {QStringLiteral("life_areas"), areas},
            {QStringLiteral("own_needs_wishes_goals"), withMarker(m_texts.ownNeedsWishesGoals)},
            {QStringLiteral("gp"), walk.client.gp},
            {QStringLiteral("nearest_relative"), nearest ? nearest->name : m_texts.noRelative},
            {QStringLiteral("individual_plan"),
             walk.client.individualPlan.isEmpty() ? QStringLiteral("no") : walk.client.individualPlan}};
        return {{QStringLiteral("investigation"), investigation},
                {QStringLiteral("assessment"), assessment(walk, day)}};
    }

    // A new assessment on the jurisdiction's tool, every item scored on its scale.
    QJsonObject assessment(const Walk &walk, const QDate &day) const
    {
        const AssessmentTool &tool = m_session.profile().assessment;
        const int range = tool.scaleMax - tool.scaleMin + 1;
        QJsonObject scores;
        for (qsizetype i = 0; i < tool.items.size(); ++i)
            scores[tool.items.at(i).id] = tool.scaleMin
                                          + int((walk.review.clientId * 7 + i * 3) % std::max(range, 1));
        return {{QStringLiteral("tool"), tool.id},
                {QStringLiteral("assessed_on"), isoDate(day)},
                {QStringLiteral("scores"), scores}};
    }

    // --- the new decision

    // Step 6 begins: the new decision as a draft, prefilled from the investigation.
    Status startDraft(Walk &walk, const QDate &day)
    {
        if (walk.review.newDecisionId)
            return Ok{};
        if (Status s = actAs(walk.caseworker, std::min(day, m_today)); !s)
            return s;
        auto started = PlanRepository(m_session).startNewDecision(walk.review.id);
        if (!started)
            return started.error();
        walk.review = *started;
        return Ok{};
    }

    // The draft made whole: dates, the municipality's assessment, every section written.
    Result<Decision> finishDraft(const Walk &walk, const QDate &sentOn)
    {
        DecisionRepository decisions(m_session);
        auto draft = decisions.get(*walk.review.newDecisionId);
        if (!draft)
            return draft.error();
        draft->validFrom = sentOn;
        draft->validTo = QDate();
        draft->evaluationDate = sentOn.addYears(1);
        draft->setSection(DecisionSection::MunicipalityAssessment,
                          withMarker(m_texts.recommendation));
        for (DecisionSection section : allDecisionSections()) {
            if (draft->section(section).trimmed().isEmpty())
                draft->setSection(section, withMarker(m_texts.decisionSection.arg(sectionKey(section))));
        }
        return decisions.saveDraft(*draft);
    }

    // Written, submitted, approved by the leader and sent by post, then step 6 is done.
    Status sendDecision(Walk &walk, const QDate &day)
    {
        if (Status s = startDraft(walk, day.addDays(-4)); !s)
            return s;
        if (Status s = actAs(walk.caseworker, day.addDays(-3)); !s)
            return s;
        auto decision = finishDraft(walk, day);
        DecisionRepository decisions(m_session);
        if (decision)
            decision = decisions.perform(decision->id, decision->version, DecisionAction::Submit);
        if (decision) {
            if (Status s = actAs(*m_leader, day.addDays(-1)); !s)
                return s;
            decision = decisions.perform(decision->id, decision->version, DecisionAction::Approve);
        }
        if (decision) {
            if (Status s = actAs(walk.caseworker, day); !s)
                return s;
            ActionInput sent;
            sent.date = day;
            sent.method = SendMethod::Post;
            decision = decisions.perform(decision->id, decision->version, DecisionAction::Send, sent);
        }
        if (!decision)
            return decision.error();
        return complete(walk, QStringLiteral("decision_sent"), {}, day);
    }

    // The day after the new decision's complaint deadline, a day or two later for some.
    QDate inForceDay(const Walk &walk) const
    {
        if (!walk.review.newDecisionId)
            return {};
        auto decision = DecisionRepository(m_session).get(*walk.review.newDecisionId);
        if (!decision || !decision->complaintDeadline.isValid())
            return {};
        return decision->complaintDeadline.addDays(1 + walk.index % 2);
    }

    Status putInForce(Walk &walk, const QDate &day)
    {
        if (Status s = actAs(walk.caseworker, day); !s)
            return s;
        DecisionRepository decisions(m_session);
        auto decision = decisions.get(*walk.review.newDecisionId);
        if (decision)
            decision = decisions.perform(decision->id, decision->version, DecisionAction::PutInForce);
        if (!decision)
            return decision.error();
        const QString on = isoDate(day);
        return complete(walk, QStringLiteral("in_force"),
                        {{QStringLiteral("department_leader_informed_on"), on},
                         {QStringLiteral("primary_contact_informed_on"), on},
                         {QStringLiteral("action_plan_updated_on"), on},
                         {QStringLiteral("care_record_updated_on"), on}},
                        day);
    }

    // --- the unit leader's task plan

    Status addTaskPlan()
    {
        if (Status s = actAs(*m_leader, m_today.addDays(-100)); !s)
            return s;
        PlanRepository plans(m_session);
        ReviewPlan plan;
        plan.kind = PlanKind::Task;
        plan.title = m_texts.taskPlanTitle;
        plan.goal = m_texts.taskPlanGoal;
        plan.startOn = m_today.addDays(-100);
        plan.deadline = m_today.addDays(40);
        plan.statusNote = m_texts.taskPlanStatus;
        auto saved = plans.save(plan);
        if (!saved)
            return saved.error();
        const QList<TaskScript> scripts = taskScripts();
        for (int i = 0; i < std::min(scripts.size(), m_texts.tasks.size()); ++i) {
            const TaskScript &script = scripts.at(i);
            PlanTask task;
            task.planId = saved->id;
            task.title = m_texts.tasks.at(i).title;
            task.responsible = m_texts.tasks.at(i).responsible;
            task.statusNote = m_texts.tasks.at(i).status;
            task.deadline = m_today.addDays(script.deadlineFromToday);
            if (script.doneFromToday)
                task.doneOn = m_today.addDays(*script.doneFromToday);
            m_session.setToday(task.doneOn.isValid() ? task.doneOn : m_today);
            if (auto added = plans.saveTask(task); !added)
                return added.error();
        }
        return Ok{};
    }

    Session &m_session;
    DemoOptions m_options;
    DemoPlanTexts m_texts;
    QDate m_today;
    QString m_username;
    QList<StaffUser> m_caseworkers;
    std::optional<StaffUser> m_leader;
    mutable QHash<qint64, QString> m_unitNames;
};

} // namespace

Status addDemoPlans(Session &session, const DemoOptions &options)
{
    return DemoPlans(session, options).build();
}

} // namespace fremdrift
