// Plans benchmark (issue: progress plans). Prints figures; never fails on time.
//
//   bench_plans [--clients 20000] [--decisions-per-client 5] [--plans 200]
//               [--reviews-per-plan 25] [--runs 40] [--db FILE]
//
// On the large demo database (20,000 clients, 100,000 decisions) with 200 plans and 5,000
// reviews in progress, it times what the overview page loads each morning (for a caseworker,
// and for a leader with everyone's workload) and the view of a plan of 30 reviews. Goal: a
// median under 50 ms each. The database is made once and reused (build-bench/).
#include "demo/demodata.h"
#include "repository/overviewqueries.h"
#include "repository/planrepository.h"
#include "storage/database.h"
#include "workflow/session.h"

#include "benchstats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace fremdrift;
using bench::Stats;
using bench::statsOf;
using bench::timed;

namespace {

void print(const char *what, const Stats &stats)
{
    std::printf("  %-46s median %8.3f ms   p95 %8.3f ms   max %8.3f ms   (n=%lld)%s\n", what,
                stats.median, stats.p95, stats.max, static_cast<long long>(stats.samples),
                stats.median < 50 ? "" : "   ** over the 50 ms goal **");
}

QString prepareDatabase(const QString &requested, const DemoOptions &demo)
{
    const QString path = requested.isEmpty()
                             ? QStringLiteral("bench-plans-%1x%2-%3x%4.sqlite")
                                   .arg(demo.clients)
                                   .arg(demo.decisionsPerClient)
                                   .arg(demo.extraPlans)
                                   .arg(demo.reviewsPerExtraPlan)
                             : requested;
    if (QFileInfo::exists(path))
        return path;
    QElapsedTimer timer;
    timer.start();
    Database::CreateOptions options;
    options.testData = true;
    auto db = Database::create(path, options);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return {};
    }
    if (const Status filled = fillWithDemoData(**db, demo); !filled) {
        std::fprintf(stderr, "%s\n", qPrintable(filled.error().message));
        return {};
    }
    std::printf("Made %s in %.1f s\n", qPrintable(path), double(timer.elapsed()) / 1000);
    return path;
}

// The plan of 30 reviews the plan view is timed on, added through the repository the first
// time (the demo's plans hold 7 to 25).
Result<qint64> thirtyReviewPlan(Session &session)
{
    PlanRepository plans(session);
    const QString title = QStringLiteral("Benchmark: 30 reviews");
    auto list = plans.list();
    if (!list)
        return list.error();
    for (const PlanSummary &plan : std::as_const(*list)) {
        if (plan.title == title)
            return plan.id;
    }
    ReviewPlan plan;
    plan.title = title;
    plan.startOn = session.today().addDays(-30);
    plan.deadline = session.today().addDays(60);
    auto users = session.users();
    if (!users)
        return users.error();
    for (const StaffUser &user : std::as_const(*users)) {
        if (user.role == Role::Caseworker)
            plan.caseworkers.append({user.id, {}, 0});
    }
    auto saved = plans.save(plan);
    if (!saved)
        return saved.error();
    ReviewPick pick;
    pick.limit = 30;
    auto candidates = plans.candidates(pick);
    if (!candidates)
        return candidates.error();
    QList<qint64> ids;
    for (const DecisionSummary &decision : std::as_const(*candidates))
        ids << decision.id;
    if (auto added = plans.addReviews(saved->id, ids); !added)
        return added.error();
    return saved->id;
}

std::optional<StaffUser> firstWithRole(Session &session, Role role)
{
    auto users = session.users();
    if (!users)
        return std::nullopt;
    for (const StaffUser &user : std::as_const(*users)) {
        if (user.role == role && user.active)
            return user;
    }
    return std::nullopt;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    const QCommandLineOption clientsOption(QStringLiteral("clients"), QStringLiteral("Clients."),
                                           QStringLiteral("n"), QStringLiteral("20000"));
    const QCommandLineOption perClientOption(QStringLiteral("decisions-per-client"),
                                             QStringLiteral("Decisions per client."),
                                             QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption plansOption(QStringLiteral("plans"), QStringLiteral("Extra plans."),
                                         QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption reviewsOption(QStringLiteral("reviews-per-plan"),
                                           QStringLiteral("Reviews per extra plan."),
                                           QStringLiteral("n"), QStringLiteral("25"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per figure."),
                                        QStringLiteral("n"), QStringLiteral("40"));
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file."),
                                      QStringLiteral("file"));
    parser.addOptions({clientsOption, perClientOption, plansOption, reviewsOption, runsOption,
                       dbOption});
    parser.addHelpOption();
    parser.process(app);

    DemoOptions demo;
    demo.clients = parser.value(clientsOption).toInt();
    demo.decisionsPerClient = parser.value(perClientOption).toInt();
    demo.extraPlans = parser.value(plansOption).toInt();
    demo.reviewsPerExtraPlan = parser.value(reviewsOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const QString path = prepareDatabase(parser.value(dbOption), demo);
    if (path.isEmpty())
        return 1;

    auto db = Database::open(path);
    if (!db)
        return 1;
    auto session = Session::start(**db);
    if (!session)
        return 1;
    const auto caseworker = firstWithRole(**session, Role::Caseworker);
    const auto leader = firstWithRole(**session, Role::Leader);
    if (!caseworker || !leader)
        return 1;
    if (!(*session)->switchUser(leader->username))
        return 1;
    auto planId = thirtyReviewPlan(**session);
    if (!planId) {
        std::fprintf(stderr, "%s\n", qPrintable(planId.error().message));
        return 1;
    }
    const auto counts = (*db)->rowCounts();
    std::printf("\nDatabase: %lld clients, %lld decisions, %lld plans, %lld reviews, %lld steps, "
                "%.1f MiB\n",
                static_cast<long long>(counts->value(QStringLiteral("clients"))),
                static_cast<long long>(counts->value(QStringLiteral("decisions"))),
                static_cast<long long>(counts->value(QStringLiteral("review_plans"))),
                static_cast<long long>(counts->value(QStringLiteral("reviews"))),
                static_cast<long long>(counts->value(QStringLiteral("review_steps"))),
                double(QFileInfo(path).size()) / (1024 * 1024));

    OverviewQueries overview(**session);
    Overview last;
    auto load = [&](const OverviewOptions &options) {
        auto loaded = overview.load(options);
        if (!loaded) {
            std::fprintf(stderr, "%s\n", qPrintable(loaded.error().message));
            return false;
        }
        last = *loaded;
        return true;
    };
    OverviewOptions mine;
    mine.caseworkerId = caseworker->id;
    const Stats caseworkerStats = statsOf(timed(runs, [&] { return load(mine); }));
    const Overview caseworkerOverview = last;
    OverviewOptions everyone;
    everyone.includeWorkload = true;
    const Stats leaderStats = statsOf(timed(runs, [&] { return load(everyone); }));
    const Overview leaderOverview = last;

    PlanRepository plans(**session);
    qsizetype reviews = 0;
    const Stats viewStats = statsOf(timed(runs, [&] {
        auto view = plans.view(*planId);
        reviews = view ? view->reviews.size() : 0;
        return view.ok();
    }));
    const Stats listStats = statsOf(timed(runs, [&] { return plans.list().ok(); }));

    std::printf("\nResults (goal: median under 50 ms)\n");
    print("overview for a caseworker", caseworkerStats);
    std::printf("  %-46s %lld due this week, %lld late, %lld meetings, %lld unplanned, %lld plans\n",
                "", static_cast<long long>(caseworkerOverview.dueThisWeek.size()),
                static_cast<long long>(caseworkerOverview.late.size()),
                static_cast<long long>(caseworkerOverview.meetings.size()),
                static_cast<long long>(caseworkerOverview.unplannedDecisions.size()),
                static_cast<long long>(caseworkerOverview.plans.size()));
    print("overview for a leader, with workload", leaderStats);
    std::printf("  %-46s %lld late, %lld plans, %lld caseworkers in the workload\n", "",
                static_cast<long long>(leaderOverview.late.size()),
                static_cast<long long>(leaderOverview.plans.size()),
                static_cast<long long>(leaderOverview.workload.size()));
    print("plan view (PlanRepository::view)", viewStats);
    std::printf("  %-46s %lld reviews\n", "", static_cast<long long>(reviews));
    print("plans list (PlanRepository::list)", listStats);

    // Where the overview's time goes, query by query (a caseworker's, and the leader's workload).
    std::printf("\nOverview, query by query\n");
    const QDate today = (*session)->today();
    print("  late steps (a caseworker)", statsOf(timed(runs, [&] {
              return overview.openSteps(caseworker->id, QDate(1900, 1, 1), today.addDays(-1), 200).ok();
          })));
    print("  meetings coming (a caseworker)", statsOf(timed(runs, [&] {
              return overview.upcomingMeetings(caseworker->id, 14, 200).ok();
          })));
    print("  unplanned decisions (a caseworker)", statsOf(timed(runs, [&] {
              return overview.unplannedDecisions(caseworker->id, 8, 200).ok();
          })));
    PlanFilter hers;
    hers.caseworkerId = caseworker->id;
    print("  plans with progress (a caseworker)", statsOf(timed(runs, [&] {
              return plans.list(hers).ok();
          })));
    print("  workload (everyone)", statsOf(timed(runs, [&] { return overview.workload().ok(); })));
    return 0;
}
