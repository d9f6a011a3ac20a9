# Flags shared by every target of the project.

# The core never throws across its API and never relies on catching: the
# WebAssembly build has no exception support, so the native build has none
# either, and both hosts behave the same on bad input.
set(FELTLINE_CORE_FLAGS -fno-exceptions)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  list(APPEND FELTLINE_CORE_FLAGS -Wall -Wextra -Wno-unused-parameter)
endif()

# ASan + UBSan; any report aborts the program (so a test or fuzz run fails).
# Fuzzing always runs under both, and instruments everything for coverage.
if(FELTLINE_SANITIZE OR FELTLINE_BUILD_FUZZ)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=address,undefined)
endif()
if(FELTLINE_BUILD_FUZZ)
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()

# The core's optimisation level in WebAssembly. Measured on this machine
# (docs/performance.md): -O2 ran at least as fast as -O3 here, at the
# same size; -Os makes it 17% smaller and about three times slower. Speed
# wins: the analysis of a long session must finish while the person waits.
# ICU keeps its own -Oz (icu_wasm.cmake); the core's run-once code (loaders,
# structured-format parsers) is compiled -Os (core/CMakeLists.txt).
#
# -flto lets the linker inline and drop code across the core's files and
# libc++ (Emscripten ships LTO builds of its system libraries): the packed
# module is 7 KB smaller (265.6 -> 258.6 KB .zst) at the same speed under Node
# (30 KB and 10 MB inputs, alternating runs). -mbulk-memory makes memcpy and
# memset single memory.copy/memory.fill instructions instead of a call out to
# JavaScript for large blocks (every browser since 2020 has them).
if(EMSCRIPTEN)
  set(FELTLINE_WASM_OPT -O2 -flto -mbulk-memory CACHE STRING "Optimisation flags of the core and bindings in WebAssembly")
  list(APPEND FELTLINE_CORE_FLAGS ${FELTLINE_WASM_OPT})
endif()
