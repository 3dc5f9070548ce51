#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace fremdrift {

// The interface language: "en" (the source), "nb", "sv" or "da". Independent of the
// jurisdiction: a Danish-speaking caseworker may work under Norwegian law.
QStringList supportedLanguages();
bool isSupportedLanguage(const QString &code);

// nb for any Norwegian locale (nb, nn, no), sv, da; otherwise en.
QString languageForLocale(const QLocale &locale);

// The language's own name ("norsk bokmål", "svenska", "dansk", "English").
QString languageNativeName(const QString &code);

// Installs Fremdrift's translator for `code` and Qt's own (qtbase) where Qt ships one, replacing
// any installed before, and makes `code` the default locale for dates and numbers. Returns
// false if Fremdrift's translation could not be loaded (the interface stays English).
bool installTranslations(const QString &code);

} // namespace fremdrift
