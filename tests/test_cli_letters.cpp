// The CLI's letter commands, run as a process as scripts run them, on the demo office.
#include "support/process.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using fremdrift::test::Scratch;

namespace {

using Run = fremdrift::test::ProcessRun;

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(u' ', Qt::SkipEmptyParts);
}

class DemoOffice
{
public:
    DemoOffice()
    {
        const Run made = run(words("demo --jurisdiction no"));
        INFO(made.err.toStdString());
        REQUIRE(made.exitCode == 0);
    }

    QString path(const QString &name) const { return m_scratch.path(name); }
    Run run(const QStringList &arguments) const
    {
        return fremdrift::test::runProcess(
            QStringLiteral(FREMDRIFT_CLI_PATH),
            QStringList{QStringLiteral("--db"), m_scratch.path(QStringLiteral("office.sqlite"))}
                + arguments);
    }
    QJsonObject ok(const QStringList &arguments) const
    {
        const Run done = run(arguments);
        INFO(arguments.join(u' ').toStdString() << ": " << done.err.toStdString());
        REQUIRE(done.exitCode == 0);
        return done.json();
    }
    // The first decision in `status`.
    QString decisionIn(const char *status) const
    {
        const QJsonArray decisions = ok(words("decision list --status") << QString::fromUtf8(status))
                                         .value(u"decisions")
                                         .toArray();
        REQUIRE_FALSE(decisions.isEmpty());
        return QString::number(decisions.first().toObject().value(u"id").toInteger());
    }
    int letterCount() const { return ok(words("letter list")).value(u"count").toInt(); }

private:
    Scratch m_scratch;
};

} // namespace

TEST_CASE("letter render previews every recipient's letter without archiving it")
{
    DemoOffice office;
    const QString pdf = office.path(QStringLiteral("vedtak.pdf"));
    const QJsonObject rendered = office.ok(words("letter render --kind decision_letter --out")
                                           << pdf << QStringLiteral("--decision")
                                           << office.decisionIn("approved"));
    CHECK(rendered.value(u"letters").toInt() >= 1);
    CHECK(rendered.value(u"pages").toInt() >= 2);
    CHECK(fremdrift::test::readAll(pdf).startsWith("%PDF"));
    CHECK(office.letterCount() == 0);
}

TEST_CASE("letter render --issue archives the letters and letter show gives back the same bytes")
{
    DemoOffice office;
    const QString decision = office.decisionIn("approved");
    const QJsonObject issued = office.ok(words("letter render --kind decision_letter --issue --out")
                                         << office.path(QStringLiteral("v.pdf"))
                                         << QStringLiteral("--decision") << decision);
    const QJsonArray letters = issued.value(u"issued").toArray();
    REQUIRE_FALSE(letters.isEmpty());
    CHECK(office.letterCount() == letters.size());
    CHECK(office.ok(words("decision show") << decision).value(u"status").toString() == u"sent");

    const QString id = QString::number(letters.first().toObject().value(u"id").toInteger());
    const QString copy = office.path(QStringLiteral("copy.pdf"));
    const QJsonObject shown = office.ok(words("letter show") << id << QStringLiteral("--pdf")
                                                             << copy);
    CHECK(shown.value(u"sha256_verified").toBool());
    const QByteArray bytes = fremdrift::test::readAll(copy);
    CHECK(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())
          == shown.value(u"sha256").toString());
    CHECK(shown.value(u"template_version").toInt() == 1);
}

TEST_CASE("letter render refuses a decision not yet approved and writes no file")
{
    DemoOffice office;
    const QString pdf = office.path(QStringLiteral("nothing.pdf"));
    const Run refused = office.run(words("letter render --kind decision_letter --out")
                                   << pdf << QStringLiteral("--decision")
                                   << office.decisionIn("submitted"));
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("approve")));
    CHECK_FALSE(QFileInfo::exists(pdf));
}

TEST_CASE("letters batch issues a plan's pre-notices one file each and one to print")
{
    DemoOffice office;
    // A new plan of the reviews' decisions still to come: the demo plans' pre-notices are sent.
    const QJsonObject plan = office.ok(words("plan create --title Batch --start 2026-11-01 --deadline 2027-06-01"));
    const QString planId = QString::number(plan.value(u"id").toInteger());
    office.ok(words("plan add-review") << planId << QStringLiteral("--evaluation-before")
                                       << QStringLiteral("2027-12-31"));
    const QString folder = office.path(QStringLiteral("letters"));
    const QString combined = office.path(QStringLiteral("all.pdf"));
    const Run batch = office.run(words("letters batch --kind pre_notice --plan")
                                 << planId << QStringLiteral("--out") << folder
                                 << QStringLiteral("--combined") << combined);
    INFO(batch.err.toStdString());
    const QJsonObject result = batch.json();
    const int issued = result.value(u"issued").toInt();
    REQUIRE(issued > 0);
    // Exit 0 only when no review was skipped.
    CHECK((batch.exitCode == 0) == result.value(u"skipped").toArray().isEmpty());
    const QJsonArray files = result.value(u"files").toArray();
    CHECK(files.size() == issued);
    for (const auto &file : files)
        CHECK(fremdrift::test::readAll(file.toString()).startsWith("%PDF"));
    CHECK(QDir(folder).entryList(QDir::Files).size() == issued);
    CHECK(fremdrift::test::readAll(combined).startsWith("%PDF"));
    CHECK(office.letterCount() == issued);
}

TEST_CASE("template check reports a broken template with its line and column")
{
    DemoOffice office;
    const QString broken = office.path(QStringLiteral("broken.html"));
    fremdrift::test::writeAll(broken, "<h2>Vedtak</h2>\n<p>{{#if guardian.name}}Til verge</p>\n");
    const Run checked = office.run(words("template check --kind decision_letter") << broken);
    CHECK(checked.exitCode == 1);
    const QJsonArray errors = checked.json().value(u"errors").toArray();
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().toObject().value(u"line").toInt() == 2);
    CHECK(errors.first().toObject().value(u"column").toInt() == 4);

    const QString good = office.path(QStringLiteral("good.html"));
    fremdrift::test::writeAll(good, "<p>{{client.name}}</p>\n");
    CHECK(office.run(words("template check --kind decision_letter") << good).exitCode == 0);
}
