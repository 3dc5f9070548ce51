#pragma once

#include "domain/client.h"
#include "util/result.h"

namespace fremdrift {

class Session;

struct ClientCheck
{
    QList<FieldProblem> problems; // the client cannot be saved while any remain
    QStringList warnings;         // saved, but the caseworker should look (DK CPR mod 11)
};

// Checks a client before it is saved and normalizes it: the national ID to its storage form,
// with the kind and the birth date that follow from it.
ClientCheck checkClient(Client &client, const Session &session);
QList<FieldProblem> checkContact(const Contact &contact);

// The case-folded text the type-ahead search matches: names, national ID, unit.
QString clientSearchText(const Client &client);
QString foldForSearch(const QString &text);

} // namespace fremdrift
