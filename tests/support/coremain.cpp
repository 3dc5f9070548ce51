// Catch2 main for core tests: a QCoreApplication so that Qt's SQL plugins and resources load.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FremdriftTests"));
    QCoreApplication::setApplicationName(QStringLiteral("FremdriftTests"));
    return Catch::Session().run(argc, argv);
}
