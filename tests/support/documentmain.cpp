// Catch2 main for core tests that lay out documents (letters, reports): laying out text needs
// fonts, and fonts need a QGuiApplication (offscreen in the tests), though nothing is shown.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    // Offscreen whatever the environment: these tests never show a window.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FremdriftTests"));
    QCoreApplication::setApplicationName(QStringLiteral("FremdriftTests"));
    return Catch::Session().run(argc, argv);
}
