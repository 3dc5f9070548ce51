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

// Reads a decision as toJson() writes it; ids, state and dates of its life are ignored.
// Unknown keys and wrong types are reported, field by field.
Result<Decision> decisionFromJson(const QJsonObject &json);

QString isoDate(const QDate &date); // "" for a null date
QDate dateFromIso(const QString &text);

} // namespace fremdrift
