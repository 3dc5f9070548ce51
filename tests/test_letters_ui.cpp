// Letters in the window: the letter dialog (recipients, live preview, what stops a letter,
// issuing), a plan's pre-notices in one batch, the archive of issued letters, and the places
// they are opened from (review, meeting, decisions, plan, client, reports).
#include "clients/clientdetailpanel.h"
#include "clients/clientspage.h"
#include "decisions/decisionlistmodel.h"
#include "decisions/decisionspage.h"
#include "letters/batchdialog.h"
#include "letters/letterarchivemodel.h"
#include "letters/letterarchiveview.h"
#include "letters/letterdialog.h"
#include "letters/letteroutput.h"
#include "letters/officedetails.h"
#include "mainwindow.h"
#include "meetings/meetingdialog.h"
#include "messagebar.h"
#include "messagebox.h"
#include "plans/planspage.h"
#include "plans/planview.h"
#include "reports/reportspage.h"
#include "repository/clientrepository.h"
#include "repository/decisionrepository.h"
#include "repository/meetingrepository.h"
#include "repository/planrepository.h"
#include "reviews/reviewwindow.h"
#include "reviews/stepforms/prenoticeform.h"
#include "support/casefixture.h"
#include "support/screenshots.h"
#include "templates/letterpreview.h"
#include "workflow/session.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

using namespace fremdrift;
using fremdrift::test::CaseFixture;

namespace {

constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;
const QString clientName = QStringLiteral("Åsmund Ødegård");
const QString guardianName = QStringLiteral("Berit Verge");

// An office with a letterhead, and the client and a guardian with addresses (the guardian's
// left out when `guardianAddress` is false).
void furnish(CaseFixture &f, bool guardianAddress = true)
{
    f.actAs(QStringLiteral("admin"));
    OfficeDetails office;
    office.name = QStringLiteral("Lyngen kommune");
    office.address = {QStringLiteral("Postboks 1"), QStringLiteral("9060 Lyngseidet")};
    office.phone = QStringLiteral("77 70 10 00");
    REQUIRE(OfficeDetailsStore::save(*f.session, office).ok());
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
    guardian.name = guardianName;
    if (guardianAddress) {
        guardian.addressLine = QStringLiteral("Strandgata 2");
        guardian.postalCode = QStringLiteral("9008");
        guardian.city = QStringLiteral("Tromsø");
    }
    REQUIRE(clients.saveContact(guardian).ok());
}

LetterSubject decisionLetter(qint64 decisionId)
{
    LetterSubject subject;
    subject.kind = LetterKind::DecisionLetter;
    subject.decisionId = decisionId;
    return subject;
}

QList<IssuedLetter> archived(Session &session, const LetterFilter &filter = {})
{
    auto letters = LetterArchive(session).list(filter);
    REQUIRE(letters.ok());
    return *letters;
}

QStringList itemTexts(const QListWidget *list)
{
    QStringList texts;
    for (int row = 0; row < list->count(); ++row)
        texts << list->item(row)->text();
    return texts;
}

bool anyContains(const QStringList &texts, const QString &part)
{
    return std::any_of(
        texts.cbegin(), texts.cend(), [&](const QString &text) { return text.contains(part); });
}

// Whether `icon` draws anything: a warning does, the blank that keeps names aligned does not.
bool drawsSomething(const QIcon &icon)
{
    const QImage image = icon.pixmap(16, 16).toImage();
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) > 0)
                return true;
        }
    }
    return false;
}

// A plan with a review of the fixture client's decision in force, and one of a second client
// who has no address at all, so that the batch skips that review.
struct PlanFixture
{
    PlanFixture()
    {
        furnish(f);
        const Decision first = f.decisionIn(DecisionStatus::InForce);
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
        planId = savedPlan->id;
        auto added = plans.addReviews(planId, {first.id, secondInForce.id});
        REQUIRE(added.ok());
        for (qint64 id : *added) {
            auto review = plans.review(id);
            REQUIRE(review.ok());
            if (review->clientId == f.clientId)
                reviewId = id;
        }
        REQUIRE(reviewId != 0);
    }

    bool preNoticeDone(qint64 id) const
    {
        auto review = PlanRepository(*f.session).review(id);
        REQUIRE(review.ok());
        return review->step(QStringLiteral("pre_notice"))->isDone();
    }

    CaseFixture f;
    qint64 planId = 0;
    qint64 reviewId = 0; // the fixture client's
};

// Issues the next letter dialog opened, confirming the question it asks.
void issueNextLetterDialog()
{
    LetterDialog::answerNextWith([](LetterDialog &dialog) {
        MessageBox::setNextAnswer(QMessageBox::Yes);
        return dialog.issue();
    });
}

} // namespace

TEST_CASE("The letter dialog previews an approved decision's copies and issues them")
{
    CaseFixture f;
    furnish(f);
    const Decision approved = f.decisionIn(DecisionStatus::Approved);
    LetterDialog dialog(*f.session, decisionLetter(approved.id));
    dialog.show();
    QApplication::processEvents();

    QListWidget *recipients = dialog.recipientsList();
    REQUIRE(recipients->count() == 2);
    CHECK(recipients->item(0)->text().startsWith(clientName));
    CHECK(recipients->item(1)->text().startsWith(guardianName));
    CHECK(recipients->item(0)->checkState() == Qt::Checked);
    CHECK(recipients->item(1)->checkState() == Qt::Checked);
    CHECK(dialog.problemsList()->count() == 0);
    CHECK_FALSE(dialog.problemsList()->isVisible());
    CHECK(dialog.issueBlockedReason().isEmpty());
    CHECK(dialog.issueButton()->isEnabled());

    // A decision letter runs over more than one page; each copy is shown on its own.
    LetterPreview *preview = dialog.preview();
    CHECK(preview->pageCount() >= 2);
    INFO(preview->pageText().toStdString());
    const QRegularExpression pageOf(QStringLiteral("^Page [1-9] of %1$").arg(preview->pageCount()));
    CHECK(pageOf.match(preview->pageText()).hasMatch());
    REQUIRE(dialog.copyCombo()->count() == 2);
    CHECK(dialog.copyCombo()->currentText() == clientName);
    dialog.copyCombo()->setCurrentIndex(1);
    CHECK(dialog.copyCombo()->currentText() == guardianName);
    CHECK(preview->pageCount() >= 2);

    // Answering Cancel to the question issues nothing.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    CHECK_FALSE(dialog.issue());
    CHECK(archived(*f.session).isEmpty());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(dialog.issue());
    REQUIRE(dialog.issued().size() == 2);
    const QList<IssuedLetter> letters = archived(*f.session);
    REQUIRE(letters.size() == 2);
    QStringList names = {letters.at(0).recipientName, letters.at(1).recipientName};
    names.sort();
    CHECK(names == QStringList{guardianName, clientName});
    auto decision = DecisionRepository(*f.session).get(approved.id);
    REQUIRE(decision.ok());
    CHECK(decision->status == DecisionStatus::Sent);
    CHECK(decision->sentMethod == SendMethod::Post);

    // Issued letters cannot change: the options are locked and Issue is gone.
    CHECK_FALSE(dialog.issueButton()->isVisible());
    CHECK_FALSE(recipients->isEnabled());
    // English plurals come from the translation, not loaded here: "2 letter(s)".
    CHECK(dialog.messageBar()->text().startsWith(QStringLiteral("2 letter")));
    CHECK_FALSE(dialog.issue());
    CHECK(archived(*f.session).size() == 2);
}

TEST_CASE("The recipients and the way of sending chosen in the dialog shape the letters")
{
    CaseFixture f;
    furnish(f);
    const Decision approved = f.decisionIn(DecisionStatus::Approved);
    LetterDialog dialog(*f.session, decisionLetter(approved.id));

    SECTION("a recipient left out gets no copy and is not named in the other")
    {
        dialog.recipientsList()->item(1)->setCheckState(Qt::Unchecked);
        dialog.prepareNow();
        REQUIRE(dialog.prepared().drafts.size() == 1);
        CHECK(dialog.prepared().drafts.first().recipient.name == clientName);
        CHECK(dialog.prepared().drafts.first().copies.isEmpty());
        CHECK(dialog.copyCombo()->count() == 1);

        MessageBox::setNextAnswer(QMessageBox::Yes);
        REQUIRE(dialog.issue());
        CHECK(archived(*f.session).size() == 1);
    }
    SECTION("nobody ticked is a problem, not everybody")
    {
        for (int row = 0; row < dialog.recipientsList()->count(); ++row)
            dialog.recipientsList()->item(row)->setCheckState(Qt::Unchecked);
        dialog.prepareNow();
        CHECK(dialog.prepared().drafts.isEmpty());
        CHECK(anyContains(itemTexts(dialog.problemsList()), QStringLiteral("recipient")));
        CHECK_FALSE(dialog.issueButton()->isEnabled());
        CHECK_FALSE(dialog.issue());
    }
    SECTION("a change of options is prepared again after a moment")
    {
        dialog.methodCombo()->setCurrentIndex(
            dialog.methodCombo()->findData(int(SendMethod::Digital)));
        CHECK(dialog.options().method == SendMethod::Digital);
        // Issue prepares what the options say now, without waiting for the timer.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        REQUIRE(dialog.issue());
        auto decision = DecisionRepository(*f.session).get(approved.id);
        REQUIRE(decision.ok());
        CHECK(decision->sentMethod == SendMethod::Digital);
    }
}

TEST_CASE("A submitted decision's letter is previewed but not issued and the dialog says why")
{
    CaseFixture f;
    furnish(f);
    const Decision submitted = f.decisionIn(DecisionStatus::Submitted);
    LetterDialog dialog(*f.session, decisionLetter(submitted.id));
    dialog.show();
    QApplication::processEvents();

    CHECK(dialog.problemsList()->isVisible());
    CHECK(anyContains(itemTexts(dialog.problemsList()), QStringLiteral("approve")));
    CHECK_FALSE(dialog.issueButton()->isEnabled());
    CHECK_FALSE(dialog.issueBlockedReason().isEmpty());
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("issueReason"))->text()
          == dialog.issueBlockedReason());
    CHECK(dialog.preview()->pageCount() > 0);
    CHECK_FALSE(dialog.issue());
    CHECK(archived(*f.session).isEmpty());
    auto decision = DecisionRepository(*f.session).get(submitted.id);
    REQUIRE(decision.ok());
    CHECK(decision->status == DecisionStatus::Submitted);
}

TEST_CASE("A recipient without a postal address is marked while the letter goes by post")
{
    CaseFixture f;
    furnish(f, false);
    const Decision approved = f.decisionIn(DecisionStatus::Approved);
    LetterDialog dialog(*f.session, decisionLetter(approved.id));

    QListWidget *recipients = dialog.recipientsList();
    REQUIRE(recipients->count() == 2);
    CHECK_FALSE(drawsSomething(recipients->item(0)->icon()));
    CHECK(drawsSomething(recipients->item(1)->icon()));
    CHECK(anyContains(itemTexts(dialog.problemsList()),
                      guardianName + QStringLiteral(" has no postal address")));
    CHECK_FALSE(dialog.issueButton()->isEnabled());

    dialog.methodCombo()->setCurrentIndex(dialog.methodCombo()->findData(int(SendMethod::Hand)));
    CHECK_FALSE(drawsSomething(recipients->item(1)->icon()));
    dialog.prepareNow();
    CHECK(dialog.problemsList()->count() == 0);
    CHECK(dialog.issueButton()->isEnabled());
}

TEST_CASE("A read-only user previews a letter but cannot issue it")
{
    CaseFixture f;
    furnish(f);
    const Decision approved = f.decisionIn(DecisionStatus::Approved);
    f.actAs(QStringLiteral("rolf"));
    LetterDialog dialog(*f.session, decisionLetter(approved.id));

    CHECK(dialog.preview()->pageCount() > 0);
    CHECK(dialog.problemsList()->count() == 0);
    CHECK_FALSE(dialog.issueButton()->isEnabled());
    CHECK(dialog.issueBlockedReason().contains(QStringLiteral("Rolf Reader")));
    CHECK_FALSE(dialog.issue());
    CHECK(archived(*f.session).isEmpty());

    // Looking at it and printing it are allowed.
    test::Scratch scratch;
    const QString path = scratch.path(QStringLiteral("preview.pdf"));
    LetterOutput::answerNextSaveWith(path);
    dialog.savePdfAs();
    CHECK(test::readAll(path).startsWith("%PDF"));
}

TEST_CASE("The batch dialog issues a plan's pre-notices and lists the review it skipped")
{
    PlanFixture p;
    BatchDialog dialog(*p.f.session, p.planId);
    dialog.show();
    CHECK(dialog.pendingCount() == 2);
    CHECK(dialog.startButton()->isEnabled());

    REQUIRE(dialog.start());
    REQUIRE(dialog.batchResult().has_value());
    CHECK(dialog.batchResult()->issuedCount() == 2); // the client and the guardian
    CHECK(dialog.batchResult()->skippedCount() == 1);
    const QString summary = dialog.summaryLabel()->text();
    INFO(summary.toStdString());
    CHECK(summary.startsWith(QStringLiteral("Issued 2 letter")));
    CHECK(summary.contains(QStringLiteral("for 1 review")));
    REQUIRE(dialog.skippedList()->count() == 1);
    const QString skipped = dialog.skippedList()->item(0)->text();
    CHECK(skipped.startsWith(QStringLiteral("Uten Adresse, Per")));
    CHECK(skipped.contains(QStringLiteral("has no postal address")));
    CHECK(p.preNoticeDone(p.reviewId));
    CHECK(dialog.pendingCount() == 1); // the skipped review still lacks it

    test::Scratch scratch;
    const QString path = scratch.path(QStringLiteral("pre-notices.pdf"));
    LetterOutput::answerNextSaveWith(path);
    dialog.saveAllAs();
    CHECK(test::readAll(path).startsWith("%PDF"));
    CHECK(dialog.messageBar()->text().contains(QStringLiteral("pre-notices.pdf")));
}

TEST_CASE("Stop ends the batch after the review in hand")
{
    PlanFixture p;
    BatchDialog dialog(*p.f.session, p.planId);
    // Heard while the batch lets events through, after the first review.
    QTimer::singleShot(0, &dialog, [&dialog] { dialog.stop(); });
    REQUIRE(dialog.start());
    CHECK(dialog.batchResult()->items.size() == 1);
    CHECK(dialog.summaryLabel()->text().contains(QStringLiteral("Stopped before the end")));
    CHECK_FALSE(dialog.isRunning());
    CHECK(dialog.startButton()->isEnabled());
}

TEST_CASE("A read-only user cannot start the batch")
{
    PlanFixture p;
    p.f.actAs(QStringLiteral("rolf"));
    BatchDialog dialog(*p.f.session, p.planId);
    CHECK_FALSE(dialog.startButton()->isEnabled());
    CHECK(dialog.startBlockedReason().contains(QStringLiteral("Rolf Reader")));
    CHECK_FALSE(dialog.start());
    CHECK_FALSE(p.preNoticeDone(p.reviewId));
}

TEST_CASE("The archive view lists issued letters and filters and verifies them")
{
    CaseFixture f;
    furnish(f);
    const Decision approved = f.decisionIn(DecisionStatus::Approved);
    LetterIssuer issuer(*f.session);
    auto prepared = issuer.prepare(decisionLetter(approved.id));
    REQUIRE(prepared.ok());
    auto issued = issuer.issue(*prepared);
    REQUIRE(issued.ok());

    LetterArchiveView view;
    view.show();
    QAbstractItemModelTester tester(view.model(), Fatal);
    view.setSession(f.session.get());
    REQUIRE(view.model()->rowCount() == 2);
    CHECK(view.countLabel()->text().startsWith(QStringLiteral("2 letter")));
    const QModelIndex kind = view.model()->index(0, LetterArchiveModel::KindColumn);
    CHECK(kind.data().toString() == letterKindName(LetterKind::DecisionLetter));
    CHECK(view.model()->index(0, LetterArchiveModel::ReferenceColumn).data().toString()
          == approved.reference);
    CHECK(view.model()->index(0, LetterArchiveModel::IssuedByColumn).data().toString()
          == QStringLiteral("Kari Caseworker"));
    CHECK(view.model()->index(0, LetterArchiveModel::TemplateColumn).data().toInt() == 1);
    CHECK(view.model()->index(0, LetterArchiveModel::PagesColumn).data().toInt() >= 2);
    CHECK_FALSE(view.openButton()->isEnabled());

    view.textFilter()->setText(QStringLiteral("Berit"));
    view.reload();
    REQUIRE(view.model()->rowCount() == 1);
    CHECK(view.model()
              ->index(0, LetterArchiveModel::RecipientColumn)
              .data()
              .toString()
              .startsWith(guardianName));
    view.textFilter()->clear();
    view.kindFilter()->setCurrentIndex(view.kindFilter()->findData(int(LetterKind::PreNotice)));
    CHECK(view.model()->rowCount() == 0);
    view.kindFilter()->setCurrentIndex(0);
    REQUIRE(view.model()->rowCount() == 2);

    view.view()->selectRow(0);
    CHECK(view.verifyButton()->isEnabled());
    const qint64 id = view.currentLetterId();
    auto stored = LetterArchive(*f.session).get(id);
    REQUIRE(stored.ok());
    const auto intact = view.verifyCurrent();
    REQUIRE(intact.has_value());
    CHECK(*intact);
    CHECK(view.messageBar()->text().contains(stored->sha256));
    CHECK(view.messageBar()->kind() == MessageBar::Kind::Information);

    // Open gives the PDF exactly as it was issued.
    test::Scratch scratch;
    const QString path = scratch.path(QStringLiteral("copy.pdf"));
    REQUIRE(view.saveCopy(path));
    CHECK(test::readAll(path) == stored->pdf);

    // Another PC's new letter shows on reload, and the chosen one stays chosen.
    auto again = issuer.issue(*prepared);
    REQUIRE(again.ok());
    view.reload();
    CHECK(view.model()->rowCount() == 4);
    CHECK(view.currentLetterId() == id);
}

TEST_CASE("A client's letters are in the Letters tab and the office's on the Reports page")
{
    CaseFixture f;
    furnish(f);
    const Decision approved = f.decisionIn(DecisionStatus::Approved);
    LetterIssuer issuer(*f.session);
    auto prepared = issuer.prepare(decisionLetter(approved.id));
    REQUIRE(prepared.ok());
    REQUIRE(issuer.issue(*prepared).ok());

    ClientDetailPanel panel;
    panel.setSession(f.session.get());
    panel.showClient(f.clientId);
    QWidget *tab = panel.tabs()->widget(ClientDetailPanel::LettersTab);
    CHECK(tab == panel.lettersView());
    CHECK(panel.lettersView()->filter().clientId == f.clientId);
    CHECK(panel.lettersView()->model()->rowCount() == 2);
    CHECK(panel.lettersView()->view()->isColumnHidden(LetterArchiveModel::ClientColumn));
    CHECK_FALSE(panel.lettersView()->view()->isColumnHidden(LetterArchiveModel::RecipientColumn));

    // Another client has none.
    Client other;
    other.givenName = QStringLiteral("Ola");
    other.familyName = QStringLiteral("Annen");
    auto saved = ClientRepository(*f.session).save(other);
    REQUIRE(saved.ok());
    panel.showClient(saved->id);
    CHECK(panel.lettersView()->model()->rowCount() == 0);

    ReportsPage reports;
    reports.setSession(f.session.get());
    CHECK(reports.tabs()->indexOf(reports.lettersView()) >= 0);
    CHECK(reports.lettersView()->model()->rowCount() == 2);
    CHECK_FALSE(reports.lettersView()->view()->isColumnHidden(LetterArchiveModel::ClientColumn));
}

TEST_CASE("Write pre-notice in the review window issues the letter and completes step 1")
{
    PlanFixture p;
    ReviewWindow window(*p.f.session, p.reviewId);
    window.show();
    window.showStep(QStringLiteral("pre_notice"));
    auto *form = qobject_cast<PreNoticeForm *>(window.stepForm(QStringLiteral("pre_notice")));
    REQUIRE(form);
    REQUIRE(form->writeButton()->isEnabled());

    issueNextLetterDialog();
    form->writeButton()->click();
    const ReviewStep *step = window.review().step(QStringLiteral("pre_notice"));
    REQUIRE(step);
    CHECK(step->isDone());
    CHECK(window.messageText().contains(QStringLiteral("(2 letter")));
    // The form shows whom the letters went to, ticked, with nobody listed twice.
    QListWidget *sentTo = form->recipientsList();
    REQUIRE(sentTo->count() == 2);
    CHECK(sentTo->item(0)->checkState() == Qt::Checked);
    CHECK(sentTo->item(1)->checkState() == Qt::Checked);
    CHECK(window.currentStepId() != QStringLiteral("pre_notice"));
    LetterFilter filter;
    filter.reviewId = p.reviewId;
    CHECK(archived(*p.f.session, filter).size() == 2);
}

TEST_CASE("A read-only user may look at the pre-notice from the review window")
{
    PlanFixture p;
    p.f.actAs(QStringLiteral("rolf"));
    ReviewWindow window(*p.f.session, p.reviewId);
    window.show();
    window.showStep(QStringLiteral("pre_notice"));
    auto *form = qobject_cast<PreNoticeForm *>(window.stepForm(QStringLiteral("pre_notice")));
    REQUIRE(form);
    CHECK(form->writeButton()->isEnabled());
    bool couldIssue = true;
    LetterDialog::answerNextWith([&](LetterDialog &dialog) {
        couldIssue = dialog.issueButton()->isEnabled();
        return false;
    });
    form->writeButton()->click();
    CHECK_FALSE(couldIssue);
    CHECK_FALSE(p.preNoticeDone(p.reviewId));
}

TEST_CASE("The plan view sends the plan's pre-notices")
{
    PlanFixture p;
    PlanViewWidget view;
    REQUIRE(view.showPlan(p.f.session.get(), p.planId));
    auto *button = view.findChild<QPushButton *>(QStringLiteral("preNoticesButton"));
    REQUIRE(button);
    CHECK(button->isEnabled());
    BatchDialog::answerNextWith([](BatchDialog &dialog) { return dialog.start(); });
    button->click();
    CHECK(p.preNoticeDone(p.reviewId));
    // The view shows the step done without being asked.
    const auto shown = std::find_if(view.view().reviews.cbegin(),
                                    view.view().reviews.cend(),
                                    [&](const Review &r) { return r.id == p.reviewId; });
    REQUIRE(shown != view.view().reviews.cend());
    CHECK(shown->step(QStringLiteral("pre_notice"))->isDone());
}

TEST_CASE("The decisions page writes the letter of an approved decision only")
{
    CaseFixture f;
    furnish(f);
    const Decision approved = f.decisionIn(DecisionStatus::Approved);
    const Decision draft = *DecisionRepository(*f.session).saveDraft(f.completeDraft());
    DecisionsPage page;
    page.setSession(f.session.get());
    auto select = [&](qint64 id) {
        for (int row = 0; row < page.proxy()->rowCount(); ++row) {
            if (page.proxy()->index(row, 0).data(DecisionListModel::IdRole).toLongLong() == id) {
                page.view()->selectRow(row);
                return;
            }
        }
        FAIL("decision not listed");
    };
    select(draft.id);
    CHECK_FALSE(page.letterButton()->isEnabled());
    select(approved.id);
    REQUIRE(page.letterButton()->isEnabled());

    issueNextLetterDialog();
    page.letterButton()->click();
    auto sent = DecisionRepository(*f.session).get(approved.id);
    REQUIRE(sent.ok());
    CHECK(sent->status == DecisionStatus::Sent);
    // A sent decision's letter can be issued again, as a copy.
    CHECK(page.letterButton()->isEnabled());
}

TEST_CASE("The meeting dialog writes letters only for a saved meeting")
{
    CaseFixture f;
    furnish(f);
    Meeting meeting = f.followUpMeeting();
    meeting.agenda = QStringLiteral("1. Welcome\n2. How the help works");
    {
        MeetingDialog unsaved(*f.session, meeting);
        CHECK_FALSE(unsaved.findChild<QPushButton *>(QStringLiteral("invitationLetterButton"))
                        ->isEnabled());
        CHECK_FALSE(unsaved.writeLetter(LetterKind::MeetingInvitation).has_value());
    }
    auto saved = MeetingRepository(*f.session).save(meeting);
    REQUIRE(saved.ok());
    MeetingDialog dialog(*f.session, *saved);
    auto *invitation = dialog.findChild<QPushButton *>(QStringLiteral("invitationLetterButton"));
    REQUIRE(invitation->isEnabled());
    LetterOptions seen;
    QString title;
    LetterDialog::answerNextWith([&](LetterDialog &letter) {
        seen = letter.options();
        title = letter.windowTitle();
        return false;
    });
    invitation->click();
    CHECK(title.contains(letterKindName(LetterKind::MeetingInvitation)));
    CHECK(seen.recipients.size() == 2);

    issueNextLetterDialog();
    const auto issued = dialog.writeLetter(LetterKind::MeetingInvitation);
    REQUIRE(issued.has_value());
    CHECK(issued->size() == 2);
    LetterFilter filter;
    filter.meetingId = saved->id;
    CHECK(archived(*f.session, filter).size() == 2);
}

namespace {

std::optional<qint64> decisionWith(Session &session, DecisionStatus status)
{
    DecisionFilter filter;
    filter.status = status;
    auto found = DecisionRepository(session).list(filter);
    REQUIRE(found.ok());
    return found->isEmpty() ? std::nullopt : std::optional(found->first().id);
}

// The open review plan with the most reviews still lacking the pre-notice.
qint64 planWithPreNoticesDue(Session &session)
{
    PlanFilter filter;
    filter.kind = PlanKind::Review;
    auto plans = PlanRepository(session).list(filter);
    REQUIRE(plans.ok());
    std::pair<qint64, int> best{0, 0};
    for (const PlanSummary &summary : *plans) {
        auto view = PlanRepository(session).view(summary.id);
        REQUIRE(view.ok());
        if (view->plan.isClosed())
            continue;
        const int due = int(
            std::count_if(view->reviews.cbegin(), view->reviews.cend(), [](const Review &review) {
                return !review.step(QStringLiteral("pre_notice"))->isDone();
            }));
        if (due > best.second)
            best = {summary.id, due};
    }
    REQUIRE(best.first != 0);
    return best.first;
}

} // namespace

// Not run by CTest (hidden tag): the letter dialog, the batch's summary, the archive and the
// buttons added to the plan view and meeting dialog, in every language, for a person to look
// at. FREMDRIFT_SCREENSHOTS=/tmp/uilet-shots tests/test_letters_ui "[.screenshots]"
TEST_CASE("Screenshots of the letter dialog the batch and the archive", "[.screenshots]")
{
    test::forEveryLanguage([](const QString &language, const QString &path, const QString &folder) {
        MainWindow window;
        test::showForScreenshots(window, language, path);
        Session &session = *window.session();
        auto shot = [&](QWidget *widget, const QString &what) {
            // The letter preview fits its pages once laid out, then lays them out again.
            QApplication::processEvents();
            test::saveShot(widget, folder, language, what);
        };

        const auto inForce = decisionWith(session, DecisionStatus::InForce);
        REQUIRE(inForce.has_value());
        {
            LetterDialog dialog(session, decisionLetter(*inForce), &window);
            dialog.show();
            shot(&dialog, QStringLiteral("letter-dialog"));
            dialog.copyCombo()->setCurrentIndex(dialog.copyCombo()->count() - 1);
            shot(&dialog, QStringLiteral("letter-dialog-last-copy"));
        }
        if (const auto draft = decisionWith(session, DecisionStatus::Draft)) {
            LetterDialog dialog(session, decisionLetter(*draft), &window);
            dialog.show();
            shot(&dialog, QStringLiteral("letter-dialog-problems"));
        }
        {
            LetterDialog dialog(session, decisionLetter(*inForce), &window);
            dialog.show();
            MessageBox::setNextAnswer(QMessageBox::Yes);
            REQUIRE(dialog.issue());
            shot(&dialog, QStringLiteral("letter-dialog-issued"));
        }

        const qint64 planId = planWithPreNoticesDue(session);
        {
            BatchDialog dialog(session, planId, &window);
            dialog.show();
            shot(&dialog, QStringLiteral("batch-before"));
            REQUIRE(dialog.start());
            shot(&dialog, QStringLiteral("batch-summary"));
        }

        window.showPage(PageId::Reports);
        auto *reports = static_cast<ReportsPage *>(window.page(PageId::Reports));
        reports->tabs()->setCurrentWidget(reports->lettersView());
        reports->lettersView()->reload();
        reports->lettersView()->view()->selectRow(0);
        reports->lettersView()->verifyCurrent();
        shot(&window, QStringLiteral("archive-reports"));

        window.showPage(PageId::Clients);
        auto *clients = static_cast<ClientsPage *>(window.page(PageId::Clients));
        ClientDetailPanel *panel = clients->detailPanel();
        panel->showClient(*reports->lettersView()->model()->letters().first().clientId);
        panel->tabs()->setCurrentIndex(ClientDetailPanel::LettersTab);
        shot(&window, QStringLiteral("archive-client"));

        window.showPage(PageId::Plans);
        auto *plans = static_cast<PlansPage *>(window.page(PageId::Plans));
        plans->openPlan(planId);
        shot(&window, QStringLiteral("plan-view-buttons"));

        auto meetings = MeetingRepository(session).list(MeetingFilter());
        if (meetings && !meetings->isEmpty()) {
            auto meeting = MeetingRepository(session).get(meetings->first().id);
            REQUIRE(meeting.ok());
            MeetingDialog dialog(session, *meeting, &window);
            dialog.show();
            shot(&dialog, QStringLiteral("meeting-dialog-letters"));
        }
    });
}
