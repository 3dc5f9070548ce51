// The demo office's plans: seed 000's three progress plans and the unit leader's task plan,
// in Norway, Sweden and Denmark, at the stages the demo promises and obeying the same rules.
#include "support/testsupport.h"

#include "demo/demodata.h"
#include "repository/planrepository.h"
#include "repository/stepcheck.h"
#include "storage/database.h"
#include "workflow/session.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace fremdrift;
using fremdrift::test::Scratch;

namespace {

struct DemoOffice
{
    Scratch scratch;
    std::unique_ptr<Database> database;
    std::unique_ptr<Session> session;

    explicit DemoOffice(JurisdictionCode code)
    {
        database = scratch.createDatabase(QStringLiteral("demo.sqlite"), code);
        REQUIRE(database);
        const Status filled = fillWithDemoData(*database);
        const std::string why = filled.ok() ? std::string() : filled.error().message.toStdString();
        INFO(why);
        REQUIRE(filled.ok());
        auto started = Session::start(*database);
        REQUIRE(started.ok());
        session = std::move(started).value();
    }

    QList<PlanView> views(PlanKind kind)
    {
        PlanRepository plans(*session);
        PlanFilter filter;
        filter.kind = kind;
        auto list = plans.list(filter);
        REQUIRE(list.ok());
        QList<PlanView> views;
        for (const PlanSummary &summary : std::as_const(*list)) {
            auto view = plans.view(summary.id);
            REQUIRE(view.ok());
            views << *view;
        }
        return views;
    }
};

JurisdictionCode jurisdictionUnderTest()
{
    return GENERATE(JurisdictionCode::Norway, JurisdictionCode::Sweden, JurisdictionCode::Denmark);
}

// How many reviews each caseworker has, fewest first.
QList<int> split(const PlanView &view)
{
    QMap<qint64, int> counts;
    for (const Review &review : view.reviews)
        ++counts[review.caseworkerId.value_or(0)];
    QList<int> list = counts.values();
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

TEST_CASE("The demo has seed 000's three review plans split between two caseworkers")
{
    const JurisdictionCode code = jurisdictionUnderTest();
    DemoOffice office(code);
    QList<PlanView> plans = office.views(PlanKind::Review);
    REQUIRE(plans.size() == 3);
    std::sort(plans.begin(), plans.end(), [](const PlanView &a, const PlanView &b) {
        return a.reviews.size() < b.reviews.size();
    });
    CHECK(plans.at(0).reviews.size() == 7);
    CHECK(plans.at(1).reviews.size() == 8);
    CHECK(plans.at(2).reviews.size() >= 13);
    CHECK(plans.at(2).reviews.size() <= 15);
    CHECK(split(plans.at(0)) == QList<int>{3, 4});
    CHECK(split(plans.at(1)) == QList<int>{4, 4});
    CHECK(split(plans.at(2)).size() == 2);
    for (const PlanView &view : plans)
        CHECK(view.plan.caseworkers.size() == 2);

    const QDate today = office.session->today();
    const int stepCount = code == JurisdictionCode::Denmark ? 9 : 7;
    CHECK(plans.at(0).reviews.constFirst().steps.size() == stepCount);
    // Plan 1 well advanced with a few late steps; plan 2 started with late ones; plan 3 ahead.
    const auto doneIn = [](const PlanView &view) {
        int done = 0;
        for (const Review &review : view.reviews)
            done += review.doneCount();
        return done;
    };
    const auto lateIn = [&](const PlanView &view) {
        int late = 0;
        for (const Review &review : view.reviews)
            late += review.lateCount(today);
        return late;
    };
    CHECK(std::any_of(plans.at(0).reviews.cbegin(), plans.at(0).reviews.cend(),
                      [](const Review &r) { return r.doneCount() >= r.steps.size() - 2; }));
    CHECK(lateIn(plans.at(0)) >= 2);
    CHECK(doneIn(plans.at(1)) > 0);
    CHECK(lateIn(plans.at(1)) > 0);
    CHECK(doneIn(plans.at(2)) == 0);
    CHECK(plans.at(2).plan.startOn > today);
}

TEST_CASE("Every done step of the demo passes the rules when checked again")
{
    DemoOffice office(jurisdictionUnderTest());
    int checked = 0;
    for (const PlanView &view : office.views(PlanKind::Review)) {
        for (const Review &review : view.reviews) {
            QDate previous;
            bool open = false;
            for (const ReviewStep &step : review.steps) {
                INFO(review.clientName.toStdString() << " " << step.stepId.toStdString());
                if (!step.isDone()) {
                    open = true;
                    continue;
                }
                CHECK_FALSE(open); // nothing done after a step still open
                CHECK(step.doneOn >= previous);
                CHECK(step.doneOn <= office.session->today());
                previous = step.doneOn;
                Review again = review;
                ReviewStep *undone = again.step(step.stepId);
                undone->doneOn = QDate();
                undone->doneBy.reset();
                auto problems = stepProblems(*office.session, again, *undone, step.doneOn);
                REQUIRE(problems.ok());
                for (const FieldProblem &problem : std::as_const(*problems))
                    UNSCOPED_INFO(problem.field.toStdString() << ": " << problem.message.toStdString());
                CHECK(problems->isEmpty());
                ++checked;
            }
        }
    }
    CHECK(checked > 30);
}

TEST_CASE("The demo has the unit leader's task plan with one task late")
{
    DemoOffice office(jurisdictionUnderTest());
    const QList<PlanView> plans = office.views(PlanKind::Task);
    REQUIRE(plans.size() == 1);
    const QList<PlanTask> &tasks = plans.constFirst().tasks;
    CHECK(tasks.size() == 7);
    const QDate today = office.session->today();
    CHECK(std::count_if(tasks.cbegin(), tasks.cend(), [](const PlanTask &t) { return t.isDone(); })
          == 3);
    CHECK(std::count_if(tasks.cbegin(), tasks.cend(),
                        [&](const PlanTask &t) { return t.isLate(today); })
          == 1);
    for (const PlanTask &task : tasks) {
        CHECK_FALSE(task.responsible.isEmpty());
        CHECK(task.deadline.isValid());
    }
}

TEST_CASE("The demo plans use invented names only")
{
    DemoOffice office(JurisdictionCode::Norway);
    QStringList texts;
    for (PlanKind kind : {PlanKind::Review, PlanKind::Task}) {
        for (const PlanView &view : office.views(kind)) {
            texts << view.plan.title << view.plan.statusNote << view.plan.unitNames;
            for (const Review &review : view.reviews)
                texts << review.clientName << review.caseworkerName;
        }
    }
    const QString all = texts.join(u'\n');
    for (const char *real : {"Bones", "Fløttum", "Snurruhagen", "Trygg framtid", "Kalvtrøa",
                             "Boveiledertjenesten", "Gauldal", "Hedmark"})
        CHECK_FALSE(all.contains(QString::fromUtf8(real)));
}
