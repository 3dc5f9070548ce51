// The review window: one review of one client's decision taken through its steps, each with its
// own form, refused while the form lacks what the step requires and done once it is filled in.
#include "decisions/commentdialog.h"
#include "decisions/decisionformat.h"
#include "decisions/servicecomparisonmodel.h"
#include "meetings/meetingdialog.h"
#include "meetings/meetingparticipantsmodel.h"
#include "messagebox.h"
#include "repository/decisionrepository.h"
#include "repository/meetingrepository.h"
#include "repository/planrepository.h"
#include "reviews/reviewwindow.h"
#include "reviews/stepforms/assessmentpanel.h"
#include "reviews/stepforms/decisionsentform.h"
#include "reviews/stepforms/estimatespanel.h"
#include "reviews/stepforms/inforceform.h"
#include "reviews/stepforms/investigationfinishedform.h"
#include "reviews/stepforms/investigationpanel.h"
#include "reviews/stepforms/medicalinformationform.h"
#include "reviews/stepforms/meetingagreedform.h"
#include "reviews/stepforms/meetingheldform.h"
#include "reviews/stepforms/meetingplanningform.h"
#include "reviews/stepforms/meetingsummary.h"
#include "reviews/stepforms/prenoticeform.h"
#include "reviews/stepforms/supplierstatusform.h"
#include "reviews/steppage.h"
#include "storage/sql.h"
#include "support/casefixture.h"
#include "support/screenshots.h"
#include "widgets/mergedialog.h"
#include "widgets/optionaldateedit.h"
#include "widgets/problemoutline.h"
#include "workflow/reviewworkflow.h"
#include "workflow/session.h"
#include "workflow/stepforms.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>

using namespace fremdrift;
using fremdrift::test::CaseFixture;

namespace {

template<typename T> T *child(QWidget &parent, const char *name)
{
    auto *widget = parent.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

// A plan with one review of the fixture client's decision in force, on 1 April 2026.
struct ReviewFixture
{
    explicit ReviewFixture(JurisdictionCode code = JurisdictionCode::Norway)
        : f(code)
    {
        decision = f.decisionIn(DecisionStatus::InForce);
        f.session->setToday(QDate(2026, 4, 1));
        ReviewPlan plan;
        plan.title = QStringLiteral("Review of decisions at Lyngtunet");
        plan.startOn = QDate(2026, 4, 1);
        plan.deadline = QDate(2026, 6, 15);
        auto saved = plans().save(plan);
        REQUIRE(saved.ok());
        auto added = plans().addReviews(saved->id, {decision.id});
        REQUIRE(added.ok());
        reviewId = added->first();
    }

    PlanRepository plans() const { return PlanRepository(*f.session); }
    Review review() const
    {
        auto r = plans().review(reviewId);
        REQUIRE(r.ok());
        return *r;
    }
    bool isDone(const QString &stepId) const { return review().step(stepId)->isDone(); }

    CaseFixture f;
    Decision decision;
    qint64 reviewId = 0;
};

QStringList problemFields(const ReviewWindow &window)
{
    QStringList fields;
    for (int row = 0; row < window.problemList()->count(); ++row)
        fields << window.problemList()->item(row)->data(Qt::UserRole).toString();
    return fields;
}

bool isMarked(const QWidget *widget)
{
    return widget && !ProblemOutline::problem(widget).isEmpty();
}

template<typename Form> Form *showForm(ReviewWindow &window, const QString &stepId)
{
    window.showStep(stepId);
    REQUIRE(window.currentStepId() == stepId);
    auto *form = qobject_cast<Form *>(window.stepForm(stepId));
    REQUIRE(form);
    return form;
}

// Tries to complete the step shown with its form as it is: refused, with the problems marked
// and listed.
void requireRefused(ReviewWindow &window, const QStringList &expectedFields)
{
    REQUIRE_FALSE(window.completeStep());
    CHECK_FALSE(window.messageText().isEmpty());
    const QStringList listed = problemFields(window);
    for (const QString &field : expectedFields)
        CHECK(listed.contains(field));
}

void fillPreNotice(PreNoticeForm *form, const QDate &on)
{
    form->sentOnEdit()->setOptionalDate(on);
    form->methodCombo()->setCurrentIndex(form->methodCombo()->findData(QStringLiteral("post")));
    REQUIRE(form->recipientsList()->count() >= 1);
    form->recipientsList()->item(0)->setCheckState(Qt::Checked);
}

// Answers the next meeting dialog: time, place, how agreed, and at least two participants.
void answerMeetingAgreed(Session &session)
{
    MeetingDialog::answerNextWith([&session](MeetingDialog &dialog) {
        child<QDateEdit>(dialog, "startDateEdit")->setDate(QDate(2026, 4, 20));
        child<QTimeEdit>(dialog, "startTimeEdit")->setTime(QTime(10, 0));
        child<QLineEdit>(dialog, "placeEdit")->setText(QStringLiteral("Lyngtunet, meeting room"));
        auto *agreed = child<QComboBox>(dialog, "agreedHowCombo");
        agreed->setCurrentIndex(agreed->findData(QStringLiteral("phone")));
        // The window starts the meeting with the client; the caseworker is added here when the
        // review has none.
        if (dialog.participantsModel()->rowCount() < 2)
            dialog.addStaff(session.user());
        return true;
    });
}

// Answers the next meeting dialog: held, everyone attended, the caseworker took the minutes.
void answerMeetingHeld()
{
    MeetingDialog::answerNextWith([](MeetingDialog &dialog) {
        child<QCheckBox>(dialog, "heldCheck")->setChecked(true);
        child<QPlainTextEdit>(dialog, "minutesEdit")
            ->setPlainText(QStringLiteral("We talked about the mornings."));
        MeetingParticipantsModel *model = dialog.participantsModel();
        for (int row = 0; row < model->rowCount(); ++row)
            model->setData(model->index(row, MeetingParticipantsModel::AttendedColumn),
                           Qt::Checked,
                           Qt::CheckStateRole);
        model->setMinuteTaker(model->rowCount() - 1);
        return true;
    });
}

void fillInvestigation(InvestigationPanel *panel)
{
    panel->consentCombo()->setCurrentIndex(
        panel->consentCombo()->findData(QStringLiteral("partial")));
    panel->individualPlanCombo()->setCurrentIndex(
        panel->individualPlanCombo()->findData(QStringLiteral("needed")));
    for (const char *key : {"consent_assessed_by", "gp", "nearest_relative"})
        panel->lineEdit(QString::fromLatin1(key))
            ->setText(QStringLiteral("Written: ") + QString::fromLatin1(key));
    for (const char *key :
         {"user_participation", "relatives_participation", "own_needs_wishes_goals"})
        panel->textEdit(QString::fromLatin1(key))
            ->setPlainText(QStringLiteral("About ") + QString::fromLatin1(key));
    for (const QString &area : lifeAreaIds())
        panel->lifeAreaEdit(area)->setPlainText(QStringLiteral("Needs in ") + area);
}

void fillAssessment(AssessmentPanel *panel, const AssessmentTool &tool, const QDate &on)
{
    panel->assessedOnEdit()->setOptionalDate(on);
    for (const AssessmentItem &item : tool.items) {
        QComboBox *score = panel->scoreCombo(item.id);
        REQUIRE(score);
        score->setCurrentIndex(score->findData(tool.scaleMin + 1));
    }
}

void fillRequest(MedicalInformationForm *form, const QDate &sent, const QDate &answered)
{
    QTableWidget *table = form->table();
    QTest::mouseClick(form->addButton(), Qt::LeftButton);
    REQUIRE(table->rowCount() == 1);
    table->item(0, MedicalInformationForm::NameColumn)->setText(QStringLiteral("Dr. Berg"));
    table->item(0, MedicalInformationForm::AskedColumn)->setText(QStringLiteral("Diagnoses"));
    table->item(0, MedicalInformationForm::SummaryColumn)
        ->setText(QStringLiteral("Epilepsy, stable"));
    static_cast<OptionalDateEdit *>(table->cellWidget(0, MedicalInformationForm::SentColumn))
        ->setOptionalDate(sent);
    static_cast<OptionalDateEdit *>(table->cellWidget(0, MedicalInformationForm::AnsweredColumn))
        ->setOptionalDate(answered);
}

void fillFinished(InvestigationFinishedForm *form, const QDate &on)
{
    QTest::mouseClick(form->estimates()->copyButton(), Qt::LeftButton);
    REQUIRE(form->estimates()->table()->rowCount() == 1);
    static_cast<QDoubleSpinBox *>(
        form->estimates()->table()->cellWidget(0, EstimatesPanel::OwnColumn))
        ->setValue(12);
    form->recommendationEdit()->setPlainText(QStringLiteral("More help in the mornings"));
    for (const char *role : {"unit_leader", "department_leader"}) {
        form->discussedWithEdit(QString::fromLatin1(role))->setText(QStringLiteral("Liv Leader"));
        form->discussedOnEdit(QString::fromLatin1(role))->setOptionalDate(on);
    }
    form->primaryContactInformedEdit()->setOptionalDate(on);
    form->actionPlanUpdatedEdit()->setOptionalDate(on);
}

// Step 6's checklist as the form shows it: item id → ticked.
QMap<QString, bool> shownChecklist(DecisionSentForm *form)
{
    QMap<QString, bool> shown;
    for (int row = 0; row < form->checklist()->count(); ++row) {
        const QListWidgetItem *item = form->checklist()->item(row);
        shown.insert(item->data(Qt::UserRole).toString(), item->checkState() == Qt::Checked);
        // Read from the decision, never ticked by hand.
        CHECK_FALSE(item->flags().testFlag(Qt::ItemIsUserCheckable));
    }
    return shown;
}

QMap<QString, bool> expectedChecklist(const Decision &fresh, const Decision &previous)
{
    QMap<QString, bool> expected;
    for (const ChecklistItem &item : decisionChecklist(fresh, previous))
        expected.insert(item.id, item.done);
    return expected;
}

} // namespace

TEST_CASE("The review window shows whose review it is and the steps with their due dates")
{
    ReviewFixture r;
    ReviewWindow window(*r.f.session, r.reviewId);
    window.show();
    CHECK(child<QLabel>(window, "clientName")->text().contains(QStringLiteral("Ødegård")));
    const QString details = child<QLabel>(window, "reviewDetails")->text();
    CHECK(details.contains(QStringLiteral("Lyngtunet bofellesskap")));
    CHECK(details.contains(r.decision.reference));
    CHECK(details.contains(QStringLiteral("Review of decisions at Lyngtunet")));
    // Seven steps; the eighth, staffing, is the plan's and said so.
    REQUIRE(window.stepList()->count() == 7);
    CHECK(window.currentStepId() == QStringLiteral("pre_notice"));
    CHECK(child<QLabel>(window, "staffingNote")->text().contains(stepTitle(planStepId())));
    const Review review = r.review();
    CHECK(window.stepList()->item(0)->text().contains(formatDate(review.steps.first().dueOn)));
    // Each step has its own form, in the order of the steps.
    for (const ReviewStep &step : review.steps)
        CHECK(window.stepForm(step.stepId));
    CHECK(qobject_cast<MeetingHeldForm *>(window.stepForm(QStringLiteral("meeting_held"))));

    // A step past its due date is late: red, and said so.
    r.f.session->setToday(review.steps.first().dueOn.addDays(1));
    window.reload();
    CHECK(window.stepList()->item(0)->foreground().color() == QColor(0xc6, 0x28, 0x28));
    CHECK(window.stepList()->item(0)->text().contains(QStringLiteral("late")));
}

TEST_CASE("Every step is refused while its form lacks what it requires and done once filled in")
{
    ReviewFixture r;
    Session &session = *r.f.session;
    ReviewWindow window(session, r.reviewId);
    QSignalSpy changed(&window, &ReviewWindow::reviewChanged);
    QSignalSpy openDecision(&window, &ReviewWindow::openDecisionRequested);
    window.show();

    // 1. Pre-notice: when, how and to whom.
    auto *preNotice = showForm<PreNoticeForm>(window, QStringLiteral("pre_notice"));
    requireRefused(window, {QStringLiteral("sent_on"), QStringLiteral("recipients")});
    CHECK(isMarked(preNotice->sentOnEdit()));
    CHECK(isMarked(preNotice->recipientsList()));
    fillPreNotice(preNotice, session.today());
    CHECK(window.problemList()->count() == 0); // the list follows the form
    REQUIRE(window.completeStep());
    CHECK(r.isDone(QStringLiteral("pre_notice")));
    CHECK(r.review().step(QStringLiteral("pre_notice"))->form.value(u"method").toString()
          == u"post");
    CHECK(window.currentStepId() == QStringLiteral("meeting_agreed"));
    CHECK(changed.count() == 1);

    // 2. The meeting agreed, in the meeting dialog, and linked to the review.
    auto *agreed = showForm<MeetingAgreedForm>(window, QStringLiteral("meeting_agreed"));
    requireRefused(window, {QStringLiteral("meeting_id")});
    CHECK(isMarked(agreed->summary()));
    answerMeetingAgreed(session);
    QTest::mouseClick(agreed->meetingButton(), Qt::LeftButton);
    REQUIRE(r.review().step(QStringLiteral("meeting_agreed"))->form.contains(u"meeting_id"));
    CHECK(agreed->summary()->text().contains(QStringLiteral("Lyngtunet, meeting room")));
    REQUIRE(window.completeStep());
    CHECK(r.isDone(QStringLiteral("meeting_agreed")));

    // 3. Held: the meeting recorded, the investigation and the IPLOS scores.
    session.setToday(QDate(2026, 4, 20));
    window.reload();
    window.doneOnEdit()->setDate(session.today());
    auto *held = showForm<MeetingHeldForm>(window, QStringLiteral("meeting_held"));
    requireRefused(window,
                   {QStringLiteral("meeting.held"),
                    QStringLiteral("meeting.minutes"),
                    QStringLiteral("investigation.gp"),
                    QStringLiteral("investigation.life_areas.housing"),
                    QStringLiteral("assessment.scores")});
    CHECK(isMarked(held->investigation()->lineEdit(QStringLiteral("gp"))));
    CHECK_FALSE(held->tabs()->tabIcon(2).isNull()); // the assessment tab shows it has problems
    answerMeetingHeld();
    QTest::mouseClick(held->meetingButton(), Qt::LeftButton);
    fillInvestigation(held->investigation());
    fillAssessment(held->assessment(), session.profile().assessment, session.today());
    REQUIRE(window.completeStep());
    const ReviewStep heldStep = *r.review().step(QStringLiteral("meeting_held"));
    CHECK(heldStep.isDone());
    CHECK(heldStep.form.value(u"investigation").toObject().value(u"individual_plan").toString()
          == u"needed");
    CHECK(heldStep.form.value(u"assessment").toObject().value(u"scores").toObject().size()
          == session.profile().assessment.items.size());

    // 4. Medical information: a table of requests.
    session.setToday(QDate(2026, 5, 4));
    window.reload();
    window.doneOnEdit()->setDate(session.today());
    auto *medical = showForm<MedicalInformationForm>(window, QStringLiteral("medical_information"));
    requireRefused(window, {QStringLiteral("requests")});
    fillRequest(medical, QDate(2026, 4, 21), QDate());
    requireRefused(window, {QStringLiteral("requests[0].answered_on")});
    CHECK(isMarked(medical->table()->cellWidget(0, MedicalInformationForm::AnsweredColumn)));
    static_cast<OptionalDateEdit *>(
        medical->table()->cellWidget(0, MedicalInformationForm::AnsweredColumn))
        ->setOptionalDate(QDate(2026, 4, 30));
    REQUIRE(window.completeStep());
    CHECK(r.isDone(QStringLiteral("medical_information")));

    // 5. Investigation finished: estimates against the previous allocation, both leaders.
    auto *finished
        = showForm<InvestigationFinishedForm>(window, QStringLiteral("investigation_finished"));
    requireRefused(window,
                   {QStringLiteral("estimates"),
                    QStringLiteral("recommendation"),
                    QStringLiteral("discussed.unit_leader"),
                    QStringLiteral("discussed.department_leader")});
    fillFinished(finished, session.today());
    // The previous allocation is 10 + 5 hours; the estimate 12 + 5: the change is shown.
    REQUIRE(finished->estimates()->comparison()->changes().size() == 1);
    CHECK(finished->estimates()->comparison()->changes().first().ownChange() == 2);
    REQUIRE(window.completeStep());
    CHECK(r.isDone(QStringLiteral("investigation_finished")));

    // 6. The decision: written from here, its checklist read from it.
    auto *sent = showForm<DecisionSentForm>(window, QStringLiteral("decision_sent"));
    requireRefused(window, {QStringLiteral("new_decision")});
    CHECK(sent->writeButton()->isVisible());
    QTest::mouseClick(sent->writeButton(), Qt::LeftButton);
    REQUIRE(r.review().newDecisionId);
    const qint64 newId = *r.review().newDecisionId;
    REQUIRE(openDecision.count() == 1);
    CHECK(openDecision.first().first().toLongLong() == newId);
    CHECK(sent->openButton()->isVisible());
    DecisionRepository decisions(session);
    Decision fresh = *decisions.get(newId);
    CHECK(shownChecklist(sent) == expectedChecklist(fresh, r.decision));
    CHECK_FALSE(shownChecklist(sent).value(QStringLiteral("evaluation_date")));
    requireRefused(
        window,
        {QStringLiteral("checklist.evaluation_date"), QStringLiteral("new_decision.status")});
    QTest::mouseClick(sent->openButton(), Qt::LeftButton);
    CHECK(openDecision.count() == 2);
    // Written, approved and sent in the decision editor meanwhile.
    fresh.evaluationDate = QDate(2027, 5, 1);
    fresh.validFrom = QDate(2026, 6, 1);
    auto completed = decisions.saveDraft(fresh);
    REQUIRE(completed.ok());
    const Decision approved = r.f.advance(*completed, DecisionStatus::Approved);
    auto sending
        = decisions.perform(approved.id,
                            approved.version,
                            DecisionAction::Send,
                            test::sentOn(session.today(), SendMethod::Hand, session.today()));
    REQUIRE(sending.ok());
    window.reload();
    CHECK(shownChecklist(sent) == expectedChecklist(*decisions.get(newId), r.decision));
    CHECK(shownChecklist(sent).value(QStringLiteral("evaluation_date")));
    REQUIRE(window.completeStep());
    CHECK(r.isDone(QStringLiteral("decision_sent")));

    // 7. In force: early only with a reason, then the dates.
    auto *inForce = showForm<InForceForm>(window, QStringLiteral("in_force"));
    CHECK(inForce->decisionLabel()->text().contains(formatDate(sending->complaintDeadline)));
    requireRefused(
        window, {QStringLiteral("new_decision.status"), QStringLiteral("care_record_updated_on")});
    REQUIRE(inForce->putInForceButton()->isVisible());
    CommentDialog::answerNextWith([](CommentDialog &dialog) {
        dialog.setComment(QStringLiteral("The person asked to start at once"));
        return true;
    });
    QTest::mouseClick(inForce->putInForceButton(), Qt::LeftButton);
    CHECK(decisions.get(newId)->status == DecisionStatus::InForce);
    for (const char *key : {"department_leader_informed_on",
                            "primary_contact_informed_on",
                            "action_plan_updated_on",
                            "care_record_updated_on"})
        inForce->dateEdit(QString::fromLatin1(key))->setOptionalDate(session.today());
    REQUIRE(window.completeStep());
    CHECK(r.review().isFinished());
    CHECK(window.stepList()->item(6)->text().contains(formatDate(session.today())));
}

TEST_CASE("Saving keeps what was typed in other steps and a done step is reopened with a reason")
{
    ReviewFixture r;
    ReviewWindow window(*r.f.session, r.reviewId);
    window.show();
    auto *preNotice = showForm<PreNoticeForm>(window, QStringLiteral("pre_notice"));
    preNotice->sentOnEdit()->setOptionalDate(r.f.session->today());
    StepPage *medical = window.page(QStringLiteral("medical_information"));
    medical->notesEdit()->setPlainText(QStringLiteral("Ask the specialist too"));
    medical->dueEdit()->setOptionalDate(QDate(2026, 5, 29));
    CHECK(window.isModified());
    CHECK(window.saveButton()->isEnabled());
    REQUIRE(window.save());
    CHECK_FALSE(window.isModified());
    const Review saved = r.review();
    CHECK(saved.step(QStringLiteral("pre_notice"))->form.value(u"sent_on").toString()
          == u"2026-04-01");
    CHECK(saved.step(QStringLiteral("medical_information"))->notes == u"Ask the specialist too");
    CHECK(saved.step(QStringLiteral("medical_information"))->dueOn == QDate(2026, 5, 29));
    CHECK(saved.step(QStringLiteral("medical_information"))->dueSetByHand);

    fillPreNotice(preNotice, r.f.session->today());
    REQUIRE(window.completeStep());
    window.showStep(QStringLiteral("pre_notice"));
    CHECK(window.reopenButton()->isVisible());
    CHECK_FALSE(window.completeButton()->isVisible());
    CHECK_FALSE(preNotice->sentOnEdit()->isEnabled());
    // Cancelled: nothing changes.
    CommentDialog::answerNextWith([](CommentDialog &) { return false; });
    CHECK_FALSE(window.reopenStep());
    CHECK(r.isDone(QStringLiteral("pre_notice")));
    CommentDialog::answerNextWith([](CommentDialog &dialog) {
        dialog.setComment(QStringLiteral("Sent to the wrong address"));
        return true;
    });
    REQUIRE(window.reopenStep());
    CHECK_FALSE(r.isDone(QStringLiteral("pre_notice")));
    CHECK(window.completeButton()->isVisible());
}

TEST_CASE("Closing with unsaved changes asks whether to save them")
{
    ReviewFixture r;
    ReviewWindow window(*r.f.session, r.reviewId);
    window.show();
    StepPage *page = window.page(QStringLiteral("pre_notice"));
    page->notesEdit()->setPlainText(QStringLiteral("Called the guardian"));

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    window.reject();
    CHECK(window.isVisible());
    MessageBox::setNextAnswer(QMessageBox::Save);
    window.reject();
    CHECK_FALSE(window.isVisible());
    CHECK(r.review().step(QStringLiteral("pre_notice"))->notes == u"Called the guardian");

    ReviewWindow again(*r.f.session, r.reviewId);
    again.show();
    again.page(QStringLiteral("pre_notice"))->notesEdit()->setPlainText(QStringLiteral("Dropped"));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    again.reject();
    CHECK_FALSE(again.isVisible());
    CHECK(r.review().step(QStringLiteral("pre_notice"))->notes == u"Called the guardian");
}

TEST_CASE("Someone else's save first is shown with Reload and nothing is overwritten")
{
    ReviewFixture r;
    ReviewWindow window(*r.f.session, r.reviewId);
    window.show();
    window.page(QStringLiteral("pre_notice"))->notesEdit()->setPlainText(QStringLiteral("Mine"));
    // Another PC saves the same step meanwhile.
    ReviewStep theirs = *r.review().step(QStringLiteral("pre_notice"));
    theirs.notes = QStringLiteral("Theirs");
    REQUIRE(r.plans().saveStep(theirs).ok());

    CHECK_FALSE(window.save());
    CHECK_FALSE(window.messageText().isEmpty());
    CHECK(window.reloadButton()->isVisible());
    CHECK(r.review().step(QStringLiteral("pre_notice"))->notes == u"Theirs");
    QTest::mouseClick(window.reloadButton(), Qt::LeftButton);
    CHECK(window.page(QStringLiteral("pre_notice"))->notesEdit()->toPlainText() == u"Theirs");
    CHECK_FALSE(window.isModified());
}

TEST_CASE("Two people writing different life areas of one step are merged without asking")
{
    ReviewFixture r;
    ReviewWindow window(*r.f.session, r.reviewId);
    window.show();
    const QString stepId = QStringLiteral("meeting_held");
    auto *form = showForm<MeetingHeldForm>(window, stepId);
    StepPage *page = window.page(stepId);
    // Another PC saves the same step first: the housing area, as its form gives it back.
    ReviewStep theirs = page->storedAsShown();
    QJsonObject investigation = theirs.form.value(u"investigation").toObject();
    QJsonObject areas = investigation.value(u"life_areas").toObject();
    areas[QStringLiteral("housing")] = QStringLiteral("Wants to move nearer her sister.");
    investigation[QStringLiteral("life_areas")] = areas;
    theirs.form[QStringLiteral("investigation")] = investigation;
    REQUIRE(r.plans().saveStep(theirs).ok());

    form->investigation()
        ->lifeAreaEdit(QStringLiteral("health"))
        ->setPlainText(QStringLiteral("Sleeps badly since the move."));
    REQUIRE_FALSE(window.save());
    REQUIRE(window.mergeButton()->isVisible());
    bool asked = false;
    MergeDialog::answerNextWith([&asked](MergeDialog &) {
        asked = true;
        return false;
    });
    QTest::mouseClick(window.mergeButton(), Qt::LeftButton);
    MergeDialog::answerNextWith(nullptr);
    CHECK_FALSE(asked);

    const QJsonObject stored = r.review()
                                   .step(stepId)
                                   ->form.value(u"investigation")
                                   .toObject()
                                   .value(u"life_areas")
                                   .toObject();
    CHECK(stored.value(u"health").toString() == u"Sleeps badly since the move.");
    CHECK(stored.value(u"housing").toString() == u"Wants to move nearer her sister.");
    CHECK_FALSE(window.isModified());
    CHECK_FALSE(window.mergeButton()->isVisible());
    CHECK(window.messageText() == MergeDialog::mergedText());
}

TEST_CASE("A step's notes both people changed are merged as the user chooses")
{
    ReviewFixture r;
    ReviewWindow window(*r.f.session, r.reviewId);
    window.show();
    const QString stepId = QStringLiteral("pre_notice");
    window.page(stepId)->notesEdit()->setPlainText(QStringLiteral("Mine"));
    ReviewStep theirs = *r.review().step(stepId);
    theirs.notes = QStringLiteral("Theirs");
    REQUIRE(r.plans().saveStep(theirs).ok());
    REQUIRE_FALSE(window.save());

    QStringList labels;
    MergeDialog::answerNextWith([&labels](MergeDialog &merge) {
        for (int row = 0; row < merge.table()->rowCount(); ++row)
            labels << merge.table()->item(row, 0)->text();
        merge.keepMine(QStringLiteral("notes"), true);
        return true;
    });
    QTest::mouseClick(window.mergeButton(), Qt::LeftButton);
    MergeDialog::answerNextWith(nullptr);
    CHECK(labels == QStringList{QStringLiteral("Notes")});
    CHECK(r.review().step(stepId)->notes == u"Mine");
}

TEST_CASE("A step saved elsewhere while I complete another keeps my edits until I merge")
{
    ReviewFixture r;
    ReviewWindow window(*r.f.session, r.reviewId);
    window.show();
    const QString medical = QStringLiteral("medical_information");
    window.page(medical)->notesEdit()->setPlainText(QStringLiteral("Mine"));
    ReviewStep theirs = *r.review().step(medical);
    theirs.notes = QStringLiteral("Theirs");
    REQUIRE(r.plans().saveStep(theirs).ok());

    // Completing the pre-notice reads the review again: the medical step's edits stay on the
    // version they were made on, so saving them meets the conflict instead of overwriting.
    auto *preNotice = showForm<PreNoticeForm>(window, QStringLiteral("pre_notice"));
    fillPreNotice(preNotice, r.f.session->today());
    REQUIRE(window.completeStep());
    CHECK(window.page(medical)->notesEdit()->toPlainText() == u"Mine");
    REQUIRE_FALSE(window.save());
    CHECK(r.review().step(medical)->notes == u"Theirs");
    REQUIRE(window.mergeButton()->isVisible());

    MergeDialog::answerNextWith([](MergeDialog &merge) {
        merge.keepMine(QStringLiteral("notes"), true);
        return true;
    });
    QTest::mouseClick(window.mergeButton(), Qt::LeftButton);
    MergeDialog::answerNextWith(nullptr);
    CHECK(r.review().step(medical)->notes == u"Mine");
    CHECK(r.isDone(QStringLiteral("pre_notice")));
}

TEST_CASE("Read-only users and a second person see the review without changing it")
{
    ReviewFixture r;
    SECTION("a read-only user")
    {
        r.f.actAs(QStringLiteral("rolf"));
        ReviewWindow window(*r.f.session, r.reviewId);
        window.show();
        CHECK_FALSE(window.canEdit());
        CHECK_FALSE(window.saveButton()->isVisible());
        CHECK_FALSE(window.completeButton()->isVisible());
        auto *preNotice = showForm<PreNoticeForm>(window, QStringLiteral("pre_notice"));
        CHECK_FALSE(preNotice->methodCombo()->isEnabled());
        CHECK_FALSE(preNotice->recipientsList()->isEnabled());
        CHECK(window.page(QStringLiteral("pre_notice"))->notesEdit()->isReadOnly());
        auto *sent = showForm<DecisionSentForm>(window, QStringLiteral("decision_sent"));
        CHECK_FALSE(sent->writeButton()->isEnabled());
    }
    SECTION("someone else while the caseworker has it open")
    {
        ReviewWindow first(*r.f.session, r.reviewId);
        first.show();
        REQUIRE(first.canEdit());
        auto other = r.f.openAgain();
        auto liv = Session::start(*other, QStringLiteral("liv"));
        REQUIRE(liv.ok());
        (*liv)->setToday(r.f.session->today());
        ReviewWindow second(**liv, r.reviewId);
        second.show();
        REQUIRE(second.heldBy());
        CHECK_FALSE(second.canEdit());
        CHECK(second.messageText().contains(QStringLiteral("Kari Caseworker")));
        CHECK_FALSE(second.saveButton()->isVisible());
    }
}

TEST_CASE("Denmark plans the meeting and records the supplier's status in their own forms")
{
    ReviewFixture r(JurisdictionCode::Denmark);
    ReviewWindow window(*r.f.session, r.reviewId);
    window.show();
    REQUIRE(window.currentStepId() == QStringLiteral("meeting_planning"));
    auto *planning = showForm<MeetingPlanningForm>(window, QStringLiteral("meeting_planning"));
    requireRefused(window, {QStringLiteral("planned_meeting_on")});
    CHECK(isMarked(planning->plannedOnEdit()));
    planning->plannedOnEdit()->setOptionalDate(QDate(2026, 6, 1));
    planning->jointMeetingBox()->setChecked(true);
    planning->supporterBox()->setChecked(true);
    REQUIRE(window.completeStep());
    const ReviewStep done = *r.review().step(QStringLiteral("meeting_planning"));
    CHECK(done.isDone());
    CHECK(done.form.value(u"joint_meeting_asked").toBool());
    CHECK(done.form.value(u"supporter_asked").toBool());

    auto *status = showForm<SupplierStatusForm>(window, QStringLiteral("supplier_status"));
    status->receivedOnEdit()->setOptionalDate(r.f.session->today());
    status->summaryEdit()->setPlainText(QStringLiteral("Stable, wants more activities"));
    // Not before the steps ahead of it: the order is core's rule, listed like the rest.
    REQUIRE_FALSE(window.completeStep());
    CHECK(problemFields(window).contains(QStringLiteral("step_order")));
    REQUIRE(window.save());
    CHECK(r.review().step(QStringLiteral("supplier_status"))->form.value(u"summary").toString()
          == u"Stable, wants more activities");
}

// The open reviews of the demo office that are furthest along and least along: between them
// every form is shown filled in and read-only, and waiting to be filled in.
std::pair<qint64, qint64> furthestAndLeast(Session &session)
{
    PlanRepository plans(session);
    auto list = plans.list();
    REQUIRE(list.ok());
    std::pair<qint64, int> furthest{0, -1};
    std::pair<qint64, int> least{0, 1000};
    for (const PlanSummary &summary : *list) {
        auto view = plans.view(summary.id);
        REQUIRE(view.ok());
        for (const Review &review : view->reviews) {
            if (review.isFinished())
                continue;
            if (review.doneCount() > furthest.second)
                furthest = {review.id, review.doneCount()};
            if (review.doneCount() < least.second)
                least = {review.id, review.doneCount()};
        }
    }
    REQUIRE(furthest.first != 0);
    return {furthest.first, least.first};
}

void shootEveryStep(ReviewWindow &window,
                    const QString &prefix,
                    const QString &folder,
                    const QString &language)
{
    for (const ReviewStep &step : window.review().steps) {
        window.showStep(step.stepId);
        auto *held = qobject_cast<MeetingHeldForm *>(window.stepForm(step.stepId));
        const int tabs = held ? held->tabs()->count() : 1;
        for (int tab = 0; tab < tabs; ++tab) {
            if (held)
                held->tabs()->setCurrentIndex(tab);
            const QString suffix = held ? QStringLiteral("-%1").arg(tab) : QString();
            test::saveShot(&window, folder, language, prefix + step.stepId + suffix);
        }
    }
}

// Every step form in every language, for a person to look at:
// FREMDRIFT_SCREENSHOTS=/tmp/shots-review tests/test_reviews_ui "[.screenshots]"
TEST_CASE("Screenshots of the review window and its step forms", "[.screenshots]")
{
    test::forEveryLanguage([](const QString &language, const QString &path, const QString &folder) {
        auto opened = Database::open(path);
        REQUIRE(opened.ok());
        auto started = Session::start(**opened);
        REQUIRE(started.ok());
        Session &session = **started;
        const auto [furthest, least] = furthestAndLeast(session);
        {
            ReviewWindow window(session, furthest);
            window.resize(1060, 690);
            window.show();
            shootEveryStep(window, QStringLiteral("review-late-"), folder, language);
        }
        ReviewWindow window(session, least);
        window.resize(1060, 690);
        window.show();
        shootEveryStep(window, QStringLiteral("review-early-"), folder, language);
        // The problems as they show after Complete is refused.
        window.showStep(window.review().currentStep()->stepId);
        window.completeStep();
        test::saveShot(&window, folder, language, QStringLiteral("review-refused"));

        // Someone else saved the step shown, with other notes: the conflict and the merge.
        const QString stepId = window.currentStepId();
        ReviewStep theirs = *window.review().step(stepId);
        theirs.notes = QStringLiteral("Verge ringt: ønsker møte etter kl. 14.");
        REQUIRE(PlanRepository(session).saveStep(theirs).ok());
        window.page(stepId)->notesEdit()->setPlainText(QStringLiteral("Sendt i posten."));
        REQUIRE_FALSE(window.save());
        test::saveShot(&window, folder, language, QStringLiteral("review-conflict"));
        MergeDialog::answerNextWith([&](MergeDialog &dialog) {
            dialog.show();
            test::saveShot(&dialog, folder, language, QStringLiteral("review-merge-dialog"));
            return false;
        });
        CHECK_FALSE(window.compareAndMerge());
    });
}
