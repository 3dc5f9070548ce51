// Letters benchmark (issue: templates and printed letters). Prints figures; never fails on time.
//
//   bench_letters [--runs 40] [--batch 100] [--libreoffice PATH] [--lo-runs 5]
//
// Times one decision letter from the case to PDF bytes (merge data, template, checks, layout,
// PDF writer), the pre-notices of a plan of --batch reviews issued in one go (each letter
// archived and each review's step 1 completed), and, when LibreOffice is installed, what
// offices do today: the same letter as an .odt converted by `soffice --headless --convert-to
// pdf`, one file per call and a batch of files in one call. Goal: under 50 ms per letter and at
// least 20 times faster than LibreOffice.
#include "demo/demodata.h"
#include "letters/letterissuer.h"
#include "repository/decisionrepository.h"
#include "repository/planrepository.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "workflow/session.h"

#include "benchstats.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextDocumentWriter>

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
    std::printf("  %-44s median %9.2f ms   p95 %9.2f ms   max %9.2f ms   (n=%lld)\n", what,
                stats.median, stats.p95, stats.max, static_cast<long long>(stats.samples));
}

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench_letters: %s\n", qPrintable(what));
    std::exit(1);
}

// An approved decision whose letter can be issued: a demo decision, approved again if needed.
qint64 approvedDecision(Session &session)
{
    auto found = sql::scalar(session.database().connection(),
                             QStringLiteral("SELECT id FROM decisions WHERE status = 'approved' "
                                            "ORDER BY id LIMIT 1"));
    if (!found || found->isNull())
        fail(QStringLiteral("the demo database has no approved decision"));
    return found->toLongLong();
}

// A plan of `count` reviews of decisions in force, step 1 not done.
qint64 planOf(Session &session, int count)
{
    PlanRepository plans(session);
    ReviewPlan plan;
    plan.title = QStringLiteral("Benchmark: pre-notices");
    plan.startOn = session.today();
    plan.deadline = session.today().addMonths(4);
    auto saved = plans.save(plan);
    if (!saved)
        fail(saved.error().message);
    auto query = sql::run(session.database().connection(),
                          QStringLiteral("SELECT d.id FROM decisions d JOIN clients c "
                                         "ON c.id = d.client_id WHERE d.status = 'in_force' "
                                         "AND c.address_line IS NOT NULL AND NOT EXISTS "
                                         "(SELECT 1 FROM reviews r WHERE r.decision_id = d.id) "
                                         "GROUP BY d.client_id LIMIT ?"),
                          {count});
    if (!query)
        fail(query.error().message);
    QList<qint64> ids;
    while (query->next())
        ids.append(query->value(0).toLongLong());
    auto added = plans.addReviews(saved->id, ids);
    if (!added)
        fail(added.error().message);
    return saved->id;
}

struct LibreOfficeFigures
{
    Stats single;
    double batchPerLetter = 0;
    int batchSize = 0;
};

// soffice --headless --convert-to pdf on `files`; false when it did not make every PDF.
bool convert(const QString &soffice, const QStringList &files, const QString &outDir,
             const QString &profileDir)
{
    QProcess process;
    process.start(soffice, QStringList{QStringLiteral("-env:UserInstallation=file://")
                                           + profileDir,
                                       QStringLiteral("--headless"),
                                       QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                                       QStringLiteral("--outdir"), outDir}
                               + files);
    if (!process.waitForFinished(300000) || process.exitCode() != 0)
        return false;
    for (const QString &file : files) {
        const QString pdf = QDir(outDir).filePath(QFileInfo(file).completeBaseName()
                                                  + QStringLiteral(".pdf"));
        if (!QFileInfo::exists(pdf))
            return false;
    }
    return true;
}

LibreOfficeFigures libreOffice(const QString &soffice, const QString &bodyHtml, int runs)
{
    QTemporaryDir dir;
    QTextDocument document;
    document.setHtml(bodyHtml);
    const int batch = 20;
    QStringList files;
    for (int i = 0; i < batch; ++i) {
        const QString path = dir.filePath(QStringLiteral("letter%1.odt").arg(i));
        QTextDocumentWriter writer(path, "odf");
        if (!writer.write(&document))
            fail(QStringLiteral("could not write %1").arg(path));
        files.append(path);
    }
    const QString profile = dir.filePath(QStringLiteral("profile"));
    const QString out = dir.filePath(QStringLiteral("out"));
    QDir().mkpath(out);
    LibreOfficeFigures figures;
    figures.single = statsOf(timed(runs, [&] {
        return convert(soffice, {files.first()}, out, profile);
    }));
    QElapsedTimer timer;
    timer.start();
    if (!convert(soffice, files, out, profile))
        fail(QStringLiteral("LibreOffice did not convert the batch"));
    figures.batchPerLetter = double(timer.nsecsElapsed()) / 1e6 / batch;
    figures.batchSize = batch;
    return figures;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Repetitions."),
                                        QStringLiteral("n"), QStringLiteral("40"));
    const QCommandLineOption batchOption(QStringLiteral("batch"),
                                         QStringLiteral("Reviews in the batch."),
                                         QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption sofficeOption(QStringLiteral("libreoffice"),
                                           QStringLiteral("soffice to compare with."),
                                           QStringLiteral("path"));
    const QCommandLineOption loRunsOption(QStringLiteral("lo-runs"),
                                          QStringLiteral("LibreOffice repetitions."),
                                          QStringLiteral("n"), QStringLiteral("5"));
    parser.addOptions({runsOption, batchOption, sofficeOption, loRunsOption});
    parser.addHelpOption();
    parser.process(app);
    const int runs = parser.value(runsOption).toInt();
    const int batchSize = parser.value(batchOption).toInt();

    QTemporaryDir dir;
    Database::CreateOptions options;
    options.testData = true;
    auto created = Database::create(dir.filePath(QStringLiteral("letters.sqlite")), options);
    if (!created)
        fail(created.error().message);
    auto database = std::move(created).value();
    DemoOptions demo;
    demo.clients = std::max(400, batchSize * 3);
    if (Status made = fillWithDemoData(*database, demo); !made)
        fail(made.error().message);
    auto started = Session::start(*database);
    if (!started)
        fail(started.error().message);
    Session &session = **started;

    std::printf("Letters (Norway, nb; %d runs after a warm-up)\n", runs);
    LetterIssuer issuer(session);
    LetterSubject subject;
    subject.kind = LetterKind::DecisionLetter;
    subject.decisionId = approvedDecision(session);
    QString bodyHtml;
    qsizetype pdfBytes = 0;
    const Stats one = statsOf(timed(runs, [&] {
        auto prepared = issuer.prepare(subject);
        if (!prepared || !prepared->canIssue())
            fail(prepared ? prepared->problems.value(0).message : prepared.error().message);
        auto pdf = LetterLayout::pdf(prepared->drafts.first().document);
        if (!pdf)
            fail(pdf.error().message);
        bodyHtml = prepared->drafts.first().document.bodyHtml;
        pdfBytes = pdf->size();
        return true;
    }));
    print("decision letter: case to PDF", one);
    auto prepared = issuer.prepare(subject);
    const Stats prepareOnly = statsOf(timed(runs, [&] { return issuer.prepare(subject).ok(); }));
    print("  of which reading the case and merging", prepareOnly);
    const Stats layoutOnly = statsOf(timed(runs, [&] {
        return LetterLayout::pdf(prepared->drafts.first().document).ok();
    }));
    print("  of which layout and PDF", layoutOnly);
    std::printf("  (one recipient's copy, %lld bytes of PDF)\n", static_cast<long long>(pdfBytes));

    const qint64 planId = planOf(session, batchSize);
    QElapsedTimer timer;
    timer.start();
    auto batch = issuer.issuePreNotices(planId, {});
    const double batchMs = double(timer.nsecsElapsed()) / 1e6;
    if (!batch)
        fail(batch.error().message);
    const int letters = batch->issuedCount();
    std::printf("  %-44s %9.0f ms in all   %6.2f ms per letter   (%d letters for %lld "
                "reviews, %d skipped; archived, step 1 completed)\n",
                "pre-notices of a plan, issued in one batch", batchMs,
                letters ? batchMs / letters : 0.0, letters,
                static_cast<long long>(batch->items.size()), batch->skippedCount());

    QString soffice = parser.value(sofficeOption);
    if (soffice.isEmpty())
        soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty()) {
        std::printf("\nLibreOffice is not installed: no comparison (tools/benchmark.sh installs "
                    "it).\n");
        return 0;
    }
    std::printf("\nThe same letter as .odt through %s --headless --convert-to pdf\n",
                qPrintable(soffice));
    const LibreOfficeFigures lo = libreOffice(soffice, bodyHtml,
                                              parser.value(loRunsOption).toInt());
    print("one letter per call", lo.single);
    std::printf("  %-44s %9.2f ms per letter\n",
                qPrintable(QStringLiteral("%1 letters in one call").arg(lo.batchSize)),
                lo.batchPerLetter);
    const double perLetter = letters ? batchMs / letters : one.median;
    std::printf("\nFremdrift is %.0f× faster than one conversion per letter and %.0f× faster "
                "than LibreOffice's batch (goal: 20×).\n",
                lo.single.median / one.median, lo.batchPerLetter / perLetter);
    return 0;
}
