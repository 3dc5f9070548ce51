// The login dialog, switching the acting user and changing one's password, offscreen.
#include "login/logindialog.h"
#include "login/passworddialog.h"
#include "mainwindow.h"
#include "pages/settingspage.h"
#include "security/accounts.h"
#include "support/screenshots.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QLabel>

using namespace fremdrift;
using fremdrift::test::Scratch;

namespace {

const QString AdminPassword = QStringLiteral("admin-secret-1");
const QString KariPassword = QStringLiteral("kari-secret-1");

// An office file with an administrator ("admin") and caseworker "kari", both with passwords;
// closed again, for the window to open.
QString makeOffice(Scratch &scratch)
{
    auto db = scratch.createDatabase(QStringLiteral("office.sqlite"));
    auto session = Session::start(*db, QStringLiteral("admin"));
    REQUIRE(session.ok());
    REQUIRE(Accounts::setPassword(**session, {}, {}, AdminPassword).ok());
    REQUIRE(Accounts::addUser(**session,
                              {QStringLiteral("kari"), QStringLiteral("Kari Nordmann"),
                               Role::Caseworker, KariPassword, {}})
                .ok());
    return db->path();
}

QString statusUser(const MainWindow &window)
{
    const auto *label = window.findChild<QLabel *>(QStringLiteral("statusUser"));
    REQUIRE(label);
    return label->text();
}

} // namespace

TEST_CASE("The login dialog refuses a wrong password and the window acts as who logged in")
{
    Scratch scratch;
    const QString path = makeOffice(scratch);
    bool asked = false;
    LoginDialog::answerNextWith([&](LoginDialog &dialog) {
        asked = true;
        dialog.setUsername(QStringLiteral("kari"));
        dialog.setPassword(QStringLiteral("not-her-password"));
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(dialog.message().contains(QStringLiteral("password is wrong")));
        dialog.setPassword(KariPassword);
        return true;
    });
    MainWindow window;
    REQUIRE(window.openDatabase(path));
    CHECK(asked);
    REQUIRE(window.session());
    CHECK(window.session()->user().username == u"kari");
    CHECK(statusUser(window).contains(QStringLiteral("Kari Nordmann")));
}

TEST_CASE("Cancelling the login leaves the database closed")
{
    Scratch scratch;
    const QString path = makeOffice(scratch);
    LoginDialog::answerNextWith([](LoginDialog &) { return false; });
    MainWindow window;
    CHECK_FALSE(window.openDatabase(path));
    CHECK(window.database() == nullptr);
    CHECK(window.session() == nullptr);
}

TEST_CASE("A lone user opens the database without a login")
{
    Scratch scratch;
    const QString path = scratch.createDatabase(QStringLiteral("laptop.sqlite"))->path();
    bool asked = false;
    LoginDialog::answerNextWith([&](LoginDialog &) {
        asked = true;
        return false;
    });
    MainWindow window;
    REQUIRE(window.openDatabase(path));
    CHECK_FALSE(asked);
    LoginDialog::answerNextWith(nullptr);
    CHECK(window.session()->user().role == Role::Administrator);
}

TEST_CASE("Working as another user in Settings takes that user's password")
{
    Scratch scratch;
    const QString path = makeOffice(scratch);
    LoginDialog::answerNextWith([](LoginDialog &dialog) {
        dialog.setUsername(QStringLiteral("kari"));
        dialog.setPassword(KariPassword);
        return true;
    });
    MainWindow window;
    REQUIRE(window.openDatabase(path));
    window.showPage(PageId::Settings);
    QComboBox *users = nullptr;
    for (QComboBox *combo : window.page(PageId::Settings)->findChildren<QComboBox *>()) {
        if (combo->findData(QStringLiteral("admin")) >= 0)
            users = combo;
    }
    REQUIRE(users);
    const int admin = users->findData(QStringLiteral("admin"));

    LoginDialog::answerNextWith([](LoginDialog &dialog) {
        dialog.setPassword(KariPassword); // not the administrator's
        return true; // OK is refused; the dialog's own answer is then Cancel
    });
    users->setCurrentIndex(admin);
    emit users->activated(admin);
    CHECK(window.session()->user().username == u"kari");
    CHECK(users->currentData().toString() == u"kari");

    LoginDialog::answerNextWith([](LoginDialog &dialog) {
        dialog.setPassword(AdminPassword);
        return true;
    });
    users->setCurrentIndex(admin);
    emit users->activated(admin);
    CHECK(window.session()->user().username == u"admin");
    CHECK(statusUser(window).contains(roleName(Role::Administrator)));
}

TEST_CASE("The change password dialog needs the current password")
{
    Scratch scratch;
    const QString path = makeOffice(scratch);
    auto db = Database::open(path);
    REQUIRE(db.ok());
    auto session = Session::start(**db, QStringLiteral("kari"));
    REQUIRE(session.ok());
    const QString newPassword = QStringLiteral("kari-secret-2");
    PasswordDialog::answerNextWith([&](PasswordDialog &dialog) {
        dialog.setOldPassword(QStringLiteral("not-it-at-all"));
        dialog.setNewPassword(newPassword, newPassword);
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(dialog.message().contains(QStringLiteral("current password is wrong")));
        dialog.setOldPassword(KariPassword);
        dialog.setNewPassword(newPassword, QStringLiteral("kari-secret-3"));
        dialog.accept();
        CHECK(dialog.message().contains(QStringLiteral("differ")));
        dialog.setNewPassword(newPassword, newPassword);
        return true;
    });
    CHECK(PasswordDialog::ask(nullptr, **session));
    CHECK(Accounts::login(**db, QStringLiteral("kari"), newPassword).ok());
}

// Not run by CTest (hidden tag): the login dialog, with a refusal showing, in every language.
// FREMDRIFT_SCREENSHOTS=/tmp/shots tests/test_login_ui "[.screenshots]"
TEST_CASE("Screenshots of the login dialog in every language", "[.screenshots]")
{
    test::forEveryLanguage([](const QString &language, const QString &path, const QString &folder) {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        LoginDialog dialog(**db);
        dialog.setUsername(QStringLiteral("nobody-here"));
        dialog.setPassword(QStringLiteral("not the password"));
        dialog.show();
        dialog.accept(); // refused: the message line says why
        test::saveShot(&dialog, folder, language, QStringLiteral("login"));
    });
}
