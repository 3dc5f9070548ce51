// Who is editing (issue 6), in the editors: a second editor on a record someone else is editing
// opens read-only and says who; when their lease has expired, Take over makes it editable.
#include "clients/clienteditor.h"
#include "decisions/decisioneditor.h"
#include "repository/clientrepository.h"
#include "repository/decisionrepository.h"
#include "storage/leases.h"
#include "storage/presence.h"
#include "storage/sql.h"
#include "support/casefixture.h"

#include <catch2/catch.hpp>

#include <QDialogButtonBox>
#include <QPushButton>

using namespace fremdrift;
using namespace fremdrift::test;

namespace {

struct TwoPcs
{
    CaseFixture fixture;               // kari on the first connection
    std::unique_ptr<Database> otherDb; // a second connection, as another PC
    std::unique_ptr<Session> other;    // liv on it

    TwoPcs()
    {
        otherDb = fixture.openAgain();
        auto started = Session::start(*otherDb, QStringLiteral("liv"));
        REQUIRE(started.ok());
        other = std::move(started).value();
    }
};

void expireLease(Database &db, const QString &entity, qint64 id)
{
    const QString past = QDateTime::currentDateTimeUtc().addSecs(-5).toString(Qt::ISODateWithMs);
    REQUIRE(sql::run(db.connection(),
                     QStringLiteral("UPDATE edit_leases SET expires_at = ? "
                                    "WHERE entity = ? AND entity_id = ?"),
                     {past, entity, id})
                .ok());
}

qint64 takeOvers(Database &db)
{
    auto count = sql::scalar(db.connection(),
                             QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"),
                             {QStringLiteral("take_over_lease")});
    REQUIRE(count.ok());
    return count->toLongLong();
}

QPushButton *saveButtonOf(ClientEditor &editor)
{
    auto *box = editor.findChild<QDialogButtonBox *>();
    REQUIRE(box);
    return box->button(QDialogButtonBox::Save);
}

} // namespace

TEST_CASE("A second client editor opens read-only naming who is editing")
{
    TwoPcs pcs;
    auto client = ClientRepository(*pcs.fixture.session).get(pcs.fixture.clientId);
    REQUIRE(client.ok());

    auto first = std::make_unique<ClientEditor>(*pcs.fixture.session);
    first->setClient(*client);
    CHECK(first->isEditable());
    CHECK_FALSE(first->heldBy().has_value());

    ClientEditor second(*pcs.other);
    second.setClient(*client);
    CHECK_FALSE(second.isEditable());
    REQUIRE(second.heldBy().has_value());
    CHECK(second.heldBy()->userName == QStringLiteral("Kari Caseworker"));
    INFO(second.messageText().toStdString());
    CHECK(second.messageText().startsWith(QStringLiteral("Kari Caseworker is editing this on ")
                                          + Presence::host() + QStringLiteral(" since ")));
    CHECK_FALSE(saveButtonOf(second)->isEnabled());
    CHECK(second.takeOverButton()->isHidden());

    // Still alive: nothing to take over.
    second.checkLease();
    CHECK(second.takeOverButton()->isHidden());
    CHECK_FALSE(second.isEditable());

    // The first PC stops renewing: its lease expires and can be taken over, audited.
    expireLease(*pcs.fixture.db, QStringLiteral("client"), pcs.fixture.clientId);
    second.checkLease();
    CHECK_FALSE(second.takeOverButton()->isHidden());
    CHECK(second.messageText().contains(QStringLiteral("you can take over")));
    second.takeOverButton()->click();
    CHECK(second.isEditable());
    CHECK_FALSE(second.heldBy().has_value());
    CHECK(saveButtonOf(second)->isEnabled());
    CHECK(second.takeOverButton()->isHidden());
    CHECK(takeOvers(*pcs.fixture.db) == 1);

    // Closing the editor gives the lease up.
    second.reject();
    auto after = Leases::current(*pcs.fixture.db, QStringLiteral("client"), pcs.fixture.clientId);
    REQUIRE(after.ok());
    CHECK_FALSE(after->has_value());
}

TEST_CASE("A new client takes no lease")
{
    CaseFixture fixture;
    ClientEditor editor(*fixture.session);
    editor.setClient(Client{});
    CHECK(editor.isEditable());
    auto rows = sql::scalar(fixture.db->connection(),
                            QStringLiteral("SELECT count(*) FROM edit_leases"));
    REQUIRE(rows.ok());
    CHECK(rows->toLongLong() == 0);
}

TEST_CASE("A second decision editor opens read-only naming who is editing")
{
    TwoPcs pcs;
    auto draft = DecisionRepository(*pcs.fixture.session).saveDraft(pcs.fixture.completeDraft());
    REQUIRE(draft.ok());

    {
        DecisionEditor first(*pcs.fixture.session, *draft);
        CHECK(first.canEdit());
        CHECK_FALSE(first.heldBy().has_value());

        DecisionEditor second(*pcs.other, *draft);
        CHECK_FALSE(second.canEdit());
        REQUIRE(second.heldBy().has_value());
        INFO(second.messageText().toStdString());
        CHECK(second.messageText().startsWith(QStringLiteral("Kari Caseworker is editing this on ")
                                              + Presence::host() + QStringLiteral(" since ")));
        CHECK(second.saveButton()->isHidden());
        CHECK(second.takeOverButton()->isHidden());

        expireLease(*pcs.fixture.db, QStringLiteral("decision"), draft->id);
        second.checkLease();
        CHECK_FALSE(second.takeOverButton()->isHidden());
        second.takeOverButton()->click();
        CHECK(second.canEdit());
        CHECK_FALSE(second.saveButton()->isHidden());
        CHECK(second.takeOverButton()->isHidden());
        CHECK(takeOvers(*pcs.fixture.db) == 1);
    }
    // Both closed: nobody holds it.
    auto after = Leases::current(*pcs.fixture.db, QStringLiteral("decision"), draft->id);
    REQUIRE(after.ok());
    CHECK_FALSE(after->has_value());
}
