#include "clients/clientspage.h"
#include "decisions/decisionspage.h"
#include "demo/demodata.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "newdatabasedialog.h"
#include "pages/overviewpage.h"
#include "storage/sql.h"
#include "support/screenshots.h"
#include "support/testsupport.h"
#include "tablesummarymodel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>

using namespace fremdrift;
using fremdrift::test::Scratch;

namespace {

QString statusText(const MainWindow &window, const char *name)
{
    const auto *label = window.findChild<QLabel *>(QString::fromLatin1(name));
    REQUIRE(label);
    return label->text();
}

} // namespace

TEST_CASE("The window opens a database and visits every page")
{
    Scratch scratch;
    {
        auto db = scratch.createDatabase(QStringLiteral("demo.sqlite"), JurisdictionCode::Sweden);
        REQUIRE(fillWithDemoData(*db).ok());
    }
    MainWindow window;
    QAbstractItemModelTester navigationTester(window.navigationModel(),
                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto *overview = static_cast<OverviewPage *>(window.page(PageId::Overview));
    QAbstractItemModelTester summaryTester(overview->summaryModel(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);

    REQUIRE(window.openDatabase(scratch.path(QStringLiteral("demo.sqlite"))));
    window.show();
    QApplication::processEvents();

    CHECK(window.navigationModel()->rowCount() == int(NavigationModel::pages().size()));
    for (PageId id : NavigationModel::pages()) {
        window.showPage(id);
        QApplication::processEvents();
        CHECK(window.currentPage() == id);
        CHECK_FALSE(window.grab().isNull());
    }

    // The overview counts what the demo put in.
    const auto *summary = overview->summaryModel();
    REQUIRE(summary->rowCount() > 0);
    CHECK(summary->index(0, TableSummaryModel::KindColumn).data().toString() == u"Clients");
    CHECK(summary->index(0, TableSummaryModel::CountColumn).data().toString() == u"36");

    CHECK(statusText(window, "statusJurisdiction").contains(QStringLiteral("Sweden")));
    CHECK(statusText(window, "statusAccess") == u"Editable");
    CHECK(window.windowTitle().contains(QStringLiteral("demo.sqlite")));
}

TEST_CASE("A bad file is refused in the message bar and the open database stays")
{
    Scratch scratch;
    scratch.createDatabase(QStringLiteral("good.sqlite")).reset();
    const QString junk = scratch.path(QStringLiteral("junk.sqlite"));
    test::writeAll(junk, QByteArray(4096, 'x'));

    MainWindow window;
    REQUIRE(window.openDatabase(scratch.path(QStringLiteral("good.sqlite"))));
    CHECK_FALSE(window.openDatabase(junk));
    CHECK(window.messageBar()->kind() == MessageBar::Kind::Error);
    window.show();
    CHECK(window.messageBar()->text().contains(QStringLiteral("not an SQLite")));
    REQUIRE(window.database());
    CHECK(window.database()->path().endsWith(QStringLiteral("good.sqlite")));
    CHECK(test::readAll(junk) == QByteArray(4096, 'x'));
}

TEST_CASE("A read-only database shows why and the status bar says read-only")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("newer.sqlite"));
    scratch.createDatabase(QStringLiteral("newer.sqlite")).reset();
    test::withRawConnection(path, [](QSqlDatabase &db) {
        test::rawExec(db, QStringLiteral("PRAGMA user_version = 999"));
    });

    MainWindow window;
    window.show();
    REQUIRE(window.openDatabase(path));
    CHECK(window.database()->isReadOnly());
    CHECK(window.messageBar()->kind() == MessageBar::Kind::Warning);
    CHECK(window.messageBar()->text().contains(QStringLiteral("newer version")));
    CHECK(statusText(window, "statusAccess") == u"Read-only");
}

TEST_CASE("The new-database dialog will not accept a file that exists or a missing folder")
{
    Scratch scratch;
    const QString existing = scratch.path(QStringLiteral("taken.sqlite"));
    test::writeAll(existing, "x");

    NewDatabaseDialog dialog;
    dialog.setPath(existing);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    const auto labels = dialog.findChildren<QLabel *>(QStringLiteral("errorLabel"));
    REQUIRE(labels.size() == 1);
    CHECK(labels.first()->text().contains(QStringLiteral("already a file")));

    dialog.setPath(scratch.path(QStringLiteral("no/such/folder/db.sqlite")));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(labels.first()->text().contains(QStringLiteral("does not exist")));

    dialog.setPath(scratch.path(QStringLiteral("fresh.sqlite")));
    dialog.setJurisdiction(JurisdictionCode::Denmark);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.jurisdiction() == JurisdictionCode::Denmark);
}

TEST_CASE("Creating from the window fills demo data when asked in one go")
{
    Scratch scratch;
    MainWindow window;
    Database::CreateOptions options;
    options.jurisdiction = JurisdictionCode::Norway;
    REQUIRE(window.createDatabase(scratch.path(QStringLiteral("first.sqlite")), options, true));
    auto counts = window.database()->rowCounts();
    REQUIRE(counts.ok());
    CHECK(counts->value(QStringLiteral("clients")) == 36);
    // One to three decisions each, the older ones replaced, with one or two services each.
    CHECK(counts->value(QStringLiteral("decisions")) >= 36);
    CHECK(counts->value(QStringLiteral("decisions")) <= 3 * 36);
    CHECK(counts->value(QStringLiteral("decision_services")) >= counts->value(QStringLiteral("decisions")));
    CHECK(counts->value(QStringLiteral("units")) == 3);
    CHECK(window.database()->check().sound);
    auto office = window.database()->setting(QStringLiteral("office_name"));
    REQUIRE(office.ok());
    CHECK(office->contains(QStringLiteral("Nordby")));
}

// Not run by CTest (hidden tag): saves every page and dialog in every language for a person to
// look at. FREMDRIFT_SCREENSHOTS=/tmp/shots tests/test_gui_smoke "[.screenshots]"
TEST_CASE("Screenshots of every page in every language", "[.screenshots]")
{
    test::forEveryLanguage([](const QString &language, const QString &path, const QString &folder) {
        MainWindow window;
        test::showForScreenshots(window, language, path);
        for (PageId id : NavigationModel::pages()) {
            window.showPage(id);
            test::saveShot(&window, folder, language, NavigationModel::key(id));
        }
        window.openDatabase(QFileInfo(path).dir().filePath(QStringLiteral("missing.sqlite")));
        test::saveShot(&window, folder, language, QStringLiteral("error"));

        NewDatabaseDialog dialog;
        dialog.setPath(path);
        dialog.show();
        dialog.accept(); // shows the inline error: the file exists
        test::saveShot(&dialog, folder, language, QStringLiteral("new-database"));
    });
}

TEST_CASE("A decision opened from a client's record opens in the decision editor")
{
    Scratch scratch;
    {
        auto db = scratch.createDatabase(QStringLiteral("demo.sqlite"));
        REQUIRE(fillWithDemoData(*db).ok());
    }
    MainWindow window;
    REQUIRE(window.openDatabase(scratch.path(QStringLiteral("demo.sqlite"))));
    auto *clients = static_cast<ClientsPage *>(window.page(PageId::Clients));
    auto *decisions = static_cast<DecisionsPage *>(window.page(PageId::Decisions));
    REQUIRE(decisions->openEditors().isEmpty());
    emit clients->openDecisionRequested(1);
    QApplication::processEvents();
    CHECK(decisions->openEditors().size() == 1);
}
