// fremdrift: the caseworker's application.
#include "i18n/language.h"
#include "mainwindow.h"
#include "navigationmodel.h"
#include "storage/database.h"
#include "util/settingvalue.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace fremdrift;

namespace {

SettingValue<QString> savedLanguage(QStringLiteral("ui/language"));

struct Options
{
    QString database;
    QString language;
    QString screenshot;
    QString page;
};

void fail(const QString &message)
{
    std::fprintf(stderr, "fremdrift: %s\n", qPrintable(message));
}

// --lang, else the language saved in settings, else the system's, else English.
QString chooseLanguage(const QString &requested)
{
    if (!requested.isEmpty())
        return requested;
    const QString saved = savedLanguage.get();
    return isSupportedLanguage(saved) ? saved : languageForLocale(QLocale::system());
}

// --db, else the database open last time, else the default one in the user's data folder.
QString chooseDatabase(const QString &requested)
{
    if (!requested.isEmpty())
        return requested;
    const QString last = MainWindow::lastDatabasePath();
    return !last.isEmpty() && QFileInfo::exists(last) ? last : Database::defaultPath();
}

std::unique_ptr<MainWindow> makeWindow(const Options &options, PageId page);

// The language can change while running: the window is rebuilt in the new language, on the
// same database and page, rather than every widget retranslating itself.
void connectLanguageChange(std::unique_ptr<MainWindow> &window, const Options &options)
{
    QObject::connect(window.get(),
                     &MainWindow::languageChangeRequested,
                     qApp,
                     [&window, options](const QString &code) {
                         savedLanguage.set(code);
                         installTranslations(code);
                         Options next = options;
                         next.database = window->database() ? window->database()->path()
                                                            : QString();
                         const PageId page = window->currentPage();
                         QTimer::singleShot(0, qApp, [&window, next, page] {
                             window->close();
                             window = makeWindow(next, page);
                             connectLanguageChange(window, next);
                             window->show();
                         });
                     });
}

std::unique_ptr<MainWindow> makeWindow(const Options &options, PageId page)
{
    auto window = std::make_unique<MainWindow>();
    window->setCurrentLanguage(chooseLanguage(options.language));
    const QString path = chooseDatabase(options.database);
    if (QFileInfo::exists(path))
        window->openDatabase(path);
    else if (!options.database.isEmpty())
        window->openDatabase(path); // says clearly that the file is missing
    window->showPage(page);
    return window;
}

Options parseArguments(const QApplication &app, QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QApplication::translate("main", "Progress plans and reviews of care decisions."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QApplication::translate("main", "Open this database file."),
                                QStringLiteral("path"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QApplication::translate("main", "Interface language: en, nb, "
                                                                  "sv or da."),
                                  QStringLiteral("code"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save a picture of the "
                                                                        "window as PNG and exit."),
                                        QStringLiteral("file"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  QApplication::translate("main", "The page to show: overview, "
                                                                  "plans, clients, decisions, "
                                                                  "meetings, templates, reports "
                                                                  "or settings."),
                                  QStringLiteral("name"));
    parser.addOptions({db, lang, screenshot, page});
    parser.process(app);
    return {parser.value(db), parser.value(lang), parser.value(screenshot), parser.value(page)};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Fremdrift"));
    QApplication::setApplicationName(QStringLiteral("Fremdrift"));
    QApplication::setApplicationDisplayName(QStringLiteral("Fremdrift"));
    QApplication::setApplicationVersion(QStringLiteral(FREMDRIFT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.fremdrift.Fremdrift"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/fremdrift.svg")));

    QCommandLineParser parser;
    Options options = parseArguments(app, parser);
    const QString language = chooseLanguage(options.language);
    if (!isSupportedLanguage(language)) {
        fail(QStringLiteral("unknown language \"%1\": use en, nb, sv or da.").arg(language));
        return 2;
    }
    installTranslations(language);
    options.language = language;

    PageId page = PageId::Overview;
    if (!options.page.isEmpty()) {
        const auto requested = NavigationModel::fromKey(options.page);
        if (!requested) {
            fail(QStringLiteral("unknown page \"%1\".").arg(options.page));
            return 2;
        }
        page = *requested;
    }

    auto window = makeWindow(options, page);
    if (!options.screenshot.isEmpty()) {
        window->show();
        QApplication::processEvents();
        if (!window->grab().save(options.screenshot)) {
            fail(QStringLiteral("could not save the screenshot to %1.").arg(options.screenshot));
            return 1;
        }
        return 0;
    }

    connectLanguageChange(window, options);
    window->show();
    if (!window->database() && options.database.isEmpty())
        window->offerFirstDatabase(Database::defaultPath());
    return app.exec();
}
