#pragma once

#include "domain/client.h"
#include "util/result.h"

#include <QCoreApplication>

namespace fremdrift {

class Session;

// Clients and the people around them. Every change is checked (workflow/clientrules.h),
// permission-checked, version-checked and audited in the same transaction.
class ClientRepository final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::ClientRepository)

public:
    explicit ClientRepository(Session &session) : m_session(session) {}

    // Clients whose name, national ID or unit contain every word typed, family name first.
    Result<QList<ClientSummary>> search(const QString &text, int limit = 500) const;
    // The statement search() runs for `wordCount` words (the words, then the limit, bound in
    // order): the benchmark runs the very same one in the sqlite3 shell.
    static QString searchStatement(qsizetype wordCount);
    static QStringList searchWords(const QString &text);
    Result<Client> get(qint64 id) const;

    // Saves a new client (id 0) or changes one; returns it as stored, with its new version.
    // A change to a row someone else saved first fails with Error::Code::Conflict.
    // `unitByName`, when given, is the client's unit, found regardless of case or added, in the
    // same transaction. `warnings` receives what the checks accepted with a warning (a Danish
    // CPR number failing the old modulus 11 check).
    Result<Client> save(Client client, const QString &unitByName = {},
                        QStringList *warnings = nullptr);

    Result<QList<Contact>> contacts(qint64 clientId) const;
    Result<Contact> saveContact(Contact contact);
    Status removeContact(const Contact &contact);

    Result<QList<Unit>> units() const;
    // The unit's id, adding the unit when it is new (imports, `client add --unit`).
    Result<qint64> unitId(const QString &name);

private:
    Session &m_session;
};

} // namespace fremdrift
