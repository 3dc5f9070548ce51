// The plan report (documents/planreport.h) as an office hands it to its supervisor: the PDF's
// text, read back with pdftotext, holds the plan's title, every client, the step titles and a
// late mark. Core only, with the fonts of the documents test main.
#include <catch2/catch.hpp>

#include "demo/demodata.h"
#include "documents/planreport.h"
#include "repository/planrepository.h"
#include "support/process.h"
#include "support/testsupport.h"
#include "workflow/planprogress.h"
#include "workflow/session.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace fremdrift;

namespace {

struct Office
{
    Office()
    {
        database = scratch.createDatabase(QStringLiteral("office.sqlite"));
        REQUIRE(fillWithDemoData(*database).ok());
        auto started = Session::start(*database, QStringLiteral("kari.vestheim"));
        REQUIRE(started.ok());
        session = std::move(started).value();
    }

    // The open progress plan with the most late steps: the demo's well advanced one.
    PlanView latePlan() const
    {
        PlanFilter filter;
        filter.kind = PlanKind::Review;
        auto plans = PlanRepository(*session).list(filter);
        REQUIRE(plans.ok());
        REQUIRE_FALSE(plans->isEmpty());
        const auto most = std::max_element(plans->cbegin(), plans->cend(),
                                           [](const PlanSummary &a, const PlanSummary &b) {
                                               return a.lateCount < b.lateCount;
                                           });
        REQUIRE(most->lateCount > 0);
        auto view = PlanRepository(*session).view(most->id);
        REQUIRE(view.ok());
        return *view;
    }

    test::Scratch scratch;
    std::unique_ptr<Database> database;
    std::unique_ptr<Session> session;
};

// The PDF's text in the order it was drawn (-raw: cell by cell, so a cell's wrapped lines stay
// together), every run of white space made one space.
QString pdfText(const QString &path)
{
    // A person looks at the PDFs too: FREMDRIFT_SCREENSHOTS=/tmp/shots keeps a copy.
    const QString keep = qEnvironmentVariable("FREMDRIFT_SCREENSHOTS");
    if (!keep.isEmpty()) {
        QDir().mkpath(keep);
        const QString copy = QDir(keep).filePath(QStringLiteral("report-") + QFileInfo(path).fileName());
        QFile::remove(copy);
        QFile::copy(path, copy);
    }
    const test::ProcessRun run = test::runProcess(QStringLiteral("pdftotext"),
                                                  {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                                   path, QStringLiteral("-")});
    REQUIRE(run.exitCode == 0);
    // Compatibility forms: the PDF keeps ligatures ("ﬃ" in "Staffing") as one character.
    return QString::fromUtf8(run.out).normalized(QString::NormalizationForm_KC).simplified();
}

} // namespace

TEST_CASE("The plan report PDF names the plan its clients its steps and what is late")
{
    Office office;
    const PlanView view = office.latePlan();
    const QString path = office.scratch.path(QStringLiteral("plan.pdf"));
    REQUIRE(writePlanReport(view, *office.session, path).ok());
    REQUIRE(QFileInfo(path).size() > 1000);
    REQUIRE(test::readAll(path).startsWith("%PDF"));

    const QString text = pdfText(path);
    CHECK(text.contains(view.plan.title.simplified()));
    for (const Review &review : view.reviews) {
        INFO(review.clientName.toStdString());
        CHECK(text.contains(review.clientName.simplified()));
    }
    for (const QString &stepId : view.stepIds) {
        INFO(stepId.toStdString());
        CHECK(text.contains(stepTitle(stepId)));
    }
    CHECK(text.contains(stepTitle(planStepId())));
    CHECK(text.contains(QStringLiteral("LATE")));
    // The office's plan report template (the shipped one here) heads the late steps.
    REQUIRE_FALSE(lateSteps(view, office.session->today()).isEmpty());
    CHECK(text.contains(QStringLiteral("Late steps")));
    CHECK(text.contains(office.session->user().fullName));
    // Every page numbered with the total, the last one the timeline.
    const auto pages = QRegularExpression(QStringLiteral("Page (\\d+) of (\\d+)"));
    auto match = pages.globalMatch(text);
    int count = 0;
    QString total;
    while (match.hasNext()) {
        const auto found = match.next();
        ++count;
        CHECK(found.captured(1).toInt() == count);
        total = found.captured(2);
    }
    CHECK(count >= 2);
    CHECK(total.toInt() == count);
    CHECK(text.contains(QStringLiteral("Timeline: ") + view.plan.title.simplified()));
}

TEST_CASE("The plan report HTML marks late grid cells and counts each step")
{
    Office office;
    const PlanView view = office.latePlan();
    const QDate today = office.session->today();
    const QString html = planReportHtml(view, *office.session);
    CHECK(html.contains(view.plan.title.toHtmlEscaped()));
    // One late mark per late step in the grid ("!", the cells are narrow), and one per line
    // of the list of late steps.
    const QList<LateStep> late = lateSteps(view, today);
    REQUIRE_FALSE(late.isEmpty());
    CHECK(html.count(QStringLiteral(" <b>!</b></span></td>")) == late.size());
    CHECK(html.count(QStringLiteral(">LATE<")) >= late.size());
    for (const StepProgress &step : planStepProgress(view, office.session->profile(), today)) {
        if (!step.isPlanStep)
            CHECK(html.contains(QStringLiteral("%1 of %2").arg(step.done).arg(step.total)));
    }
}

TEST_CASE("A task plan's report lists its tasks and a PDF that cannot be written is an error")
{
    Office office;
    PlanFilter filter;
    filter.kind = PlanKind::Task;
    auto plans = PlanRepository(*office.session).list(filter);
    REQUIRE(plans.ok());
    REQUIRE_FALSE(plans->isEmpty());
    auto view = PlanRepository(*office.session).view(plans->first().id);
    REQUIRE(view.ok());
    REQUIRE_FALSE(view->tasks.isEmpty());
    const QString path = office.scratch.path(QStringLiteral("tasks.pdf"));
    REQUIRE(writePlanReport(*view, *office.session, path).ok());
    const QString text = pdfText(path);
    for (const PlanTask &task : view->tasks)
        CHECK(text.contains(task.title.simplified()));

    const Status refused = writePlanReport(*view, *office.session,
                                           office.scratch.path(QStringLiteral("no/such/dir/x.pdf")));
    CHECK_FALSE(refused.ok());
}
