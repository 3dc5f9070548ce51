// Caseload benchmark (issue: clients and decisions). Prints figures; never fails on time.
//
//   bench_caseload [--clients 20000] [--decisions-per-client 5] [--db FILE]
//
// On a demo database of 20,000 clients and 100,000 decisions it measures the time from
// opening the database to the clients page shown, the type-ahead search per keystroke
// (median and p95, and against the same statement in the sqlite3 shell), the query for
// decisions due for evaluation, and memory.
#include "demo/demodata.h"
#include "mainwindow.h"
#include "repository/clientrepository.h"
#include "repository/decisionrepository.h"
#include "storage/database.h"
#include "workflow/session.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>
#include "benchstats.h"

#include <cstdio>

using namespace fremdrift;
using bench::Stats;
using bench::statsOf;

namespace {

void print(const char *what, const Stats &stats, const char *unit = "ms")
{
    std::printf("  %-44s median %8.3f %s   p95 %8.3f %s   (n=%lld)\n",
                what, stats.median, unit, stats.p95, unit, static_cast<long long>(stats.samples));
}

// Peak and current resident memory in MiB, from /proc.
std::pair<double, double> memoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    double peak = 0, now = 0;
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            if (parts.size() >= 2 && parts[0] == "VmHWM:")
                peak = parts[1].toDouble() / 1024;
            if (parts.size() >= 2 && parts[0] == "VmRSS:")
                now = parts[1].toDouble() / 1024;
        }
    }
    return {peak, now};
}

// What a caseworker types, keystroke by keystroke: family names, a given name with a
// family name, national IDs and a unit.
QStringList keystrokes()
{
    const QStringList typed = {QStringLiteral("bakken"), QStringLiteral("haugland"),
                               QStringLiteral("rønning"), QStringLiteral("solberg"),
                               QStringLiteral("ingrid moen"), QStringLiteral("nygård"),
                               QStringLiteral("1985"), QStringLiteral("lyngtunet"),
                               QStringLiteral("eirik strand"), QStringLiteral("fjeldheim")};
    QStringList prefixes;
    for (const QString &text : typed) {
        for (qsizetype n = 1; n <= text.size(); ++n)
            prefixes << text.left(n);
    }
    return prefixes;
}

QString sqlLiteral(const QString &text)
{
    return u'\'' + QString(text).replace(u'\'', QStringLiteral("''")) + u'\'';
}

// The wall time of the sqlite3 shell running `script` on `path`, in ms.
double shellRun(const QString &path, const QString &script)
{
    QProcess shell;
    QElapsedTimer timer;
    timer.start();
    shell.start(QStringLiteral("sqlite3"), {path});
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(600000);
    return double(timer.nsecsElapsed()) / 1e6;
}

// The same statement with the same values in the sqlite3 shell, per run (ms). The shell's own
// .timer counts whole milliseconds, too coarse here, so each keystroke's statement runs
// `repeat` times in one shell, less a shell that runs a trivial statement as often.
QList<double> shellTimes(const QString &path, const QStringList &queries, int repeat)
{
    const QString header = QStringLiteral(".output /dev/null\n");
    const double baseline = shellRun(path, header + QStringLiteral("SELECT 1;\n").repeated(repeat));
    QList<double> times;
    for (const QString &typed : queries) {
        const QStringList words = ClientRepository::searchWords(typed);
        QString statement = ClientRepository::searchStatement(words.size());
        for (const QString &word : words)
            statement.replace(statement.indexOf(u'?'), 1, sqlLiteral(word));
        statement.replace(statement.indexOf(u'?'), 1, QStringLiteral("500"));
        const double total = shellRun(path, header + QString(statement + QStringLiteral(";\n")).repeated(repeat));
        times << std::max(0.0, total - baseline) / repeat;
    }
    return times;
}

QString prepareDatabase(const QString &requested, int clients, int perClient)
{
    const QString path = requested.isEmpty()
                             ? QStringLiteral("bench-caseload-%1x%2.sqlite").arg(clients).arg(perClient)
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
    DemoOptions demo;
    demo.clients = clients;
    demo.decisionsPerClient = perClient;
    if (const Status filled = fillWithDemoData(**db, demo); !filled) {
        std::fprintf(stderr, "%s\n", qPrintable(filled.error().message));
        return {};
    }
    std::printf("Made %s in %.1f s\n", qPrintable(path), double(timer.elapsed()) / 1000);
    return path;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // leave the user's settings alone
    QCommandLineParser parser;
    const QCommandLineOption clientsOption(QStringLiteral("clients"), QStringLiteral("Clients."),
                                           QStringLiteral("n"), QStringLiteral("20000"));
    const QCommandLineOption perClientOption(QStringLiteral("decisions-per-client"),
                                             QStringLiteral("Decisions per client."),
                                             QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file."),
                                      QStringLiteral("file"));
    parser.addOptions({clientsOption, perClientOption, dbOption});
    parser.addHelpOption();
    parser.process(app);

    const QString path = prepareDatabase(parser.value(dbOption),
                                         parser.value(clientsOption).toInt(),
                                         parser.value(perClientOption).toInt());
    if (path.isEmpty())
        return 1;

    // Open to first page: the window opens the file and shows the clients page, painted.
    QList<double> openTimes;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        MainWindow window;
        window.show();
        window.openDatabase(path);
        window.showPage(PageId::Clients);
        window.grab();
        openTimes << double(timer.nsecsElapsed()) / 1e6;
    }

    auto db = Database::open(path);
    if (!db)
        return 1;
    auto session = Session::start(**db);
    if (!session)
        return 1;
    const auto counts = (*db)->rowCounts();
    std::printf("\nDatabase: %lld clients, %lld decisions, %lld services, %.1f MiB\n",
                static_cast<long long>(counts->value(QStringLiteral("clients"))),
                static_cast<long long>(counts->value(QStringLiteral("decisions"))),
                static_cast<long long>(counts->value(QStringLiteral("decision_services"))),
                double(QFileInfo(path).size()) / (1024 * 1024));

    ClientRepository clients(**session);
    const QStringList typed = keystrokes();
    const int repeat = 5;
    QList<double> searchTimes;
    qsizetype rows = 0;
    for (int round = 0; round < repeat; ++round) {
        for (const QString &text : typed) {
            QElapsedTimer timer;
            timer.start();
            auto found = clients.search(text);
            searchTimes << double(timer.nsecsElapsed()) / 1e6;
            rows += found ? found->size() : 0;
        }
    }

    DecisionRepository decisions(**session);
    QList<double> dueTimes;
    qsizetype due = 0;
    for (int round = 0; round < 20; ++round) {
        DecisionFilter filter;
        filter.evaluationWithinWeeks = 8;
        QElapsedTimer timer;
        timer.start();
        auto found = decisions.list(filter);
        dueTimes << double(timer.nsecsElapsed()) / 1e6;
        due = found ? found->size() : 0;
    }

    const QList<double> shell = shellTimes(path, typed, 40);
    const Stats ours = statsOf(searchTimes);
    const Stats theirs = statsOf(shell);
    const auto [peak, resident] = memoryMiB();

    std::printf("\nResults\n");
    print("open to clients page shown", statsOf(openTimes));
    print("type-ahead search per keystroke", ours);
    std::printf("  %-44s %lld keystrokes, %.0f rows each on average\n", "",
                static_cast<long long>(typed.size()), double(rows) / double(searchTimes.size()));
    print("same statement in the sqlite3 shell", theirs);
    if (theirs.median > 0)
        std::printf("  %-44s median %.2fx   p95 %.2fx   (goal: at most 2x; p95 under 16 ms)\n",
                    "Fremdrift / sqlite3 shell", ours.median / theirs.median, ours.p95 / theirs.p95);
    print("decisions due for evaluation within 8 weeks", statsOf(dueTimes));
    std::printf("  %-44s %lld decisions\n", "", static_cast<long long>(due));
    std::printf("  %-44s peak %.1f MiB   now %.1f MiB\n", "memory (resident)", peak, resident);
    return 0;
}
