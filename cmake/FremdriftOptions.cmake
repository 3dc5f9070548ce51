# One INTERFACE target carries every flag the project's own targets share, so no
# directory-wide add_definitions or include_directories are needed (qBittorrent's CommonConfig).
add_library(fremdrift_options INTERFACE)

target_compile_features(fremdrift_options INTERFACE cxx_std_20)

target_compile_definitions(fremdrift_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    $<$<CONFIG:Debug>:_GLIBCXX_ASSERTIONS>
    $<$<CONFIG:Debug>:QT_FORCE_ASSERTS>)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(fremdrift_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
        -Wcast-align -Woverloaded-virtual
        $<$<BOOL:${FREMDRIFT_WERROR}>:-Werror>)
elseif(MSVC)
    target_compile_options(fremdrift_options INTERFACE /W4 /permissive- /utf-8
        $<$<BOOL:${FREMDRIFT_WERROR}>:/WX>)
endif()
