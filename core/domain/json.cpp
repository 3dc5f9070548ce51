#include "domain/json.h"

#include "domain/jsonreading.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <optional>

namespace fremdrift {

QJsonValue jsonDate(const QDate &date)
{
    return date.isValid() ? QJsonValue(isoDate(date)) : QJsonValue();
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate dateFromIso(const QString &text)
{
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}

QJsonObject toJson(const Client &client)
{
    return {
        {QStringLiteral("id"), client.id},
        {QStringLiteral("given_name"), client.givenName},
        {QStringLiteral("family_name"), client.familyName},
        {QStringLiteral("name"), client.fullName()},
        {QStringLiteral("national_id"), client.nationalId},
        {QStringLiteral("national_id_kind"), client.nationalIdKind},
        {QStringLiteral("birth_date"), jsonDate(client.birthDate)},
        {QStringLiteral("address_line"), client.addressLine},
        {QStringLiteral("postal_code"), client.postalCode},
        {QStringLiteral("city"), client.city},
        {QStringLiteral("phone"), client.phone},
        {QStringLiteral("email"), client.email},
        {QStringLiteral("unit_id"), optionalId(client.unitId)},
        {QStringLiteral("unit"), client.unitName},
        {QStringLiteral("caseworker_id"), optionalId(client.caseworkerId)},
        {QStringLiteral("caseworker"), client.caseworkerName},
        {QStringLiteral("gp_name"), client.gpName},
        {QStringLiteral("gp_practice"), client.gpPractice},
        {QStringLiteral("gp_phone"), client.gpPhone},
        {QStringLiteral("consent_competence"), consentKey(client.consent)},
        {QStringLiteral("consent_assessed_on"), jsonDate(client.consentAssessedOn)},
        {QStringLiteral("consent_assessed_by"), client.consentAssessedBy},
        {QStringLiteral("individual_plan"), individualPlanKey(client.individualPlan)},
        {QStringLiteral("individual_plan_coordinator"), client.individualPlanCoordinator},
        {QStringLiteral("notes"), client.notes},
        {QStringLiteral("version"), client.version},
    };
}

QJsonObject toJson(const Contact &contact)
{
    return {
        {QStringLiteral("id"), contact.id},
        {QStringLiteral("client_id"), contact.clientId},
        {QStringLiteral("relation"), relationKey(contact.relation)},
        {QStringLiteral("name"), contact.name},
        {QStringLiteral("organisation"), contact.organisation},
        {QStringLiteral("address_line"), contact.addressLine},
        {QStringLiteral("postal_code"), contact.postalCode},
        {QStringLiteral("city"), contact.city},
        {QStringLiteral("phone"), contact.phone},
        {QStringLiteral("email"), contact.email},
        {QStringLiteral("nearest_relative"), contact.nearestRelative},
        {QStringLiteral("receives_letters"), contact.receivesLetters},
        {QStringLiteral("in_responsibility_group"), contact.inResponsibilityGroup},
        {QStringLiteral("group_coordinator"), contact.groupCoordinator},
        {QStringLiteral("version"), contact.version},
    };
}

QJsonObject toJson(const DecisionService &service)
{
    return {
        {QStringLiteral("service_code"), service.serviceCode},
        {QStringLiteral("own_hours_per_week"), service.ownHours},
        {QStringLiteral("shared_hours_per_week"), service.sharedHours},
        {QStringLiteral("description"), service.description},
    };
}

QJsonObject toJson(const Decision &decision)
{
    QJsonArray services;
    for (const DecisionService &service : decision.services)
        services.append(toJson(service));
    QJsonObject json = {
        {QStringLiteral("id"), decision.id},
        {QStringLiteral("reference"), decision.reference},
        {QStringLiteral("client_id"), decision.clientId},
        {QStringLiteral("client"), decision.clientName},
        {QStringLiteral("legal_basis"), decision.legalBasis},
        {QStringLiteral("status"), statusKey(decision.status)},
        {QStringLiteral("replaces_decision_id"), optionalId(decision.replacesDecisionId)},
        {QStringLiteral("valid_from"), jsonDate(decision.validFrom)},
        {QStringLiteral("valid_to"), jsonDate(decision.validTo)},
        {QStringLiteral("evaluation_date"), jsonDate(decision.evaluationDate)},
        {QStringLiteral("caseworker_id"), optionalId(decision.caseworkerId)},
        {QStringLiteral("caseworker"), decision.caseworkerName},
        {QStringLiteral("approved_by"), optionalId(decision.approvedBy)},
        {QStringLiteral("approved_at"), decision.approvedAt},
        {QStringLiteral("refusal_comment"), decision.refusalComment},
        {QStringLiteral("sent_on"), jsonDate(decision.sentOn)},
        {QStringLiteral("sent_method"),
         decision.sentMethod ? QJsonValue(sendMethodKey(*decision.sentMethod)) : QJsonValue()},
        {QStringLiteral("received_on"), jsonDate(decision.receivedOn)},
        {QStringLiteral("received_assumed"), decision.receivedAssumed},
        {QStringLiteral("complaint_deadline"), jsonDate(decision.complaintDeadline)},
        {QStringLiteral("in_force_date"), jsonDate(decision.inForceOn)},
        {QStringLiteral("ended_on"), jsonDate(decision.endedOn)},
        {QStringLiteral("services"), services},
        {QStringLiteral("version"), decision.version},
    };
    for (DecisionSection section : allDecisionSections())
        json[sectionKey(section)] = decision.section(section);
    return json;
}

QJsonObject toJson(const ClientSummary &client)
{
    return {
        {QStringLiteral("id"), client.id},
        {QStringLiteral("name"), client.name},
        {QStringLiteral("national_id"), client.nationalId},
        {QStringLiteral("birth_date"), jsonDate(client.birthDate)},
        {QStringLiteral("unit"), client.unitName},
        {QStringLiteral("caseworker"), client.caseworkerName},
    };
}

QJsonObject toJson(const DecisionSummary &summary)
{
    return {
        {QStringLiteral("id"), summary.id},
        {QStringLiteral("reference"), summary.reference},
        {QStringLiteral("client_id"), summary.clientId},
        {QStringLiteral("client"), summary.clientName},
        {QStringLiteral("unit"), summary.unitName},
        {QStringLiteral("caseworker"), summary.caseworkerName},
        {QStringLiteral("status"), statusKey(summary.status)},
        {QStringLiteral("legal_basis"), summary.legalBasis},
        {QStringLiteral("valid_from"), jsonDate(summary.validFrom)},
        {QStringLiteral("evaluation_date"), jsonDate(summary.evaluationDate)},
        {QStringLiteral("own_hours_per_week"), summary.ownHours},
        {QStringLiteral("shared_hours_per_week"), summary.sharedHours},
    };
}

Result<Decision> decisionFromJson(const QJsonObject &json)
{
    FieldReader read(json);
    Decision decision;
    const std::optional<qint64> client = read.id("client_id");
    if (!client || *client <= 0)
        read.problem("client_id", JsonReading::tr("\"client_id\" must be the id of a client."));
    decision.clientId = client.value_or(0);
    decision.reference = read.text("reference");
    decision.legalBasis = read.text("legal_basis");
    decision.validFrom = read.date("valid_from");
    decision.validTo = read.date("valid_to");
    decision.evaluationDate = read.date("evaluation_date");
    decision.replacesDecisionId = read.id("replaces_decision_id");
    for (DecisionSection section : allDecisionSections())
        decision.setSection(section, read.text(sectionKey(section).toLatin1().constData()));

    const QJsonValue services = json.value(QLatin1String("services"));
    if (!services.isUndefined() && !services.isArray())
        read.problem("services", JsonReading::tr("\"services\" must be a list."));
    const QJsonArray list = services.toArray();
    for (const QJsonValue &each : list) {
        const QJsonObject item = each.toObject();
        DecisionService service;
        service.serviceCode = item.value(QLatin1String("service_code")).toString();
        service.ownHours = item.value(QLatin1String("own_hours_per_week")).toDouble();
        service.sharedHours = item.value(QLatin1String("shared_hours_per_week")).toDouble();
        service.description = item.value(QLatin1String("description")).toString();
        decision.services << service;
    }
    if (auto error = read.error())
        return *error;
    return decision;
}

Result<Client> clientFromJson(const QJsonObject &json)
{
    FieldReader read(json);
    Client client;
    client.id = read.id("id").value_or(0);
    client.nationalId = read.text("national_id");
    client.nationalIdKind = read.text("national_id_kind");
    client.givenName = read.text("given_name");
    client.familyName = read.text("family_name");
    client.birthDate = read.date("birth_date");
    client.addressLine = read.text("address_line");
    client.postalCode = read.text("postal_code");
    client.city = read.text("city");
    client.phone = read.text("phone");
    client.email = read.text("email");
    client.unitId = read.id("unit_id");
    client.unitName = read.text("unit");
    client.caseworkerId = read.id("caseworker_id");
    client.caseworkerName = read.text("caseworker");
    client.gpName = read.text("gp_name");
    client.gpPractice = read.text("gp_practice");
    client.gpPhone = read.text("gp_phone");
    client.consent
        = read.choice("consent_competence", consentFromKey, ConsentCompetence::NotAssessed);
    client.consentAssessedOn = read.date("consent_assessed_on");
    client.consentAssessedBy = read.text("consent_assessed_by");
    client.individualPlan
        = read.choice("individual_plan", individualPlanFromKey, IndividualPlan::No);
    client.individualPlanCoordinator = read.text("individual_plan_coordinator");
    client.notes = read.text("notes");
    client.version = int(read.id("version").value_or(0));
    if (auto error = read.error())
        return *error;
    return client;
}

Result<Contact> contactFromJson(const QJsonObject &json)
{
    FieldReader read(json);
    Contact contact;
    contact.id = read.id("id").value_or(0);
    contact.clientId = read.id("client_id").value_or(0);
    contact.relation = read.choice("relation", relationFromKey, ContactRelation::Other);
    contact.name = read.text("name");
    contact.organisation = read.text("organisation");
    contact.addressLine = read.text("address_line");
    contact.postalCode = read.text("postal_code");
    contact.city = read.text("city");
    contact.phone = read.text("phone");
    contact.email = read.text("email");
    contact.nearestRelative = read.flag("nearest_relative");
    contact.receivesLetters = read.flag("receives_letters");
    contact.inResponsibilityGroup = read.flag("in_responsibility_group");
    contact.groupCoordinator = read.flag("group_coordinator");
    contact.version = int(read.id("version").value_or(0));
    if (auto error = read.error())
        return *error;
    return contact;
}

} // namespace fremdrift
