// Fresh views: the main window notices another process's commits and lists again in place;
// the status bar and Help speak about shared files.

#include "clients/clientdetailpanel.h"
#include "clients/clientlistmodel.h"
#include "clients/clientspage.h"
#include "decisions/decisionlistmodel.h"
#include "decisions/decisionspage.h"
#include "demo/demodata.h"
#include "mainwindow.h"
#include "storage/changewatcher.h"
#include "storage/filelocation.h"
#include "support/process.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace fremdrift;
using fremdrift::test::Scratch;

namespace {

// A demo office's file, closed, for the window to open.
QString demoFile(Scratch &scratch)
{
    auto database = scratch.createDatabase(QStringLiteral("office.sqlite"));
    REQUIRE(database);
    REQUIRE(fillWithDemoData(*database).ok());
    return scratch.path(QStringLiteral("office.sqlite"));
}

void addClientFromAnotherProcess(const QString &path, const QString &name)
{
    test::addClientFromAnotherProcess(QStringLiteral(FREMDRIFT_CLI_PATH), path, name);
}

qint64 idAt(QTableView *view, int row, int idRole)
{
    return view->model()->index(row, 0).data(idRole).toLongLong();
}

} // namespace

TEST_CASE("The clients list refreshes after another process commits and keeps the selection",
          "[shared][gui]")
{
    Scratch scratch;
    const QString path = demoFile(scratch);
    MainWindow window;
    window.resize(900, 500);
    window.show();
    REQUIRE(window.openDatabase(path));
    REQUIRE(window.changeWatcher());
    window.changeWatcher()->setInterval(50);
    window.showPage(PageId::Clients);
    auto *page = static_cast<ClientsPage *>(window.page(PageId::Clients));
    QTableView *table = page->table();
    const int before = page->listModel()->rowCount();
    REQUIRE(before > 10);

    // A client far down the list, scrolled to.
    const int row = before - 3;
    const qint64 chosen = idAt(table, row, ClientListModel::IdRole);
    REQUIRE(page->selectClient(chosen));
    QScrollBar *scrollBar = table->verticalScrollBar();
    REQUIRE(scrollBar->maximum() > 1); // the list is longer than the window
    const int scroll = scrollBar->maximum() - 1;
    scrollBar->setValue(scroll);

    addClientFromAnotherProcess(path, QStringLiteral("Aaron Aasen"));
    REQUIRE(QTest::qWaitFor([&] { return page->listModel()->rowCount() == before + 1; }, 3000));

    // The newcomer is listed, the same client is still chosen and the list has not jumped.
    CHECK(page->detailPanel()->clientId() == chosen);
    CHECK(table->currentIndex().data(ClientListModel::IdRole).toLongLong() == chosen);
    CHECK(table->selectionModel()->isRowSelected(table->currentIndex().row(), QModelIndex()));
    CHECK(scrollBar->value() == scroll);
    bool listed = false;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        listed = listed
                 || table->model()->index(r, 0).data().toString().contains(
                     QStringLiteral("Aasen"));
    CHECK(listed);
}

TEST_CASE("Our own saves do not make the window list again", "[shared][gui]")
{
    Scratch scratch;
    const QString path = demoFile(scratch);
    MainWindow window;
    REQUIRE(window.openDatabase(path));
    window.changeWatcher()->setInterval(50);
    window.showPage(PageId::Clients);
    auto *page = static_cast<ClientsPage *>(window.page(PageId::Clients));
    int resets = 0;
    QObject::connect(page->listModel(), &QAbstractItemModel::modelReset, page, [&] { ++resets; });
    REQUIRE(window.database()->setSetting(QStringLiteral("office_name"), QStringLiteral("Ours"))
                .ok());
    QTest::qWait(300);
    CHECK(resets == 0);
}

TEST_CASE("The decisions list refreshes in place when shown after another process commits",
          "[shared][gui]")
{
    Scratch scratch;
    const QString path = demoFile(scratch);
    MainWindow window;
    window.resize(900, 500);
    window.show();
    REQUIRE(window.openDatabase(path));
    window.changeWatcher()->setInterval(50);
    window.showPage(PageId::Decisions);
    auto *page = static_cast<DecisionsPage *>(window.page(PageId::Decisions));
    QTableView *view = page->view();
    REQUIRE(view->model()->rowCount() > 3);
    const int row = view->model()->rowCount() - 2;
    view->selectRow(row);
    const qint64 chosen = idAt(view, row, DecisionListModel::IdRole);
    REQUIRE(chosen != 0);
    QScrollBar *scrollBar = view->verticalScrollBar();
    const int scroll = scrollBar->value();

    // While another page is in view the decisions page only notes that it is out of date.
    window.showPage(PageId::Overview);
    int resets = 0;
    QObject::connect(page->model(), &QAbstractItemModel::modelReset, page, [&] { ++resets; });
    addClientFromAnotherProcess(path, QStringLiteral("Berit Bakke"));
    QTest::qWait(400);
    CHECK(resets == 0);

    window.showPage(PageId::Decisions);
    CHECK(resets == 1);
    CHECK(view->currentIndex().data(DecisionListModel::IdRole).toLongLong() == chosen);
    CHECK(scrollBar->value() == scroll);
}

TEST_CASE("The status bar names a network drive and Help explains shared databases",
          "[shared][gui]")
{
    Scratch scratch;
    const QString path = demoFile(scratch);
    setFileSystemProbeForTests(
        [](const QString &) { return FileSystemType{0xFF534D42, QStringLiteral("cifs"), false}; });
    MainWindow window;
    const bool opened = window.openDatabase(path);
    setFileSystemProbeForTests({});
    REQUIRE(opened);
    auto *label = window.findChild<QLabel *>(QStringLiteral("statusNetwork"));
    REQUIRE(label);
    CHECK_FALSE(label->isHidden());
    CHECK(label->text() == QStringLiteral("Network drive"));
    CHECK(label->toolTip().contains(QStringLiteral("rollback journal")));

    QAction *help = nullptr;
    for (QAction *action : window.menuBar()->findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("&Shared databases…"))
            help = action;
    }
    REQUIRE(help);
    help->trigger();
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("sharedDatabaseHelp"));
    REQUIRE(box);
    CHECK(box->text().contains(QStringLiteral("PostgreSQL")));
    CHECK(box->text().contains(QStringLiteral("cloud-sync")));
    CHECK(box->text().contains(QStringLiteral("network drive")));
    box->close();

    // On a local disk there is nothing to say.
    REQUIRE(window.openDatabase(path));
    CHECK(label->isHidden());
}
