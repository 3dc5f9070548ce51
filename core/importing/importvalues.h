#pragma once

#include <QDate>
#include <QString>

#include <optional>

// How the caseload import reads the values of its files (see csvimport.h).
namespace fremdrift::importing {

// Header names and keyed values compare case-folded, NFC, with ' ', '-', '.' and '/' as '_'.
QString normalizeName(const QString &name);

// `text` on one line and at most `length` characters, for quoting it in a message.
QString elide(const QString &text, int length = 40);

// YYYY-MM-DD, or the Nordic DD.MM.YYYY (also D.M.YYYY, DD/MM/YYYY, DD-MM-YYYY); a time after
// the date (Excel) is ignored. Null for empty text; nullopt for text that is not a date.
std::optional<QDate> parseDate(const QString &text);

// "7,5", "7.5", "7"; empty is 0.
std::optional<double> parseHours(const QString &text);

// The problem with `text` that parseDate() could not read.
QString dateProblem(const QString &text);

} // namespace fremdrift::importing
