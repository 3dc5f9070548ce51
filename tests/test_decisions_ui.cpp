#include "decisions/commentdialog.h"
#include "decisions/decisioneditor.h"
#include "decisions/decisionformat.h"
#include "decisions/decisionlistmodel.h"
#include "decisions/decisionservicesmodel.h"
#include "decisions/decisionspage.h"
#include "decisions/newdecisiondialog.h"
#include "decisions/senddialog.h"
#include "decisions/servicecomparisonmodel.h"
#include "decisions/serviceitemdelegate.h"
#include "demo/demodata.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "repository/clientrepository.h"
#include "repository/decisionrepository.h"
#include "support/screenshots.h"
#include "support/testsupport.h"
#include "widgets/fieldproblemmarker.h"
#include "workflow/session.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace fremdrift;
using fremdrift::test::Scratch;

namespace {

constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

// A demo office (36 clients, most with a decision in force, some on the way) and a session acting
// as `user`.
struct Office
{
    explicit Office(const QString &user = QStringLiteral("kari.vestheim"),
                    JurisdictionCode code = JurisdictionCode::Norway)
    {
        database = scratch.createDatabase(QStringLiteral("office.sqlite"), code);
        REQUIRE(fillWithDemoData(*database).ok());
        auto started = Session::start(*database, user);
        REQUIRE(started.ok());
        session = std::move(started).value();
    }

    qsizetype count(const DecisionFilter &filter = {}) const
    {
        auto list = DecisionRepository(*session).list(filter);
        REQUIRE(list.ok());
        return list->size();
    }

    DecisionSummary firstInForce() const
    {
        DecisionFilter inForce;
        inForce.status = DecisionStatus::InForce;
        auto list = DecisionRepository(*session).list(inForce);
        REQUIRE(list.ok());
        REQUIRE_FALSE(list->isEmpty());
        return list->first();
    }

    // A new, empty draft for the client of the first decision.
    Decision newDraft() const
    {
        const DecisionSummary existing = firstInForce();
        Decision draft;
        draft.clientId = existing.clientId;
        draft.clientName = existing.clientName;
        draft.validFrom = session->today();
        return draft;
    }

    QString allowedService(const QString &legalBasis) const
    {
        const QStringList codes
            = ServiceItemDelegate::allowedServices(session->profile(), legalBasis);
        REQUIRE_FALSE(codes.isEmpty());
        return codes.first();
    }

    Scratch scratch;
    std::unique_ptr<Database> database;
    std::unique_ptr<Session> session;
};

template<typename T> T *field(const DecisionEditor &editor, const QString &name)
{
    auto *widget = qobject_cast<T *>(editor.fieldWidget(name));
    REQUIRE(widget);
    return widget;
}

// Fills in everything checkDecisionComplete() asks for.
void completeForm(DecisionEditor &editor, const Office &office)
{
    const QString basis = office.session->profile().legalBases.first().code;
    auto *legalBasis = field<QComboBox>(editor, QStringLiteral("legal_basis"));
    legalBasis->setCurrentIndex(legalBasis->findData(basis));
    field<QDateEdit>(editor, QStringLiteral("evaluation_date"))
        ->setDate(office.session->today().addMonths(12));
    for (DecisionSection section : allDecisionSections())
        field<QPlainTextEdit>(editor, sectionKey(section))
            ->setPlainText(QStringLiteral("Written after the evaluation meeting."));
    DecisionServicesModel *services = editor.servicesModel();
    const int row = services->addService(office.allowedService(basis));
    services->setData(services->index(row, DecisionServicesModel::OwnHoursColumn), 6.5);
    services->setData(services->index(row, DecisionServicesModel::SharedHoursColumn), 10.0);
}

} // namespace

TEST_CASE("The decision models pass the model tester")
{
    Office office;
    DecisionListModel list;
    QAbstractItemModelTester listTester(&list, Fatal);
    auto decisions = DecisionRepository(*office.session).list({});
    REQUIRE(decisions.ok());
    list.setDecisions(*decisions, {}, office.session->today());
    CHECK(list.rowCount() == decisions->size());
    CHECK(list.rowCount() >= 36);
    CHECK(list.columnCount() == DecisionListModel::ColumnCount);
    list.setDecisions({}, {}, office.session->today());
    CHECK(list.rowCount() == 0);

    const JurisdictionProfile &profile = office.session->profile();
    DecisionServicesModel services(profile);
    QAbstractItemModelTester servicesTester(&services, Fatal);
    const int first = services.addService(profile.services.first().code);
    const int second = services.addService(profile.services.last().code);
    CHECK(services.setData(services.index(second, DecisionServicesModel::OwnHoursColumn), 7.5));
    CHECK(services.index(second, DecisionServicesModel::OwnHoursColumn).data().toString()
          == formatHours(7.5));
    services.setProblem(first, DecisionServicesModel::SharedHoursColumn, QStringLiteral("x"));
    CHECK(services.problem(first, DecisionServicesModel::SharedHoursColumn) == u"x");
    services.setEditable(false);
    CHECK_FALSE(services.flags(services.index(0, 0)).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(services.setData(services.index(0, 0), QStringLiteral("other")));
    services.setEditable(true);
    services.removeService(first);
    CHECK(services.rowCount() == 1);
    CHECK(services.problem(0, DecisionServicesModel::SharedHoursColumn).isEmpty());
    services.setServices({});
    CHECK(services.rowCount() == 0);

    ServiceComparisonModel comparison(profile);
    QAbstractItemModelTester comparisonTester(&comparison, Fatal);
    DecisionService before{0, profile.services.first().code, 10, 5, {}};
    DecisionService after{0, profile.services.first().code, 12, 4, {}};
    DecisionService added{0, profile.services.last().code, 2, 0, {}};
    comparison.compare({before}, {after, added});
    REQUIRE(comparison.rowCount() == 2);
    CHECK(comparison.index(0, ServiceComparisonModel::ChangeColumn)
              .data()
              .toString()
              .startsWith(QStringLiteral("+1")));
    CHECK(comparison.changes().at(1).isNew);
}

TEST_CASE("The page lists what the repository lists under each filter")
{
    Office office;
    const qsizetype before = office.count();
    Decision draft = office.newDraft();
    REQUIRE(DecisionRepository(*office.session).saveDraft(draft).ok());

    DecisionsPage page;
    QAbstractItemModelTester tester(page.model(), Fatal);
    page.setSession(office.session.get());
    CHECK(page.proxy()->rowCount() == office.count());
    CHECK(page.proxy()->rowCount() == before + 1);

    DecisionFilter drafts;
    drafts.status = DecisionStatus::Draft;
    page.setFilter(drafts);
    CHECK(page.proxy()->rowCount() >= 1);
    CHECK(page.proxy()->rowCount() < before);
    CHECK(page.proxy()->rowCount() == office.count(drafts));
    CHECK(page.findChild<QLabel *>(QStringLiteral("countLabel"))
              ->text()
              .startsWith(QString::number(office.count(drafts))));
    for (int row = 0; row < page.proxy()->rowCount(); ++row)
        CHECK(page.proxy()->index(row, DecisionListModel::StatusColumn).data().toString()
              == statusName(DecisionStatus::Draft));

    DecisionFilter inForce;
    inForce.status = DecisionStatus::InForce;
    auto *statusCombo = page.findChild<QComboBox *>(QStringLiteral("statusFilter"));
    statusCombo->setCurrentIndex(statusCombo->findData(int(DecisionStatus::InForce)));
    CHECK(page.filter().status == DecisionStatus::InForce);
    CHECK(page.proxy()->rowCount() == office.count(inForce));

    auto units = ClientRepository(*office.session).units();
    REQUIRE(units.ok());
    DecisionFilter unit;
    unit.unitId = units->first().id;
    page.setFilter(unit);
    CHECK(page.proxy()->rowCount() == office.count(unit));
    CHECK(page.proxy()->rowCount() < before);

    DecisionFilter due;
    due.evaluationWithinWeeks = 8;
    page.setFilter(due);
    CHECK(page.proxy()->rowCount() == office.count(due));

    // Sorting by own hours puts the largest last.
    page.setFilter({});
    page.view()->sortByColumn(DecisionListModel::OwnHoursColumn, Qt::AscendingOrder);
    const QModelIndex last
        = page.proxy()->index(page.proxy()->rowCount() - 1, DecisionListModel::OwnHoursColumn);
    const QModelIndex firstRow = page.proxy()->index(0, DecisionListModel::OwnHoursColumn);
    CHECK(firstRow.data(DecisionListModel::SortRole).toDouble()
          <= last.data(DecisionListModel::SortRole).toDouble());
}

TEST_CASE("Hours over a week are marked at their cell and nothing is saved")
{
    Office office;
    const qsizetype before = office.count();
    DecisionEditor editor(*office.session, office.newDraft());
    DecisionServicesModel *services = editor.servicesModel();
    const int row = services->addService(office.allowedService({}));
    services->setData(services->index(row, DecisionServicesModel::OwnHoursColumn), 200.0);

    CHECK_FALSE(editor.save());
    const QString problem = services->problem(row, DecisionServicesModel::OwnHoursColumn);
    CHECK(problem.contains(QStringLiteral("168")));
    CHECK(services->index(row, DecisionServicesModel::OwnHoursColumn)
              .data(DecisionServicesModel::ProblemRole)
              .toString()
          == problem);
    CHECK(editor.messageText().contains(problem));
    CHECK(editor.decision().id == 0);
    CHECK(office.count() == before);

    // Correcting the value takes the mark away and the draft saves.
    services->setData(services->index(row, DecisionServicesModel::OwnHoursColumn), 20.0);
    CHECK(services->problem(row, DecisionServicesModel::OwnHoursColumn).isEmpty());
    CHECK(editor.save());
    CHECK(editor.decision().id != 0);
    CHECK(office.count() == before + 1);
}

TEST_CASE("Submitting an incomplete draft lists what is missing and keeps it a draft")
{
    Office office;
    Decision draft = office.newDraft();
    auto saved = DecisionRepository(*office.session).saveDraft(draft);
    REQUIRE(saved.ok());
    DecisionEditor editor(*office.session, *saved);
    REQUIRE(editor.actionButton(DecisionAction::Submit));

    CHECK_FALSE(editor.perform(DecisionAction::Submit));
    const QString message = editor.messageText();
    for (DecisionSection section : allDecisionSections()) {
        CHECK(message.contains(sectionTitle(section)));
        CHECK_FALSE(FieldProblemMarker::problem(editor.fieldWidget(sectionKey(section))).isEmpty());
    }
    CHECK(message.contains(QStringLiteral("evaluated")));
    CHECK_FALSE(FieldProblemMarker::problem(editor.fieldWidget(QStringLiteral("evaluation_date")))
                    .isEmpty());
    CHECK_FALSE(
        FieldProblemMarker::problem(editor.fieldWidget(QStringLiteral("legal_basis"))).isEmpty());
    CHECK_FALSE(
        FieldProblemMarker::problem(editor.fieldWidget(QStringLiteral("services"))).isEmpty());
    CHECK(editor.decision().status == DecisionStatus::Draft);
    auto stored = DecisionRepository(*office.session).get(saved->id);
    REQUIRE(stored.ok());
    CHECK(stored->status == DecisionStatus::Draft);
    CHECK(stored->version == saved->version);

    // Writing in a marked field takes its mark away.
    auto *health = field<QPlainTextEdit>(editor, QStringLiteral("health_information"));
    health->setPlainText(QStringLiteral("Diabetes type 1."));
    CHECK(FieldProblemMarker::problem(health).isEmpty());
}

TEST_CASE("A complete draft goes for approval and only a leader may approve it")
{
    Office office;
    DecisionEditor editor(*office.session, office.newDraft());
    completeForm(editor, office);
    CHECK(editor.isModified());
    REQUIRE(editor.perform(DecisionAction::Submit));
    CHECK(editor.decision().status == DecisionStatus::Submitted);
    CHECK(editor.decision().id != 0);
    auto stored = DecisionRepository(*office.session).get(editor.decision().id);
    REQUIRE(stored.ok());
    CHECK(stored->status == DecisionStatus::Submitted);
    CHECK(stored->services.size() == 1);

    // A caseworker sees it read-only, without Approve.
    CHECK_FALSE(editor.canEdit());
    CHECK(field<QPlainTextEdit>(editor, QStringLiteral("health_information"))->isReadOnly());
    CHECK(editor.saveButton()->isHidden());
    CHECK(editor.actionButton(DecisionAction::Approve) == nullptr);
    CHECK(editor.actionButton(DecisionAction::ReturnToDraft) != nullptr);

    REQUIRE(office.session->switchUser(QStringLiteral("liv.tangen")).ok());
    editor.refresh();
    REQUIRE(editor.actionButton(DecisionAction::Approve) != nullptr);
    REQUIRE(editor.actionButton(DecisionAction::Refuse) != nullptr);
    editor.actionButton(DecisionAction::Approve)->click();
    CHECK(editor.decision().status == DecisionStatus::Approved);
    CHECK(editor.statusDetails().contains(QStringLiteral("Liv Tangen")));
    CHECK(editor.findChild<QLabel *>(QStringLiteral("statusBadge"))->text()
          == statusName(DecisionStatus::Approved));
}

TEST_CASE("A refusal needs a comment and shows it above the draft")
{
    Office office;
    DecisionEditor editor(*office.session, office.newDraft());
    completeForm(editor, office);
    REQUIRE(editor.perform(DecisionAction::Submit));
    REQUIRE(office.session->switchUser(QStringLiteral("liv.tangen")).ok());
    editor.refresh();

    // An empty comment is not accepted: nothing happens.
    CommentDialog::answerNextWith([](CommentDialog &) { return true; });
    CHECK_FALSE(editor.perform(DecisionAction::Refuse));
    CHECK(editor.decision().status == DecisionStatus::Submitted);

    CommentDialog::answerNextWith([](CommentDialog &dialog) {
        dialog.setComment(QStringLiteral("The assessment does not explain the shared time."));
        return true;
    });
    REQUIRE(editor.perform(DecisionAction::Refuse));
    CHECK(editor.decision().status == DecisionStatus::Draft);
    const auto *refusal = editor.findChild<QLabel *>(QStringLiteral("refusalLabel"));
    REQUIRE(refusal);
    CHECK_FALSE(refusal->isHidden());
    CHECK(refusal->text().contains(QStringLiteral("shared time")));
    // Back with the caseworker, who can change it again.
    REQUIRE(office.session->switchUser(QStringLiteral("kari.vestheim")).ok());
    editor.refresh();
    CHECK(editor.canEdit());
}

TEST_CASE("Registering as sent sets the complaint deadline from the assumed receipt")
{
    Office office(QStringLiteral("liv.tangen"));
    DecisionEditor editor(*office.session, office.newDraft());
    completeForm(editor, office);
    REQUIRE(editor.perform(DecisionAction::Submit));
    REQUIRE(editor.perform(DecisionAction::Approve));
    REQUIRE(editor.actionButton(DecisionAction::Send));

    const QDate sent = office.session->today();
    const WorkingDayCalendar &calendar = office.session->calendar();
    const QDate expected
        = calendar.complaintDeadline(calendar.assumedReceipt(sent, SendMethod::Post));
    QDate shown;
    SendDialog::answerNextWith([&](SendDialog &dialog) {
        dialog.setSentOn(sent);
        dialog.setMethod(SendMethod::Post);
        dialog.setReceivedOn({});
        shown = dialog.complaintDeadline();
        return true;
    });
    REQUIRE(editor.perform(DecisionAction::Send));
    CHECK(shown == expected);
    const Decision &decision = editor.decision();
    CHECK(decision.status == DecisionStatus::Sent);
    CHECK(decision.receivedAssumed);
    CHECK(decision.receivedOn == calendar.assumedReceipt(sent, SendMethod::Post));
    CHECK(decision.complaintDeadline == expected);
    CHECK(editor.statusDetails().contains(formatDate(expected)));
    CHECK(editor.statusDetails().contains(formatDate(decision.inForceOn)));
}

TEST_CASE("The send dialog follows a given received date and refuses one before sending")
{
    Office office;
    SendDialog dialog(*office.session);
    const QDate today = office.session->today();
    dialog.setSentOn(today.addDays(-10));
    dialog.setMethod(SendMethod::Digital);
    dialog.setReceivedOn(today.addDays(-8));
    CHECK(dialog.receivedOn() == today.addDays(-8));
    CHECK(dialog.complaintDeadline()
          == office.session->calendar().complaintDeadline(today.addDays(-8)));
    CHECK(dialog.input().receivedOn == today.addDays(-8));

    dialog.setReceivedOn(today.addDays(-12));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))->isHidden());
}

TEST_CASE("A save after someone else saved names them and offers to reload")
{
    Office office;
    auto saved = DecisionRepository(*office.session).saveDraft(office.newDraft());
    REQUIRE(saved.ok());
    DecisionEditor first(*office.session, *saved);
    DecisionEditor second(*office.session, *saved);
    field<QPlainTextEdit>(first, QStringLiteral("health_information"))
        ->setPlainText(QStringLiteral("First"));
    REQUIRE(first.save());
    field<QPlainTextEdit>(second, QStringLiteral("health_information"))
        ->setPlainText(QStringLiteral("Second"));
    CHECK_FALSE(second.save());
    CHECK(second.messageText().contains(QStringLiteral("Kari Vestheim")));
    CHECK_FALSE(second.reloadButton()->isHidden());
    second.reloadButton()->click();
    CHECK(field<QPlainTextEdit>(second, QStringLiteral("health_information"))->toPlainText()
          == u"First");
    CHECK(second.reloadButton()->isHidden());
    CHECK_FALSE(second.isModified());
}

TEST_CASE("A new decision from the page replaces the client's decision in force")
{
    Office office;
    const qsizetype before = office.count();
    DecisionsPage page;
    page.setSession(office.session.get());
    const DecisionSummary current = office.firstInForce();
    auto replaced = DecisionRepository(*office.session).get(current.id);
    REQUIRE(replaced.ok());

    NewDecisionDialog::answerNextWith([&](NewDecisionDialog &dialog) {
        // Typing searches the clients; choosing from the completer picks one.
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("clientEdit"));
        REQUIRE(edit);
        QTest::keyClicks(edit, current.clientName.section(u',', 0, 0));
        QCompleter *completer = edit->completer();
        REQUIRE(completer->model()->rowCount() > 0);
        dialog.setClient(current.clientId);
        CHECK(dialog.clientId() == current.clientId);
        CHECK(dialog.replacesDecisionId() == current.id);
        return true;
    });
    page.newDecision();
    REQUIRE(page.openEditors().size() == 1);
    DecisionEditor *editor = page.openEditors().first();
    CHECK(editor->decision().replacesDecisionId == current.id);
    CHECK(editor->decision().clientId == current.clientId);
    // The services start as they were, so the comparison shows no change yet.
    REQUIRE(editor->comparisonModel()->rowCount() == replaced->services.size());
    CHECK(editor->comparisonModel()->changes().first().totalChange() == 0);
    editor->servicesModel()->setData(
        editor->servicesModel()->index(0, DecisionServicesModel::OwnHoursColumn),
        replaced->services.first().ownHours + 2);
    CHECK(editor->comparisonModel()->changes().first().ownChange() == 2);
    CHECK(editor->width() <= 1100);
    CHECK(editor->height() <= 720);
    // Fits a small laptop screen.
    CHECK(editor->minimumSizeHint().width() <= 1000);
    CHECK(editor->minimumSizeHint().height() <= 640);
    INFO(editor->minimumSizeHint().height());

    // Saving it lists it on the page.
    REQUIRE(editor->save());
    CHECK(page.proxy()->rowCount() == before + 1);
    MessageBox::setNextAnswer(QMessageBox::Discard);
    editor->close();
    QApplication::processEvents();
}

TEST_CASE("Opening from the page brings an open editor forward instead of a second one")
{
    Office office;
    DecisionsPage page;
    page.setSession(office.session.get());
    const DecisionSummary current = office.firstInForce();
    page.openDecision(current.id);
    page.openDecision(current.id);
    REQUIRE(page.openEditors().size() == 1);
    DecisionEditor *editor = page.openEditors().first();
    CHECK_FALSE(editor->canEdit());
    CHECK(editor->statusDetails().contains(QStringLiteral("In force from")));
    // Another database: editors for the old one close.
    page.setSession(nullptr);
    CHECK(page.openEditors().isEmpty());
}

// Not run by CTest (hidden tag): the decisions page and editor in every language, for a person
// to look at. FREMDRIFT_SCREENSHOTS=/tmp/shots tests/test_decisions_ui "[.screenshots]"
TEST_CASE("Screenshots of the decisions page and editor", "[.screenshots]")
{
    test::forEveryLanguage([](const QString &language, const QString &path, const QString &folder) {
        MainWindow window;
        test::showForScreenshots(window, language, path);
        window.showPage(PageId::Decisions);
        QApplication::processEvents();
        auto shot = [&](QWidget *widget, const QString &what) {
            test::saveShot(widget, folder, language, what);
        };
        shot(&window, QStringLiteral("decisions-page"));

        auto *page = static_cast<DecisionsPage *>(window.page(PageId::Decisions));
        DecisionFilter inForce;
        inForce.status = DecisionStatus::InForce;
        auto list = DecisionRepository(*window.session()).list(inForce);
        REQUIRE(list.ok());
        REQUIRE_FALSE(list->isEmpty());
        const DecisionSummary current = list->first();
        NewDecisionDialog::answerNextWith([&](NewDecisionDialog &dialog) {
            dialog.setClient(current.clientId);
            dialog.show();
            shot(&dialog, QStringLiteral("new-decision"));
            return true;
        });
        page->newDecision();
        REQUIRE(page->openEditors().size() == 1);
        DecisionEditor *editor = page->openEditors().first();
        // The offscreen screen is 800×600; the editor sizes itself for a real one.
        editor->resize(1040, 690);
        DecisionServicesModel *services = editor->servicesModel();
        services->setData(services->index(0, DecisionServicesModel::OwnHoursColumn),
                          current.ownHours + 2.5);
        const QString basis = editor->decision().legalBasis;
        const QStringList allowed
            = ServiceItemDelegate::allowedServices(window.session()->profile(), basis);
        const int added = services->addService(allowed.value(1, allowed.value(0)));
        services->setData(services->index(added, DecisionServicesModel::SharedHoursColumn), 4.0);
        services->setData(services->index(added, DecisionServicesModel::DescriptionColumn),
                          QStringLiteral("Evenings, with two others"));
        shot(editor, QStringLiteral("decision-editor"));
        editor->perform(DecisionAction::Submit);
        shot(editor, QStringLiteral("decision-editor-problems"));
        auto *tabs = editor->findChild<QTabWidget *>();
        tabs->setCurrentIndex(1);
        shot(editor, QStringLiteral("decision-editor-sections"));
        delete editor;

        page->openDecision(current.id);
        REQUIRE(page->openEditors().size() == 1);
        page->openEditors().first()->resize(1040, 690);
        shot(page->openEditors().first(), QStringLiteral("decision-in-force"));
        delete page->openEditors().first();

        SendDialog send(*window.session());
        send.show();
        shot(&send, QStringLiteral("send-dialog"));
        CommentDialog comment(actionName(DecisionAction::Refuse),
                              QStringLiteral("Why is it refused? The caseworker sees your "
                                             "comment above the draft."));
        comment.show();
        shot(&comment, QStringLiteral("comment-dialog"));
    });
}
