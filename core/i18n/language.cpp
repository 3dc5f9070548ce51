#include "i18n/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>
#include <vector>

namespace fremdrift {

namespace {

std::vector<std::unique_ptr<QTranslator>> &installedTranslators()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

QLocale localeFor(const QString &code)
{
    if (code == u"nb")
        return QLocale(QLocale::NorwegianBokmal, QLocale::Norway);
    if (code == u"sv")
        return QLocale(QLocale::Swedish, QLocale::Sweden);
    if (code == u"da")
        return QLocale(QLocale::Danish, QLocale::Denmark);
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

} // namespace

QStringList supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("nb"), QStringLiteral("sv"), QStringLiteral("da")};
}

bool isSupportedLanguage(const QString &code)
{
    return supportedLanguages().contains(code);
}

QString languageForLocale(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::NorwegianBokmal:
    case QLocale::NorwegianNynorsk:
        return QStringLiteral("nb");
    case QLocale::Swedish:
        return QStringLiteral("sv");
    case QLocale::Danish:
        return QStringLiteral("da");
    default:
        return QStringLiteral("en");
    }
}

QString languageNativeName(const QString &code)
{
    if (code == u"nb")
        return QStringLiteral("norsk bokmål");
    if (code == u"sv")
        return QStringLiteral("svenska");
    if (code == u"da")
        return QStringLiteral("dansk");
    return QStringLiteral("English");
}

bool installTranslations(const QString &code)
{
    auto &translators = installedTranslators();
    for (const auto &translator : translators)
        QCoreApplication::removeTranslator(translator.get());
    translators.clear();

    QLocale::setDefault(localeFor(code));
    if (code == u"en") {
        // English needs only its plural forms ("1 client", "2 clients").
        auto plurals = std::make_unique<QTranslator>();
        if (plurals->load(QStringLiteral(":/i18n/fremdrift_en"))) {
            QCoreApplication::installTranslator(plurals.get());
            translators.push_back(std::move(plurals));
        }
        return true;
    }

    // Qt's own strings first, so that ours (installed later, asked first) can cover the
    // dialog buttons Qt does not translate for nb and sv.
    auto qtbase = std::make_unique<QTranslator>();
    if (qtbase->load(QStringLiteral("qtbase_") + code,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtbase.get());
        translators.push_back(std::move(qtbase));
    }

    auto own = std::make_unique<QTranslator>();
    if (!own->load(QStringLiteral(":/i18n/fremdrift_") + code))
        return false;
    QCoreApplication::installTranslator(own.get());
    translators.push_back(std::move(own));
    return true;
}

} // namespace fremdrift
