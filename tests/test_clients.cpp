#include "repository/clientrepository.h"
#include "storage/sql.h"
#include "support/casefixture.h"

#include <catch2/catch.hpp>

using namespace fremdrift;
using fremdrift::test::CaseFixture;

namespace {

qint64 clientCount(const Database &db)
{
    return sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM clients"))->toLongLong();
}

Client named(const QString &given, const QString &family, const QString &nationalId = {})
{
    Client client;
    client.givenName = given;
    client.familyName = family;
    client.nationalId = nationalId;
    return client;
}

} // namespace

TEST_CASE("A client's national ID is normalized and gives the birth date")
{
    CaseFixture f;
    ClientRepository clients(*f.session);
    auto saved = clients.save(named(QStringLiteral("Ola"), QStringLiteral("Berg"), QStringLiteral(" 010185 12366 ")));
    INFO((saved ? QString() : saved.error().message).toStdString());
    REQUIRE(saved.ok());
    CHECK(saved->nationalId == u"01018512366");
    CHECK(saved->nationalIdKind == u"fodselsnummer");
    CHECK(saved->birthDate == QDate(1985, 1, 1));
    CHECK(saved->version == 1);
}

TEST_CASE("A wrong national ID is refused with the reason and nothing is saved")
{
    CaseFixture f;
    ClientRepository clients(*f.session);
    const qint64 before = clientCount(*f.db);
    auto saved = clients.save(named(QStringLiteral("Ola"), QStringLiteral("Berg"), QStringLiteral("01018512367")));
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().code == Error::Code::InvalidInput);
    REQUIRE(saved.error().problems.size() == 1);
    CHECK(saved.error().problems.first().field == u"national_id");
    CHECK(saved.error().problems.first().message.contains(QStringLiteral("control")));

    auto nameless = clients.save(named(QString(), QStringLiteral("  ")));
    REQUIRE_FALSE(nameless.ok());
    CHECK(nameless.error().problems.size() == 2);
    CHECK(clientCount(*f.db) == before);
}

TEST_CASE("Synthetic test numbers are accepted only in a test database")
{
    CaseFixture f; // a test database
    ClientRepository clients(*f.session);
    CHECK(clients.save(named(QStringLiteral("Test"), QStringLiteral("Person"), QStringLiteral("01818512321"))).ok());

    REQUIRE(sql::run(f.db->connection(), QStringLiteral("UPDATE settings SET value = '0' WHERE key = 'test_data'")).ok());
    auto real = Session::start(*f.db, QStringLiteral("kari"));
    REQUIRE(real.ok());
    ClientRepository strict(**real);
    auto refused = strict.save(named(QStringLiteral("Test"), QStringLiteral("Twin"), QStringLiteral("01818512321")));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().problems.first().message.contains(QStringLiteral("test database")));
}

TEST_CASE("A read-only user cannot change a client")
{
    CaseFixture f;
    f.actAs(QStringLiteral("rolf"));
    ClientRepository clients(*f.session);
    auto saved = clients.save(named(QStringLiteral("Ola"), QStringLiteral("Berg")));
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().code == Error::Code::PermissionDenied);
}

TEST_CASE("Type-ahead search folds case beyond ASCII and needs every word")
{
    CaseFixture f;
    ClientRepository clients(*f.session);
    REQUIRE(clients.save(named(QStringLiteral("Ærlig"), QStringLiteral("Åberg"))).ok());
    REQUIRE(clients.save(named(QStringLiteral("Ola"), QStringLiteral("Berg"), QStringLiteral("01018512366"))).ok());

    CHECK(clients.search(QStringLiteral("ødeg"))->size() == 1);  // the fixture's Åsmund Ødegård
    CHECK(clients.search(QStringLiteral("ÅBERG"))->size() == 1);
    CHECK(clients.search(QStringLiteral("berg"))->size() == 2);   // Åberg and Berg
    CHECK(clients.search(QStringLiteral("berg ola"))->size() == 1);
    CHECK(clients.search(QStringLiteral("0101851"))->size() == 1);
    CHECK(clients.search(QStringLiteral("lyngtunet"))->size() == 1); // by unit
    CHECK(clients.search(QString())->size() == 3);
    const auto sorted = clients.search(QString());
    CHECK(sorted->first().name == u"Berg, Ola");
}

TEST_CASE("Two sessions save the same client and the second gets a conflict naming the first")
{
    CaseFixture f;
    ClientRepository mine(*f.session);
    const Client original = *mine.get(f.clientId);

    auto otherDb = f.openAgain();
    auto liv = Session::start(*otherDb, QStringLiteral("liv"));
    REQUIRE(liv.ok());
    ClientRepository theirs(**liv);
    Client theirCopy = original;
    theirCopy.phone = QStringLiteral("11 22 33 44");
    REQUIRE(theirs.save(theirCopy).ok());

    Client myCopy = original;
    myCopy.phone = QStringLiteral("99 88 77 66");
    auto conflict = mine.save(myCopy);
    REQUIRE_FALSE(conflict.ok());
    CHECK(conflict.error().code == Error::Code::Conflict);
    CHECK(conflict.error().message.contains(QStringLiteral("Liv Leader")));
    CHECK(mine.get(f.clientId)->phone == u"11 22 33 44");
}

TEST_CASE("Contacts keep one nearest relative and need an address to receive letters")
{
    CaseFixture f;
    ClientRepository clients(*f.session);
    Contact mother;
    mother.clientId = f.clientId;
    mother.relation = ContactRelation::Relative;
    mother.name = QStringLiteral("Gunn Ødegård");
    mother.nearestRelative = true;
    mother.receivesLetters = true;
    auto noAddress = clients.saveContact(mother);
    REQUIRE_FALSE(noAddress.ok());
    CHECK(noAddress.error().problems.first().field == u"address_line");

    mother.addressLine = QStringLiteral("Lyngveien 4");
    REQUIRE(clients.saveContact(mother).ok());
    Contact brother = mother;
    brother.name = QStringLiteral("Tor Ødegård");
    brother.receivesLetters = false;
    REQUIRE(clients.saveContact(brother).ok());

    const auto all = clients.contacts(f.clientId);
    REQUIRE(all->size() == 2);
    int nearest = 0;
    for (const Contact &contact : std::as_const(*all))
        nearest += contact.nearestRelative ? 1 : 0;
    CHECK(nearest == 1);
}
