#include "decisions/decisionformat.h"

#include "i18n/language.h"
#include "jurisdiction/jurisdictionprofile.h"

#include <QLocale>

#include <cmath>

namespace fremdrift {

QString formatHours(double hours)
{
    const bool whole = std::abs(hours - std::round(hours)) < 0.005;
    return QLocale().toString(hours, 'f', whole ? 0 : 1);
}

QString formatHoursChange(double change)
{
    if (std::abs(change) < 0.005)
        return formatHours(0);
    // U+2212 MINUS SIGN: a hyphen is easy to miss in a column of figures.
    return (change > 0 ? QStringLiteral("+") : QStringLiteral("\u2212"))
           + formatHours(std::abs(change));
}

QString formatDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QStringLiteral("–");
}

QHash<QString, QString> legalBasisCitations(const JurisdictionProfile &profile)
{
    QHash<QString, QString> citations;
    for (const LegalBasis &basis : profile.legalBases)
        citations.insert(basis.code, basis.citation());
    return citations;
}

QString citeLegalBasis(const QHash<QString, QString> &citations, const QString &code)
{
    return citations.value(code, code);
}

QString legalTerm(const JurisdictionProfile &profile, const QString &termId)
{
    QString term = profile.term(termId, languageForLocale(QLocale()));
    if (!term.isEmpty())
        term[0] = term.at(0).toUpper();
    return term;
}

} // namespace fremdrift
