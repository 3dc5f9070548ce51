#include "support/casefixture.h"

#include "repository/clientrepository.h"
#include "storage/sql.h"

#include <catch2/catch.hpp>

namespace fremdrift::test {

CaseFixture::CaseFixture(JurisdictionCode jurisdiction)
{
    Database::CreateOptions options;
    options.jurisdiction = jurisdiction;
    options.testData = true;
    options.administratorUsername = QStringLiteral("admin");
    options.administratorName = QStringLiteral("Ada Admin");
    auto created = Database::create(scratch.path(QStringLiteral("cases.sqlite")), options);
    REQUIRE(created.ok());
    db = std::move(created).value();
    for (const auto &[username, name, role] :
         {std::tuple{"kari", "Kari Caseworker", "caseworker"},
          std::tuple{"liv", "Liv Leader", "leader"},
          std::tuple{"rolf", "Rolf Reader", "readonly"}}) {
        REQUIRE(sql::run(db->connection(),
                         QStringLiteral("INSERT INTO staff_users(username, full_name, role) "
                                        "VALUES (?, ?, ?)"),
                         {QString::fromUtf8(username), QString::fromUtf8(name),
                          QString::fromUtf8(role)})
                    .ok());
    }
    auto started = Session::start(*db, QStringLiteral("kari"));
    REQUIRE(started.ok());
    session = std::move(started).value();
    session->setToday(QDate(2026, 3, 2));

    Client client;
    client.givenName = QStringLiteral("Åsmund");
    client.familyName = QStringLiteral("Ødegård");
    ClientRepository clients(*session);
    auto unit = clients.unitId(QStringLiteral("Lyngtunet bofellesskap"));
    REQUIRE(unit.ok());
    client.unitId = *unit;
    auto saved = clients.save(client);
    REQUIRE(saved.ok());
    clientId = saved->id;
}

void CaseFixture::actAs(const QString &username)
{
    REQUIRE(session->switchUser(username).ok());
}

Decision CaseFixture::completeDraft() const
{
    Decision decision;
    decision.clientId = clientId;
    decision.legalBasis = QStringLiteral("hol-3-2-6b");
    decision.validFrom = QDate(2026, 3, 1);
    decision.evaluationDate = QDate(2027, 3, 1);
    decision.services = {{0, QStringLiteral("praktisk_bistand"), 10, 5, QStringLiteral("Help in the home")}};
    for (DecisionSection section : allDecisionSections())
        decision.setSection(section, QStringLiteral("Written: ") + sectionKey(section));
    return decision;
}

std::unique_ptr<Database> CaseFixture::openAgain() const
{
    auto again = Database::open(db->path());
    REQUIRE(again.ok());
    return std::move(again).value();
}

} // namespace fremdrift::test
