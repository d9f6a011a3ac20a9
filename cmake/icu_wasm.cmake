# ICU for WebAssembly, built from Debian's `icu` source package (72.1, the same
# version as the native libicu-dev) with em++, plus a data package trimmed with
# icupkg to the items the core uses and compiled in through genccode.
#
# Input:  FELTLINE_ICU_SOURCE (the `icu/source` folder of the unpacked source;
#         cmake/fetch-icu-source.sh puts it under build/third_party/).
# Output: target `icu_wasm` (static ICU common library + data).

set(FELTLINE_ICU_SOURCE "${CMAKE_SOURCE_DIR}/build/third_party/icu/source" CACHE PATH
    "ICU 72.1 source folder (icu/source)")
if(NOT EXISTS "${FELTLINE_ICU_SOURCE}/common/unicode/uversion.h")
  message(FATAL_ERROR "ICU source not found at ${FELTLINE_ICU_SOURCE}; run cmake/fetch-icu-source.sh")
endif()

find_program(ICUPKG icupkg PATHS /usr/sbin /usr/bin REQUIRED)
find_program(GENCCODE genccode PATHS /usr/sbin /usr/bin REQUIRED)

file(GLOB ICU_COMMON_SOURCES "${FELTLINE_ICU_SOURCE}/common/*.cpp")
add_library(icu_wasm_common STATIC ${ICU_COMMON_SOURCES})
target_include_directories(icu_wasm_common SYSTEM PUBLIC "${FELTLINE_ICU_SOURCE}/common")
target_compile_definitions(icu_wasm_common
  PRIVATE U_COMMON_IMPLEMENTATION=1 FELTLINE_NO_DICTIONARY_ENGINES=1
  # What the core does not use is configured out: code conversion (all text
  # is UTF-8), file loading (the data is linked in), the service registry.
  PUBLIC U_STATIC_IMPLEMENTATION=1 UCONFIG_NO_CONVERSION=1 UCONFIG_NO_FILE_IO=1
         UCONFIG_NO_SERVICE=1 U_USING_ICU_NAMESPACE=0 U_CHARSET_IS_UTF8=1)
# Size over speed for ICU's bulk; the hot word-break loop is in rbbi*.cpp.
target_compile_options(icu_wasm_common PRIVATE -Oz -w)

# The one data item the core loads: NFKC_Casefold for matching. (The word-break
# rules are compiled by genbrk into the core itself, see core/CMakeLists.txt.)
# Everything else of the 30 MB package is left out.
set(ICU_DATA_ITEMS nfkc_cf.nrm)
set(ICU_DATA_DIR "${CMAKE_BINARY_DIR}/icu_data")
set(ICU_DATA_PACKAGE "${ICU_DATA_DIR}/icudt72l.dat")
set(ICU_DATA_C "${ICU_DATA_DIR}/icudt72l_dat.c")
string(REPLACE ";" "\n" ICU_DATA_LIST "${ICU_DATA_ITEMS}")
file(MAKE_DIRECTORY "${ICU_DATA_DIR}/items")
file(WRITE "${ICU_DATA_DIR}/items.txt" "${ICU_DATA_LIST}\n")
add_custom_command(
  OUTPUT "${ICU_DATA_C}"
  COMMAND "${ICUPKG}" -x "${ICU_DATA_DIR}/items.txt" -d "${ICU_DATA_DIR}/items"
          "${FELTLINE_ICU_SOURCE}/data/in/icudt72l.dat"
  COMMAND "${CMAKE_COMMAND}" -E rm -f "${ICU_DATA_PACKAGE}"
  COMMAND "${ICUPKG}" -tl --ignore-deps -a "${ICU_DATA_DIR}/items.txt" -s "${ICU_DATA_DIR}/items"
          new "${ICU_DATA_PACKAGE}"
  COMMAND "${GENCCODE}" -q -d "${ICU_DATA_DIR}" "${ICU_DATA_PACKAGE}"
  COMMAND "${CMAKE_COMMAND}" -DFILE=${ICU_DATA_C} -P "${CMAKE_CURRENT_LIST_DIR}/rename_icu_data_symbol.cmake"
  DEPENDS "${FELTLINE_ICU_SOURCE}/data/in/icudt72l.dat" "${ICU_DATA_DIR}/items.txt"
          "${CMAKE_CURRENT_LIST_DIR}/rename_icu_data_symbol.cmake"
  COMMENT "Trimming ICU data to ${ICU_DATA_ITEMS}"
  VERBATIM)
# Compiled as C: genccode's const array needs external linkage.
add_library(icu_wasm_data STATIC "${ICU_DATA_C}")
set_source_files_properties("${ICU_DATA_C}" PROPERTIES LANGUAGE C)
target_include_directories(icu_wasm_data PRIVATE "${FELTLINE_ICU_SOURCE}/common")

add_library(icu_wasm INTERFACE)
target_link_libraries(icu_wasm INTERFACE icu_wasm_common icu_wasm_data)
add_library(ICU::uc ALIAS icu_wasm)

# Debian's nlohmann/json.hpp lives in /usr/include, which the Emscripten sysroot
# does not see; adding /usr/include would mix in host libc headers. A folder
# holding only a link to it does the job.
set(NLOHMANN_SHIM "${CMAKE_BINARY_DIR}/nlohmann_include")
file(MAKE_DIRECTORY "${NLOHMANN_SHIM}")
if(NOT EXISTS "${NLOHMANN_SHIM}/nlohmann")
  file(CREATE_LINK /usr/include/nlohmann "${NLOHMANN_SHIM}/nlohmann" SYMBOLIC)
endif()
add_library(nlohmann_json_shim INTERFACE)
target_include_directories(nlohmann_json_shim SYSTEM INTERFACE "${NLOHMANN_SHIM}")
add_library(nlohmann_json::nlohmann_json ALIAS nlohmann_json_shim)
