#pragma once

#include "jurisdiction/jurisdictioncode.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace fremdrift {

// National ID numbers of the three countries (DOMAIN.md, "Jurisdictions"):
//  NO  fødselsnummer DDMMYY III K1 K2, two mod-11 control digits; the century follows from the
//      individual number III and YY. D number: day + 40. H number: month + 40. Synthetic test
//      numbers (Tenor): month + 80, accepted only in a test database.
//  SE  personnummer YYMMDD-NNNC, '+' instead of '-' from the 100th birthday, or YYYYMMDDNNNC;
//      C is a Luhn digit over YYMMDDNNN. Samordningsnummer: day + 60. Skatteverket's test
//      numbers (NNN 980–999) are accepted only in a test database.
//  DK  CPR DDMMYY-SSSS; the century follows from the 7th digit and YY. The old mod-11 check no
//      longer holds for every number issued since 2007: failing it gives a warning, not a refusal.
enum class NationalIdKind {
    NoBirthNumber,
    NoDNumber,
    NoHNumber,
    NoSynthetic, // a Tenor test number, also a synthetic D number
    SePersonalNumber,
    SeCoordinationNumber,
    DkCpr,
};

struct NationalIdCheck
{
    bool valid = false;   // accepted (possibly with a warning)
    bool warning = false; // accepted but doubtful (DK: the old mod-11 check fails)
    std::optional<NationalIdKind> kind; // set when valid
    QDate birthDate;                    // follows from the number; set when valid
    QString normalized; // storage form: NO 11 digits; SE 12 digits YYYYMMDDNNNC; DK "DDMMYY-SSSS"
    QString message;    // translated: why it is invalid, the warning, or a short confirmation
};

struct NationalIdOptions
{
    bool allowSynthetic = false; // a test database: accept NO synthetic and SE test numbers
    QDate today = QDate::currentDate(); // birth dates after this are refused
};

// Checks `input` as typed by a caseworker: surrounding and inner spaces are ignored, and '-' or
// '+' are accepted where the country's format has them (SE '-' or '+' after the date, DK '-'
// after the date; none in NO).
NationalIdCheck checkNationalId(JurisdictionCode jurisdiction,
                                const QString &input,
                                const NationalIdOptions &options = {});

// A stable key for JSON and the database: "fodselsnummer", "d-nummer", "h-nummer", "syntetisk",
// "personnummer", "samordningsnummer", "cpr".
QString nationalIdKindKey(NationalIdKind kind);
std::optional<NationalIdKind> parseNationalIdKindKey(const QString &key);

// The kind's name for the interface, translated ("D number").
QString nationalIdKindName(NationalIdKind kind);

// The display form of a normalized number: NO "DDMMYY NNNNN", SE "YYYYMMDD-NNNC",
// DK "DDMMYY-SSSS" (also from 10 bare digits). Anything else comes back unchanged.
QString formatNationalId(JurisdictionCode jurisdiction, const QString &normalized);

// A test number for someone born on `birthDate`, for demo and test databases only: NO a
// synthetic number (month + 80), SE one of Skatteverket's test numbers (980–999). `serial`
// picks among the numbers of that day (NO up to 500, SE 20); neighbouring serials can meet
// where a control digit is impossible, so a caller that needs them unique keeps a set.
// Denmark has no test series: an empty string.
QString testNationalId(JurisdictionCode jurisdiction, const QDate &birthDate, int serial);

// The translation context of the messages above.
class NationalId final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::NationalId)
};

} // namespace fremdrift
