// plan and review: progress plans, their reviews and steps, and task plans (seed 000).
#include "commands.h"

#include "documents/planreport.h"
#include "domain/planjson.h"
#include "repository/clientrepository.h"
#include "repository/planrepository.h"
#include "repository/stepcheck.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace fremdrift::cli {

namespace {

// Prints each problem with the field it is about, so a script sees what to fill in.
void printFieldProblems(const QList<FieldProblem> &problems)
{
    for (const FieldProblem &problem : problems)
        printError(problem.field.isEmpty()
                       ? problem.message
                       : QStringLiteral("%1: %2").arg(problem.field, problem.message));
}

void printFailure(const Error &error)
{
    if (error.problems.isEmpty())
        printError(error);
    else
        printFieldProblems(error.problems);
}

// The ids of the units named, regardless of case; an error names the first unknown one.
Result<QList<qint64>> unitIds(Session &session, const QStringList &names)
{
    if (names.isEmpty())
        return QList<qint64>();
    auto units = ClientRepository(session).units();
    if (!units)
        return units.error();
    QList<qint64> ids;
    for (const QString &name : names) {
        const auto found = std::find_if(units->cbegin(), units->cend(), [&](const Unit &unit) {
            return unit.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0;
        });
        if (found == units->cend())
            return makeError(Error::Code::NotFound,
                             Cli::tr("There is no unit called \"%1\".").arg(name));
        ids << found->id;
    }
    return ids;
}

// The staff users with these usernames, regardless of case.
Result<QList<PlanCaseworker>> caseworkers(Session &session, const QStringList &usernames)
{
    if (usernames.isEmpty())
        return QList<PlanCaseworker>();
    auto users = session.users();
    if (!users)
        return users.error();
    QList<PlanCaseworker> found;
    for (const QString &username : usernames) {
        const auto user = std::find_if(users->cbegin(), users->cend(), [&](const StaffUser &u) {
            return u.username.compare(username.trimmed(), Qt::CaseInsensitive) == 0;
        });
        if (user == users->cend())
            return makeError(Error::Code::NotFound,
                             Cli::tr("There is no staff user with the username \"%1\".")
                                 .arg(username));
        PlanCaseworker caseworker;
        caseworker.userId = user->id;
        caseworker.name = user->fullName;
        found << caseworker;
    }
    return found;
}

// A positional id at `index` (PLAN, review ID), or nothing after printing why not.
std::optional<qint64> positionalId(const QCommandLineParser &parser, qsizetype index,
                                   const QString &what)
{
    bool isNumber = false;
    const qint64 id = parser.positionalArguments().value(index).toLongLong(&isNumber);
    if (!isNumber || id <= 0) {
        printError(Cli::tr("Give the %1's id, a whole number, e.g. 12.").arg(what));
        return std::nullopt;
    }
    return id;
}

struct CreateOptions
{
    QCommandLineOption title{QStringLiteral("title"), Cli::tr("The plan's title."),
                             QStringLiteral("text")};
    QCommandLineOption goal{QStringLiteral("goal"), Cli::tr("What the plan is to achieve."),
                            QStringLiteral("text")};
    QCommandLineOption unit{QStringLiteral("unit"),
                            Cli::tr("A unit the plan covers; repeat for more."),
                            QStringLiteral("name")};
    QCommandLineOption start{QStringLiteral("start"), Cli::tr("When the plan starts (YYYY-MM-DD)."),
                             QStringLiteral("date")};
    QCommandLineOption deadline{QStringLiteral("deadline"),
                                Cli::tr("When everything must be done (YYYY-MM-DD)."),
                                QStringLiteral("date")};
    QCommandLineOption status{QStringLiteral("status"), Cli::tr("A note on where the plan stands."),
                              QStringLiteral("text")};
    QCommandLineOption caseworker{QStringLiteral("caseworker"),
                                  Cli::tr("A responsible caseworker (username); repeat for more."),
                                  QStringLiteral("username")};
    QCommandLineOption kind{QStringLiteral("kind"),
                            Cli::tr("review (reviews of decisions, the default) or task (plain "
                                    "tasks)."),
                            QStringLiteral("kind")};

    QList<QCommandLineOption> all() const
    {
        return {title, goal, unit, start, deadline, status, caseworker, kind};
    }
};

// The plan the options describe, without what needs the database; nothing after printing why.
std::optional<ReviewPlan> planFromOptions(const QCommandLineParser &parser,
                                          const CreateOptions &options)
{
    if (!requireOption(parser, options.title) || !requireOption(parser, options.deadline))
        return std::nullopt;
    ReviewPlan plan;
    const auto start = dateOption(parser, options.start);
    const auto deadline = dateOption(parser, options.deadline);
    if (!start || !deadline)
        return std::nullopt;
    if (parser.isSet(options.kind)) {
        const auto kind = planKindFromKey(parser.value(options.kind));
        if (!kind) {
            printError(Cli::tr("--kind takes review or task, not \"%1\".")
                           .arg(parser.value(options.kind)));
            return std::nullopt;
        }
        plan.kind = *kind;
    }
    plan.title = parser.value(options.title);
    plan.goal = parser.value(options.goal);
    plan.startOn = *start;
    plan.deadline = *deadline;
    plan.statusNote = parser.value(options.status);
    return plan;
}

// plan create --title T [--goal G] [--unit NAME]... [--start D] --deadline D [--status S]
// [--caseworker USERNAME]... [--kind review|task] → the new plan, as toJson(ReviewPlan)
int createPlan(const Context &context, const QStringList &args)
{
    QCommandLineParser parser;
    const CreateOptions options;
    parser.addOptions(options.all());
    if (!parseCommand(parser, args))
        return UsageError;
    auto plan = planFromOptions(parser, options);
    if (!plan)
        return UsageError;
    auto workspace = openWorkspace(context);
    if (!workspace)
        return Failure;
    Session &session = *workspace->session;
    auto units = unitIds(session, parser.values(options.unit));
    auto people = units ? caseworkers(session, parser.values(options.caseworker))
                        : Result<QList<PlanCaseworker>>(units.error());
    if (!people) {
        printError(people.error());
        return Failure;
    }
    plan->unitIds = *units;
    plan->caseworkers = *people;
    auto saved = PlanRepository(session).save(*plan);
    if (!saved) {
        printFailure(saved.error());
        return Failure;
    }
    printJson(toJson(*saved));
    return Success;
}

struct AddReviewOptions
{
    QCommandLineOption decision{QStringLiteral("decision"),
                                Cli::tr("A decision to review (its id); repeat for more."),
                                QStringLiteral("id")};
    QCommandLineOption unit{QStringLiteral("unit"),
                            Cli::tr("Review the decisions of the clients in this unit; repeat "
                                    "for more."),
                            QStringLiteral("name")};
    QCommandLineOption evaluationBefore{QStringLiteral("evaluation-before"),
                                        Cli::tr("Review the decisions due for evaluation before "
                                                "this date (YYYY-MM-DD)."),
                                        QStringLiteral("date")};
};

// The --decision ids given, or nothing after printing why they are wrong.
std::optional<QList<qint64>> decisionIds(const QCommandLineParser &parser,
                                         const AddReviewOptions &options)
{
    QList<qint64> ids;
    for (const QString &value : parser.values(options.decision)) {
        bool isNumber = false;
        const qint64 id = value.toLongLong(&isNumber);
        if (!isNumber || id <= 0) {
            printError(Cli::tr("--decision takes a decision's id, a whole number, not \"%1\".")
                           .arg(value));
            return std::nullopt;
        }
        ids << id;
    }
    return ids;
}

// The decisions to add: those given, or the candidates that the pick selects.
Result<QList<qint64>> decisionsToAdd(PlanRepository &plans,
                                     const QList<qint64> &given,
                                     const ReviewPick &pick)
{
    if (!given.isEmpty())
        return given;
    auto candidates = plans.candidates(pick);
    if (!candidates)
        return candidates.error();
    QList<qint64> ids;
    for (const DecisionSummary &decision : std::as_const(*candidates))
        ids << decision.id;
    if (ids.isEmpty())
        return makeError(Error::Code::NotFound,
                         Cli::tr("No decision matches: none that applies and is not already "
                                 "under review."));
    return ids;
}

// plan add-review PLAN --decision ID... | --unit NAME... | --evaluation-before D
// → {"plan_id", "review_ids": [...], "count"}
int addReviews(const Context &context, const QStringList &args)
{
    QCommandLineParser parser;
    const AddReviewOptions options;
    parser.addOptions({options.decision, options.unit, options.evaluationBefore});
    if (!parseCommand(parser, args, 1))
        return UsageError;
    const auto planId = positionalId(parser, 0, Cli::tr("plan"));
    const auto given = planId ? decisionIds(parser, options) : std::nullopt;
    const auto before = given ? dateOption(parser, options.evaluationBefore) : std::nullopt;
    if (!before)
        return UsageError;
    const bool picks = parser.isSet(options.unit) || before->isValid();
    if (given->isEmpty() == !picks) {
        printError(Cli::tr("Give either --decision, or --unit and/or --evaluation-before."));
        return UsageError;
    }
    auto workspace = openWorkspace(context);
    if (!workspace)
        return Failure;
    Session &session = *workspace->session;
    PlanRepository plans(session);
    auto units = unitIds(session, parser.values(options.unit));
    ReviewPick pick;
    pick.unitIds = units ? *units : QList<qint64>();
    pick.evaluationBefore = *before;
    auto ids = units ? decisionsToAdd(plans, *given, pick)
                     : Result<QList<qint64>>(units.error());
    auto added = ids ? plans.addReviews(*planId, *ids) : Result<QList<qint64>>(ids.error());
    if (!added) {
        printFailure(added.error());
        return Failure;
    }
    QJsonArray reviewIds;
    for (qint64 id : std::as_const(*added))
        reviewIds.append(id);
    printJson({{QStringLiteral("plan_id"), *planId},
               {QStringLiteral("review_ids"), reviewIds},
               {QStringLiteral("count"), reviewIds.size()}});
    return Success;
}

// plan show PLAN → the plan, its reviews with their steps, due dates and late flags, and its
// tasks, as toJson(PlanView, today)
int showPlan(const Context &context, const QStringList &args)
{
    return showById(context, args, [](Session &session, qint64 id) -> Result<QJsonObject> {
        auto view = PlanRepository(session).view(id);
        if (!view)
            return view.error();
        return toJson(*view, session.today());
    });
}

// plan list [--all] → {"plans": [summary...], "count"}
int listPlans(const Context &context, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption allOption(QStringLiteral("all"),
                                       Cli::tr("Closed plans too, not only open ones."));
    parser.addOption(allOption);
    if (!parseCommand(parser, args))
        return UsageError;
    auto workspace = openWorkspace(context, Database::Access::ReadOnly);
    if (!workspace)
        return Failure;
    PlanFilter filter;
    filter.includeClosed = parser.isSet(allOption);
    auto plans = PlanRepository(*workspace->session).list(filter);
    if (!plans) {
        printError(plans.error());
        return Failure;
    }
    QJsonArray list;
    for (const PlanSummary &plan : std::as_const(*plans))
        list.append(toJson(plan));
    printJson({{QStringLiteral("plans"), list}, {QStringLiteral("count"), list.size()}});
    return Success;
}

// plan task PLAN --title T [--deadline D] [--responsible R] → the new task, as toJson(PlanTask)
int addTask(const Context &context, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption titleOption(QStringLiteral("title"), Cli::tr("What is to be done."),
                                         QStringLiteral("text"));
    const QCommandLineOption deadlineOption(QStringLiteral("deadline"),
                                            Cli::tr("By when (YYYY-MM-DD)."),
                                            QStringLiteral("date"));
    const QCommandLineOption responsibleOption(QStringLiteral("responsible"),
                                               Cli::tr("Who is responsible."),
                                               QStringLiteral("name"));
    parser.addOptions({titleOption, deadlineOption, responsibleOption});
    if (!parseCommand(parser, args, 1))
        return UsageError;
    const auto planId = positionalId(parser, 0, Cli::tr("plan"));
    const auto deadline = planId && requireOption(parser, titleOption)
                              ? dateOption(parser, deadlineOption)
                              : std::nullopt;
    if (!deadline)
        return UsageError;
    auto workspace = openWorkspace(context);
    if (!workspace)
        return Failure;
    PlanTask task;
    task.planId = *planId;
    task.title = parser.value(titleOption);
    task.deadline = *deadline;
    task.responsible = parser.value(responsibleOption);
    auto saved = PlanRepository(*workspace->session).saveTask(task);
    if (!saved) {
        printFailure(saved.error());
        return Failure;
    }
    printJson(toJson(*saved, workspace->session->today()));
    return Success;
}

// plan report PLAN --out FILE.pdf → {"plan_id", "path"}
int writeReport(const Context &context, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       Cli::tr("The PDF file to write."), QStringLiteral("file"));
    parser.addOption(outOption);
    if (!parseCommand(parser, args, 1))
        return UsageError;
    const auto id = idArgument(parser);
    if (!id || !requireOption(parser, outOption))
        return UsageError;
    auto workspace = openWorkspace(context, Database::Access::ReadOnly);
    if (!workspace)
        return Failure;
    const Session &session = *workspace->session;
    auto view = PlanRepository(*workspace->session).view(*id);
    const QString path = parser.value(outOption);
    const Status written = view ? writePlanReport(*view, session, path) : Status(view.error());
    if (!written) {
        printError(written.error());
        return Failure;
    }
    printJson({{QStringLiteral("plan_id"), *id}, {QStringLiteral("path"), path}});
    return Success;
}

} // namespace

int runPlan(const Context &context, const QStringList &args)
{
    return runSubcommand(context,
                         args,
                         {{QStringLiteral("create"), createPlan},
                          {QStringLiteral("add-review"), addReviews},
                          {QStringLiteral("show"), showPlan},
                          {QStringLiteral("list"), listPlans},
                          {QStringLiteral("report"), writeReport},
                          {QStringLiteral("task"), addTask}});
}

namespace {

// The review as toJson(Review, today), each open step with what it still lacks ("missing").
Result<QJsonObject> reviewJson(Session &session, const Review &review)
{
    QJsonObject json = toJson(review, session.today());
    QJsonArray steps = json.value(u"steps").toArray();
    for (qsizetype i = 0; i < review.steps.size(); ++i) {
        const ReviewStep &step = review.steps.at(i);
        if (step.isDone())
            continue;
        auto problems = stepProblems(session, review, step, session.today());
        if (!problems)
            return problems.error();
        QJsonObject stepJson = steps.at(i).toObject();
        stepJson[u"missing"] = problemsToJson(*problems);
        steps.replace(i, stepJson);
    }
    json[u"steps"] = steps;
    return json;
}

// review show ID → the review with every step's form, and for open steps what is missing
int showReview(const Context &context, const QStringList &args)
{
    return showById(context, args, [](Session &session, qint64 id) -> Result<QJsonObject> {
        auto review = PlanRepository(session).review(id);
        if (!review)
            return review.error();
        return reviewJson(session, *review);
    });
}

struct CompleteOptions
{
    QCommandLineOption date{QStringLiteral("date"),
                            Cli::tr("The day the step was done (YYYY-MM-DD); default today."),
                            QStringLiteral("date")};
    QCommandLineOption formJson{QStringLiteral("form-json"),
                                Cli::tr("JSON to merge into the step's form before completing "
                                        "it; - reads standard input."),
                                QStringLiteral("file")};
    QCommandLineOption notes{QStringLiteral("notes"), Cli::tr("Notes kept with the step."),
                             QStringLiteral("text")};
};

// The step the caller names: by the profile's step id ("pre_notice") or the step's own id.
ReviewStep *findStep(Review &review, const QString &name)
{
    if (ReviewStep *step = review.step(name.trimmed()))
        return step;
    bool isNumber = false;
    const qint64 id = name.toLongLong(&isNumber);
    for (ReviewStep &step : review.steps) {
        if (isNumber && step.id == id)
            return &step;
    }
    return nullptr;
}

// The steps' ids, for a message saying which there are.
QString stepIdsOf(const Review &review)
{
    QStringList ids;
    for (const ReviewStep &step : review.steps)
        ids << step.stepId;
    return ids.join(QStringLiteral(", "));
}

// Completes the named step of review `reviewId` with the form patch and notes given.
int completeNamedStep(Session &session, qint64 reviewId, const QString &stepName,
                      const QJsonObject &patch, const std::optional<QString> &notes,
                      const QDate &doneOn)
{
    PlanRepository plans(session);
    auto review = plans.review(reviewId);
    if (!review) {
        printError(review.error());
        return Failure;
    }
    ReviewStep *step = findStep(*review, stepName);
    if (!step) {
        printError(Cli::tr("Review %1 has no step \"%2\"; its steps are: %3.")
                       .arg(reviewId)
                       .arg(stepName, stepIdsOf(*review)));
        return UsageError;
    }
    step->form = mergeForm(step->form, patch);
    if (notes)
        step->notes = *notes;
    auto done = plans.completeStep(*step, doneOn.isValid() ? doneOn : session.today());
    if (!done) {
        printFailure(done.error());
        return Failure;
    }
    printJson(toJson(*done, session.today()));
    return Success;
}

// review complete-step ID STEP_ID [--date D] [--form-json FILE|-] [--notes N]
// → the review after the step is done, as toJson(Review, today)
int completeStep(const Context &context, const QStringList &args)
{
    QCommandLineParser parser;
    const CompleteOptions options;
    parser.addOptions({options.date, options.formJson, options.notes});
    if (!parseCommand(parser, args, 2))
        return UsageError;
    const auto reviewId = positionalId(parser, 0, Cli::tr("review"));
    if (!reviewId)
        return UsageError;
    const QString stepName = parser.positionalArguments().value(1);
    if (stepName.isEmpty()) {
        printError(Cli::tr("Name the step to complete, e.g. pre_notice."));
        return UsageError;
    }
    const auto doneOn = dateOption(parser, options.date);
    if (!doneOn)
        return UsageError;
    QJsonObject patch;
    if (parser.isSet(options.formJson)) {
        const auto read = readJsonObject(parser.value(options.formJson));
        if (!read)
            return Failure;
        patch = *read;
    }
    const std::optional<QString> notes = parser.isSet(options.notes)
                                             ? std::optional<QString>(parser.value(options.notes))
                                             : std::nullopt;
    auto workspace = openWorkspace(context);
    if (!workspace)
        return Failure;
    return completeNamedStep(*workspace->session, *reviewId, stepName, patch, notes, *doneOn);
}

} // namespace

int runReview(const Context &context, const QStringList &args)
{
    return runSubcommand(context,
                         args,
                         {{QStringLiteral("show"), showReview},
                          {QStringLiteral("complete-step"), completeStep}});
}

} // namespace fremdrift::cli
