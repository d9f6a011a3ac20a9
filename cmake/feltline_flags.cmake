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
