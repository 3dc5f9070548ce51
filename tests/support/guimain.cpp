// Catch2 main for GUI tests. CTest runs each binary at build time to discover its tests, often
// with no display, so the offscreen platform is set here rather than in the environment.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FremdriftTests"));
    QCoreApplication::setApplicationName(QStringLiteral("FremdriftTests"));
    return Catch::Session().run(argc, argv);
}
