// Staff users in Settings: an administrator adds users, sets passwords and deactivates users
// through the dialogs; everyone else sees the list and core refuses the rest. Offscreen.
#include "mainwindow.h"
#include "messagebox.h"
#include "pages/settingspage.h"
#include "security/accounts.h"
#include "support/casefixture.h"
#include "support/screenshots.h"
#include "users/usersdialog.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace fremdrift;
using fremdrift::test::CaseFixture;

namespace {

const QString AdminPassword = QStringLiteral("admin-secret-1");

// The fixture acting as its administrator, who has a password (core asks for one before the
// administrator may add users).
void actAsAdministrator(CaseFixture &f)
{
    f.actAs(QStringLiteral("admin"));
    REQUIRE(Accounts::setPassword(*f.session, {}, {}, AdminPassword).ok());
}

template<typename Widget> Widget *child(QWidget &parent, const char *name)
{
    auto *widget = parent.findChild<Widget *>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

std::optional<StaffUser> findUser(const Session &session, const QString &username)
{
    auto users = session.users();
    REQUIRE(users.ok());
    for (const StaffUser &user : std::as_const(*users)) {
        if (user.username == username)
            return user;
    }
    return std::nullopt;
}

QStringList tableUsernames(UsersDialog &dialog)
{
    auto *table = child<QTableWidget>(dialog, "usersTable");
    QStringList names;
    for (int row = 0; row < table->rowCount(); ++row)
        names << table->item(row, 1)->text();
    return names;
}

} // namespace

TEST_CASE("An administrator adds a user through the dialog and the user can log in")
{
    CaseFixture f;
    actAsAdministrator(f);
    UsersDialog dialog(*f.session);
    CHECK_FALSE(child<QPushButton>(dialog, "addUser")->isHidden());
    CHECK(tableUsernames(dialog).size() == 4);

    const QString password = QStringLiteral("nina-secret-1");
    bool asked = false;
    NewUserDialog::answerNextWith([&](NewUserDialog &form) {
        asked = true;
        child<QLineEdit>(form, "username")->setText(QStringLiteral("nina"));
        child<QLineEdit>(form, "fullName")->setText(QStringLiteral("Nina Nyansatt"));
        auto *role = child<QComboBox>(form, "role");
        role->setCurrentIndex(role->findText(roleName(Role::Leader)));
        child<QLineEdit>(form, "title")->setText(QStringLiteral("Team leader"));
        child<QLineEdit>(form, "password")->setText(password);
        child<QLineEdit>(form, "repeatPassword")->setText(QStringLiteral("something-else"));
        form.accept();
        CHECK(form.result() != QDialog::Accepted);
        CHECK(form.message().contains(QStringLiteral("differ")));
        CHECK_FALSE(findUser(*f.session, QStringLiteral("nina")));
        child<QLineEdit>(form, "repeatPassword")->setText(password);
        return true;
    });
    child<QPushButton>(dialog, "addUser")->click();
    REQUIRE(asked);
    CHECK(dialog.changed());
    CHECK(dialog.message().contains(QStringLiteral("Nina Nyansatt is added")));
    CHECK(tableUsernames(dialog).contains(QStringLiteral("nina")));

    const auto nina = findUser(*f.session, QStringLiteral("nina"));
    REQUIRE(nina);
    CHECK(nina->fullName == u"Nina Nyansatt");
    CHECK(nina->role == Role::Leader);
    CHECK(nina->title == u"Team leader");
    CHECK(nina->active);
    auto login = Accounts::login(*f.db, QStringLiteral("nina"), password);
    REQUIRE(login.ok());
    CHECK(login->id == nina->id);
}

TEST_CASE("Core's refusal of a new user shows in the add user dialog")
{
    CaseFixture f;
    actAsAdministrator(f);
    UsersDialog dialog(*f.session);
    NewUserDialog::answerNextWith([&](NewUserDialog &form) {
        child<QLineEdit>(form, "username")->setText(QStringLiteral("kari")); // taken
        child<QLineEdit>(form, "fullName")->setText(QStringLiteral("Kari Again"));
        child<QLineEdit>(form, "password")->setText(QStringLiteral("kari-secret-9"));
        child<QLineEdit>(form, "repeatPassword")->setText(QStringLiteral("kari-secret-9"));
        form.accept();
        CHECK(form.result() != QDialog::Accepted);
        CHECK_FALSE(form.message().isEmpty());
        return false;
    });
    child<QPushButton>(dialog, "addUser")->click();
    CHECK_FALSE(dialog.changed());
    CHECK(tableUsernames(dialog).count(QStringLiteral("kari")) == 1);
}

TEST_CASE("An administrator sets another user's password")
{
    CaseFixture f;
    actAsAdministrator(f);
    UsersDialog dialog(*f.session);
    REQUIRE(dialog.selectUser(QStringLiteral("kari")));
    const QString password = QStringLiteral("kari-secret-2");
    StaffPasswordDialog::answerNextWith([&](StaffPasswordDialog &form) {
        child<QLineEdit>(form, "password")->setText(QStringLiteral("short"));
        child<QLineEdit>(form, "repeatPassword")->setText(QStringLiteral("short"));
        form.accept();
        CHECK(form.result() != QDialog::Accepted); // core's password rule
        CHECK_FALSE(form.message().isEmpty());
        child<QLineEdit>(form, "password")->setText(password);
        child<QLineEdit>(form, "repeatPassword")->setText(password);
        return true;
    });
    child<QPushButton>(dialog, "setPassword")->click();
    CHECK(dialog.message().contains(QStringLiteral("Kari Caseworker")));
    CHECK(Accounts::login(*f.db, QStringLiteral("kari"), password).ok());
    auto *table = child<QTableWidget>(dialog, "usersTable");
    const int row = int(tableUsernames(dialog).indexOf(QStringLiteral("kari")));
    CHECK(table->item(row, 5)->text() == UsersDialog::tr("Yes"));
}

TEST_CASE("Deactivating a user asks first and keeps the user in the list")
{
    CaseFixture f;
    actAsAdministrator(f);
    UsersDialog dialog(*f.session);
    REQUIRE(dialog.selectUser(QStringLiteral("liv")));
    auto *deactivate = child<QPushButton>(dialog, "deactivateUser");
    REQUIRE(deactivate->isEnabled());

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    deactivate->click();
    CHECK(findUser(*f.session, QStringLiteral("liv"))->active);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    deactivate->click();
    const auto liv = findUser(*f.session, QStringLiteral("liv"));
    REQUIRE(liv);
    CHECK_FALSE(liv->active);
    CHECK(dialog.changed());
    CHECK(dialog.message().contains(QStringLiteral("Liv Leader is deactivated")));
    CHECK(tableUsernames(dialog).contains(QStringLiteral("liv")));
    REQUIRE(dialog.selectUser(QStringLiteral("liv")));
    CHECK_FALSE(deactivate->isEnabled());
    CHECK_FALSE(child<QPushButton>(dialog, "setPassword")->isEnabled());
}

TEST_CASE("The last administrator cannot be deactivated and the message bar says why")
{
    CaseFixture f;
    actAsAdministrator(f);
    UsersDialog dialog(*f.session);
    REQUIRE(dialog.selectUser(QStringLiteral("admin")));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    child<QPushButton>(dialog, "deactivateUser")->click();
    CHECK(dialog.message().contains(QStringLiteral("last active administrator")));
    CHECK(findUser(*f.session, QStringLiteral("admin"))->active);
    CHECK_FALSE(dialog.changed());
}

TEST_CASE("A caseworker sees the staff users without actions and core refuses them")
{
    CaseFixture f; // acting as kari
    UsersDialog dialog(*f.session);
    CHECK(tableUsernames(dialog).size() == 4);
    for (const char *name : {"addUser", "setPassword", "changeRole", "deactivateUser"})
        CHECK(child<QPushButton>(dialog, name)->isHidden());

    REQUIRE(dialog.selectUser(QStringLiteral("liv")));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog.deactivate();
    CHECK(dialog.message().contains(QStringLiteral("Only an administrator")));
    CHECK(findUser(*f.session, QStringLiteral("liv"))->active);

    bool asked = false;
    NewUserDialog::answerNextWith([&](NewUserDialog &) {
        asked = true;
        return false;
    });
    dialog.addUser();
    CHECK_FALSE(asked);
    NewUserDialog::answerNextWith(nullptr);
    CHECK(dialog.message().contains(QStringLiteral("Only an administrator")));
    CHECK_FALSE(dialog.changed());
}

TEST_CASE("An administrator changes a user's role through the dialog")
{
    CaseFixture f;
    actAsAdministrator(f);
    UsersDialog dialog(*f.session);
    REQUIRE(dialog.selectUser(QStringLiteral("kari")));
    auto *changeRole = child<QPushButton>(dialog, "changeRole");
    CHECK_FALSE(changeRole->isHidden());
    REQUIRE(changeRole->isEnabled());

    // Cancelled: nothing changes.
    RoleDialog::answerNextWith([](RoleDialog &) { return false; });
    changeRole->click();
    CHECK(findUser(*f.session, QStringLiteral("kari"))->role == Role::Caseworker);
    CHECK_FALSE(dialog.changed());

    RoleDialog::answerNextWith([&](RoleDialog &form) {
        auto *role = child<QComboBox>(form, "role");
        CHECK(role->currentText() == roleName(Role::Caseworker)); // the current one to begin with
        role->setCurrentIndex(role->findText(roleName(Role::Leader)));
        return true;
    });
    changeRole->click();
    CHECK(findUser(*f.session, QStringLiteral("kari"))->role == Role::Leader);
    CHECK(dialog.changed());
    CHECK(dialog.message().contains(QStringLiteral("Kari Caseworker is now")));
    auto *table = child<QTableWidget>(dialog, "usersTable");
    const int row = int(tableUsernames(dialog).indexOf(QStringLiteral("kari")));
    CHECK(table->item(row, 2)->text() == roleName(Role::Leader));
}

TEST_CASE("Core's refusal of a role change shows in the users dialog")
{
    CaseFixture f;
    actAsAdministrator(f);
    UsersDialog dialog(*f.session);
    REQUIRE(dialog.selectUser(QStringLiteral("admin")));
    RoleDialog::answerNextWith([](RoleDialog &form) {
        auto *role = child<QComboBox>(form, "role");
        role->setCurrentIndex(role->findText(roleName(Role::Caseworker)));
        return true;
    });
    child<QPushButton>(dialog, "changeRole")->click();
    CHECK(dialog.message().contains(QStringLiteral("last active administrator")));
    CHECK(findUser(*f.session, QStringLiteral("admin"))->role == Role::Administrator);
    CHECK_FALSE(dialog.changed());

    // Unchanged: core says so too.
    RoleDialog::answerNextWith([](RoleDialog &) { return true; });
    child<QPushButton>(dialog, "changeRole")->click();
    CHECK(dialog.message().contains(QStringLiteral("already")));
}

TEST_CASE("A caseworker cannot change roles in the users dialog")
{
    CaseFixture f; // acting as kari
    UsersDialog dialog(*f.session);
    REQUIRE(dialog.selectUser(QStringLiteral("liv")));
    CHECK_FALSE(child<QPushButton>(dialog, "changeRole")->isEnabled());
    bool asked = false;
    RoleDialog::answerNextWith([&](RoleDialog &) {
        asked = true;
        return true;
    });
    dialog.changeRole();
    CHECK_FALSE(asked);
    RoleDialog::answerNextWith(nullptr);
    CHECK(dialog.message().contains(QStringLiteral("Only an administrator")));
    CHECK(findUser(*f.session, QStringLiteral("liv"))->role == Role::Leader);
}

TEST_CASE("Settings opens the staff users and lists a new user to work as")
{
    CaseFixture f;
    actAsAdministrator(f);
    SettingsPage page;
    page.setSession(f.session.get());
    auto *button = child<QPushButton>(page, "staffUsers");
    REQUIRE(button->isEnabled());
    UsersDialog::answerNextWith([&](UsersDialog &dialog) {
        NewUserDialog::answerNextWith([](NewUserDialog &form) {
            child<QLineEdit>(form, "username")->setText(QStringLiteral("ola"));
            child<QLineEdit>(form, "fullName")->setText(QStringLiteral("Ola Olsen"));
            child<QLineEdit>(form, "password")->setText(QStringLiteral("ola-secret-1"));
            child<QLineEdit>(form, "repeatPassword")->setText(QStringLiteral("ola-secret-1"));
            return true;
        });
        dialog.addUser();
        return false;
    });
    button->click();
    bool listed = false;
    for (QComboBox *combo : page.findChildren<QComboBox *>())
        listed = listed || combo->findData(QStringLiteral("ola")) >= 0;
    CHECK(listed);
}

// Hidden: the settings page and the users dialogs in every language, for a person to look at.
// FREMDRIFT_SCREENSHOTS=/tmp/shots tests/test_users_ui "[.screenshots]"
TEST_CASE("Screenshots of the staff users dialogs", "[.screenshots]")
{
    test::forEveryLanguage([](const QString &language, const QString &path, const QString &folder) {
        MainWindow window;
        test::showForScreenshots(window, language, path);
        window.showPage(PageId::Settings);
        test::saveShot(&window, folder, language, QStringLiteral("users-settings"));
        Session &session = *window.session();
        const StaffUser acting = session.user();
        if (acting.role != Role::Administrator) {
            auto users = session.users();
            REQUIRE(users.ok());
            for (const StaffUser &user : std::as_const(*users)) {
                if (user.role == Role::Administrator && user.active) {
                    REQUIRE(session.switchUser(user.username).ok());
                    break;
                }
            }
        }
        {
            UsersDialog dialog(session, &window);
            dialog.show();
            dialog.selectUser(session.user().username);
            MessageBox::setNextAnswer(QMessageBox::Yes);
            dialog.deactivate(); // the last administrator: the message bar shows why not
            test::saveShot(&dialog, folder, language, QStringLiteral("users-dialog"));
        }
        {
            NewUserDialog dialog(session, &window);
            dialog.show();
            test::saveShot(&dialog, folder, language, QStringLiteral("users-add"));
            dialog.accept(); // empty: core's refusal in the bar
            test::saveShot(&dialog, folder, language, QStringLiteral("users-add-refused"));
        }
        {
            auto users = session.users();
            REQUIRE(users.ok());
            StaffPasswordDialog dialog(session, users->first(), &window);
            dialog.show();
            test::saveShot(&dialog, folder, language, QStringLiteral("users-password"));
        }
        {
            RoleDialog dialog(session.user(), &window);
            dialog.show();
            test::saveShot(&dialog, folder, language, QStringLiteral("users-role"));
        }
    });
}
