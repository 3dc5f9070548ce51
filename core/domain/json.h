#pragma once

#include "domain/client.h"
#include "domain/decision.h"
#include "util/result.h"

#include <QJsonObject>

namespace fremdrift {

// The one JSON shape of each value: what the CLI prints, what `decision add --json` reads, and
// what the audit trail compares. Keys are snake_case and stable; dates are YYYY-MM-DD.
QJsonObject toJson(const Client &client);
QJsonObject toJson(const Contact &contact);
QJsonObject toJson(const DecisionService &service);
QJsonObject toJson(const Decision &decision);
QJsonObject toJson(const ClientSummary &client);
QJsonObject toJson(const DecisionSummary &decision);

// A date as "YYYY-MM-DD", or null when there is none.
QJsonValue jsonDate(const QDate &date);

// Reads a decision as toJson() writes it; ids, state and dates of its life are ignored,
// and so are keys it does not know. Wrong types are reported, field by field.
Result<Decision> decisionFromJson(const QJsonObject &json);
// Reads a client as toJson() writes it, every key (ids, version and the names read along with
// them too), so that toJson(clientFromJson(toJson(c))) is toJson(c). Keys it does not know are
// ignored; wrong types and unknown choices are reported, field by field.
Result<Client> clientFromJson(const QJsonObject &json);
// Reads a contact as toJson() writes it, every key, in the same way.
Result<Contact> contactFromJson(const QJsonObject &json);

QString isoDate(const QDate &date); // "" for a null date
QDate dateFromIso(const QString &text);

} // namespace fremdrift
