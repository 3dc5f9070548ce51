# Windows: an MSI built by CPack's WIX generator (WiX Toolset 3.x on PATH, or the WIX
# environment variable pointing at it). Included from ../CMakeLists.txt when WIN32.
# UNTESTED: written for Windows, never built here. See ../README.md.
#
# Installed layout (C:\Program Files\Fremdrift):
#   bin\fremdrift.exe, bin\fremdrift-cli.exe     install(TARGETS) in app/CMakeLists.txt
#   bin\Qt6*.dll, bin\platforms\, bin\sqldrivers\, bin\styles\, bin\translations\, ...
#                                                windeployqt, below
#   bin\msvcp140.dll, vcruntime140*.dll          InstallRequiredSystemLibraries (MSVC only)
#   LICENSE.txt

set(CPACK_GENERATOR WIX)
# Identifies the product across versions so a newer MSI replaces an older one. Never change it.
set(CPACK_WIX_UPGRADE_GUID "ABC7BB23-26A6-4100-82A8-4FF610B957F3")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Fremdrift")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPCONTACT "${CPACK_PACKAGE_CONTACT}")
# The licence dialog shows CPACK_RESOURCE_FILE_LICENSE (a .txt is converted to RTF).
# Not set yet, because there is no .ico: CPACK_WIX_PRODUCT_ICON (Add/Remove Programs icon).

install(FILES "${CMAKE_CURRENT_LIST_DIR}/../GPL-3.0.txt" DESTINATION . RENAME LICENSE.txt)

# The MSVC runtime next to the executables, so no separate vc_redist install is needed.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
include(InstallRequiredSystemLibraries)

# windeployqt copies the Qt DLLs, the plugins (platforms\qwindows, styles, sqldrivers\qsqlite,
# imageformats, iconengines, ...) and Qt's own translations next to the installed binaries.
# It runs at install time, so `cmake --install` and cpack both get a self-contained folder.
find_program(FREMDRIFT_WINDEPLOYQT windeployqt
    HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}"
    DOC "Qt's windeployqt, used when installing and packaging on Windows")
if(NOT FREMDRIFT_WINDEPLOYQT)
    message(FATAL_ERROR "windeployqt not found next to Qt (${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}); "
                        "set FREMDRIFT_WINDEPLOYQT to its path.")
endif()

# One run per executable: later runs only add what is missing. No compiler runtime (done
# above), and no software OpenGL or D3D compiler, which a Widgets application does not use.
install(CODE "
    set(bin_dir \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
    foreach(exe IN ITEMS \"$<TARGET_FILE_NAME:fremdrift>\" \"$<TARGET_FILE_NAME:fremdrift-cli>\")
        execute_process(
            COMMAND \"${FREMDRIFT_WINDEPLOYQT}\"
                    --dir \"\${bin_dir}\"
                    --no-compiler-runtime
                    --no-opengl-sw
                    --no-system-d3d-compiler
                    \"\${bin_dir}/\${exe}\"
            COMMAND_ECHO STDOUT
            COMMAND_ERROR_IS_FATAL ANY)
    endforeach()
")
