# Linux: a .deb for Debian 12 (Qt 6.4 from Debian's archive). Included from ../CMakeLists.txt.
# Built, installed with apt and started on Debian 12; see ../README.md.

# Desktop integration. The file names are the application id, which is also what
# QApplication::setDesktopFileName() sets, so desktops match windows to the launcher.
install(FILES "${CMAKE_CURRENT_LIST_DIR}/${FREMDRIFT_APP_ID}.desktop"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${CMAKE_CURRENT_LIST_DIR}/${FREMDRIFT_APP_ID}.metainfo.xml"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/fremdrift.svg"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
    RENAME "${FREMDRIFT_APP_ID}.svg")
install(FILES "${CMAKE_CURRENT_LIST_DIR}/copyright"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/fremdrift")

# The binaries find every library in the system's paths; qt_standard_project_setup()'s
# $ORIGIN runpath would only be noise in /usr/bin (lintian: custom-library-search-path).
set_target_properties(fremdrift fremdrift-cli PROPERTIES INSTALL_RPATH "")

set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_PACKAGE_NAME fremdrift)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # fremdrift_<version>-<release>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# Libraries the binaries link (Qt, libstdc++, ...) are found by dpkg-shlibdeps (package
# dpkg-dev). Plugins are loaded at run time, which it cannot see: the SQLite driver is needed
# to open any database. The qxcb platform plugin ships in libqt6gui6, which shlibdeps finds.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# fonts-crosextra-carlito: Carlito, the letters' font, metric-compatible with Calibri (Word).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, fonts-crosextra-carlito")
# qt6-translations-l10n: Qt's own strings in Danish (qtbase_da.qm); Fremdrift's .ts files
#   cover the Qt strings it shows for Norwegian Bokmål and Swedish, for which Debian ships none.
# libqt6svg6: the SVG icon engine and image plugins that draw the window icon.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, libqt6svg6")
# Native Wayland windows; without it Qt uses XWayland.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")
