// Compare and merge in the editors (issue 6): when someone else saved the same client, decision
// draft, contact or meeting first, the editor offers to merge. Fields only one side changed are
// kept without asking; for fields both changed the dialog asks, and nothing is overwritten
// silently.
#include "clients/clienteditor.h"
#include "clients/contactdialog.h"
#include "decisions/decisioneditor.h"
#include "i18n/language.h"
#include "meetings/meetingdialog.h"
#include "messagebar.h"
#include "plans/plandialog.h"
#include "repository/clientrepository.h"
#include "repository/decisionrepository.h"
#include "repository/meetingrepository.h"
#include "repository/planrepository.h"
#include "storage/audittrail.h"
#include "support/casefixture.h"
#include "support/screenshots.h"
#include "widgets/mergedialog.h"

#include <catch2/catch.hpp>

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace fremdrift;
using namespace fremdrift::test;

namespace {

// Kari in the editors on the fixture's connection; Liv saving on a second one, as another PC.
struct TwoPcs
{
    CaseFixture fixture;
    std::unique_ptr<Database> otherDb;
    std::unique_ptr<Session> liv;

    TwoPcs()
    {
        otherDb = fixture.openAgain();
        auto started = Session::start(*otherDb, QStringLiteral("liv"));
        REQUIRE(started.ok());
        liv = std::move(started).value();
    }

    void livSavesClient(const std::function<void(Client &)> &change)
    {
        ClientRepository clients(*liv);
        Client client = *clients.get(fixture.clientId);
        change(client);
        REQUIRE(clients.save(client, client.unitName).ok());
    }

    void livSavesDecision(qint64 id, const std::function<void(Decision &)> &change)
    {
        DecisionRepository decisions(*liv);
        Decision decision = *decisions.get(id);
        change(decision);
        REQUIRE(decisions.saveDraft(decision).ok());
    }

    // Who saved `entity` `id`, oldest first.
    QStringList savedBy(const QString &entity, qint64 id) const
    {
        auto trail = AuditTrail::forClient(fixture.db->connection(), fixture.clientId);
        REQUIRE(trail.ok());
        QStringList names;
        for (const AuditRecord &record : std::as_const(*trail)) {
            if (record.entity == entity && record.entityId == id && record.action == u"update")
                names.prepend(record.userName);
        }
        return names;
    }
};

template<typename T> T *child(QWidget *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

// The merge dialog's table as "label|yours|theirs|keep" lines.
QStringList rows(const MergeDialog &dialog)
{
    QStringList lines;
    const QTableWidget *table = dialog.table();
    for (int row = 0; row < table->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < table->columnCount(); ++column)
            cells << (table->item(row, column) ? table->item(row, column)->text() : QString());
        lines << cells.join(u'|');
    }
    return lines;
}

// Fails the test if the merge dialog is shown; cleared by clearNoQuestion().
bool s_asked = false;
void expectNoQuestion()
{
    s_asked = false;
    MergeDialog::answerNextWith([](MergeDialog &) {
        s_asked = true;
        return false;
    });
}
void clearNoQuestion()
{
    MergeDialog::answerNextWith(nullptr);
    CHECK_FALSE(s_asked);
}

} // namespace

TEST_CASE("A client changed in different fields by two people is merged without asking")
{
    TwoPcs pcs;
    ClientEditor editor(*pcs.fixture.session);
    editor.setClient(*ClientRepository(*pcs.fixture.session).get(pcs.fixture.clientId));
    CHECK(editor.mergeButton()->isHidden());

    pcs.livSavesClient([](Client &client) { client.phone = QStringLiteral("11 22 33 44"); });
    child<QLineEdit>(&editor, "addressEdit")->setText(QStringLiteral("Storgata 5"));
    REQUIRE_FALSE(editor.save());
    CHECK(editor.messageText().contains(QStringLiteral("Liv Leader")));
    REQUIRE_FALSE(editor.mergeButton()->isHidden());

    expectNoQuestion();
    editor.mergeButton()->click();
    clearNoQuestion();

    const Client stored = *ClientRepository(*pcs.fixture.session).get(pcs.fixture.clientId);
    CHECK(stored.phone == u"11 22 33 44");
    CHECK(stored.addressLine == u"Storgata 5");
    CHECK(stored.unitName == u"Lyngtunet bofellesskap");
    // The editor shows the merged client as saved, and may save it again.
    CHECK(editor.client().version == stored.version);
    CHECK(child<QLineEdit>(&editor, "phoneEdit")->text() == u"11 22 33 44");
    CHECK(editor.mergeButton()->isHidden());
    CHECK(pcs.savedBy(QStringLiteral("client"), pcs.fixture.clientId)
          == QStringList{QStringLiteral("Liv Leader"), QStringLiteral("Kari Caseworker")});
}

TEST_CASE("A client field both people changed is merged as the user chooses")
{
    TwoPcs pcs;
    ClientEditor editor(*pcs.fixture.session);
    editor.setClient(*ClientRepository(*pcs.fixture.session).get(pcs.fixture.clientId));

    pcs.livSavesClient([](Client &client) {
        client.phone = QStringLiteral("11 22 33 44");
        client.notes = QStringLiteral("Liv's note");
    });
    child<QLineEdit>(&editor, "addressEdit")->setText(QStringLiteral("Storgata 5"));
    child<QPlainTextEdit>(&editor, "notesEdit")->setPlainText(QStringLiteral("Kari's note"));
    REQUIRE_FALSE(editor.save());

    // Cancelling changes nothing, and the offer stays.
    MergeDialog::answerNextWith([](MergeDialog &) { return false; });
    CHECK_FALSE(editor.compareAndMerge());
    CHECK(ClientRepository(*pcs.fixture.session).get(pcs.fixture.clientId)->notes == u"Liv's note");
    CHECK(child<QPlainTextEdit>(&editor, "notesEdit")->toPlainText() == u"Kari's note");

    QStringList shown;
    QString conflict;
    QStringList toChoose;
    MergeDialog::answerNextWith([&](MergeDialog &dialog) {
        shown = rows(dialog);
        conflict = dialog.conflictText();
        toChoose = dialog.fieldsToChoose();
        CHECK(dialog.takeMine().isEmpty()); // theirs unless the user picks mine
        dialog.keepMine(QStringLiteral("notes"), true);
        return true;
    });
    REQUIRE(editor.compareAndMerge());

    CHECK(conflict.contains(QStringLiteral("Liv Leader")));
    CHECK(toChoose == QStringList{QStringLiteral("notes")});
    CHECK(shown
          == QStringList{QStringLiteral("Address|Storgata 5|(empty)|yours, kept"),
                         QStringLiteral("Notes|Kari's note|Liv's note|"),
                         QStringLiteral("Phone|(empty)|11 22 33 44|theirs, kept")});
    const Client stored = *ClientRepository(*pcs.fixture.session).get(pcs.fixture.clientId);
    CHECK(stored.notes == u"Kari's note");
    CHECK(stored.phone == u"11 22 33 44");
    CHECK(stored.addressLine == u"Storgata 5");
    CHECK(pcs.savedBy(QStringLiteral("client"), pcs.fixture.clientId)
          == QStringList{QStringLiteral("Liv Leader"), QStringLiteral("Kari Caseworker")});
}

TEST_CASE("A client saved again while merging is offered for merging again")
{
    TwoPcs pcs;
    ClientEditor editor(*pcs.fixture.session);
    editor.setClient(*ClientRepository(*pcs.fixture.session).get(pcs.fixture.clientId));
    pcs.livSavesClient([](Client &client) { client.notes = QStringLiteral("Liv's note"); });
    child<QPlainTextEdit>(&editor, "notesEdit")->setPlainText(QStringLiteral("Kari's note"));
    REQUIRE_FALSE(editor.save());

    // While Kari chooses, Liv saves a third time.
    MergeDialog::answerNextWith([&](MergeDialog &dialog) {
        dialog.keepMine(QStringLiteral("notes"), true);
        pcs.livSavesClient(
            [](Client &client) { client.email = QStringLiteral("liv@example.org"); });
        return true;
    });
    CHECK_FALSE(editor.compareAndMerge());
    CHECK(editor.messageText().contains(QStringLiteral("Liv Leader")));
    REQUIRE_FALSE(editor.mergeButton()->isHidden());
    CHECK(ClientRepository(*pcs.fixture.session).get(pcs.fixture.clientId)->notes == u"Liv's note");

    // Merging again keeps the choice made (the form holds it) and Liv's e-mail.
    expectNoQuestion();
    REQUIRE(editor.compareAndMerge());
    clearNoQuestion();
    const Client stored = *ClientRepository(*pcs.fixture.session).get(pcs.fixture.clientId);
    CHECK(stored.notes == u"Kari's note");
    CHECK(stored.email == u"liv@example.org");
}

TEST_CASE("A decision draft changed in different sections by two people is merged without asking")
{
    TwoPcs pcs;
    auto draft = DecisionRepository(*pcs.fixture.session).saveDraft(pcs.fixture.completeDraft());
    REQUIRE(draft.ok());
    DecisionEditor editor(*pcs.fixture.session, *draft);
    REQUIRE(editor.canEdit());

    pcs.livSavesDecision(draft->id, [](Decision &decision) {
        decision.userParticipation = QStringLiteral("Liv's wording");
    });
    auto *health
        = qobject_cast<QPlainTextEdit *>(editor.fieldWidget(QStringLiteral("health_information")));
    REQUIRE(health);
    health->setPlainText(QStringLiteral("Kari's health information"));
    REQUIRE_FALSE(editor.save());
    CHECK(editor.messageText().contains(QStringLiteral("Liv Leader")));
    CHECK_FALSE(editor.reloadButton()->isHidden());
    REQUIRE_FALSE(editor.mergeButton()->isHidden());

    expectNoQuestion();
    editor.mergeButton()->click();
    clearNoQuestion();

    const Decision stored = *DecisionRepository(*pcs.fixture.session).get(draft->id);
    CHECK(stored.userParticipation == u"Liv's wording");
    CHECK(stored.healthInformation == u"Kari's health information");
    CHECK(stored.caseworkerId == draft->caseworkerId);
    CHECK(editor.decision().version == stored.version);
    CHECK(editor.mergeButton()->isHidden());
    CHECK_FALSE(editor.isModified());
    CHECK(pcs.savedBy(QStringLiteral("decision"), draft->id)
          == QStringList{QStringLiteral("Liv Leader"), QStringLiteral("Kari Caseworker")});
}

TEST_CASE("A decision section both people changed is merged as the user chooses")
{
    TwoPcs pcs;
    auto draft = DecisionRepository(*pcs.fixture.session).saveDraft(pcs.fixture.completeDraft());
    REQUIRE(draft.ok());
    DecisionEditor editor(*pcs.fixture.session, *draft);

    pcs.livSavesDecision(draft->id, [](Decision &decision) {
        decision.userParticipation = QStringLiteral("Liv's wording");
        decision.services.first().ownHours = 12;
    });
    auto *participation
        = qobject_cast<QPlainTextEdit *>(editor.fieldWidget(QStringLiteral("user_participation")));
    REQUIRE(participation);
    participation->setPlainText(QStringLiteral("Kari's wording"));
    REQUIRE_FALSE(editor.save());

    QStringList shown;
    MergeDialog::answerNextWith([&](MergeDialog &dialog) {
        shown = rows(dialog);
        CHECK(dialog.fieldsToChoose() == QStringList{QStringLiteral("user_participation")});
        dialog.keepMine(QStringLiteral("user_participation"), true);
        return true;
    });
    REQUIRE(editor.compareAndMerge());

    // The section by its title, the services as lines; Liv's hours are kept.
    REQUIRE(shown.size() == 2);
    CHECK(shown.at(0).startsWith(QStringLiteral("Services and hours|")));
    CHECK(shown.at(0).contains(QStringLiteral("own 12 h")));
    CHECK(shown.at(0).endsWith(QStringLiteral("|theirs, kept")));
    CHECK(shown.at(1)
          == sectionTitle(DecisionSection::UserParticipation)
                 + QStringLiteral("|Kari's wording|Liv's wording|"));
    const Decision stored = *DecisionRepository(*pcs.fixture.session).get(draft->id);
    CHECK(stored.userParticipation == u"Kari's wording");
    CHECK(stored.services.first().ownHours == 12);
    CHECK(pcs.savedBy(QStringLiteral("decision"), draft->id)
          == QStringList{QStringLiteral("Liv Leader"), QStringLiteral("Kari Caseworker")});
}

// Not run by default: the Compare and merge dialog in every interface language, for a person to
// look at (FREMDRIFT_SCREENSHOTS=dir).
namespace {

Contact storedGuardian(CaseFixture &f)
{
    Contact guardian;
    guardian.clientId = f.clientId;
    guardian.relation = ContactRelation::Guardian;
    guardian.name = QStringLiteral("Grete Verge");
    guardian.phone = QStringLiteral("900 00 001");
    auto saved = ClientRepository(*f.session).saveContact(guardian);
    REQUIRE(saved.ok());
    return *saved;
}

Meeting storedMeeting(CaseFixture &f)
{
    Meeting meeting = f.followUpMeeting();
    meeting.agenda = QStringLiteral("1. Welcome");
    MeetingParticipant grete;
    grete.name = QStringLiteral("Grete Verge");
    grete.role = QStringLiteral("guardian");
    meeting.participants << grete;
    auto saved = MeetingRepository(*f.session).save(meeting);
    REQUIRE(saved.ok());
    return *saved;
}

} // namespace

TEST_CASE("A contact changed in different fields by two people is merged without asking")
{
    TwoPcs pcs;
    const Contact guardian = storedGuardian(pcs.fixture);
    ContactDialog dialog(*pcs.fixture.session);
    dialog.setContact(guardian);
    auto *merge = child<QPushButton>(&dialog, "mergeButton");
    CHECK(merge->isHidden());

    Contact theirs = guardian;
    theirs.phone = QStringLiteral("911 11 111");
    REQUIRE(ClientRepository(*pcs.liv).saveContact(theirs).ok());
    child<QLineEdit>(&dialog, "emailEdit")->setText(QStringLiteral("grete@example.no"));
    REQUIRE_FALSE(dialog.save());
    REQUIRE_FALSE(merge->isHidden());

    expectNoQuestion();
    merge->click();
    clearNoQuestion();
    const QList<Contact> stored
        = *ClientRepository(*pcs.fixture.session).contacts(pcs.fixture.clientId);
    REQUIRE(stored.size() == 1);
    CHECK(stored.constFirst().phone == u"911 11 111");
    CHECK(stored.constFirst().email == u"grete@example.no");
    CHECK(stored.constFirst().name == u"Grete Verge");
    CHECK(dialog.contact().version == stored.constFirst().version);
    CHECK(merge->isHidden());
}

TEST_CASE("A contact's name both people changed is merged as the user chooses")
{
    TwoPcs pcs;
    const Contact guardian = storedGuardian(pcs.fixture);
    ContactDialog dialog(*pcs.fixture.session);
    dialog.setContact(guardian);
    Contact theirs = guardian;
    theirs.name = QStringLiteral("Grete Verge Olsen");
    REQUIRE(ClientRepository(*pcs.liv).saveContact(theirs).ok());
    child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("Grethe Verge"));
    REQUIRE_FALSE(dialog.save());

    QStringList shown;
    MergeDialog::answerNextWith([&](MergeDialog &merge) {
        shown = rows(merge);
        merge.keepMine(QStringLiteral("name"), true);
        return true;
    });
    child<QPushButton>(&dialog, "mergeButton")->click();
    MergeDialog::answerNextWith(nullptr);
    REQUIRE(shown.size() == 1);
    CHECK(shown.constFirst().startsWith(QStringLiteral("Name|Grethe Verge|Grete Verge Olsen")));
    CHECK(ClientRepository(*pcs.fixture.session).contacts(pcs.fixture.clientId)->constFirst().name
          == u"Grethe Verge");
}

TEST_CASE("A meeting changed by two people is merged: their place, my agenda, the minutes chosen")
{
    TwoPcs pcs;
    const Meeting meeting = storedMeeting(pcs.fixture);
    MeetingDialog dialog(*pcs.fixture.session, meeting);
    dialog.show();
    auto *merge = child<QPushButton>(&dialog, "mergeButton");
    CHECK(merge->isHidden());

    // Liv, on another PC, moves the meeting and writes minutes; she also adds a participant.
    Meeting theirs = *MeetingRepository(*pcs.liv).get(meeting.id);
    theirs.location = QStringLiteral("Rådhuset, møterom 3");
    theirs.minutes = QStringLiteral("Livs referat");
    MeetingParticipant pal;
    pal.name = QStringLiteral("Pål Primær");
    pal.role = QStringLiteral("primary_contact");
    theirs.participants << pal;
    REQUIRE(MeetingRepository(*pcs.liv).save(theirs).ok());

    child<QPlainTextEdit>(&dialog, "agendaEdit")
        ->setPlainText(QStringLiteral("1. Welcome\n2. Housing"));
    child<QPlainTextEdit>(&dialog, "minutesEdit")->setPlainText(QStringLiteral("Karis referat"));
    REQUIRE_FALSE(dialog.save());
    CHECK(dialog.messageBar()->text().contains(QStringLiteral("Liv Leader")));
    REQUIRE_FALSE(merge->isHidden());

    QStringList fields;
    MergeDialog::answerNextWith([&](MergeDialog &chooser) {
        fields = chooser.fieldsToChoose();
        chooser.keepMine(QStringLiteral("minutes"), true);
        return true;
    });
    merge->click();
    MergeDialog::answerNextWith(nullptr);
    CHECK(fields == QStringList{QStringLiteral("minutes")});

    const Meeting stored = *MeetingRepository(*pcs.fixture.session).get(meeting.id);
    CHECK(stored.location == u"Rådhuset, møterom 3");
    CHECK(stored.agenda == u"1. Welcome\n2. Housing");
    CHECK(stored.minutes == u"Karis referat");
    CHECK(stored.participants.size() == 3);
    CHECK(dialog.meeting().version == stored.version);
    CHECK(dialog.messageBar()->text() == MergeDialog::mergedText());
    CHECK(merge->isHidden());
    CHECK(pcs.savedBy(QStringLiteral("meeting"), meeting.id)
          == QStringList{QStringLiteral("Liv Leader"), QStringLiteral("Kari Caseworker")});
}

TEST_CASE("A meeting merge cancelled keeps what was typed, and Reload shows theirs")
{
    TwoPcs pcs;
    const Meeting meeting = storedMeeting(pcs.fixture);
    MeetingDialog dialog(*pcs.fixture.session, meeting);
    dialog.show();
    Meeting theirs = *MeetingRepository(*pcs.liv).get(meeting.id);
    theirs.minutes = QStringLiteral("Livs referat");
    REQUIRE(MeetingRepository(*pcs.liv).save(theirs).ok());
    child<QPlainTextEdit>(&dialog, "minutesEdit")->setPlainText(QStringLiteral("Karis referat"));
    REQUIRE_FALSE(dialog.save());

    MergeDialog::answerNextWith([](MergeDialog &) { return false; });
    child<QPushButton>(&dialog, "mergeButton")->click();
    MergeDialog::answerNextWith(nullptr);
    CHECK(child<QPlainTextEdit>(&dialog, "minutesEdit")->toPlainText() == u"Karis referat");
    CHECK(MeetingRepository(*pcs.fixture.session).get(meeting.id)->minutes == u"Livs referat");
    CHECK_FALSE(child<QPushButton>(&dialog, "mergeButton")->isHidden());

    // Reload instead: theirs is shown, what was typed is dropped, and it saves without conflict.
    child<QPushButton>(&dialog, "reloadButton")->click();
    CHECK(child<QPlainTextEdit>(&dialog, "minutesEdit")->toPlainText() == u"Livs referat");
    CHECK_FALSE(dialog.hasUnsavedChanges());
    CHECK(child<QPushButton>(&dialog, "mergeButton")->isHidden());
    child<QPlainTextEdit>(&dialog, "agendaEdit")->setPlainText(QStringLiteral("1. Housing"));
    CHECK(dialog.save());
}

TEST_CASE("A plan changed by two people is merged: their deadline, my status note")
{
    TwoPcs pcs;
    ReviewPlan plan;
    plan.title = QStringLiteral("Review of decisions at Lyngtunet");
    plan.startOn = QDate(2026, 4, 1);
    plan.deadline = QDate(2026, 6, 15);
    const ReviewPlan stored = *PlanRepository(*pcs.fixture.session).save(plan);
    PlanDialog dialog(*pcs.fixture.session, stored);

    ReviewPlan theirs = *PlanRepository(*pcs.liv).get(stored.id);
    theirs.deadline = QDate(2026, 6, 30);
    theirs.title = QStringLiteral("Review at Lyngtunet, spring 2026");
    REQUIRE(PlanRepository(*pcs.liv).save(theirs).ok());
    dialog.setStatusNote(QStringLiteral("Meeting held 9 April"));
    dialog.setTitle(QStringLiteral("Review at Lyngtunet"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    auto *merge = child<QPushButton>(&dialog, "mergeButton");
    REQUIRE_FALSE(merge->isHidden());

    QStringList fields;
    MergeDialog::answerNextWith([&](MergeDialog &chooser) {
        fields = chooser.fieldsToChoose();
        return true; // theirs, as checked first
    });
    CHECK(dialog.compareAndMerge());
    MergeDialog::answerNextWith(nullptr);
    CHECK(fields == QStringList{QStringLiteral("title")});
    const ReviewPlan merged = *PlanRepository(*pcs.fixture.session).get(stored.id);
    CHECK(merged.deadline == QDate(2026, 6, 30));
    CHECK(merged.statusNote == u"Meeting held 9 April");
    CHECK(merged.title == u"Review at Lyngtunet, spring 2026");
    CHECK(dialog.saved().version == merged.version);
}

TEST_CASE("Compare and merge dialog screenshots", "[.screenshots]")
{
    const QString folder = qEnvironmentVariable("FREMDRIFT_SCREENSHOTS");
    REQUIRE_FALSE(folder.isEmpty());
    for (const QString &language : supportedLanguages()) {
        installTranslations(language);
        TwoPcs pcs;
        ClientEditor editor(*pcs.fixture.session);
        editor.setClient(*ClientRepository(*pcs.fixture.session).get(pcs.fixture.clientId));
        pcs.livSavesClient([](Client &client) {
            client.phone = QStringLiteral("11 22 33 44");
            client.notes = QStringLiteral("Flytter til egen leilighet i mai.");
        });
        child<QLineEdit>(&editor, "addressEdit")->setText(QStringLiteral("Storgata 5"));
        child<QPlainTextEdit>(&editor, "notesEdit")
            ->setPlainText(QStringLiteral("Ønsker mer tid ute på dagtid."));
        REQUIRE_FALSE(editor.save());
        MergeDialog::answerNextWith([&](MergeDialog &dialog) {
            dialog.show();
            saveShot(&dialog, folder, language, QStringLiteral("merge-dialog"));
            return false;
        });
        CHECK_FALSE(editor.compareAndMerge());

        // A meeting: both wrote minutes, Liv moved it and invited one more.
        const Meeting meeting = storedMeeting(pcs.fixture);
        MeetingDialog meetingDialog(*pcs.fixture.session, meeting);
        meetingDialog.show();
        Meeting theirs = *MeetingRepository(*pcs.liv).get(meeting.id);
        theirs.location = QStringLiteral("Rådhuset, møterom 3");
        theirs.minutes = QStringLiteral("Grete ønsker avlastning annenhver helg.");
        MeetingParticipant pal;
        pal.name = QStringLiteral("Pål Primær");
        pal.role = QStringLiteral("primary_contact");
        theirs.participants << pal;
        REQUIRE(MeetingRepository(*pcs.liv).save(theirs).ok());
        child<QPlainTextEdit>(&meetingDialog, "minutesEdit")
            ->setPlainText(QStringLiteral("Avlastning drøftet; ny vurdering i juni."));
        REQUIRE_FALSE(meetingDialog.save());
        saveShot(&meetingDialog, folder, language, QStringLiteral("merge-meeting-conflict"));
        MergeDialog::answerNextWith([&](MergeDialog &dialog) {
            dialog.show();
            saveShot(&dialog, folder, language, QStringLiteral("merge-meeting-dialog"));
            return false;
        });
        CHECK_FALSE(meetingDialog.compareAndMerge());
    }
    installTranslations(QStringLiteral("en"));
}
