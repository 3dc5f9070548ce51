#include "letters/lettertexts.h"

#include <QStringList>

#include <cmath>

namespace fremdrift {

namespace {

QLocale localeOf(const QString &language)
{
    if (language == u"nb")
        return QLocale(QLocale::NorwegianBokmal, QLocale::Norway);
    if (language == u"sv")
        return QLocale(QLocale::Swedish, QLocale::Sweden);
    if (language == u"da")
        return QLocale(QLocale::Danish, QLocale::Denmark);
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

// The numbers a complaint deadline is given in, written as a careful letter writes them.
const char *const numberWords[] = {
    QT_TRANSLATE_NOOP("fremdrift::LetterTexts", "one"),
    QT_TRANSLATE_NOOP("fremdrift::LetterTexts", "two"),
    QT_TRANSLATE_NOOP("fremdrift::LetterTexts", "three"),
    QT_TRANSLATE_NOOP("fremdrift::LetterTexts", "four"),
    QT_TRANSLATE_NOOP("fremdrift::LetterTexts", "five"),
    QT_TRANSLATE_NOOP("fremdrift::LetterTexts", "six"),
    QT_TRANSLATE_NOOP("fremdrift::LetterTexts", "seven"),
    QT_TRANSLATE_NOOP("fremdrift::LetterTexts", "eight"),
    QT_TRANSLATE_NOOP("fremdrift::LetterTexts", "nine"),
    QT_TRANSLATE_NOOP("fremdrift::LetterTexts", "ten"),
    QT_TRANSLATE_NOOP("fremdrift::LetterTexts", "eleven"),
    QT_TRANSLATE_NOOP("fremdrift::LetterTexts", "twelve"),
};

} // namespace

LetterTexts::LetterTexts(QString language)
    : m_language(std::move(language)), m_locale(localeOf(m_language))
{
    if (m_language == u"en")
        return;
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(QStringLiteral(":/i18n/fremdrift_") + m_language))
        m_translator = std::move(translator);
}

LetterTexts::~LetterTexts() = default;

QString LetterTexts::text(const char *source) const
{
    if (m_translator) {
        const QString translated = m_translator->translate("fremdrift::LetterTexts", source);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

QString LetterTexts::date(const QDate &date) const
{
    if (!date.isValid())
        return {};
    if (m_language == u"nb" || m_language == u"da")
        return m_locale.toString(date, QStringLiteral("d. MMMM yyyy"));
    return m_locale.toString(date, QStringLiteral("d MMMM yyyy"));
}

QString LetterTexts::hours(double hours) const
{
    const double rounded = std::round(hours * 100) / 100;
    if (rounded == std::floor(rounded))
        return m_locale.toString(qint64(rounded));
    return m_locale.toString(rounded, 'f', rounded * 10 == std::floor(rounded * 10) ? 1 : 2);
}

QString LetterTexts::weeks(int weeks) const
{
    if (weeks >= 1 && weeks <= 12)
        return text(numberWords[weeks - 1]);
    return m_locale.toString(weeks);
}

} // namespace fremdrift
