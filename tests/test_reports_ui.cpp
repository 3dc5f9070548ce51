// The Reports page's Audit log tab, driven through its widgets (offscreen): the administrator's
// view of the audit trail, the chain check and the access report as a PDF.
#include "mainwindow.h"
#include "reports/auditlogmodel.h"
#include "reports/reportspage.h"
#include "repository/clientrepository.h"
#include "storage/audittrail.h"
#include "support/casefixture.h"
#include "support/process.h"
#include "support/screenshots.h"
#include "widgets/optionaldateedit.h"
#include "workflow/accesslog.h"
#include "workflow/session.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

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

// Kari changes the fixture's client's phone number: an "update" row about the client.
void changeClient(CaseFixture &f)
{
    f.actAs(QStringLiteral("kari"));
    ClientRepository clients(*f.session);
    auto client = clients.get(f.clientId);
    REQUIRE(client.ok());
    client->phone = QStringLiteral("912 34 567");
    REQUIRE(clients.save(*client).ok());
}

// A second client, changed by Liv.
qint64 addOtherClient(CaseFixture &f)
{
    f.actAs(QStringLiteral("liv"));
    Client other;
    other.givenName = QStringLiteral("Berit");
    other.familyName = QStringLiteral("Lunde");
    auto saved = ClientRepository(*f.session).save(other);
    REQUIRE(saved.ok());
    return saved->id;
}

qint64 userId(CaseFixture &f, const QString &username)
{
    auto users = f.session->users();
    REQUIRE(users.ok());
    for (const StaffUser &user : std::as_const(*users)) {
        if (user.username == username)
            return user.id;
    }
    FAIL(QString(QStringLiteral("no user ") + username).toStdString());
    return 0;
}

void chooseUser(ReportsPage &page, qint64 id)
{
    auto *combo = child<QComboBox>(page, "userFilter");
    const int index = combo->findData(id);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

QStringList column(const AuditLogModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data().toString();
    return values;
}

QString lastMessage(const QSignalSpy &spy)
{
    REQUIRE_FALSE(spy.isEmpty());
    return spy.last().at(0).toString();
}

} // namespace

TEST_CASE("The audit log model shows readable rows and passes the model tester")
{
    AuditLogModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    AuditRecord record;
    record.id = 7;
    record.at = QStringLiteral("2026-03-02T09:15:00.000Z");
    record.userName = QStringLiteral("Kari Caseworker");
    record.host = QStringLiteral("PC-17");
    record.action = QStringLiteral("update");
    record.entity = QStringLiteral("client");
    record.clientId = 4;
    record.detail = QJsonObject{
        {QStringLiteral("phone"), QJsonArray{QStringLiteral("1"), QStringLiteral("2")}}};
    AuditRecord other = record;
    other.id = 8;
    other.clientId.reset();
    other.action = QStringLiteral("set_password");
    other.entity = QStringLiteral("staff_user");
    other.detail = {};
    model.setRecords({record, other}, {{4, QStringLiteral("Åsmund Ødegård")}});
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0, AuditLogModel::ActionColumn).data().toString() == u"Changed");
    CHECK(model.index(0, AuditLogModel::EntityColumn).data().toString() == u"Client");
    CHECK(model.index(0, AuditLogModel::ClientColumn).data().toString() == u"Åsmund Ødegård");
    CHECK(model.index(0, AuditLogModel::HostColumn).data().toString() == u"PC-17");
    CHECK(model.index(0, AuditLogModel::DetailColumn).data().toString() == u"phone: 1 → 2");
    CHECK(model.index(0, 0).data(AuditLogModel::ClientIdRole).toLongLong() == 4);
    const QDateTime local = QDateTime(QDate(2026, 3, 2), QTime(9, 15), Qt::UTC).toLocalTime();
    CHECK(model.index(0, AuditLogModel::TimeColumn).data().toString()
          == QLocale().toString(local, QLocale::ShortFormat));
    CHECK(model.index(1, AuditLogModel::ClientColumn).data().toString().isEmpty());
    CHECK(model.index(1, AuditLogModel::ActionColumn).data().toString() == u"Set the password");
    CHECK_FALSE(model.index(1, 0).data(AuditLogModel::ClientIdRole).isValid());
    // A long detail is cut short in the cell and whole in the tooltip.
    QJsonObject longDetail;
    longDetail.insert(QStringLiteral("notes"),
                      QJsonArray{QString(200, QLatin1Char('a')), QString(200, QLatin1Char('b'))});
    record.detail = longDetail;
    model.setRecords({record});
    CHECK(model.index(0, AuditLogModel::DetailColumn).data().toString().size() <= 90);
    CHECK(model.index(0, AuditLogModel::DetailColumn).data(Qt::ToolTipRole).toString().size()
          > 400);
    model.setRecords({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("As administrator the audit log lists a client change and filters by user and client")
{
    CaseFixture f;
    changeClient(f);
    const qint64 otherId = addOtherClient(f);
    f.actAs(QStringLiteral("admin"));

    ReportsPage page;
    QSignalSpy messages(&page, &Page::message);
    page.setSession(f.session.get());
    CHECK(page.mayAudit());
    CHECK_FALSE(page.deniedLabel()->isVisibleTo(&page));
    AuditLogModel *model = page.model();
    REQUIRE(model->rowCount() >= 3);

    // Kari's change of the phone number is there, newest rows first.
    bool found = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const AuditRecord *record = model->record(row);
        if (record->action == u"update" && record->clientId == f.clientId) {
            found = true;
            CHECK(model->index(row, AuditLogModel::UserColumn).data().toString()
                  == u"Kari Caseworker");
            CHECK(model->index(row, AuditLogModel::ClientColumn).data().toString()
                  == u"Åsmund Ødegård");
            CHECK(model->index(row, AuditLogModel::DetailColumn)
                      .data()
                      .toString()
                      .contains(QStringLiteral("912 34 567")));
        }
    }
    CHECK(found);
    CHECK(model->records().first().id > model->records().last().id);

    // Only Liv's rows, then only Kari's.
    chooseUser(page, userId(f, QStringLiteral("liv")));
    REQUIRE(model->rowCount() >= 1);
    CHECK(column(*model, AuditLogModel::UserColumn).removeAll(QStringLiteral("Liv Leader"))
          == model->rowCount());
    chooseUser(page, userId(f, QStringLiteral("kari")));
    REQUIRE(model->rowCount() >= 1);
    CHECK(column(*model, AuditLogModel::UserColumn).removeAll(QStringLiteral("Kari Caseworker"))
          == model->rowCount());
    child<QComboBox>(page, "userFilter")->setCurrentIndex(0); // everyone
    const int everyone = model->rowCount();

    // The client is found by typing and chosen from the list.
    auto *clientEdit = child<QLineEdit>(page, "clientEdit");
    QTest::keyClicks(clientEdit, QStringLiteral("lunde"));
    REQUIRE(clientEdit->completer()->model()->rowCount() == 1);
    QTest::keyClick(clientEdit, Qt::Key_Return);
    REQUIRE(page.chosenClientId() == otherId);
    CHECK(clientEdit->text() == u"Berit Lunde");
    REQUIRE(model->rowCount() >= 1);
    CHECK(column(*model, AuditLogModel::ClientColumn).removeAll(QStringLiteral("Berit Lunde"))
          == model->rowCount());
    CHECK(page.reportClientId() == otherId);
    CHECK(child<QPushButton>(page, "savePdfButton")->isEnabled());

    page.chooseClient(f.clientId);
    CHECK(page.filter().clientId == f.clientId);
    CHECK(column(*model, AuditLogModel::ClientColumn).removeAll(QStringLiteral("Åsmund Ødegård"))
          == model->rowCount());

    // Clearing the box shows every client again.
    clientEdit->selectAll();
    QTest::keyClick(clientEdit, Qt::Key_Delete);
    CHECK_FALSE(page.chosenClientId());
    CHECK(model->rowCount() == everyone);
    CHECK_FALSE(child<QPushButton>(page, "savePdfButton")->isEnabled());

    // Days: everything happened on the real today, none of it tomorrow.
    auto *from = child<OptionalDateEdit>(page, "fromEdit");
    from->setOptionalDate(QDate::currentDate().addDays(1));
    CHECK(model->rowCount() == 0);
    from->clear();
    child<OptionalDateEdit>(page, "toEdit")->setOptionalDate(QDate::currentDate());
    CHECK(model->rowCount() == everyone);
    CHECK(page.filter().to == QDate::currentDate());

    // The chain holds.
    QTest::mouseClick(child<QPushButton>(page, "verifyButton"), Qt::LeftButton);
    CHECK(lastMessage(messages).contains(QStringLiteral("chain holds")));
    CHECK_FALSE(messages.last().at(1).toBool());
}

TEST_CASE("A broken audit chain is reported as an error")
{
    CaseFixture f;
    changeClient(f);
    const QString path = f.db->path();
    f.session.reset();
    f.db.reset();
    test::withRawConnection(path, [](QSqlDatabase &raw) {
        test::rawExec(raw, QStringLiteral("DROP TRIGGER audit_log_no_update"));
        test::rawExec(raw,
                      QStringLiteral("UPDATE audit_log SET user_name = 'Nobody' WHERE id = 3"));
    });
    auto db = Database::open(path);
    REQUIRE(db.ok());
    auto session = Session::start(**db, QStringLiteral("admin"));
    REQUIRE(session.ok());
    ReportsPage page;
    QSignalSpy messages(&page, &Page::message);
    page.setSession(session->get());
    const auto check = page.checkChain();
    REQUIRE(check);
    CHECK_FALSE(check->intact);
    CHECK(check->firstBrokenId == 3);
    CHECK(lastMessage(messages).contains(QStringLiteral("broken at row 3")));
    CHECK(messages.last().at(1).toBool());
}

TEST_CASE("A caseworker sees that only administrators can see the audit log and no data")
{
    CaseFixture f;
    changeClient(f);
    ReportsPage page;
    QSignalSpy messages(&page, &Page::message);
    page.setSession(f.session.get()); // kari
    CHECK_FALSE(page.mayAudit());
    CHECK(page.deniedLabel()->isVisibleTo(&page));
    CHECK(page.deniedLabel()->text() == u"Only administrators can see the audit log.");
    CHECK_FALSE(page.view()->isVisibleTo(&page));
    CHECK(page.model()->rowCount() == 0);
    CHECK(child<QComboBox>(page, "userFilter")->count() == 0);
    // Driven anyway, nothing comes out: core refuses.
    page.chooseClient(f.clientId);
    CHECK(page.model()->rowCount() == 0);
    const QString pdf = f.scratch.path(QStringLiteral("refused.pdf"));
    CHECK_FALSE(page.savePdf(pdf));
    CHECK_FALSE(QFile::exists(pdf));
    CHECK_FALSE(page.checkChain());
    CHECK(lastMessage(messages).contains(QStringLiteral("administrator")));

    // The administrator logs in on the same page: the log is there.
    f.actAs(QStringLiteral("admin"));
    page.setSession(f.session.get());
    CHECK_FALSE(page.deniedLabel()->isVisibleTo(&page));
    CHECK(page.model()->rowCount() > 0);
    // And a reader is refused like the caseworker, also when the same session changes hands.
    f.actAs(QStringLiteral("rolf"));
    page.refresh(f.session.get());
    CHECK(page.deniedLabel()->isVisibleTo(&page));
    CHECK(page.model()->rowCount() == 0);
}

TEST_CASE("Save as PDF writes the selected client's access report")
{
    CaseFixture f;
    REQUIRE(AccessLog::logRecordOpened(*f.session, f.clientId).ok());
    changeClient(f);
    f.actAs(QStringLiteral("admin"));
    ReportsPage page;
    page.setSession(f.session.get());
    // No client chosen and no row selected: nothing to report on.
    CHECK(page.reportClientId() == 0);
    CHECK_FALSE(child<QPushButton>(page, "accessReportButton")->isEnabled());
    // A row about the client is selected.
    int row = 0;
    while (row < page.model()->rowCount() && page.model()->record(row)->clientId != f.clientId)
        ++row;
    REQUIRE(row < page.model()->rowCount());
    page.view()->selectRow(row);
    CHECK(page.reportClientId() == f.clientId);
    CHECK(child<QPushButton>(page, "accessReportButton")->isEnabled());

    const QString pdf = f.scratch.path(QStringLiteral("access report.pdf"));
    REQUIRE(page.savePdf(pdf));
    REQUIRE(QFile(pdf).size() > 0);
    CHECK(test::readAll(pdf).startsWith("%PDF"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    REQUIRE_FALSE(pdftotext.isEmpty());
    const test::ProcessRun text = test::runProcess(pdftotext, {pdf, QStringLiteral("-")});
    REQUIRE(text.exitCode == 0);
    const QString words = QString::fromUtf8(text.out);
    INFO(words.toStdString());
    CHECK(words.contains(QStringLiteral("Åsmund")));
    CHECK(words.contains(QStringLiteral("Ødegård")));
    CHECK(words.contains(QStringLiteral("Kari Caseworker")));
}

TEST_CASE("The main window shows the Reports page")
{
    MainWindow window;
    CHECK(qobject_cast<ReportsPage *>(window.page(PageId::Reports)));
}

// Not run by default: saves the page in every language, for a person to look at.
// FREMDRIFT_SCREENSHOTS=/tmp/shots tests/test_reports_ui "[.screenshots]"
TEST_CASE("Screenshots of the reports page", "[.screenshots]")
{
    test::forEveryLanguage([](const QString &language, const QString &path, const QString &folder) {
        MainWindow window;
        test::showForScreenshots(window, language, path);
        Session &session = *window.session();
        auto *page = qobject_cast<ReportsPage *>(window.page(PageId::Reports));
        REQUIRE(page);
        // As someone who may not see the log first, then as the administrator.
        auto users = session.users();
        REQUIRE(users.ok());
        QString admin;
        QString caseworker;
        for (const StaffUser &user : std::as_const(*users)) {
            if (user.role == Role::Administrator && admin.isEmpty())
                admin = user.username;
            if (user.role == Role::Caseworker && caseworker.isEmpty())
                caseworker = user.username;
        }
        REQUIRE_FALSE(admin.isEmpty());
        REQUIRE_FALSE(caseworker.isEmpty());
        window.showPage(PageId::Reports);
        REQUIRE(session.switchUser(caseworker).ok());
        page->setSession(&session);
        test::saveShot(&window, folder, language, QStringLiteral("reports-denied"));

        REQUIRE(session.switchUser(admin).ok());
        page->setSession(&session);
        test::saveShot(&window, folder, language, QStringLiteral("reports-audit-log"));
        auto clients = ClientRepository(session).search(QString(), 1);
        REQUIRE(clients.ok());
        REQUIRE_FALSE(clients->isEmpty());
        page->chooseClient(clients->first().id);
        test::saveShot(&window, folder, language, QStringLiteral("reports-audit-log-client"));
    });
}
