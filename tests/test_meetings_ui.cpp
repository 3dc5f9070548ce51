// The meeting dialog and the Meetings page, driven through their widgets (offscreen).
#include "mainwindow.h"
#include "meetings/meetingdialog.h"
#include "meetings/meetinglistmodel.h"
#include "meetings/meetingparticipantsmodel.h"
#include "meetings/meetingspage.h"
#include "messagebar.h"
#include "repository/clientrepository.h"
#include "repository/meetingrepository.h"
#include "support/casefixture.h"
#include "support/screenshots.h"
#include "widgets/fieldproblemmarker.h"
#include "widgets/optionaldateedit.h"
#include "workflow/session.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>

using namespace fremdrift;
using fremdrift::test::CaseFixture;

namespace {

constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

template<typename T> T *child(const QWidget &parent, const char *name)
{
    auto *widget = parent.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

// The action of `menu` whose text starts with `text`, after the menu filled itself.
QAction *menuAction(QMenu *menu, const QString &text)
{
    QMetaObject::invokeMethod(menu, "aboutToShow");
    for (QAction *action : menu->actions()) {
        if (action->text().startsWith(text))
            return action;
    }
    FAIL(QString(QStringLiteral("no menu entry ") + text).toStdString());
    return nullptr;
}

// The client's guardian and primary contact, as the client's page would have added them.
void addContacts(CaseFixture &f)
{
    ClientRepository clients(*f.session);
    Contact guardian;
    guardian.clientId = f.clientId;
    guardian.relation = ContactRelation::Guardian;
    guardian.name = QStringLiteral("Grete Verge");
    guardian.email = QStringLiteral("grete@example.no");
    REQUIRE(clients.saveContact(guardian).ok());
    Contact primary;
    primary.clientId = f.clientId;
    primary.relation = ContactRelation::PrimaryContact;
    primary.name = QStringLiteral("Pål Primær");
    REQUIRE(clients.saveContact(primary).ok());
}

Meeting storedMeeting(CaseFixture &f, const QDateTime &start, const QString &minuteTaker = {})
{
    Meeting m;
    m.kind = MeetingKind::ResponsibilityGroup;
    m.clientId = f.clientId;
    m.startsAt = start;
    m.endsAt = start.addSecs(3600);
    m.location = QStringLiteral("Lyngtunet");
    MeetingParticipant kari;
    kari.name = QStringLiteral("Kari Caseworker");
    kari.role = QStringLiteral("caseworker");
    kari.staffUserId = f.session->user().id;
    kari.isCoordinator = true;
    MeetingParticipant liv;
    liv.name = QStringLiteral("Liv Leader");
    liv.role = QStringLiteral("leader");
    MeetingParticipant pal;
    pal.name = QStringLiteral("Pål Primær");
    pal.role = QStringLiteral("primary_contact");
    m.participants = {kari, liv, pal};
    for (MeetingParticipant &p : m.participants)
        p.isMinuteTaker = !minuteTaker.isEmpty() && p.name == minuteTaker;
    auto saved = MeetingRepository(*f.session).save(m);
    REQUIRE(saved.ok());
    return *saved;
}

QStringList participantNames(const MeetingParticipantsModel &model)
{
    QStringList names;
    for (const MeetingParticipant &p : model.participants())
        names << p.name;
    return names;
}

} // namespace

TEST_CASE("The meeting models pass the model tester")
{
    CaseFixture f;
    MeetingParticipantsModel participants;
    QAbstractItemModelTester participantsTester(&participants, Fatal);
    const Meeting m = storedMeeting(f, QDateTime(QDate(2026, 3, 10), QTime(10, 0)));
    participants.setParticipants(m.participants);
    CHECK(participants.rowCount() == 3);
    MeetingParticipant extra;
    extra.name = QStringLiteral("Ny");
    CHECK(participants.addParticipant(extra) == 3);
    // One minute-taker and one coordinator: ticking one unticks the other.
    participants.setMinuteTaker(1);
    participants.setMinuteTaker(2);
    CHECK_FALSE(participants.participants().at(1).isMinuteTaker);
    CHECK(participants.participants().at(2).isMinuteTaker);
    CHECK(participants.setData(participants.index(3, MeetingParticipantsModel::RoleColumn),
                               QStringLiteral("guardian")));
    CHECK(participants.index(3, MeetingParticipantsModel::RoleColumn).data().toString()
          == QStringLiteral("Guardian"));
    CHECK_FALSE(participants.setData(participants.index(3, MeetingParticipantsModel::RoleColumn),
                                     QStringLiteral("boss")));
    CHECK(participants.removeRows(0, 2));
    CHECK(participants.rowCount() == 2);

    MeetingListModel list;
    QAbstractItemModelTester listTester(&list, Fatal);
    auto all = MeetingRepository(*f.session).list({});
    REQUIRE(all.ok());
    list.setMeetings(*all);
    CHECK(list.rowCount() == 1);
    CHECK(list.index(0, MeetingListModel::ParticipantsColumn).data().toInt() == 3);
    CHECK(list.index(0, MeetingListModel::TitleColumn).data().toString()
          == QStringLiteral("Responsibility group: Ødegård, Åsmund"));
    list.setMeetings({});
    CHECK(list.rowCount() == 0);
}

TEST_CASE("A meeting is planned through the dialog's widgets and listed on the page")
{
    CaseFixture f;
    addContacts(f);
    MeetingsPage page;
    page.setSession(f.session.get());
    CHECK(page.model()->rowCount() == 0);

    MeetingDialog::answerNextWith([&](MeetingDialog &dialog) {
        dialog.show();
        // The planner leads: the page starts the meeting with them as coordinator.
        CHECK(participantNames(*dialog.participantsModel())
              == QStringList{QStringLiteral("Kari Caseworker")});
        CHECK(dialog.participantsModel()->participants().at(0).isCoordinator);

        auto *kind = child<QComboBox>(dialog, "kindCombo");
        kind->setCurrentIndex(kind->findData(int(MeetingKind::Evaluation)));
        // The client is found by typing, and chosen from the list.
        auto *clientEdit = child<QLineEdit>(dialog, "clientEdit");
        QTest::keyClicks(clientEdit, QStringLiteral("ødeg"));
        REQUIRE(clientEdit->completer()->model()->rowCount() == 1);
        dialog.chooseClient(f.clientId);
        child<QLineEdit>(dialog, "titleEdit")->setText(QStringLiteral("Evaluering av vedtak"));
        child<QDateEdit>(dialog, "startDateEdit")->setDate(QDate(2026, 3, 16));
        child<QTimeEdit>(dialog, "startTimeEdit")->setTime(QTime(13, 30));
        child<QSpinBox>(dialog, "durationSpin")->setValue(90);
        CHECK(child<QLabel>(dialog, "endLabel")->text().contains(QStringLiteral("15:00")));
        child<QLineEdit>(dialog, "placeEdit")->setText(QStringLiteral("Lyngtunet, møterom"));
        auto *agreed = child<QComboBox>(dialog, "agreedHowCombo");
        agreed->setCurrentIndex(agreed->findData(QStringLiteral("letter")));

        // Participants: the client themself, the guardian, a leader and someone typed in.
        dialog.tabs()->setCurrentIndex(1);
        menuAction(dialog.clientPeopleMenu(), QStringLiteral("Åsmund Ødegård"))->trigger();
        menuAction(dialog.clientPeopleMenu(), QStringLiteral("Grete Verge"))->trigger();
        CHECK_FALSE(menuAction(dialog.clientPeopleMenu(), QStringLiteral("Grete Verge"))
                        ->isEnabled()); // listed already
        menuAction(dialog.staffMenu(), QStringLiteral("Liv Leader"))->trigger();
        QTest::mouseClick(child<QPushButton>(dialog, "addPersonButton"), Qt::LeftButton);
        MeetingParticipantsModel *model = dialog.participantsModel();
        REQUIRE(model->rowCount() == 5);
        model->setData(model->index(4, MeetingParticipantsModel::NameColumn),
                       QStringLiteral("Siv Støtte"));
        model->setData(model->index(4, MeetingParticipantsModel::RoleColumn),
                       QStringLiteral("supplier"));
        CHECK(model->participants().at(2).email == QStringLiteral("grete@example.no"));
        CHECK(model->participants().at(2).role == QStringLiteral("guardian"));
        CHECK(model->participants().at(3).role == QStringLiteral("leader"));

        // Nobody took the minutes before: the first who may, never the coordinator or client.
        QTest::mouseClick(child<QPushButton>(dialog, "suggestMinuteTakerButton"), Qt::LeftButton);
        CHECK(model->participants().at(2).isMinuteTaker);
        CHECK(dialog.messageBar()->text().contains(QStringLiteral("Grete Verge")));

        dialog.tabs()->setCurrentIndex(2);
        QTest::mouseClick(child<QPushButton>(dialog, "defaultAgendaButton"), Qt::LeftButton);
        CHECK(child<QPlainTextEdit>(dialog, "agendaEdit")
                  ->toPlainText()
                  .startsWith(QStringLiteral("1. Welcome")));
        return true;
    });
    page.newMeeting();

    REQUIRE(page.model()->rowCount() == 1);
    const Meeting &listed = page.model()->meetings().constFirst();
    CHECK(listed.title == QStringLiteral("Evaluering av vedtak"));
    CHECK(listed.clientId == f.clientId);
    CHECK(listed.startsAt == QDateTime(QDate(2026, 3, 16), QTime(13, 30)));
    CHECK(listed.endsAt == QDateTime(QDate(2026, 3, 16), QTime(15, 0)));
    CHECK(listed.agreedHow == QStringLiteral("letter"));
    CHECK(listed.participants.size() == 5);
    CHECK(listed.minuteTaker()->name == QStringLiteral("Grete Verge"));
    CHECK(page.currentMeetingId() == listed.id);
    CHECK(page.model()->index(0, MeetingListModel::MinuteTakerColumn).data().toString()
          == QStringLiteral("Grete Verge"));

    // Past meetings are another list; coming ones start today.
    page.setWhen(MeetingsPage::When::Past);
    CHECK(page.model()->rowCount() == 0);
    page.setWhen(MeetingsPage::When::All);
    CHECK(page.model()->rowCount() == 1);
}

TEST_CASE("The rotation in the dialog passes over whoever took the minutes last")
{
    CaseFixture f;
    storedMeeting(f, QDateTime(QDate(2026, 1, 12), QTime(10, 0)), QStringLiteral("Liv Leader"));
    storedMeeting(f, QDateTime(QDate(2026, 2, 12), QTime(10, 0)), QStringLiteral("Pål Primær"));
    Meeting next = storedMeeting(f, QDateTime(QDate(2026, 3, 12), QTime(10, 0)));
    MeetingDialog dialog(*f.session, next);
    dialog.show();
    const auto row = dialog.suggestMinuteTaker();
    REQUIRE(row);
    CHECK(dialog.participantsModel()->participants().at(*row).name == QStringLiteral("Liv Leader"));
    // The coordinator alone with the client: nobody to ask.
    Meeting small = next;
    small.participants = {next.participants.at(0)};
    MeetingDialog alone(*f.session, small);
    alone.show();
    CHECK_FALSE(alone.suggestMinuteTaker());
    CHECK(alone.messageBar()->text().contains(QStringLiteral("Nobody")));
}

TEST_CASE("What the rules refuse is shown and pointed at, and nothing typed is lost")
{
    CaseFixture f;
    const Meeting stored = storedMeeting(f, QDateTime(QDate(2026, 3, 10), QTime(10, 0)));
    MeetingDialog dialog(*f.session, stored);
    dialog.show();
    child<QCheckBox>(dialog, "heldCheck")->setChecked(true);
    child<QLineEdit>(dialog, "placeEdit")->clear();
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    CHECK(dialog.isVisible()); // not accepted
    CHECK(dialog.messageBar()->kind() == MessageBar::Kind::Error);
    CHECK(dialog.messageBar()->text().contains(QStringLiteral("write the minutes")));
    CHECK_FALSE(
        FieldProblemMarker::problem(dialog.fieldWidget(QStringLiteral("minutes"))).isEmpty());
    CHECK_FALSE(
        FieldProblemMarker::problem(dialog.fieldWidget(QStringLiteral("location"))).isEmpty());
    CHECK(dialog.tabs()->currentIndex() == 0); // the first problem's tab: the place

    // Someone else saves first: the conflict is said, and the form keeps what was typed.
    Meeting theirs = stored;
    theirs.location = QStringLiteral("Rådhuset");
    REQUIRE(MeetingRepository(*f.session).save(theirs).ok());
    child<QLineEdit>(dialog, "placeEdit")->setText(QStringLiteral("Biblioteket"));
    child<QPlainTextEdit>(dialog, "minutesEdit")->setPlainText(QStringLiteral("Mitt referat"));
    CHECK_FALSE(dialog.save());
    CHECK(dialog.messageBar()->text().contains(QStringLiteral("Kari Caseworker")));
    CHECK(child<QPlainTextEdit>(dialog, "minutesEdit")->toPlainText()
          == QStringLiteral("Mitt referat"));
    CHECK(child<QLineEdit>(dialog, "placeEdit")->text() == QStringLiteral("Biblioteket"));
}

TEST_CASE("The invitation is exported to a file from the dialog and the page")
{
    CaseFixture f;
    const Meeting m = storedMeeting(f, QDateTime(QDate(2026, 3, 10), QTime(10, 0)));
    MeetingDialog dialog(*f.session, m);
    dialog.show();
    MeetingParticipantsModel *model = dialog.participantsModel();
    model->setData(model->index(1, MeetingParticipantsModel::EmailColumn),
                   QStringLiteral("liv@example.no"));
    const QString path = f.scratch.path(QStringLiteral("invitation.ics"));
    // The form differs from what is stored (the e-mail): exporting saves it first.
    REQUIRE(dialog.exportTo(path));
    CHECK(dialog.meeting().version == 2);
    const QByteArray calendar = test::readAll(path);
    CHECK(calendar.startsWith("BEGIN:VCALENDAR\r\n"));
    const QByteArray uid = "UID:meeting-" + QByteArray::number(m.id) + '-';
    CHECK(calendar.contains(uid));
    CHECK(calendar.contains("mailto:liv@example.no"));
    CHECK(dialog.messageBar()->text().contains(QStringLiteral("invitation.ics")));

    MeetingsPage page;
    page.setSession(f.session.get());
    page.setWhen(MeetingsPage::When::All);
    page.selectMeeting(m.id);
    const QString fromPage = f.scratch.path(QStringLiteral("from-page.ics"));
    REQUIRE(page.exportCurrentTo(fromPage));
    // The same meeting, the same UID.
    const auto uidLine = [](const QByteArray &ics) {
        for (const QByteArray &line : ics.split('\n')) {
            if (line.startsWith("UID:"))
                return line;
        }
        return QByteArray();
    };
    CHECK_FALSE(uidLine(calendar).isEmpty());
    CHECK(uidLine(test::readAll(fromPage)) == uidLine(calendar));
}

TEST_CASE("A read-only user sees meetings but cannot save them")
{
    CaseFixture f;
    const Meeting stored = storedMeeting(f, QDateTime(QDate(2026, 3, 10), QTime(10, 0)));
    f.actAs(QStringLiteral("rolf"));
    MeetingDialog dialog(*f.session, stored);
    dialog.show();
    CHECK_FALSE(
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->isEnabled());
    CHECK(dialog.messageBar()->text().contains(QStringLiteral("Rolf Reader")));
    MeetingsPage page;
    page.setSession(f.session.get());
    CHECK_FALSE(child<QPushButton>(page, "newButton")->isEnabled());
    CHECK(page.model()->rowCount() == 1);
}

TEST_CASE("The main window shows the Meetings page")
{
    MainWindow window;
    CHECK(qobject_cast<MeetingsPage *>(window.page(PageId::Meetings)));
}

// Not run by default: saves the page and the dialog's tabs in every language, for a person
// to look at. FREMDRIFT_SCREENSHOTS=/tmp/shots tests/test_meetings_ui "[.screenshots]"
TEST_CASE("Screenshots of the meetings page and dialog", "[.screenshots]")
{
    test::forEveryLanguage([](const QString &language, const QString &path, const QString &folder) {
        MainWindow window;
        test::showForScreenshots(window, language, path);
        Session &session = *window.session();
        auto clients = ClientRepository(session).search(QString(), 2);
        REQUIRE(clients.ok());
        REQUIRE_FALSE(clients->isEmpty());
        auto contacts = ClientRepository(session).contacts(clients->first().id);
        REQUIRE(contacts.ok());

        Meeting m;
        m.kind = MeetingKind::ResponsibilityGroup;
        m.clientId = clients->first().id;
        m.startsAt = QDateTime(session.today().addDays(3), QTime(13, 0));
        m.endsAt = m.startsAt.addSecs(5400);
        m.location = QStringLiteral("Snurruhagen, møterommet i 2. etasje");
        m.videoLink = QStringLiteral("https://meet.example.no/abc-123");
        MeetingParticipant me;
        me.name = session.user().fullName;
        me.staffUserId = session.user().id;
        me.role = QStringLiteral("caseworker");
        me.isCoordinator = me.invited = me.accepted = true;
        m.participants << me;
        for (const Contact &contact : std::as_const(*contacts)) {
            MeetingParticipant p;
            p.name = contact.name;
            p.contactId = contact.id;
            p.email = contact.email;
            p.invited = true;
            m.participants << p;
        }
        auto saved = MeetingRepository(session).save(m);
        REQUIRE(saved.ok());
        window.showPage(PageId::Meetings);
        QApplication::processEvents();
        test::saveShot(&window, folder, language, QStringLiteral("meetings-page"));

        MeetingDialog dialog(session, *saved, &window);
        dialog.useDefaultAgenda();
        dialog.suggestMinuteTaker();
        dialog.show();
        const char *tabs[]
            = {"meeting-dialog-meeting", "meeting-dialog-participants", "meeting-dialog-agenda"};
        for (int i = 0; i < 3; ++i) {
            dialog.tabs()->setCurrentIndex(i);
            test::saveShot(&dialog, folder, language, QString::fromLatin1(tabs[i]));
        }
        // With what the rules refuse shown at the top.
        child<QCheckBox>(dialog, "heldCheck")->setChecked(true);
        child<QLineEdit>(dialog, "placeEdit")->clear();
        child<QLineEdit>(dialog, "videoEdit")->clear();
        dialog.save();
        test::saveShot(&dialog, folder, language, QStringLiteral("meeting-dialog-problems"));

        // A new meeting, before a client is chosen.
        Meeting fresh;
        fresh.startsAt = m.startsAt;
        MeetingDialog empty(session, fresh, &window);
        empty.show();
        test::saveShot(&empty, folder, language, QStringLiteral("meeting-dialog-new"));
    });
}
