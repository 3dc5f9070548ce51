#pragma once

#include <QDate>
#include <QHash>
#include <QString>

namespace fremdrift {

class JurisdictionProfile;

// Hours a week as caseworkers write them: "7.5", "10" (the locale's decimal sign), never
// "10.0": services are granted in half hours.
QString formatHours(double hours);
// A change with its sign, "+2.5" or "−1", and "0" for no change.
QString formatHoursChange(double change);
// A date in the interface's short format; "–" when there is none.
QString formatDate(const QDate &date);
// Every legal basis of `profile` by its code, as the jurisdiction cites it ("hol. § 3-2 første
// ledd nr. 6 bokstav a"), for lists of decisions.
QHash<QString, QString> legalBasisCitations(const JurisdictionProfile &profile);
// The legal basis `code` as `citations` has it; the code itself when it is not there (a basis
// no longer in the catalogue).
QString citeLegalBasis(const QHash<QString, QString> &citations, const QString &code);
// The jurisdiction's word for a legal thing ("vedtak", "klagefrist") in the interface
// language, capitalized to start a label or a title.
QString legalTerm(const JurisdictionProfile &profile, const QString &termId);

} // namespace fremdrift
