// The CLI's plan and review commands, run as a process as scripts run them.
#include "support/process.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QDate>
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

QString day(int fromToday)
{
    return QDate::currentDate().addDays(fromToday).toString(Qt::ISODate);
}

// A demo office large enough that its own plans leave decisions free to review.
class Office
{
public:
    Office()
    {
        const Run made = run(words("demo --jurisdiction no --clients 60"));
        INFO(made.err.toStdString());
        REQUIRE(made.exitCode == 0);
    }

    QString path(const QString &name) const { return m_scratch.path(name); }

    Run run(const QStringList &arguments) const
    {
        return fremdrift::test::runProcess(QStringLiteral(FREMDRIFT_CLI_PATH),
                                           QStringList{QStringLiteral("--db"),
                                                       path(QStringLiteral("office.sqlite"))}
                                               + arguments);
    }

    QJsonObject ok(const QStringList &arguments) const
    {
        const Run done = run(arguments);
        INFO(arguments.join(u' ').toStdString() << "\n" << done.err.toStdString());
        REQUIRE(done.exitCode == 0);
        return done.json();
    }

    QString writeJson(const QString &name, const QJsonObject &json) const
    {
        const QString file = path(name);
        fremdrift::test::writeAll(file, QJsonDocument(json).toJson());
        return file;
    }

    // A new review plan over the first demo unit, run by both demo caseworkers; its id.
    qint64 createPlan() const
    {
        const QJsonObject plan = ok(QStringList{QStringLiteral("plan"), QStringLiteral("create"),
                                                QStringLiteral("--title"),
                                                QStringLiteral("Gjennomgang av vedtak i test"),
                                                QStringLiteral("--unit"),
                                                QStringLiteral("Lyngtunet bofellesskap"),
                                                QStringLiteral("--start"), day(-3),
                                                QStringLiteral("--deadline"), day(60),
                                                QStringLiteral("--caseworker"),
                                                QStringLiteral("kari.vestheim"),
                                                QStringLiteral("--caseworker"),
                                                QStringLiteral("per.aasgård")});
        CHECK(plan.value(u"kind").toString() == u"review");
        CHECK(plan.value(u"units").toArray().at(0).toString() == u"Lyngtunet bofellesskap");
        CHECK(plan.value(u"caseworkers").toArray().size() == 2);
        CHECK(plan.value(u"deadline").toString() == day(60));
        return plan.value(u"id").toInteger();
    }

    QList<qint64> addReviews(qint64 plan, const QStringList &how) const
    {
        const QJsonObject added = ok(QStringList{QStringLiteral("plan"), QStringLiteral("add-review"),
                                                 QString::number(plan)}
                                     + how);
        QList<qint64> ids;
        for (const QJsonValue &id : added.value(u"review_ids").toArray())
            ids << id.toInteger();
        CHECK(added.value(u"count").toInt() == ids.size());
        return ids;
    }

private:
    Scratch m_scratch;
};

QJsonObject stepOf(const QJsonObject &review, const QString &stepId)
{
    for (const QJsonValue &step : review.value(u"steps").toArray()) {
        if (step.toObject().value(u"step_id").toString() == stepId)
            return step.toObject();
    }
    return {};
}

QStringList missingFields(const QJsonObject &step)
{
    QStringList fields;
    for (const QJsonValue &problem : step.value(u"missing").toArray())
        fields << problem.toObject().value(u"field").toString();
    return fields;
}

} // namespace

TEST_CASE("plan create and add-review by unit and by evaluation date then show and list")
{
    const Office office;
    const qint64 plan = office.createPlan();
    REQUIRE(plan > 0);

    // Units are found regardless of case.
    const QList<qint64> byUnitName = office.addReviews(plan, {QStringLiteral("--unit"),
                                                              QStringLiteral("lyngtunet BOFELLESSKAP")});
    CHECK_FALSE(byUnitName.isEmpty());
    const QList<qint64> byDate = office.addReviews(plan, {QStringLiteral("--evaluation-before"),
                                                          day(400)});
    CHECK_FALSE(byDate.isEmpty());
    // Nothing left to add the second time, and a call without a choice is wrong.
    CHECK(office.run({QStringLiteral("plan"), QStringLiteral("add-review"), QString::number(plan),
                      QStringLiteral("--evaluation-before"), day(400)})
              .exitCode
          == 1);
    CHECK(office.run({QStringLiteral("plan"), QStringLiteral("add-review"), QString::number(plan)})
              .exitCode
          == 2);

    const QJsonObject shown = office.ok({QStringLiteral("plan"), QStringLiteral("show"),
                                         QString::number(plan)});
    const QJsonArray reviews = shown.value(u"reviews").toArray();
    CHECK(reviews.size() == byUnitName.size() + byDate.size());
    CHECK(shown.value(u"step_ids").toArray().size() == 7);
    const QJsonObject first = reviews.at(0).toObject();
    CHECK(first.value(u"steps").toArray().size() == 7);
    const QJsonObject preNotice = stepOf(first, QStringLiteral("pre_notice"));
    CHECK_FALSE(preNotice.value(u"due_on").toString().isEmpty());
    // Due a week after a start three days ago: not late yet.
    CHECK(preNotice.value(u"late").isBool());
    CHECK_FALSE(preNotice.value(u"late").toBool());
    CHECK(first.value(u"current_step").toString() == u"pre_notice");

    const QJsonObject list = office.ok(words("plan list"));
    bool listed = false;
    for (const QJsonValue &summary : list.value(u"plans").toArray()) {
        if (summary.toObject().value(u"id").toInteger() == plan) {
            listed = true;
            CHECK(summary.toObject().value(u"review_count").toInt() == reviews.size());
            CHECK(summary.toObject().value(u"steps_done").toInt() == 0);
        }
    }
    CHECK(listed);
    CHECK(list.value(u"count").toInt() == 5); // the demo's four and this one
}

TEST_CASE("review complete-step merges the form JSON and completes the step")
{
    const Office office;
    const qint64 plan = office.createPlan();
    const QList<qint64> reviews = office.addReviews(plan, {QStringLiteral("--unit"),
                                                           QStringLiteral("Lyngtunet bofellesskap")});
    REQUIRE_FALSE(reviews.isEmpty());
    const QString review = QString::number(reviews.constFirst());

    const QJsonObject before = office.ok({QStringLiteral("review"), QStringLiteral("show"), review});
    const QStringList missing = missingFields(stepOf(before, QStringLiteral("pre_notice")));
    CHECK(missing.contains(QStringLiteral("sent_on")));
    CHECK(missing.contains(QStringLiteral("recipients")));
    CHECK(missingFields(stepOf(before, QStringLiteral("meeting_agreed"))).contains(QStringLiteral("step_order")));

    const QString form = office.writeJson(
        QStringLiteral("pre-notice.json"),
        {{QStringLiteral("sent_on"), day(-1)},
         {QStringLiteral("method"), QStringLiteral("post")},
         {QStringLiteral("recipients"),
          QJsonArray{QJsonObject{{QStringLiteral("name"), before.value(u"client").toString()},
                                 {QStringLiteral("role"), QStringLiteral("client")}}}}});
    const QJsonObject done = office.ok({QStringLiteral("review"), QStringLiteral("complete-step"),
                                        review, QStringLiteral("pre_notice"),
                                        QStringLiteral("--date"), day(-1),
                                        QStringLiteral("--form-json"), form,
                                        QStringLiteral("--notes"), QStringLiteral("Sendt i posten.")});
    const QJsonObject step = stepOf(done, QStringLiteral("pre_notice"));
    CHECK(step.value(u"done_on").toString() == day(-1));
    CHECK(step.value(u"notes").toString() == u"Sendt i posten.");
    CHECK(step.value(u"form").toObject().value(u"method").toString() == u"post");
    CHECK(done.value(u"current_step").toString() == u"meeting_agreed");
    CHECK(done.value(u"steps_done").toInt() == 1);
}

TEST_CASE("A refused completion exits 1 and names the missing fields")
{
    const Office office;
    const qint64 plan = office.createPlan();
    const QList<qint64> reviews = office.addReviews(plan, {QStringLiteral("--unit"),
                                                           QStringLiteral("Lyngtunet bofellesskap")});
    REQUIRE_FALSE(reviews.isEmpty());
    const QString review = QString::number(reviews.constFirst());

    const QString partial = office.writeJson(QStringLiteral("partial.json"),
                                             {{QStringLiteral("method"), QStringLiteral("post")}});
    const Run refused = office.run({QStringLiteral("review"), QStringLiteral("complete-step"),
                                    review, QStringLiteral("pre_notice"),
                                    QStringLiteral("--form-json"), partial});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("sent_on:")));
    CHECK(refused.err.contains(QStringLiteral("recipients:")));
    CHECK(refused.out.isEmpty());

    // Out of order: the meeting cannot be agreed before the pre-notice is sent.
    const Run early = office.run({QStringLiteral("review"), QStringLiteral("complete-step"), review,
                                  QStringLiteral("meeting_agreed")});
    CHECK(early.exitCode == 1);
    CHECK(early.err.contains(QStringLiteral("step_order:")));
    CHECK(early.err.contains(QStringLiteral("meeting_id:")));

    // Nothing was saved: the step is still open.
    const QJsonObject after = office.ok({QStringLiteral("review"), QStringLiteral("show"), review});
    CHECK(stepOf(after, QStringLiteral("pre_notice")).value(u"done_on").isNull());

    CHECK(office.run({QStringLiteral("review"), QStringLiteral("complete-step"), review,
                      QStringLiteral("no_such_step")})
              .exitCode
          == 2);
}

TEST_CASE("A task plan takes tasks and shows them with their late flags")
{
    const Office office;
    const QJsonObject plan = office.ok({QStringLiteral("plan"), QStringLiteral("create"),
                                        QStringLiteral("--kind"), QStringLiteral("task"),
                                        QStringLiteral("--title"), QStringLiteral("Nye maler"),
                                        QStringLiteral("--deadline"), day(30)});
    const QString id = QString::number(plan.value(u"id").toInteger());
    CHECK(plan.value(u"kind").toString() == u"task");
    const QJsonObject task = office.ok({QStringLiteral("plan"), QStringLiteral("task"), id,
                                        QStringLiteral("--title"), QStringLiteral("Ny vedtaksmal"),
                                        QStringLiteral("--deadline"), day(-2),
                                        QStringLiteral("--responsible"), QStringLiteral("Enhetsleder")});
    CHECK(task.value(u"late").toBool());
    CHECK(task.value(u"responsible").toString() == u"Enhetsleder");

    const QJsonObject shown = office.ok({QStringLiteral("plan"), QStringLiteral("show"), id});
    REQUIRE(shown.value(u"tasks").toArray().size() == 1);
    CHECK(shown.value(u"late_count").toInt() == 1);
    CHECK(office.run({QStringLiteral("plan"), QStringLiteral("add-review"), id,
                      QStringLiteral("--evaluation-before"), day(400)})
              .exitCode
          == 1);
    CHECK(office.run(words("plan create --title Nothing")).exitCode == 2);
}

TEST_CASE("plan report writes the plan as a PDF")
{
    const Office office;
    const QString pdf = office.path(QStringLiteral("plan.pdf"));
    const QJsonObject written = office.ok({QStringLiteral("plan"), QStringLiteral("report"),
                                           QStringLiteral("1"), QStringLiteral("--out"), pdf});
    CHECK(written.value(u"path").toString() == pdf);
    CHECK(fremdrift::test::readAll(pdf).startsWith("%PDF"));
}
