#include "importing/csvimport.h"

#include "domain/decision.h"

// importColumns() (csvimport.h): the columns of each kind of import file, and the other names
// offices' systems give them.

namespace fremdrift {

namespace {

ImportColumn column(const char *key, QStringList aliases = {}, bool required = false)
{
    return ImportColumn{QString::fromLatin1(key), std::move(aliases), required};
}

QStringList nationalIdAliases()
{
    return {QStringLiteral("fødselsnummer"),
            QStringLiteral("fodselsnummer"),
            QStringLiteral("fnr"),
            QStringLiteral("f_nr"),
            QStringLiteral("personnummer"),
            QStringLiteral("personnr"),
            QStringLiteral("pnr"),
            QStringLiteral("cpr"),
            QStringLiteral("cpr_nr"),
            QStringLiteral("cpr_nummer"),
            QStringLiteral("national_id_number"),
            QStringLiteral("personal_number")};
}

QStringList caseworkerAliases()
{
    return {QStringLiteral("saksbehandler"),
            QStringLiteral("handläggare"),
            QStringLiteral("biståndshandläggare"),
            QStringLiteral("sagsbehandler"),
            QStringLiteral("rådgiver"),
            QStringLiteral("caseworker_username")};
}

QList<ImportColumn> clientColumns()
{
    return {
        column("given_name",
               {QStringLiteral("first_name"), QStringLiteral("fornavn"), QStringLiteral("förnamn")},
               true),
        column("family_name",
               {QStringLiteral("last_name"),
                QStringLiteral("surname"),
                QStringLiteral("etternavn"),
                QStringLiteral("efternamn"),
                QStringLiteral("efternavn")},
               true),
        column("national_id", nationalIdAliases()),
        column("birth_date",
               {QStringLiteral("date_of_birth"),
                QStringLiteral("fødselsdato"),
                QStringLiteral("födelsedatum")}),
        column("address_line",
               {QStringLiteral("address"),
                QStringLiteral("adresse"),
                QStringLiteral("adress"),
                QStringLiteral("gateadresse"),
                QStringLiteral("gatuadress")}),
        column("postal_code",
               {QStringLiteral("postcode"),
                QStringLiteral("zip"),
                QStringLiteral("postnummer"),
                QStringLiteral("postnr")}),
        column("city",
               {QStringLiteral("poststed"), QStringLiteral("postort"), QStringLiteral("by")}),
        column("phone",
               {QStringLiteral("telephone"),
                QStringLiteral("telefon"),
                QStringLiteral("tlf"),
                QStringLiteral("mobil"),
                QStringLiteral("mobile")}),
        column("email",
               {QStringLiteral("e-mail"),
                QStringLiteral("epost"),
                QStringLiteral("e-post"),
                QStringLiteral("mail")}),
        column("unit",
               {QStringLiteral("enhet"),
                QStringLiteral("enhed"),
                QStringLiteral("bolig"),
                QStringLiteral("boende"),
                QStringLiteral("botilbud"),
                QStringLiteral("bosted")}),
        column("caseworker", caseworkerAliases()),
        column("gp_name",
               {QStringLiteral("gp"),
                QStringLiteral("fastlege"),
                QStringLiteral("läkare"),
                QStringLiteral("fast läkarkontakt"),
                QStringLiteral("egen læge"),
                QStringLiteral("læge")}),
        column("gp_practice",
               {QStringLiteral("legekontor"),
                QStringLiteral("vårdcentral"),
                QStringLiteral("lægepraksis")}),
        column("gp_phone"),
        column("consent_competence",
               {QStringLiteral("consent"),
                QStringLiteral("samtykkekompetanse"),
                QStringLiteral("beslutsförmåga"),
                QStringLiteral("handleevne")}),
        column("consent_assessed_on"),
        column("consent_assessed_by"),
        column("individual_plan",
               {QStringLiteral("individuell plan"),
                QStringLiteral("individuel plan"),
                QStringLiteral("ip"),
                QStringLiteral("sip")}),
        column("individual_plan_coordinator",
               {QStringLiteral("ip-koordinator"), QStringLiteral("koordinator")}),
        column("notes",
               {QStringLiteral("merknad"),
                QStringLiteral("merknader"),
                QStringLiteral("notat"),
                QStringLiteral("anteckningar"),
                QStringLiteral("bemærkninger"),
                QStringLiteral("kommentar")}),
    };
}

QList<ImportColumn> decisionColumns()
{
    QList<ImportColumn> columns = {
        column("reference",
               {QStringLiteral("ref"),
                QStringLiteral("referanse"),
                QStringLiteral("referens"),
                QStringLiteral("vedtaksnummer"),
                QStringLiteral("vedtak nr"),
                QStringLiteral("beslutsnummer"),
                QStringLiteral("afgørelsesnummer")},
               true),
        column("client_national_id",
               nationalIdAliases() + QStringList{QStringLiteral("national_id")}),
        column("client_id"),
        column("legal_basis",
               {QStringLiteral("hjemmel"),
                QStringLiteral("lovhjemmel"),
                QStringLiteral("lagrum"),
                QStringLiteral("lovgrundlag"),
                QStringLiteral("paragraf")},
               true),
        column("status"),
        column("valid_from",
               {QStringLiteral("fra"),
                QStringLiteral("fra dato"),
                QStringLiteral("gyldig fra"),
                QStringLiteral("giltig från"),
                QStringLiteral("gäller från"),
                QStringLiteral("fom")}),
        column("valid_to",
               {QStringLiteral("til"),
                QStringLiteral("til dato"),
                QStringLiteral("gyldig til"),
                QStringLiteral("giltig till"),
                QStringLiteral("gäller till"),
                QStringLiteral("tom")}),
        column("evaluation_date",
               {QStringLiteral("evalueringsdato"),
                QStringLiteral("evaluering"),
                QStringLiteral("uppföljningsdatum"),
                QStringLiteral("uppföljning"),
                QStringLiteral("opfølgningsdato"),
                QStringLiteral("opfølgning")}),
        column("caseworker", caseworkerAliases()),
        column("service_code",
               {QStringLiteral("service"),
                QStringLiteral("tjeneste"),
                QStringLiteral("tjenestekode"),
                QStringLiteral("insats"),
                QStringLiteral("insatskod"),
                QStringLiteral("ydelse"),
                QStringLiteral("ydelseskode")},
               true),
        column("own_hours",
               {QStringLiteral("own_time"),
                QStringLiteral("egentid"),
                QStringLiteral("enskild tid"),
                QStringLiteral("individuel tid")}),
        column("shared_hours",
               {QStringLiteral("shared_time"),
                QStringLiteral("fellestid"),
                QStringLiteral("gemensam tid"),
                QStringLiteral("fælles tid")}),
        column("service_description",
               {QStringLiteral("description"),
                QStringLiteral("beskrivelse"),
                QStringLiteral("beskrivning")}),
    };
    for (DecisionSection section : allDecisionSections())
        columns.append({sectionKey(section), {}, false});
    return columns;
}

} // namespace

QList<ImportColumn> importColumns(ImportKind kind)
{
    return kind == ImportKind::Clients ? clientColumns() : decisionColumns();
}

} // namespace fremdrift
