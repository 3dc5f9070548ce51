# macOS: a DragNDrop disk image (.dmg) with fremdrift.app and a link to /Applications.
# Included from ../CMakeLists.txt when APPLE. UNTESTED: written for macOS, never built here.
# See ../README.md.
#
# Disk image layout:
#   fremdrift.app/Contents/MacOS/fremdrift        BUNDLE DESTINATION . in app/CMakeLists.txt
#   fremdrift.app/Contents/MacOS/fremdrift-cli    below
#   fremdrift.app/Contents/Frameworks, PlugIns    macdeployqt, below
#   LICENSE.txt, Applications -> /Applications

set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME "Fremdrift")
set(CPACK_DMG_FORMAT UDBZ)

install(FILES "${CMAKE_CURRENT_LIST_DIR}/../GPL-3.0.txt" DESTINATION . RENAME LICENSE.txt)

# The CLI needs Qt too; inside the bundle macdeployqt points it at the bundle's frameworks.
# (app/CMakeLists.txt also installs it to bin/, where it would find no Qt: removed below.)
# The bundle is fremdrift.app: the target is fremdrift and sets no OUTPUT_NAME.
set(fremdrift_bundle fremdrift.app)
install(TARGETS fremdrift-cli RUNTIME DESTINATION "${fremdrift_bundle}/Contents/MacOS")

find_program(FREMDRIFT_MACDEPLOYQT macdeployqt
    HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}"
    DOC "Qt's macdeployqt, used when installing and packaging on macOS")
if(NOT FREMDRIFT_MACDEPLOYQT)
    message(FATAL_ERROR "macdeployqt not found next to Qt (${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}); "
                        "set FREMDRIFT_MACDEPLOYQT to its path.")
endif()

# macdeployqt rewrites the binaries, which breaks their signatures; on Apple silicon an unsigned
# binary does not start, so everything is signed again: ad hoc ("-") by default, which is enough
# on the machine that built it. For distribution pass a Developer ID identity and notarize.
set(FREMDRIFT_MACOS_CODESIGN_IDENTITY "-" CACHE STRING
    "codesign identity for macdeployqt: - (ad hoc) or \"Developer ID Application: ...\"")

# Runs at install time: copies the Qt frameworks and plugins (platforms/libqcocoa,
# sqldrivers/libqsqlite, styles, imageformats, iconengines, ...) into the bundle.
install(CODE "
    set(prefix \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}\")
    set(bundle \"\${prefix}/${fremdrift_bundle}\")
    file(REMOVE_RECURSE \"\${prefix}/${CMAKE_INSTALL_BINDIR}\")
    execute_process(
        COMMAND \"${FREMDRIFT_MACDEPLOYQT}\" \"\${bundle}\"
                \"-executable=\${bundle}/Contents/MacOS/$<TARGET_FILE_NAME:fremdrift-cli>\"
                -always-overwrite
                \"-codesign=${FREMDRIFT_MACOS_CODESIGN_IDENTITY}\"
        COMMAND_ECHO STDOUT
        COMMAND_ERROR_IS_FATAL ANY)
")
