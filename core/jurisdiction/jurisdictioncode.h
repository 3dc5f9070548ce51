#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace fremdrift {

// The country whose law a database follows. Chosen when a database is created and stored in it;
// independent of the interface language.
enum class JurisdictionCode { Norway, Sweden, Denmark };

// "NO", "SE", "DK" (case-insensitive on input).
std::optional<JurisdictionCode> parseJurisdictionCode(const QString &text);
QString jurisdictionCodeText(JurisdictionCode code);
QStringList jurisdictionCodeTexts();

} // namespace fremdrift
