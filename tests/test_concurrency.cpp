// No lost work (issue: a small office on one shared database file): many processes write to one
// file at once through fremdrift-stress (tests/tools/stress.cpp), are killed mid-write, wait for
// a held lock, and meet a full disk. Test 3 of the issue (two sessions, the conflict names who
// saved first) is in test_decisions.cpp.
#include "storage/audittrail.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>
#include <csignal>
#include <memory>
#include <vector>

using namespace fremdrift;
using namespace fremdrift::test;

namespace {

const QString StressPath = QStringLiteral(FREMDRIFT_STRESS_PATH);

std::unique_ptr<QProcess> startStress(const QStringList &arguments)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    process->setProcessEnvironment(environment);
    process->start(StressPath, arguments);
    REQUIRE(process->waitForStarted(10000));
    return process;
}

struct Finished
{
    int exitCode = -1;
    QString out;
    QString err;
};

Finished finish(QProcess &process, int timeoutMs = 90000)
{
    REQUIRE(process.waitForFinished(timeoutMs));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Waits until the child prints `line` (a line of its own) on standard output; returns what it
// printed so far.
QByteArray waitForLine(QProcess &process, const QString &line, int timeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    QByteArray seen;
    while (!seen.contains((line + u'\n').toUtf8())) {
        REQUIRE(timer.elapsed() < timeoutMs);
        if (!process.waitForReadyRead(100)) {
            REQUIRE(process.state() == QProcess::Running);
            continue;
        }
        seen += process.readAllStandardOutput();
    }
    return seen;
}

qint64 counter(Database &db, const QString &key)
{
    auto value = sql::scalar(db.connection(),
                             QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    REQUIRE(value.ok());
    return value->isNull() ? 0 : value->toLongLong();
}

qint64 count(Database &db, const QString &statement)
{
    auto value = sql::scalar(db.connection(), statement);
    REQUIRE(value.ok());
    return value->toLongLong();
}

// Runs `processes` increment children of `each` increments on `path` at once; returns the
// exit codes and leaves the outputs in `errors`.
std::vector<int> runIncrements(const QString &path, int processes, int each, bool naive,
                               QStringList *errors = nullptr)
{
    // 1 ms between reading and writing back, both ways: the work of deciding the new value.
    QStringList arguments = {QStringLiteral("increment"), QStringLiteral("--db"), path,
                             QStringLiteral("--count"), QString::number(each),
                             QStringLiteral("--think-us"), QStringLiteral("1000")};
    if (naive)
        arguments << QStringLiteral("--naive");
    arguments << QStringLiteral("--gate");
    std::vector<std::unique_ptr<QProcess>> children;
    for (int i = 0; i < processes; ++i)
        children.push_back(startStress(arguments));
    // All have opened the file: now they write at once.
    for (auto &child : children)
        waitForLine(*child, QStringLiteral("ready"));
    // QProcess sends only from its event processing: flush each, so that all start now.
    for (auto &child : children) {
        child->write("go\n");
        REQUIRE(child->waitForBytesWritten(5000));
    }
    std::vector<int> codes;
    for (auto &child : children) {
        const Finished done = finish(*child);
        codes.push_back(done.exitCode);
        if (errors && !done.err.isEmpty())
            *errors << done.err;
    }
    return codes;
}

} // namespace

TEST_CASE("Eight processes incrementing one counter through write() lose nothing")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("office.sqlite"));
    scratch.createDatabase(QStringLiteral("office.sqlite")).reset();

    QStringList errors;
    const auto codes = runIncrements(path, 8, 500, false, &errors);
    INFO(errors.join(u'\n').toStdString());
    for (int code : codes)
        CHECK(code == 0);
    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK(counter(**db, QStringLiteral("stress_counter")) == 4000);
    CHECK((*db)->check().sound);
}

TEST_CASE("The naive deferred transaction loses increments: the negative control")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("office.sqlite"));
    scratch.createDatabase(QStringLiteral("office.sqlite")).reset();

    // 8 × 200 is plenty to show it (and keeps the suite quick).
    const auto codes = runIncrements(path, 8, 200, true);
    const bool someFailed = std::any_of(codes.begin(), codes.end(), [](int c) { return c != 0; });
    auto db = Database::open(path);
    REQUIRE(db.ok());
    const qint64 total = counter(**db, QStringLiteral("stress_counter"));
    INFO("naive total " << total);
    // The very test above, done carelessly, fails: so that test can fail.
    CHECK((total < 1600 || someFailed));
    CHECK(total <= 1600); // SQLite's locks never double-count; the naive way drops work.
}

TEST_CASE("A writer killed at 200 random moments leaves every batch whole")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("office.sqlite"));
    scratch.createDatabase(QStringLiteral("office.sqlite")).reset();

    auto *random = QRandomGenerator::global();
    qint64 committedSeen = 0;
    int killedMidWrite = 0; // rounds that left a rollback journal: killed inside a transaction
    for (int round = 0; round < 200; ++round) {
        auto child = startStress({QStringLiteral("batches"), QStringLiteral("--db"), path,
                                  QStringLiteral("--count"), QStringLiteral("100000")});
        // Mostly once it writes (after "open"), now and then while it is still opening.
        QByteArray printed;
        if (random->bounded(4) != 0)
            printed = waitForLine(*child, QStringLiteral("open"));
        QThread::msleep(5 + random->bounded(56));
        REQUIRE(::kill(static_cast<pid_t>(child->processId()), SIGKILL) == 0);
        REQUIRE(child->waitForFinished(10000));
        const QString out = QString::fromUtf8(printed + child->readAllStandardOutput());
        // The last batch the child saw committed: it must be there.
        qint64 reported = 0;
        for (const QString &line : out.split(u'\n')) {
            if (line.startsWith(u"batch "))
                reported = line.mid(6).toLongLong();
        }

        if (QFileInfo(path + QStringLiteral("-journal")).size() > 0)
            ++killedMidWrite;
        auto db = Database::open(path); // rolls back the hot journal a killed writer leaves
        INFO("round " << round);
        REQUIRE(db.ok());
        Database &database = **db;
        const qint64 batches = counter(database, QStringLiteral("stress_batch"));
        CHECK(batches >= reported);
        CHECK(batches >= committedSeen);
        committedSeen = batches;
        // All or nothing: batch n has its counter, its unit, its client and its audit entry.
        CHECK(count(database, QStringLiteral("SELECT count(*) FROM units WHERE name LIKE "
                                             "'Batch %'"))
              == batches);
        CHECK(count(database, QStringLiteral("SELECT count(*) FROM clients c JOIN units u "
                                             "ON u.id = c.unit_id AND u.name = c.family_name "
                                             "WHERE c.family_name LIKE 'Batch %'"))
              == batches);
        CHECK(count(database, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = "
                                             "'batch'"))
              == batches);
        CHECK(count(database, QStringLiteral("SELECT coalesce(max(entity_id), 0) FROM "
                                             "audit_log WHERE entity = 'batch'"))
              == batches);
        // Every so often, and at the end, the whole file: integrity and the audit chain.
        if (round % 20 == 0 || round == 199) {
            const Database::Check check = database.check();
            INFO(check.problems.join(u'\n').toStdString());
            CHECK(check.sound);
            auto chain = AuditTrail::verify(database.connection());
            REQUIRE(chain.ok());
            CHECK(chain->intact);
        } else {
            auto integrity = sql::scalar(database.connection(),
                                         QStringLiteral("PRAGMA quick_check"));
            REQUIRE(integrity.ok());
            CHECK(integrity->toString() == u"ok");
        }
    }
    INFO("batches committed " << committedSeen << "; killed inside a transaction "
                               << killedMidWrite << " times of 200");
    CHECK(committedSeen > 0);
    CHECK(killedMidWrite > 0);
}

TEST_CASE("A process holding the write lock for 10 s makes the others wait and succeed")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("office.sqlite"));
    scratch.createDatabase(QStringLiteral("office.sqlite")).reset();
    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    Database &mine = **opened;
    QList<int> retries;
    mine.setBusyListener([&](int retry) { retries << retry; });

    auto holder = startStress({QStringLiteral("hold"), QStringLiteral("--db"), path,
                               QStringLiteral("--seconds"), QStringLiteral("10")});
    waitForLine(*holder, QStringLiteral("locked"));
    QElapsedTimer timer;
    timer.start();
    std::vector<std::unique_ptr<QProcess>> waiting;
    for (int i = 0; i < 3; ++i)
        waiting.push_back(startStress({QStringLiteral("increment"), QStringLiteral("--db"), path,
                                       QStringLiteral("--count"), QStringLiteral("5")}));
    // This process too: write() retries past the 5 s busy timeout and tells the listener.
    const Status saved = mine.setSetting(QStringLiteral("stress_mine"), QStringLiteral("saved"));
    const qint64 myWait = timer.elapsed();
    INFO((saved ? QString() : saved.error().message + u' ' + saved.error().detail).toStdString());
    CHECK(saved.ok());
    CHECK(myWait >= 9000);
    CHECK_FALSE(retries.isEmpty());
    CHECK(retries.first() == 1);

    for (auto &child : waiting) {
        const Finished done = finish(*child);
        INFO(done.err.toStdString());
        CHECK(done.exitCode == 0);
        CHECK(done.out.startsWith(u"done 5 0"));
    }
    CHECK(timer.elapsed() >= 9000);
    const Finished held = finish(*holder);
    CHECK(held.exitCode == 0);
    CHECK(counter(mine, QStringLiteral("stress_counter")) == 15);
    CHECK(counter(mine, QStringLiteral("stress_hold")) == 10);
}

TEST_CASE("A full disk fails the write cleanly and leaves no half-change")
{
    Scratch scratch;
    auto db = scratch.createDatabase(QStringLiteral("office.sqlite"));
    const auto before = db->rowCounts();
    REQUIRE(before.ok());
    const qint64 pages = count(*db, QStringLiteral("PRAGMA page_count"));
    // The file may not grow by a page: as if the disk were full.
    REQUIRE(sql::run(db->connection(), QStringLiteral("PRAGMA max_page_count = %1").arg(pages))
                .ok());

    const QString big(200000, u'x');
    const Status status = db->write([&](QSqlDatabase &connection) -> Status {
        // A small change first, which fits, then one that does not: both must vanish.
        if (auto q = sql::run(connection,
                              QStringLiteral("INSERT INTO units(name) VALUES ('Small')"));
            !q)
            return q.error();
        if (auto q = sql::run(connection,
                              QStringLiteral("INSERT INTO units(name, address) VALUES (?, ?)"),
                              {QStringLiteral("Large"), big});
            !q)
            return q.error();
        return Ok{};
    });
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == Error::Code::Io);
    CHECK(status.error().message.contains(QStringLiteral("disk is full")));

    const auto after = db->rowCounts();
    REQUIRE(after.ok());
    CHECK(*after == *before);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM units WHERE name IN ('Small', "
                                    "'Large')"))
          == 0);
    // Space again (another connection, as after a restart): the file is sound and writable.
    db.reset();
    auto again = Database::open(scratch.path(QStringLiteral("office.sqlite")));
    REQUIRE(again.ok());
    CHECK((*again)->check().sound);
    CHECK((*again)->setSetting(QStringLiteral("after_full"), QStringLiteral("1")).ok());
}
