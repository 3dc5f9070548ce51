#include "support/screenshots.h"

#include "demo/demodata.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QWidget>

#include <utility>

namespace fremdrift::test {

void forEveryLanguage(const ShootLanguage &shoot)
{
    const QString folder = qEnvironmentVariable("FREMDRIFT_SCREENSHOTS");
    REQUIRE_FALSE(folder.isEmpty());
    QDir().mkpath(folder);
    Scratch scratch;
    const std::pair<QString, JurisdictionCode> languages[] = {
        {QStringLiteral("en"), JurisdictionCode::Norway},
        {QStringLiteral("nb"), JurisdictionCode::Norway},
        {QStringLiteral("sv"), JurisdictionCode::Sweden},
        {QStringLiteral("da"), JurisdictionCode::Denmark},
    };
    for (const auto &[language, jurisdiction] : languages) {
        const QString name = QStringLiteral("demo-%1.sqlite").arg(language);
        {
            auto db = scratch.createDatabase(name, jurisdiction);
            REQUIRE(fillWithDemoData(*db).ok());
        }
        REQUIRE(installTranslations(language));
        shoot(language, scratch.path(name), folder);
    }
    installTranslations(QStringLiteral("en"));
}

void showForScreenshots(MainWindow &window, const QString &language, const QString &path)
{
    window.setCurrentLanguage(language);
    window.resize(1100, 720);
    window.show();
    REQUIRE(window.openDatabase(path));
}

void saveShot(QWidget *widget, const QString &folder, const QString &language, const QString &name)
{
    QApplication::processEvents();
    CHECK(widget->grab().save(QStringLiteral("%1/%2-%3.png").arg(folder, language, name)));
}

} // namespace fremdrift::test
