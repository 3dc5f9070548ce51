#include "clients/clientcontactsview.h"
#include "clients/clientdecisionsmodel.h"
#include "clients/clientdetailpanel.h"
#include "clients/clienteditor.h"
#include "clients/clienthistorymodel.h"
#include "clients/clientlistmodel.h"
#include "clients/clientspage.h"
#include "clients/contactdialog.h"
#include "clients/contactlistmodel.h"
#include "demo/demodata.h"
#include "domain/nationalid.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "repository/clientrepository.h"
#include "repository/decisionrepository.h"
#include "storage/sql.h"
#include "support/screenshots.h"
#include "support/testsupport.h"
#include "workflow/session.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace fremdrift;
using fremdrift::test::Scratch;

namespace {

// A demo office (36 clients) open with a session, as the main window would have it.
struct DemoOffice
{
    explicit DemoOffice(JurisdictionCode jurisdiction = JurisdictionCode::Norway)
    {
        database = scratch.createDatabase(QStringLiteral("demo.sqlite"), jurisdiction);
        REQUIRE(fillWithDemoData(*database).ok());
        auto started = Session::start(*database);
        REQUIRE(started.ok());
        session = std::move(started).value();
    }

    qint64 clientCount() const
    {
        auto counts = database->rowCounts();
        REQUIRE(counts.ok());
        return counts->value(QStringLiteral("clients"));
    }

    Client client(qint64 id) const
    {
        auto found = ClientRepository(*session).get(id);
        REQUIRE(found.ok());
        return *found;
    }

    // The first client (family name order) who has people around them.
    qint64 clientWithContacts() const
    {
        ClientRepository repository(*session);
        auto all = repository.search(QString());
        REQUIRE(all.ok());
        for (const ClientSummary &summary : std::as_const(*all)) {
            auto contacts = repository.contacts(summary.id);
            REQUIRE(contacts.ok());
            if (!contacts->isEmpty())
                return summary.id;
        }
        FAIL("no demo client has contacts");
        return 0;
    }

    Scratch scratch;
    std::unique_ptr<Database> database;
    std::unique_ptr<Session> session;
};

// A Norwegian birth number for `born` that passes both mod-11 checks (the demo clients have none).
QString validBirthNumber(const QDate &born)
{
    const QString date = born.toString(QStringLiteral("ddMMyy"));
    const int first[] = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    const int second[] = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    for (int individual = 100; individual < 500; ++individual) {
        QString number = date + QString::number(individual);
        const auto control = [&number](const int *weights, int count) {
            int sum = 0;
            for (int i = 0; i < count; ++i)
                sum += weights[i] * number.at(i).digitValue();
            const int digit = 11 - sum % 11;
            return digit == 11 ? 0 : digit;
        };
        const int k1 = control(first, 9);
        if (k1 == 10)
            continue;
        number += QString::number(k1);
        const int k2 = control(second, 10);
        if (k2 == 10)
            continue;
        return number + QString::number(k2);
    }
    FAIL("no birth number found");
    return {};
}

template<typename T>
T *child(QWidget *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

QPushButton *saveButton(QDialog *dialog)
{
    QPushButton *save = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save);
    REQUIRE(save);
    return save;
}

void selectRow(ClientsPage &page, int row)
{
    const QModelIndex index = page.table()->model()->index(row, 0);
    page.table()->selectionModel()->setCurrentIndex(index,
                                                     QItemSelectionModel::ClearAndSelect
                                                         | QItemSelectionModel::Rows);
}

ClientEditor *openEditorFor(ClientsPage &page, qint64 clientId)
{
    REQUIRE(page.selectClient(clientId));
    QPushButton *edit = child<QPushButton>(page.detailPanel(), "editClientButton");
    REQUIRE(edit->isEnabled());
    QTest::mouseClick(edit, Qt::LeftButton);
    auto *editor = page.findChild<ClientEditor *>();
    REQUIRE(editor);
    REQUIRE(editor->isVisible());
    return editor;
}

} // namespace

TEST_CASE("The client list and contacts models pass the model tester")
{
    DemoOffice office;
    ClientsPage page;
    QAbstractItemModelTester listTester(page.listModel(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(page.proxyModel(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester contactsTester(page.detailPanel()->contactsView()->model(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester decisionsTester(page.detailPanel()->decisionsModel(),
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester historyTester(page.detailPanel()->historyModel(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);

    page.setSession(office.session.get());
    CHECK(page.listModel()->rowCount() == 36);
    REQUIRE(page.selectClient(office.clientWithContacts()));
    CHECK(page.detailPanel()->contactsView()->model()->rowCount() > 0);
    CHECK(page.detailPanel()->decisionsModel()->rowCount() > 0);
    QTest::keyClicks(page.searchField(), QStringLiteral("zzzz"));
    CHECK(page.listModel()->rowCount() == 0);
    page.searchField()->clear();
    CHECK(page.listModel()->rowCount() == 36);
    page.table()->sortByColumn(ClientListModel::BirthDateColumn, Qt::DescendingOrder);
    const QDate first = page.proxyModel()->index(0, ClientListModel::BirthDateColumn)
                            .data(ClientListModel::SortRole).toDate();
    const QDate last = page.proxyModel()->index(35, ClientListModel::BirthDateColumn)
                           .data(ClientListModel::SortRole).toDate();
    CHECK(first >= last);
}

TEST_CASE("Typing part of a family name narrows the list to matching clients")
{
    DemoOffice office;
    ClientsPage page;
    page.setSession(office.session.get());
    REQUIRE(page.listModel()->rowCount() == 36);

    const Client someone = office.client(page.listModel()->clients().at(5).id);
    const QString part = someone.familyName.left(4);
    QTest::keyClicks(page.searchField(), part);

    auto expected = ClientRepository(*office.session).search(part);
    REQUIRE(expected.ok());
    CHECK(page.listModel()->rowCount() == expected->size());
    CHECK(page.table()->model()->rowCount() == expected->size());
    CHECK(page.listModel()->rowOf(someone.id) >= 0);
    CHECK(page.listModel()->rowCount() < 36);
    const auto *count = child<QLabel>(&page, "clientCount");
    CHECK(count->text().startsWith(QString::number(expected->size()) + u' '));
}

TEST_CASE("Selecting a client fills the detail and typing on keeps the selection")
{
    DemoOffice office;
    ClientsPage page;
    page.setSession(office.session.get());
    ClientDetailPanel *detail = page.detailPanel();
    CHECK(detail->clientId() == 0);
    CHECK(child<QLabel>(&page, "clientEmptyState")->isVisibleTo(&page));

    selectRow(page, 3);
    const qint64 id = page.table()->currentIndex().data(ClientListModel::IdRole).toLongLong();
    REQUIRE(id != 0);
    CHECK(detail->clientId() == id);
    const Client client = office.client(id);
    CHECK(child<QLabel>(detail, "clientName")->text() == client.fullName());

    auto contacts = ClientRepository(*office.session).contacts(id);
    REQUIRE(contacts.ok());
    CHECK(detail->contactsView()->model()->rowCount() == contacts->size());
    DecisionFilter filter;
    filter.clientId = id;
    auto decisions = DecisionRepository(*office.session).list(filter);
    REQUIRE(decisions.ok());
    CHECK(detail->decisionsModel()->rowCount() == decisions->size());

    // The client's own family name still matches: they stay chosen.
    QTest::keyClicks(page.searchField(), client.familyName);
    CHECK(detail->clientId() == id);
    CHECK(page.table()->currentIndex().data(ClientListModel::IdRole).toLongLong() == id);
    // Nothing matches: the detail goes back to its empty state.
    QTest::keyClicks(page.searchField(), QStringLiteral("qqqq"));
    CHECK(detail->clientId() == 0);
}

TEST_CASE("Double-clicking a decision asks to open it")
{
    DemoOffice office;
    ClientsPage page;
    page.resize(1000, 700);
    page.show();
    page.setSession(office.session.get());
    selectRow(page, 0);
    page.detailPanel()->tabs()->setCurrentIndex(ClientDetailPanel::DecisionsTab);
    auto *table = child<QTableView>(&page, "clientDecisionsTable");
    REQUIRE(table->model()->rowCount() > 0);
    qint64 requested = 0;
    QObject::connect(&page, &ClientsPage::openDecisionRequested, &page,
                     [&requested](qint64 id) { requested = id; });
    const QModelIndex first = table->model()->index(0, 0);
    // An item view reports a double-click only on the item the first press landed on.
    const QPoint centre = table->visualRect(first).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centre);
    CHECK(requested == first.data(ClientDecisionsModel::IdRole).toLongLong());
    CHECK(requested != 0);
}

TEST_CASE("The editor says at once why a national ID is wrong")
{
    DemoOffice office;
    const qint64 id = office.clientWithContacts();
    const Client client = office.client(id);
    ClientEditor editor(*office.session);
    editor.setClient(client);
    auto *field = child<QLineEdit>(&editor, "nationalIdEdit");
    auto *status = child<QLabel>(&editor, "nationalIdStatus");
    auto *birthDate = child<QDateEdit>(&editor, "birthDateEdit");
    REQUIRE(client.nationalId.isEmpty());
    CHECK(birthDate->isEnabled());

    field->clear();
    QTest::keyClicks(field, QStringLiteral("31129912345"));
    NationalIdOptions options;
    options.allowSynthetic = office.session->isTestDatabase();
    options.today = office.session->today();
    const NationalIdCheck check = checkNationalId(JurisdictionCode::Norway,
                                                  QStringLiteral("31129912345"), options);
    REQUIRE_FALSE(check.valid);
    CHECK(status->text() == QStringLiteral("✗ ") + check.message);

    // Typed back right, the birth date follows from the number.
    const QDate born(1985, 3, 15);
    field->clear();
    QTest::keyClicks(field, validBirthNumber(born));
    CHECK(status->text().startsWith(QStringLiteral("✓")));
    CHECK(birthDate->date() == born);
    CHECK_FALSE(birthDate->isEnabled());
}

TEST_CASE("Saving with an empty family name shows the problem and saves nothing")
{
    DemoOffice office;
    ClientsPage page;
    page.show();
    page.setSession(office.session.get());
    const qint64 id = office.clientWithContacts();
    const Client before = office.client(id);
    const qint64 clients = office.clientCount();

    ClientEditor *editor = openEditorFor(page, id);
    auto *familyName = child<QLineEdit>(editor, "familyNameEdit");
    familyName->clear();
    QTest::mouseClick(saveButton(editor), Qt::LeftButton);

    CHECK(editor->isVisible());
    CHECK(familyName->property("invalid").toBool());
    CHECK(familyName->toolTip() == u"Enter the client's family name.");
    auto *problems = child<QLabel>(editor, "formMessageText");
    CHECK(problems->isVisibleTo(editor));
    CHECK(problems->text().contains(QStringLiteral("family name.")));
    CHECK(office.clientCount() == clients);
    CHECK(office.client(id).version == before.version);
    CHECK(office.client(id).familyName == before.familyName);

    // Typing a name again and saving clears the mark.
    QTest::keyClicks(familyName, before.familyName);
    QTest::mouseClick(saveButton(editor), Qt::LeftButton);
    CHECK_FALSE(familyName->property("invalid").toBool());
}

TEST_CASE("A valid edit saves and the History tab lists it")
{
    DemoOffice office;
    ClientsPage page;
    page.show();
    page.setSession(office.session.get());
    const qint64 id = office.clientWithContacts();
    const Client before = office.client(id);
    QString said;
    QObject::connect(&page, &Page::message, &page,
                     [&said](const QString &text, bool) { said = text; });

    ClientEditor *editor = openEditorFor(page, id);
    auto *phone = child<QLineEdit>(editor, "phoneEdit");
    phone->clear();
    QTest::keyClicks(phone, QStringLiteral("+47 912 34 567"));
    QTest::mouseClick(saveButton(editor), Qt::LeftButton);
    QApplication::processEvents();

    const Client after = office.client(id);
    CHECK(after.phone == u"+47 912 34 567");
    CHECK(after.version == before.version + 1);
    CHECK(said.contains(after.fullName()));
    CHECK(page.detailPanel()->clientId() == id);
    const ClientHistoryModel *history = page.detailPanel()->historyModel();
    REQUIRE(history->rowCount() > 0);
    const QString what = history->index(0, ClientHistoryModel::WhatColumn).data().toString();
    CHECK(what == u"Updated: phone");
    CHECK(history->index(0, ClientHistoryModel::WhoColumn).data().toString()
          == office.session->user().fullName);
    CHECK(page.listModel()->rowOf(id) >= 0);
}

TEST_CASE("A new client with a new unit is added and chosen")
{
    DemoOffice office;
    ClientsPage page;
    page.show();
    page.setSession(office.session.get());
    const qint64 clients = office.clientCount();
    REQUIRE(page.newClientButton()->isEnabled());
    QTest::mouseClick(page.newClientButton(), Qt::LeftButton);
    auto *editor = page.findChild<ClientEditor *>();
    REQUIRE(editor);
    QTest::keyClicks(child<QLineEdit>(editor, "givenNameEdit"), QStringLiteral("Ada"));
    QTest::keyClicks(child<QLineEdit>(editor, "familyNameEdit"), QStringLiteral("Aasheim"));
    auto *unit = child<QComboBox>(editor, "unitCombo");
    unit->setCurrentText(QStringLiteral("Nytt bofellesskap"));
    QTest::mouseClick(saveButton(editor), Qt::LeftButton);
    QApplication::processEvents();

    CHECK(office.clientCount() == clients + 1);
    const qint64 id = page.detailPanel()->clientId();
    REQUIRE(id != 0);
    const Client added = office.client(id);
    CHECK(added.familyName == u"Aasheim");
    CHECK(added.unitName == u"Nytt bofellesskap");
    CHECK(page.detailPanel()->historyModel()->index(0, ClientHistoryModel::WhatColumn).data()
              .toString()
          == u"Client record created");
}

TEST_CASE("Contacts are added with checks and removed after a question")
{
    DemoOffice office;
    ClientsPage page;
    page.show();
    page.setSession(office.session.get());
    const qint64 id = office.clientWithContacts();
    REQUIRE(page.selectClient(id));
    ClientContactsView *view = page.detailPanel()->contactsView();
    const int before = view->model()->rowCount();

    QTest::mouseClick(child<QPushButton>(view, "addContactButton"), Qt::LeftButton);
    auto *dialog = page.findChild<ContactDialog *>();
    REQUIRE(dialog);
    child<QCheckBox>(dialog, "receivesLettersCheck")->setChecked(true);
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    // No name and letters without an address: both said, nothing saved.
    CHECK(dialog->isVisible());
    CHECK(child<QLineEdit>(dialog, "nameEdit")->property("invalid").toBool());
    CHECK(child<QLineEdit>(dialog, "addressEdit")->property("invalid").toBool());
    CHECK(view->model()->rowCount() == before);

    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Per Hansen"));
    QTest::keyClicks(child<QLineEdit>(dialog, "addressEdit"), QStringLiteral("Storgata 1"));
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    QApplication::processEvents();
    CHECK(view->model()->rowCount() == before + 1);

    auto *table = child<QTableView>(view, "contactsTable");
    int row = -1;
    for (int i = 0; i < view->model()->rowCount(); ++i) {
        if (view->model()->contacts().at(i).name == u"Per Hansen")
            row = i;
    }
    REQUIRE(row >= 0);
    table->setCurrentIndex(table->model()->index(row, 0));
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(child<QPushButton>(view, "removeContactButton"), Qt::LeftButton);
    CHECK(view->model()->rowCount() == before + 1);
    table->setCurrentIndex(table->model()->index(row, 0));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(view, "removeContactButton"), Qt::LeftButton);
    CHECK(view->model()->rowCount() == before);
    CHECK(page.detailPanel()->historyModel()->index(0, ClientHistoryModel::WhatColumn).data()
              .toString()
          == u"Contact removed: Per Hansen");
}

TEST_CASE("A read-only user cannot add or change clients")
{
    DemoOffice office;
    const Status added = office.database->write([](QSqlDatabase &db) -> Status {
        auto inserted = sql::run(db,
                                 QStringLiteral("INSERT INTO staff_users(username, full_name, "
                                                "role) VALUES ('lesa', 'Lesa Leser', "
                                                "'readonly')"));
        return inserted ? Status(Ok{}) : Status(inserted.error());
    });
    REQUIRE(added.ok());
    REQUIRE(office.session->switchUser(QStringLiteral("lesa")).ok());
    REQUIRE(office.session->user().role == Role::ReadOnly);

    ClientsPage page;
    page.show();
    page.setSession(office.session.get());
    CHECK_FALSE(page.newClientButton()->isEnabled());
    REQUIRE(page.selectClient(office.clientWithContacts()));
    CHECK_FALSE(child<QPushButton>(page.detailPanel(), "editClientButton")->isEnabled());
    ClientContactsView *view = page.detailPanel()->contactsView();
    CHECK_FALSE(child<QPushButton>(view, "addContactButton")->isEnabled());
    child<QTableView>(view, "contactsTable")->setCurrentIndex(view->model()->index(0, 0));
    CHECK_FALSE(child<QPushButton>(view, "removeContactButton")->isEnabled());

    // The editor itself refuses too, should it be reached some other way.
    ClientEditor editor(*office.session);
    editor.setClient(office.client(office.clientWithContacts()));
    CHECK_FALSE(editor.isEditable());
    CHECK_FALSE(saveButton(&editor)->isEnabled());
}

// Not run by CTest (hidden tag): the clients page, the client editor and the contact dialog in
// every language. FREMDRIFT_SCREENSHOTS=/tmp/shots tests/test_clients_ui "[.screenshots]"
TEST_CASE("Screenshots of the clients page and editor in every language", "[.screenshots]")
{
    test::forEveryLanguage([](const QString &language, const QString &path, const QString &folder) {
        MainWindow window;
        test::showForScreenshots(window, language, path);
        window.showPage(PageId::Clients);
        auto *page = static_cast<ClientsPage *>(window.page(PageId::Clients));
        test::saveShot(&window, folder, language, QStringLiteral("clients-empty"));

        selectRow(*page, 2);
        const auto shoot = [&](ClientDetailPanel::Tab tab, const QString &suffix) {
            page->detailPanel()->tabs()->setCurrentIndex(tab);
            test::saveShot(&window, folder, language, QStringLiteral("clients-") + suffix);
        };
        shoot(ClientDetailPanel::DetailsTab, QStringLiteral("details"));
        shoot(ClientDetailPanel::PeopleTab, QStringLiteral("people"));
        shoot(ClientDetailPanel::DecisionsTab, QStringLiteral("decisions"));
        shoot(ClientDetailPanel::HistoryTab, QStringLiteral("history"));

        ClientEditor *editor = page->detailPanel()->openEditor(page->detailPanel()->client());
        REQUIRE(editor);
        test::saveShot(editor, folder, language, QStringLiteral("client-editor"));
        child<QLineEdit>(editor, "familyNameEdit")->clear();
        auto *nationalId = child<QLineEdit>(editor, "nationalIdEdit");
        nationalId->setText(nationalId->text().left(nationalId->text().size() - 1)
                            + QStringLiteral("0"));
        editor->save();
        test::saveShot(editor, folder, language, QStringLiteral("client-editor-problems"));
        editor->reject();

        ContactDialog contact(*window.session(), &window);
        Contact someone;
        someone.clientId = page->detailPanel()->clientId();
        someone.receivesLetters = true;
        contact.setContact(someone);
        contact.show();
        contact.save();
        test::saveShot(&contact, folder, language, QStringLiteral("contact"));
    });
}
