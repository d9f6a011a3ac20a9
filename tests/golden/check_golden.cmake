# Runs `feltline analyze --pretty INPUT` and fails unless the output equals
# EXPECTED byte for byte. Regenerate with `make golden` after an intended change.
# A corpus (JSON Lines, CSV with a dialogue column, ...) prints one compact
# analysis per line whatever --pretty says, so its golden file is JSON Lines.
execute_process(
  COMMAND "${FELTLINE}" analyze --pretty "${INPUT}"
  OUTPUT_VARIABLE actual
  ERROR_VARIABLE errors
  RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "feltline exited with ${status}: ${errors}")
endif()
if(NOT EXISTS "${EXPECTED}")
  message(FATAL_ERROR "no golden file ${EXPECTED}; run `make golden` and review it")
endif()
file(READ "${EXPECTED}" expected)
if(NOT actual STREQUAL expected)
  file(WRITE "${EXPECTED}.actual" "${actual}")
  message(FATAL_ERROR "output differs from ${EXPECTED}\n  diff -u ${EXPECTED} ${EXPECTED}.actual")
endif()
