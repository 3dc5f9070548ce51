// Letters end to end: merge data from the case, the shipped templates of every jurisdiction and
// language read back from the PDF, the decision letter's required content, issuing into the
// archive, and a plan's pre-notices in one batch.
#include "letters/letterdata.h"
#include "letters/letterissuer.h"
#include "letters/lettertexts.h"
#include "repository/clientrepository.h"
#include "repository/decisionrepository.h"
#include "repository/planrepository.h"
#include "storage/sql.h"
#include "support/casefixture.h"
#include "support/process.h"

#include <QJsonArray>
#include <QStandardPaths>

#include <catch2/catch.hpp>

using namespace fremdrift;

namespace {

QString pdfText(const QByteArray &pdf)
{
    test::Scratch scratch;
    const QString path = scratch.path(QStringLiteral("letter.pdf"));
    test::writeAll(path, pdf);
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    REQUIRE_FALSE(pdftotext.isEmpty());
    const test::ProcessRun run = test::runProcess(pdftotext, {path, QStringLiteral("-")});
    REQUIRE(run.exitCode == 0);
    // pdftotext breaks lines where the layout does: compare with single spaces.
    return QString::fromUtf8(run.out).simplified();
}

QString problemsText(const QList<LetterProblem> &problems)
{
    QStringList lines;
    for (const LetterProblem &problem : problems)
        lines.append(problem.message);
    return lines.join(u'\n');
}

QString expectedPageLabel(const QString &language)
{
    if (language == u"nb")
        return QStringLiteral("Side 1 av");
    if (language == u"sv")
        return QStringLiteral("Sida 1 av");
    if (language == u"da")
        return QStringLiteral("Side 1 af");
    return QStringLiteral("Page 1 of");
}

// The client and a guardian with addresses, an office with a letterhead.
void furnish(test::CaseFixture &f)
{
    f.actAs(QStringLiteral("admin"));
    OfficeDetails office;
    office.name = QStringLiteral("Lyngen kommune");
    office.address = {QStringLiteral("Postboks 1"), QStringLiteral("9060 Lyngseidet")};
    office.phone = QStringLiteral("77 70 10 00");
    const Status saved = OfficeDetailsStore::save(*f.session, office);
    INFO((saved ? QString() : saved.error().message + saved.error().detail).toStdString());
    REQUIRE(saved.ok());
    f.actAs(QStringLiteral("kari"));

    ClientRepository clients(*f.session);
    auto client = clients.get(f.clientId);
    REQUIRE(client.ok());
    client->addressLine = QStringLiteral("Fjordveien 7");
    client->postalCode = QStringLiteral("9060");
    client->city = QStringLiteral("Lyngseidet");
    REQUIRE(clients.save(*client).ok());

    Contact guardian;
    guardian.clientId = f.clientId;
    guardian.relation = ContactRelation::Guardian;
    guardian.name = QStringLiteral("Berit Verge");
    guardian.addressLine = QStringLiteral("Strandgata 2");
    guardian.postalCode = QStringLiteral("9008");
    guardian.city = QStringLiteral("Tromsø");
    REQUIRE(clients.saveContact(guardian).ok());
}

LetterSubject decisionLetter(qint64 decisionId)
{
    LetterSubject subject;
    subject.kind = LetterKind::DecisionLetter;
    subject.decisionId = decisionId;
    return subject;
}

} // namespace

TEST_CASE("Every shipped template renders complete in each jurisdiction and language")
{
    const QList<JurisdictionCode> codes = {JurisdictionCode::Norway, JurisdictionCode::Sweden,
                                           JurisdictionCode::Denmark};
    for (JurisdictionCode code : codes) {
        test::CaseFixture f(code);
        for (const QString &language : templateLanguages(code)) {
            for (LetterKind kind : allLetterKinds()) {
                if (!isCitizenLetter(kind))
                    continue;
                INFO(jurisdictionCodeText(code).toStdString() << " " << language.toStdString() << " "
                                                         << letterKindKey(kind).toStdString());
                auto body = shippedTemplateBody(kind, code, language);
                REQUIRE(body.ok());
                const PreparedLetters sample = LetterIssuer::sample(*f.session, kind, language,
                                                                    *body);
                INFO(problemsText(sample.problems).toStdString());
                REQUIRE(sample.problems.isEmpty());
                REQUIRE(sample.drafts.size() == 1);

                auto pdf = LetterLayout::pdf(sample.drafts.first().document);
                REQUIRE(pdf.ok());
                const QString text = pdfText(*pdf);
                const LetterFacts facts = LetterData::sample(*f.session, kind, language);
                const LetterTexts texts(language);
                CHECK(text.contains(facts.client->fullName()));
                CHECK(text.contains(expectedPageLabel(language)));
                // The guardian gets a copy of the client's letter and is named in it.
                CHECK(text.contains(facts.contacts.first().name));
                if (kind == LetterKind::DecisionLetter) {
                    const JurisdictionProfile &profile = f.session->profile();
                    CHECK(text.contains(profile.legalBasis(facts.decision->legalBasis)->citation()));
                    CHECK(text.contains(texts.date(facts.decision->evaluationDate)));
                    CHECK(text.contains(profile.complaint.appealBody.text(language)));
                    const QDate received = f.session->calendar().assumedReceipt(
                        f.session->today(), SendMethod::Post);
                    const QDate deadline = f.session->calendar().complaintDeadline(received);
                    CHECK(text.contains(texts.date(deadline)));
                    CHECK(text.contains(facts.previous->reference));
                }
                if (kind == LetterKind::MeetingInvitation)
                    CHECK(text.contains(texts.date(facts.meeting->startsAt.date())));
            }
        }
    }
}

TEST_CASE("A decision letter is not issued while the decision is not approved")
{
    test::CaseFixture f;
    furnish(f);
    const Decision submitted = f.decisionIn(DecisionStatus::Submitted);
    auto prepared = LetterIssuer(*f.session).prepare(decisionLetter(submitted.id));
    REQUIRE(prepared.ok());
    CHECK_FALSE(prepared->canIssue());
    const bool namesStatus = std::any_of(prepared->problems.cbegin(), prepared->problems.cend(),
                                         [](const LetterProblem &p) { return p.field == u"status"; });
    CHECK(namesStatus);
    auto issued = LetterIssuer(*f.session).issue(*prepared);
    REQUIRE_FALSE(issued.ok());
    CHECK(issued.error().code == Error::Code::InvalidInput);
    auto count = sql::scalar(f.db->connection(), QStringLiteral("SELECT count(*) FROM letters"));
    CHECK(count->toInt() == 0);
}

TEST_CASE("A template without the complaint information stops the decision letter")
{
    test::CaseFixture f;
    furnish(f);
    const Decision approved = f.decisionIn(DecisionStatus::Approved);
    auto body = shippedTemplateBody(LetterKind::DecisionLetter, JurisdictionCode::Norway,
                                    QStringLiteral("nb"));
    REQUIRE(body.ok());
    // Cut out the part that tells how to complain.
    const qsizetype from = body->indexOf(QStringLiteral("{{#part complaint_procedure}}"));
    const qsizetype to = body->indexOf(QStringLiteral("{{/part}}"), from);
    REQUIRE(from >= 0);
    REQUIRE(to > from);
    QString cut = *body;
    cut.remove(from, to + 9 - from);
    f.actAs(QStringLiteral("admin"));
    REQUIRE(TemplateRepository(*f.session)
                .save(LetterKind::DecisionLetter, QStringLiteral("nb"), cut, 1,
                      QStringLiteral("shorter"))
                .ok());
    f.actAs(QStringLiteral("kari"));

    auto prepared = LetterIssuer(*f.session).prepare(decisionLetter(approved.id));
    REQUIRE(prepared.ok());
    CHECK_FALSE(prepared->canIssue());
    const auto missing = std::find_if(prepared->problems.cbegin(), prepared->problems.cend(),
                                      [](const LetterProblem &p) {
                                          return p.kind == LetterProblem::Kind::MissingPart;
                                      });
    REQUIRE(missing != prepared->problems.cend());
    CHECK(missing->field == u"complaint_procedure");
    CHECK(missing->message.contains(QStringLiteral("forvaltningsloven § 27")));
}

TEST_CASE("A broken template is reported with its place and never printed")
{
    test::CaseFixture f;
    furnish(f);
    const Decision approved = f.decisionIn(DecisionStatus::Approved);
    // Only the sqlite3 shell could store this: Fremdrift refuses to save it.
    REQUIRE(sql::run(f.db->connection(),
                     QStringLiteral("INSERT INTO templates(kind, jurisdiction, language, "
                                    "version_no, body) VALUES ('decision_letter', 'NO', 'nb', 9, "
                                    "?)"),
                     {QStringLiteral("<p>Hei</p>\n<p>{{#if guardian.name}}Til verge</p>")})
                .ok());
    auto prepared = LetterIssuer(*f.session).prepare(decisionLetter(approved.id));
    REQUIRE(prepared.ok());
    REQUIRE_FALSE(prepared->problems.isEmpty());
    CHECK(prepared->problems.first().kind == LetterProblem::Kind::Template);
    CHECK(prepared->problems.first().message.contains(QStringLiteral("Line 2, column 4")));
    CHECK(prepared->drafts.isEmpty());
    CHECK_FALSE(LetterIssuer(*f.session).issue(*prepared).ok());
}

TEST_CASE("Issuing a decision letter archives one letter per recipient and sends the decision")
{
    test::CaseFixture f;
    furnish(f);
    const Decision approved = f.decisionIn(DecisionStatus::Approved);
    LetterIssuer issuer(*f.session);
    auto prepared = issuer.prepare(decisionLetter(approved.id));
    REQUIRE(prepared.ok());
    INFO(problemsText(prepared->problems).toStdString());
    REQUIRE(prepared->canIssue());
    REQUIRE(prepared->drafts.size() == 2);
    CHECK(prepared->drafts.at(0).recipient.role == u"client");
    CHECK(prepared->drafts.at(1).recipient.role == u"guardian");
    // Each copy names the other recipient.
    CHECK(prepared->drafts.at(0).copies.first().name == u"Berit Verge");

    auto issued = issuer.issue(*prepared);
    REQUIRE(issued.ok());
    REQUIRE(issued->size() == 2);
    LetterArchive archive(*f.session);
    for (const IssuedLetter &letter : *issued) {
        auto stored = archive.get(letter.id);
        REQUIRE(stored.ok());
        CHECK(stored->sha256 == sha256Hex(stored->pdf));
        CHECK(stored->templateVersion == 1);
        CHECK(stored->pageCount >= 2);
        CHECK(pdfText(stored->pdf).contains(stored->recipientName));
    }
    auto decision = DecisionRepository(*f.session).get(approved.id);
    REQUIRE(decision.ok());
    CHECK(decision->status == DecisionStatus::Sent);
    CHECK(decision->sentOn == f.session->today());
    CHECK(decision->complaintDeadline.isValid());

    // The same template version serves the next letter: the shipped default is stored once.
    auto versions = TemplateRepository(*f.session)
                        .versions(LetterKind::DecisionLetter, QStringLiteral("nb"));
    REQUIRE(versions.ok());
    CHECK(versions->size() == 1);
}

TEST_CASE("A plan's pre-notices are issued in one batch and complete step 1")
{
    test::CaseFixture f;
    furnish(f);
    const Decision first = f.decisionIn(DecisionStatus::InForce);

    // A second client without any address: the batch skips that review and says why.
    ClientRepository clients(*f.session);
    Client homeless;
    homeless.givenName = QStringLiteral("Per");
    homeless.familyName = QStringLiteral("Uten Adresse");
    auto savedClient = clients.save(homeless);
    REQUIRE(savedClient.ok());
    Decision second = f.completeDraft();
    second.clientId = savedClient->id;
    auto draft = DecisionRepository(*f.session).saveDraft(second);
    REQUIRE(draft.ok());
    const Decision secondInForce = f.advance(*draft, DecisionStatus::InForce);

    PlanRepository plans(*f.session);
    ReviewPlan plan;
    plan.title = QStringLiteral("Gjennomgang av vedtak");
    plan.startOn = f.session->today();
    plan.deadline = f.session->today().addMonths(3);
    auto savedPlan = plans.save(plan);
    REQUIRE(savedPlan.ok());
    REQUIRE(plans.addReviews(savedPlan->id, {first.id, secondInForce.id}).ok());

    QList<std::pair<int, int>> steps;
    auto batch = LetterIssuer(*f.session)
                     .issuePreNotices(savedPlan->id, {}, [&](int done, int total) {
                         steps.append({done, total});
                         return true;
                     });
    REQUIRE(batch.ok());
    CHECK(steps == QList<std::pair<int, int>>{{1, 2}, {2, 2}});
    CHECK(batch->issuedCount() == 2); // the client and the guardian
    CHECK(batch->skippedCount() == 1);

    auto view = plans.view(savedPlan->id);
    REQUIRE(view.ok());
    for (const Review &review : view->reviews) {
        const ReviewStep *preNotice = review.step(QStringLiteral("pre_notice"));
        if (review.clientId == f.clientId) {
            CHECK(preNotice->isDone());
            CHECK(preNotice->form.value(QStringLiteral("letter_ids")).toArray().size() == 2);
            CHECK(preNotice->form.value(QStringLiteral("recipients")).toArray().size() == 2);
        } else {
            CHECK_FALSE(preNotice->isDone());
        }
    }
    // A second run finds nothing left to send for the first review.
    auto again = LetterIssuer(*f.session).issuePreNotices(savedPlan->id, {});
    REQUIRE(again.ok());
    CHECK(again->issuedCount() == 0);
    CHECK(again->items.size() == 1);
}

// Not run by default: writes every shipped template's sample letter as a PDF into
// $FREMDRIFT_LETTER_SAMPLES, to look at (pdftoppm -png) before a release.
TEST_CASE("Shipped templates as sample PDFs for a visual check", "[.samples]")
{
    const QString folder = qEnvironmentVariable("FREMDRIFT_LETTER_SAMPLES");
    REQUIRE_FALSE(folder.isEmpty());
    for (JurisdictionCode code : {JurisdictionCode::Norway, JurisdictionCode::Sweden,
                                  JurisdictionCode::Denmark}) {
        test::CaseFixture f(code);
        furnish(f);
        for (const QString &language : templateLanguages(code)) {
            for (LetterKind kind : allLetterKinds()) {
                auto body = shippedTemplateBody(kind, code, language);
                REQUIRE(body.ok());
                const PreparedLetters sample = LetterIssuer::sample(*f.session, kind, language,
                                                                    *body);
                REQUIRE_FALSE(sample.drafts.isEmpty());
                auto pdf = LetterLayout::pdf(sample.drafts.first().document);
                REQUIRE(pdf.ok());
                test::writeAll(QStringLiteral("%1/%2-%3-%4.pdf")
                                   .arg(folder, jurisdictionCodeText(code).toLower(), language,
                                        letterKindKey(kind)),
                               *pdf);
            }
        }
    }
}
