// fremdrift-stress: a test tool that writes to one Fremdrift database file from many processes
// at once, for tests/test_concurrency.cpp and tests/benchmarks/bench_commits.cpp. Not installed.
//
//   fremdrift-stress create --db F
//       Makes a new database for a manual run.
//   fremdrift-stress increment --db F --count N [--naive] [--gate] [--think-us U]
//       N read-modify-write increments of the setting 'stress_counter', each through
//       Database::write (BEGIN IMMEDIATE, retried when busy). --naive does them the way a naive
//       program would: Qt's transaction() (a deferred BEGIN), read, write, commit, no retry.
//       --think-us: a pause between the read and the write. --gate: see commit-latency.
//       Prints "done OK FAILED"; exits 1 when any increment failed.
//   fremdrift-stress batches --db F --count N
//       N batches, each one write: the setting 'stress_batch' raised to n, a unit and a client
//       named "Batch n" (through the repositories, audited) and an audit entry "batch" n. After
//       opening it prints "open", then "batch n" after each commit. For kill -9 tests.
//   fremdrift-stress hold --db F --seconds S
//       Takes the write lock (BEGIN IMMEDIATE), prints "locked", holds it S seconds, commits.
//   fremdrift-stress commit-latency --db F --count N [--pause-ms P] [--gate]
//       Creates a client of its own, prints "ready" (with --gate it then waits for a line on
//       standard input, so that many writers start together), then N times changes the client
//       and saves it, printing "latency MS" for each save that succeeded and "failed MESSAGE"
//       for each that did not.
//   fremdrift-stress lease --db F --entity E --id N [--ttl S] [--user U]
//       Takes the edit lease on record E N (as user U, default as Session::start picks) with
//       a time to live of S seconds (default 90), prints "leased", and keeps renewing it until
//       killed. Prints "refused MESSAGE" and exits 1 when someone else holds it.
#include "domain/client.h"
#include "repository/clientrepository.h"
#include "storage/audittrail.h"
#include "storage/database.h"
#include "storage/leasekeeper.h"
#include "storage/sql.h"
#include "workflow/session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <cstdio>

using namespace fremdrift;

namespace {

const QString CounterKey = QStringLiteral("stress_counter");
const QString BatchKey = QStringLiteral("stress_batch");

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

int fail(const QString &what, const Error &error)
{
    std::fputs(qPrintable(what + QStringLiteral(": ") + error.message + u' ' + error.detail
                          + u'\n'),
               stderr);
    return 1;
}

Result<qint64> readCounter(const QSqlDatabase &db, const QString &key)
{
    auto value = sql::scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!value)
        return value.error();
    return value->isNull() ? 0 : value->toLongLong();
}

Status writeCounter(const QSqlDatabase &db, const QString &key, qint64 value)
{
    auto q = sql::run(db,
                      QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?) "
                                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                      {key, QString::number(value)});
    if (!q)
        return q.error();
    return Ok{};
}

// With --gate: says "ready" and waits for a line on standard input, so that many processes
// that have all opened the file start writing together.
bool passGate(bool gate)
{
    if (!gate)
        return true;
    say(QStringLiteral("ready"));
    char line[16];
    return std::fgets(line, sizeof line, stdin) != nullptr;
}

// Between reading the counter and writing it back, both ways: the work of deciding the new
// value (--think-us), so that the window a careless transaction leaves open can be hit.
int thinkMicroseconds = 0;

void think()
{
    if (thinkMicroseconds > 0)
        QThread::usleep(static_cast<unsigned long>(thinkMicroseconds));
}

int increment(Database &database, int count, bool naive, bool gate)
{
    if (!passGate(gate))
        return 1;
    int done = 0;
    int failed = 0;
    for (int i = 0; i < count; ++i) {
        if (!naive) {
            Status status = database.write([](QSqlDatabase &db) -> Status {
                auto value = readCounter(db, CounterKey);
                if (!value)
                    return value.error();
                think();
                return writeCounter(db, CounterKey, *value + 1);
            });
            if (status) {
                ++done;
            } else {
                ++failed;
                fail(QStringLiteral("increment"), status.error());
            }
            continue;
        }
        // The negative control: what Qt's own transaction() does, a deferred BEGIN. Reading
        // takes a shared lock; writing must then upgrade it, which fails at once when another
        // process is already writing, and nothing retries.
        QSqlDatabase db = database.connection();
        bool ok = db.transaction();
        Result<qint64> value = ok ? readCounter(db, CounterKey) : Result<qint64>(qint64(0));
        ok = ok && value.ok();
        if (ok)
            think();
        ok = ok && writeCounter(db, CounterKey, *value + 1).ok();
        ok = ok && db.commit();
        if (ok) {
            ++done;
        } else {
            ++failed;
            db.rollback();
        }
    }
    say(QStringLiteral("done %1 %2").arg(done).arg(failed));
    return failed == 0 ? 0 : 1;
}

int batches(Database &database, int count)
{
    auto started = Session::start(database);
    if (!started)
        return fail(QStringLiteral("session"), started.error());
    Session &session = **started;
    ClientRepository clients(session);
    say(QStringLiteral("open"));
    for (int i = 0; i < count; ++i) {
        qint64 batch = 0;
        // One write: the repositories' own writes nest inside it as savepoints, so the whole
        // batch commits or vanishes together.
        Status status = database.write([&](QSqlDatabase &db) -> Status {
            auto last = readCounter(db, BatchKey);
            if (!last)
                return last.error();
            batch = *last + 1;
            if (Status s = writeCounter(db, BatchKey, batch); !s)
                return s;
            const QString name = QStringLiteral("Batch %1").arg(batch);
            auto unit = clients.unitId(name);
            if (!unit)
                return unit.error();
            Client client;
            client.givenName = QStringLiteral("Stress");
            client.familyName = name;
            client.unitId = *unit;
            client.notes = QString(2000, u'x'); // a few pages per batch
            auto saved = clients.save(client);
            if (!saved)
                return saved.error();
            return AuditTrail::append(db, session.audit(QStringLiteral("stress"),
                                                        QStringLiteral("batch"), batch,
                                                        saved->id));
        });
        if (!status)
            return fail(QStringLiteral("batch"), status.error());
        say(QStringLiteral("batch %1").arg(batch));
    }
    return 0;
}

int hold(Database &database, int seconds)
{
    QSqlDatabase db = database.connection();
    if (auto begin = sql::run(db, QStringLiteral("BEGIN IMMEDIATE")); !begin)
        return fail(QStringLiteral("begin"), begin.error());
    say(QStringLiteral("locked"));
    QThread::sleep(seconds);
    if (Status s = writeCounter(db, QStringLiteral("stress_hold"), seconds); !s)
        return fail(QStringLiteral("hold"), s.error());
    if (auto commit = sql::run(db, QStringLiteral("COMMIT")); !commit)
        return fail(QStringLiteral("commit"), commit.error());
    say(QStringLiteral("released"));
    return 0;
}

int commitLatency(Database &database, int count, int pauseMs, bool gate)
{
    auto started = Session::start(database);
    if (!started)
        return fail(QStringLiteral("session"), started.error());
    ClientRepository clients(**started);
    Client client;
    client.givenName = QStringLiteral("Latency");
    client.familyName = QStringLiteral("Writer %1").arg(QCoreApplication::applicationPid());
    client.addressLine = QStringLiteral("Storgata 1");
    client.postalCode = QStringLiteral("0155");
    client.city = QStringLiteral("Oslo");
    auto saved = clients.save(client);
    if (!saved)
        return fail(QStringLiteral("create"), saved.error());
    client = *saved;
    if (!passGate(gate))
        return 1;
    for (int i = 0; i < count; ++i) {
        // What a caseworker's save is: the record changed, checked, version-checked, audited.
        client.notes = QStringLiteral("Note %1: the client was visited and is doing well.").arg(i);
        client.phone = QStringLiteral("9%1").arg(1000000 + i);
        QElapsedTimer timer;
        timer.start();
        auto again = clients.save(client);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (again) {
            client = *again;
            say(QStringLiteral("latency %1").arg(ms, 0, 'f', 3));
        } else {
            say(QStringLiteral("failed ") + again.error().message);
            // Reload so that one failure does not turn every later save into a conflict.
            if (auto fresh = clients.get(client.id))
                client = *fresh;
        }
        if (pauseMs > 0)
            QThread::msleep(QRandomGenerator::global()->bounded(pauseMs + 1));
    }
    return 0;
}

int lease(Database &database, const QString &user, const QString &entity, qint64 id,
          int ttlSeconds)
{
    auto started = Session::start(database, user);
    if (!started)
        return fail(QStringLiteral("session"), started.error());
    LeaseKeeper keeper(**started, entity, id, std::chrono::seconds(ttlSeconds));
    auto taken = keeper.start();
    if (!taken) {
        say(QStringLiteral("refused ") + taken.error().message);
        return 1;
    }
    QObject::connect(&keeper, &LeaseKeeper::lost, &keeper, [](const QString &message) {
        say(QStringLiteral("lost ") + message);
        QCoreApplication::exit(1);
    });
    say(QStringLiteral("leased"));
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fremdrift-stress"));
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("create | increment | batches | hold | commit-latency "
                                                "| lease"));
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file."),
                                      QStringLiteral("file"));
    const QCommandLineOption countOption(QStringLiteral("count"), QStringLiteral("Repetitions."),
                                         QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("How long to hold the lock."),
                                           QStringLiteral("s"), QStringLiteral("10"));
    const QCommandLineOption pauseOption(QStringLiteral("pause-ms"),
                                         QStringLiteral("Random pause between saves, up to."),
                                         QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption naiveOption(QStringLiteral("naive"),
                                         QStringLiteral("Deferred transactions, no retry."));
    const QCommandLineOption gateOption(QStringLiteral("gate"),
                                        QStringLiteral("Wait for a line on stdin to start."));
    const QCommandLineOption thinkOption(QStringLiteral("think-us"),
                                         QStringLiteral("Pause between read and write."),
                                         QStringLiteral("us"), QStringLiteral("0"));
    const QCommandLineOption entityOption(QStringLiteral("entity"),
                                          QStringLiteral("Record kind to lease."),
                                          QStringLiteral("entity"), QStringLiteral("client"));
    const QCommandLineOption idOption(QStringLiteral("id"), QStringLiteral("Record id to lease."),
                                      QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption ttlOption(QStringLiteral("ttl"),
                                       QStringLiteral("Lease time to live in seconds."),
                                       QStringLiteral("s"), QStringLiteral("90"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("Act as user."),
                                        QStringLiteral("username"));
    parser.addOptions({dbOption, countOption, secondsOption, pauseOption, naiveOption,
                       gateOption, thinkOption, entityOption, idOption, ttlOption, userOption});
    parser.addHelpOption();
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !parser.isSet(dbOption)) {
        std::fputs(qPrintable(parser.helpText()), stderr);
        return 2;
    }
    if (positional.first() == u"create") {
        auto created = Database::create(parser.value(dbOption), {});
        return created ? 0 : fail(QStringLiteral("create"), created.error());
    }
    auto opened = Database::open(parser.value(dbOption));
    if (!opened)
        return fail(QStringLiteral("open"), opened.error());
    Database &database = **opened;
    const int count = parser.value(countOption).toInt();
    thinkMicroseconds = parser.value(thinkOption).toInt();
    const QString command = positional.first();
    if (command == u"increment")
        return increment(database, count, parser.isSet(naiveOption), parser.isSet(gateOption));
    if (command == u"batches")
        return batches(database, count);
    if (command == u"hold")
        return hold(database, parser.value(secondsOption).toInt());
    if (command == u"commit-latency")
        return commitLatency(database, count, parser.value(pauseOption).toInt(),
                             parser.isSet(gateOption));
    if (command == u"lease")
        return lease(database, parser.value(userOption), parser.value(entityOption),
                     parser.value(idOption).toLongLong(), parser.value(ttlOption).toInt());
    std::fputs(qPrintable(QStringLiteral("Unknown command %1\n").arg(command)), stderr);
    return 2;
}
