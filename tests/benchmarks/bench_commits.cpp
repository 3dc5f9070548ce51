// Commit latency benchmark (issue: a small office on one shared database file). Prints figures;
// never fails on time.
//
//   bench_commits [--saves 200] [--network-saves 15] [--dir DIR] [--no-network]
//
// 1, 4 and 8 writer processes (fremdrift-stress commit-latency) save a client of their own over
// and over on one database file on the local disk, starting together: the latency of each save
// (ClientRepository::save: checked, version-checked, audited, BEGIN IMMEDIATE ... COMMIT with
// synchronous=FULL), median and p99, and the count of failed saves. Then, when strace can
// inject delays here, the same with 20 ms added to every fcntl() call (SQLite's file locks) to
// imitate a network drive. Goal: p99 under 250 ms with 8 writers on a local disk, no failed
// save.
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace fremdrift;

namespace {

const QString StressPath = QStringLiteral(FREMDRIFT_STRESS_PATH);

// strace's fault injection: every fcntl() waits 20 ms before it runs. Only fcntl is traced
// (seccomp-bpf), and its output goes nowhere. ("-e trace=none" would inject nothing.)
const QStringList NetworkPrefix = {QStringLiteral("-f"), QStringLiteral("-qq"),
                                   QStringLiteral("--seccomp-bpf"),
                                   QStringLiteral("-e"), QStringLiteral("trace=fcntl"),
                                   QStringLiteral("-o"), QStringLiteral("/dev/null"),
                                   QStringLiteral("-e"),
                                   QStringLiteral("inject=fcntl:delay_enter=20000")};

bool straceWorks()
{
    QProcess probe;
    probe.start(QStringLiteral("strace"), NetworkPrefix + QStringList{QStringLiteral("true")});
    if (!probe.waitForFinished(10000))
        return false;
    return probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0;
}

struct Run
{
    QList<double> latencies;
    int failed = 0;
    int crashed = 0; // writers that did not finish cleanly
    double seconds = 0;
    QStringList failures;
};

Run runWriters(const QString &folder, int writers, int saves, bool network)
{
    Run run;
    const QString path = QDir(folder).filePath(QStringLiteral("commits-%1-%2.sqlite")
                                                   .arg(writers)
                                                   .arg(network ? u"net" : u"local"));
    QFile::remove(path);
    {
        auto created = Database::create(path, {});
        if (!created) {
            std::fprintf(stderr, "cannot create %s: %s\n", qPrintable(path),
                         qPrintable(created.error().message));
            run.crashed = writers;
            return run;
        }
    }
    const QStringList arguments = {QStringLiteral("commit-latency"), QStringLiteral("--db"), path,
                                   QStringLiteral("--count"), QString::number(saves),
                                   QStringLiteral("--gate")};
    std::vector<std::unique_ptr<QProcess>> children;
    for (int i = 0; i < writers; ++i) {
        auto child = std::make_unique<QProcess>();
        if (network)
            child->start(QStringLiteral("strace"), NetworkPrefix + QStringList{StressPath}
                                                       + arguments);
        else
            child->start(StressPath, arguments);
        child->waitForStarted(10000);
        children.push_back(std::move(child));
    }
    // Everyone has made its client: start together.
    std::vector<QByteArray> outputs(children.size());
    for (std::size_t i = 0; i < children.size(); ++i) {
        while (!outputs[i].contains("ready\n")) {
            if (!children[i]->waitForReadyRead(120000))
                break;
            outputs[i] += children[i]->readAllStandardOutput();
        }
    }
    QElapsedTimer timer;
    timer.start();
    // QProcess sends only from its event processing: flush each, so that all start now.
    for (auto &child : children) {
        child->write("go\n");
        child->waitForBytesWritten(5000);
    }
    for (std::size_t i = 0; i < children.size(); ++i) {
        QProcess &child = *children[i];
        if (!child.waitForFinished(600000) || child.exitStatus() != QProcess::NormalExit
            || child.exitCode() != 0) {
            ++run.crashed;
            run.failures << QString::fromUtf8(child.readAllStandardError()).trimmed();
        }
        outputs[i] += child.readAllStandardOutput();
        for (const QByteArray &line : outputs[i].split('\n')) {
            if (line.startsWith("latency "))
                run.latencies << line.mid(8).toDouble();
            else if (line.startsWith("failed ")) {
                ++run.failed;
                if (run.failures.size() < 3)
                    run.failures << QString::fromUtf8(line.mid(7));
            }
        }
    }
    run.seconds = double(timer.elapsed()) / 1000.0;
    QFile::remove(path);
    return run;
}

double quantile(const QList<double> &sorted, double q)
{
    if (sorted.isEmpty())
        return 0;
    return sorted.at(std::min(sorted.size() - 1, qsizetype(q * double(sorted.size()))));
}

void report(const char *disk, int writers, const Run &run)
{
    QList<double> sorted = run.latencies;
    std::sort(sorted.begin(), sorted.end());
    std::printf("  %-28s %d writer%s  median %8.2f ms   p99 %8.2f ms   max %8.2f ms   "
                "%6.1f saves/s   saved %lld   failed %d%s\n",
                disk, writers, writers == 1 ? " " : "s", quantile(sorted, 0.5),
                quantile(sorted, 0.99), sorted.isEmpty() ? 0.0 : sorted.last(),
                run.seconds > 0 ? double(sorted.size()) / run.seconds : 0.0,
                static_cast<long long>(sorted.size()), run.failed,
                run.crashed ? qPrintable(QStringLiteral("   writers crashed %1").arg(run.crashed))
                            : "");
    for (const QString &failure : run.failures)
        std::printf("      %s\n", qPrintable(failure));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_commits"));
    QCommandLineParser parser;
    const QCommandLineOption savesOption(QStringLiteral("saves"),
                                         QStringLiteral("Saves per writer on the local disk."),
                                         QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption networkSavesOption(
        QStringLiteral("network-saves"),
        QStringLiteral("Saves per writer with 20 ms per file-lock call."), QStringLiteral("n"),
        QStringLiteral("15"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
                                       QStringLiteral("Folder for the database (local disk)."),
                                       QStringLiteral("folder"));
    const QCommandLineOption noNetworkOption(QStringLiteral("no-network"),
                                             QStringLiteral("Skip the imitated network drive."));
    parser.addOptions({savesOption, networkSavesOption, dirOption, noNetworkOption});
    parser.addHelpOption();
    parser.process(app);

    QTemporaryDir scratch;
    const QString folder = parser.isSet(dirOption) ? parser.value(dirOption) : scratch.path();
    const int saves = parser.value(savesOption).toInt();
    const int networkSaves = parser.value(networkSavesOption).toInt();
    const QList<int> writerCounts = {1, 4, 8};

    std::printf("Commit latency of a client save (ClientRepository::save), %d saves per "
                "writer, in %s\n",
                saves, qPrintable(QDir::toNativeSeparators(folder)));
    int failedAt8 = 0;
    double p99At8 = 0;
    for (int writers : writerCounts) {
        const Run run = runWriters(folder, writers, saves, false);
        report("local disk", writers, run);
        if (writers == 8) {
            QList<double> sorted = run.latencies;
            std::sort(sorted.begin(), sorted.end());
            p99At8 = quantile(sorted, 0.99);
            failedAt8 = run.failed + run.crashed;
        }
    }
    std::printf("  goal: p99 under 250 ms with 8 writers on a local disk, no failed save: %s "
                "(p99 %.2f ms, failed %d)\n",
                p99At8 < 250 && failedAt8 == 0 ? "met" : "NOT met", p99At8, failedAt8);

    if (parser.isSet(noNetworkOption)) {
        std::printf("Imitated network drive: skipped (--no-network).\n");
    } else if (!straceWorks()) {
        std::printf("Imitated network drive: skipped (strace cannot inject delays here).\n");
    } else {
        std::printf("Imitated network drive: 20 ms added to every fcntl() (file lock) call with "
                    "strace, %d saves per writer\n",
                    networkSaves);
        for (int writers : writerCounts)
            report("20 ms per lock call", writers, runWriters(folder, writers, networkSaves, true));
    }
    return 0;
}
