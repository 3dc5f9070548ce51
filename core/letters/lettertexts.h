#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <QTranslator>

#include <memory>

namespace fremdrift {

// The words a letter prints besides its template ("Date", "Own time", "Page 1 of 2") in the
// letter's language, which need not be the interface language: a Danish-speaking caseworker
// may send a letter in English. The strings are translated in translations/fremdrift_*.ts
// under the context fremdrift::LetterTexts, marked with QT_TRANSLATE_NOOP where they are used.
class LetterTexts final
{
public:
    explicit LetterTexts(QString language);
    ~LetterTexts();
    LetterTexts(const LetterTexts &) = delete;
    LetterTexts &operator=(const LetterTexts &) = delete;

    QString language() const { return m_language; }
    QLocale locale() const { return m_locale; }

    QString text(const char *source) const;
    // "22. november 2026" (nb, da), "22 november 2026" (sv), "22 November 2026" (en).
    QString date(const QDate &date) const;
    // "7,5" in nb, sv and da; "7.5" in en; whole hours without decimals.
    QString hours(double hours) const;
    // "tre" / "three" for 1–12, digits beyond.
    QString weeks(int weeks) const;

private:
    QString m_language;
    QLocale m_locale;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace fremdrift
