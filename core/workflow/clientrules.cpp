#include "workflow/clientrules.h"

#include "domain/nationalid.h"
#include "storage/database.h"
#include "workflow/session.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fremdrift {

namespace {

class ClientRules final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::ClientRules)
};

void requireText(QList<FieldProblem> &problems,
                 const QString &value,
                 const QString &field,
                 const QString &message)
{
    if (value.trimmed().isEmpty())
        problems.append({field, message});
}

bool looksLikeEmail(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(text).hasMatch();
}

} // namespace

ClientCheck checkClient(Client &client, const Session &session)
{
    ClientCheck check;
    client.givenName = client.givenName.trimmed();
    client.familyName = client.familyName.trimmed();
    requireText(check.problems, client.givenName, QStringLiteral("given_name"),
                ClientRules::tr("Enter the client's given name."));
    requireText(check.problems, client.familyName, QStringLiteral("family_name"),
                ClientRules::tr("Enter the client's family name."));

    if (!client.nationalId.trimmed().isEmpty()) {
        NationalIdOptions options;
        options.allowSynthetic = session.isTestDatabase();
        options.today = session.today();
        const NationalIdCheck id = checkNationalId(session.database().jurisdiction(),
                                                   client.nationalId,
                                                   options);
        if (!id.valid) {
            check.problems.append({QStringLiteral("national_id"), id.message});
        } else {
            client.nationalId = id.normalized;
            client.nationalIdKind = id.kind ? nationalIdKindKey(*id.kind) : QString();
            client.birthDate = id.birthDate;
            if (id.warning)
                check.warnings << id.message;
        }
    } else {
        client.nationalId.clear();
        client.nationalIdKind.clear();
    }

    if (client.birthDate.isValid() && client.birthDate > session.today())
        check.problems.append({QStringLiteral("birth_date"),
                               ClientRules::tr("The birth date is in the future.")});
    if (client.consentAssessedOn.isValid() && client.consentAssessedOn > session.today())
        check.problems.append({QStringLiteral("consent_assessed_on"),
                               ClientRules::tr("The date consent competence was assessed is in "
                                               "the future.")});
    if (client.consent != ConsentCompetence::NotAssessed && !client.consentAssessedOn.isValid())
        check.problems.append({QStringLiteral("consent_assessed_on"),
                               ClientRules::tr("Give the date consent competence was "
                                               "assessed.")});
    if (!client.email.isEmpty() && !looksLikeEmail(client.email))
        check.problems.append({QStringLiteral("email"),
                               ClientRules::tr("The e-mail address is not complete, e.g. "
                                               "name@example.no.")});
    return check;
}

QList<FieldProblem> checkContact(const Contact &contact)
{
    QList<FieldProblem> problems;
    requireText(problems, contact.name, QStringLiteral("name"),
                ClientRules::tr("Enter the contact's name."));
    if (!contact.email.isEmpty() && !looksLikeEmail(contact.email))
        problems.append({QStringLiteral("email"),
                         ClientRules::tr("The e-mail address is not complete, e.g. "
                                         "name@example.no.")});
    if (contact.receivesLetters && contact.addressLine.trimmed().isEmpty()
        && contact.relation != ContactRelation::PrimaryContact)
        problems.append({QStringLiteral("address_line"),
                         ClientRules::tr("Letters need a postal address: enter one, or untick "
                                         "\"receives letters\".")});
    return problems;
}

QString foldForSearch(const QString &text)
{
    return text.toCaseFolded().simplified();
}

QString clientSearchText(const Client &client)
{
    return foldForSearch(QStringList{client.givenName,
                                     client.familyName,
                                     client.nationalId,
                                     client.unitName}
                             .join(u' '));
}

} // namespace fremdrift
