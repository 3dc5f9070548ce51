#include "repository/clientrepository.h"

#include "domain/json.h"
#include "storage/audittrail.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "workflow/clientrules.h"
#include "workflow/permissions.h"
#include "workflow/session.h"

#include <QDateTime>
#include <QLocale>

namespace fremdrift {

namespace {

const QString clientSelect = QStringLiteral(
    "SELECT c.id, c.national_id, c.national_id_kind, c.given_name, c.family_name, c.birth_date, "
    "c.address_line, c.postal_code, c.city, c.phone, c.email, c.unit_id, u.name, "
    "c.caseworker_id, s.full_name, c.gp_name, c.gp_practice, c.gp_phone, c.consent_competence, "
    "c.consent_assessed_on, c.consent_assessed_by, c.individual_plan, "
    "c.individual_plan_coordinator, c.notes, c.version, c.updated_at "
    "FROM clients c LEFT JOIN units u ON u.id = c.unit_id "
    "LEFT JOIN staff_users s ON s.id = c.caseworker_id ");

Client clientFrom(const QSqlQuery &row)
{
    Client client;
    client.id = row.value(0).toLongLong();
    client.nationalId = row.value(1).toString();
    client.nationalIdKind = row.value(2).toString();
    client.givenName = row.value(3).toString();
    client.familyName = row.value(4).toString();
    client.birthDate = dateFromIso(row.value(5).toString());
    client.addressLine = row.value(6).toString();
    client.postalCode = row.value(7).toString();
    client.city = row.value(8).toString();
    client.phone = row.value(9).toString();
    client.email = row.value(10).toString();
    client.unitId = sql::optionalId(row.value(11));
    client.unitName = row.value(12).toString();
    client.caseworkerId = sql::optionalId(row.value(13));
    client.caseworkerName = row.value(14).toString();
    client.gpName = row.value(15).toString();
    client.gpPractice = row.value(16).toString();
    client.gpPhone = row.value(17).toString();
    client.consent = consentFromKey(row.value(18).toString()).value_or(ConsentCompetence::NotAssessed);
    client.consentAssessedOn = dateFromIso(row.value(19).toString());
    client.consentAssessedBy = row.value(20).toString();
    client.individualPlan = individualPlanFromKey(row.value(21).toString()).value_or(IndividualPlan::No);
    client.individualPlanCoordinator = row.value(22).toString();
    client.notes = row.value(23).toString();
    client.version = row.value(24).toInt();
    client.updatedAt = row.value(25).toString();
    return client;
}

Contact contactFrom(const QSqlQuery &row)
{
    Contact contact;
    contact.id = row.value(0).toLongLong();
    contact.clientId = row.value(1).toLongLong();
    contact.relation = relationFromKey(row.value(2).toString()).value_or(ContactRelation::Other);
    contact.name = row.value(3).toString();
    contact.organisation = row.value(4).toString();
    contact.addressLine = row.value(5).toString();
    contact.postalCode = row.value(6).toString();
    contact.city = row.value(7).toString();
    contact.phone = row.value(8).toString();
    contact.email = row.value(9).toString();
    contact.nearestRelative = row.value(10).toBool();
    contact.receivesLetters = row.value(11).toBool();
    contact.inResponsibilityGroup = row.value(12).toBool();
    contact.groupCoordinator = row.value(13).toBool();
    contact.version = row.value(14).toInt();
    return contact;
}

Error invalid(const QList<FieldProblem> &problems)
{
    Error error = makeError(Error::Code::InvalidInput, problems.constFirst().message);
    error.problems = problems;
    return error;
}

QStringList clientColumns()
{
    return {
        QStringLiteral("national_id"), QStringLiteral("national_id_kind"),
        QStringLiteral("given_name"), QStringLiteral("family_name"), QStringLiteral("birth_date"),
        QStringLiteral("address_line"), QStringLiteral("postal_code"), QStringLiteral("city"),
        QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("unit_id"),
        QStringLiteral("caseworker_id"), QStringLiteral("gp_name"), QStringLiteral("gp_practice"),
        QStringLiteral("gp_phone"), QStringLiteral("consent_competence"),
        QStringLiteral("consent_assessed_on"), QStringLiteral("consent_assessed_by"),
        QStringLiteral("individual_plan"), QStringLiteral("individual_plan_coordinator"),
        QStringLiteral("notes"), QStringLiteral("search_text"), QStringLiteral("updated_by")};
}

// In the order of clientColumns(); the search text includes the unit's name.
QVariantList clientValues(const Client &client, qint64 updatedBy)
{
    return {
        sql::nullable(client.nationalId), sql::nullable(client.nationalIdKind), client.givenName,
        client.familyName, sql::nullable(client.birthDate), client.addressLine, client.postalCode,
        client.city, client.phone, client.email, sql::nullable(client.unitId),
        sql::nullable(client.caseworkerId), client.gpName, client.gpPractice, client.gpPhone,
        consentKey(client.consent), sql::nullable(client.consentAssessedOn),
        client.consentAssessedBy, individualPlanKey(client.individualPlan),
        client.individualPlanCoordinator, client.notes, clientSearchText(client), updatedBy};
}

} // namespace

Result<QList<ClientSummary>> ClientRepository::search(const QString &text, int limit) const
{
    const QStringList words = searchWords(text);
    QSqlQuery query(m_session.database().connection());
    query.prepare(searchStatement(words.size()));
    for (const QString &word : words)
        query.addBindValue(word);
    query.addBindValue(limit);
    query.setForwardOnly(true);
    if (!query.exec())
        return sql::fromSqlError(query.lastError());
    QList<ClientSummary> clients;
    while (query.next()) {
        clients.append({query.value(0).toLongLong(),
                        query.value(1).toString(),
                        query.value(2).toString(),
                        dateFromIso(query.value(3).toString()),
                        query.value(4).toString(),
                        query.value(5).toString()});
    }
    return clients;
}

QStringList ClientRepository::searchWords(const QString &text)
{
    return foldForSearch(text).split(u' ', Qt::SkipEmptyParts);
}

QString ClientRepository::searchStatement(qsizetype wordCount)
{
    // Every word typed must occur somewhere in the folded search text; instr() is a plain
    // substring test that SQLite runs without LIKE's escaping rules.
    QString where;
    for (qsizetype i = 0; i < wordCount; ++i)
        where += i == 0 ? QStringLiteral("WHERE instr(c.search_text, ?) > 0 ")
                        : QStringLiteral("AND instr(c.search_text, ?) > 0 ");
    return QStringLiteral("SELECT c.id, c.family_name || ', ' || c.given_name, c.national_id, "
                          "c.birth_date, u.name, s.full_name "
                          "FROM clients c LEFT JOIN units u ON u.id = c.unit_id "
                          "LEFT JOIN staff_users s ON s.id = c.caseworker_id ")
           + where
           + QStringLiteral("ORDER BY c.family_name COLLATE NOCASE, c.given_name COLLATE NOCASE "
                            "LIMIT ?");
}

Result<Client> ClientRepository::get(qint64 id) const
{
    auto row = sql::run(m_session.database().connection(),
                        clientSelect + QStringLiteral("WHERE c.id = ?"),
                        {id});
    if (!row)
        return row.error();
    if (!row->next())
        return makeError(Error::Code::NotFound, tr("There is no client with id %1.").arg(id));
    return clientFrom(*row);
}

Result<Client> ClientRepository::save(Client client,
                                      const QString &unitByName,
                                      QStringList *warnings)
{
    if (Status allowed = requirePermission(m_session.user(), Permission::EditCases); !allowed)
        return allowed.error();
    const ClientCheck check = checkClient(client, m_session);
    if (!check.problems.isEmpty())
        return invalid(check.problems);
    if (warnings)
        *warnings = check.warnings;

    QJsonObject before;
    if (client.id != 0) {
        auto old = get(client.id);
        if (!old)
            return old.error();
        before = toJson(*old);
    }

    qint64 id = client.id;
    Status saved = m_session.database().write([&](QSqlDatabase &db) -> Status {
        // A new unit is added in this same transaction: a client refused leaves no unit.
        if (!unitByName.trimmed().isEmpty()) {
            auto unit = unitId(unitByName);
            if (!unit)
                return unit.error();
            client.unitId = *unit;
        }
        client.unitName.clear();
        if (client.unitId) {
            auto unit = sql::scalar(db, QStringLiteral("SELECT name FROM units WHERE id = ?"),
                                    {*client.unitId});
            if (!unit)
                return unit.error();
            client.unitName = unit->toString();
        }
        auto row = sql::saveRow(db, QStringLiteral("clients"), clientColumns(),
                                clientValues(client, m_session.user().id), client.id,
                                client.version);
        if (!row)
            return row.error();
        id = *row;
        Client stored = client;
        stored.id = id;
        return AuditTrail::append(db,
                                  m_session.audit(client.id == 0 ? QStringLiteral("create")
                                                                 : QStringLiteral("update"),
                                                  QStringLiteral("client"),
                                                  id,
                                                  id,
                                                  AuditTrail::changes(before, toJson(stored))));
    });
    if (!saved)
        return saved.error();
    return get(id);
}

Result<QList<Contact>> ClientRepository::contacts(qint64 clientId) const
{
    auto rows = sql::run(m_session.database().connection(),
                         QStringLiteral("SELECT id, client_id, relation, name, organisation, "
                                        "address_line, postal_code, city, phone, email, "
                                        "is_nearest_relative, receives_letters, "
                                        "in_responsibility_group, is_group_coordinator, version "
                                        "FROM contacts WHERE client_id = ? ORDER BY relation, name"),
                         {clientId});
    if (!rows)
        return rows.error();
    QList<Contact> contacts;
    while (rows->next())
        contacts << contactFrom(*rows);
    return contacts;
}

Result<Contact> ClientRepository::saveContact(Contact contact)
{
    if (Status allowed = requirePermission(m_session.user(), Permission::EditCases); !allowed)
        return allowed.error();
    contact.name = contact.name.trimmed();
    if (const auto problems = checkContact(contact); !problems.isEmpty())
        return invalid(problems);

    const QStringList columns = {
        QStringLiteral("client_id"), QStringLiteral("relation"), QStringLiteral("name"),
        QStringLiteral("organisation"), QStringLiteral("address_line"),
        QStringLiteral("postal_code"), QStringLiteral("city"), QStringLiteral("phone"),
        QStringLiteral("email"), QStringLiteral("is_nearest_relative"),
        QStringLiteral("receives_letters"), QStringLiteral("in_responsibility_group"),
        QStringLiteral("is_group_coordinator"), QStringLiteral("updated_by")};
    const QVariantList values = {contact.clientId, relationKey(contact.relation), contact.name,
                                 contact.organisation, contact.addressLine, contact.postalCode,
                                 contact.city, contact.phone, contact.email,
                                 contact.nearestRelative, contact.receivesLetters,
                                 contact.inResponsibilityGroup, contact.groupCoordinator,
                                 m_session.user().id};
    qint64 id = contact.id;
    Status saved = m_session.database().write([&](QSqlDatabase &db) -> Status {
        // One nearest relative per client: marking this one unmarks the others.
        if (contact.nearestRelative) {
            if (auto others = sql::run(db,
                                       QStringLiteral("UPDATE contacts SET is_nearest_relative = 0, "
                                                      "version = version + 1 WHERE client_id = ? "
                                                      "AND id != ? AND is_nearest_relative = 1"),
                                       {contact.clientId, contact.id});
                !others)
                return others.error();
        }
        auto row = sql::saveRow(db, QStringLiteral("contacts"), columns, values, contact.id,
                                contact.version);
        if (!row)
            return row.error();
        id = *row;
        Contact stored = contact;
        stored.id = id;
        return AuditTrail::append(db,
                                  m_session.audit(contact.id == 0 ? QStringLiteral("create")
                                                                  : QStringLiteral("update"),
                                                  QStringLiteral("contact"),
                                                  id,
                                                  contact.clientId,
                                                  toJson(stored)));
    });
    if (!saved)
        return saved.error();
    auto all = contacts(contact.clientId);
    if (!all)
        return all.error();
    for (const Contact &stored : std::as_const(*all)) {
        if (stored.id == id)
            return stored;
    }
    return makeError(Error::Code::NotFound, tr("The contact was saved but could not be read back."));
}

Status ClientRepository::removeContact(const Contact &contact)
{
    if (Status allowed = requirePermission(m_session.user(), Permission::EditCases); !allowed)
        return allowed;
    return m_session.database().write([&](QSqlDatabase &db) -> Status {
        auto removed = sql::run(db,
                                QStringLiteral("DELETE FROM contacts WHERE id = ? AND version = ?"),
                                {contact.id, contact.version});
        if (!removed)
            return removed.error();
        if (removed->numRowsAffected() == 0)
            return sql::conflict(db, QStringLiteral("contacts"), contact.id);
        return AuditTrail::append(db,
                                  m_session.audit(QStringLiteral("delete"),
                                                  QStringLiteral("contact"),
                                                  contact.id,
                                                  contact.clientId,
                                                  toJson(contact)));
    });
}

Result<QList<Unit>> ClientRepository::units() const
{
    auto rows = sql::run(m_session.database().connection(),
                         QStringLiteral("SELECT id, name FROM units ORDER BY name"));
    if (!rows)
        return rows.error();
    QList<Unit> units;
    while (rows->next())
        units.append({rows->value(0).toLongLong(), rows->value(1).toString()});
    return units;
}

Result<qint64> ClientRepository::unitId(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return makeError(Error::Code::InvalidInput, tr("The unit needs a name."));
    // "lyngtunet" is the unit "Lyngtunet", and "ØSTLI" is "Østli": folded in Qt, because
    // SQLite's NOCASE folds ASCII only.
    auto all = units();
    if (!all)
        return all.error();
    for (const Unit &unit : std::as_const(*all)) {
        if (unit.name.compare(trimmed, Qt::CaseInsensitive) == 0)
            return unit.id;
    }
    if (Status allowed = requirePermission(m_session.user(), Permission::EditCases); !allowed)
        return allowed.error();
    qint64 id = 0;
    Status added = m_session.database().write([&](QSqlDatabase &db) -> Status {
        auto inserted = sql::run(db, QStringLiteral("INSERT INTO units(name, updated_by) VALUES (?, ?)"),
                                 {trimmed, m_session.user().id});
        if (!inserted)
            return inserted.error();
        id = inserted->lastInsertId().toLongLong();
        return AuditTrail::append(db, m_session.audit(QStringLiteral("create"), QStringLiteral("unit"), id, std::nullopt,
                                                      QJsonObject{{QStringLiteral("name"), trimmed}}));
    });
    if (!added)
        return added.error();
    return id;
}

} // namespace fremdrift
