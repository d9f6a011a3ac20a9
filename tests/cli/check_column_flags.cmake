# The CLI's column flags reach the core: a table whose columns have unusual
# names is read with --speaker-column/--text-column/--time-column/
# --dialogue-column, and prints one analysis per dialogue (JSON Lines).
set(input "${WORK_DIR}/column-flags.csv")
file(WRITE "${input}" "Session,Who,Said,At\nA,Coach,Breathe in slowly.,1.5\nA,Ana,My chest loosens.,4\nB,Coach,Again?,0\n")
execute_process(
  COMMAND "${FELTLINE}" analyze "${input}" --speaker-column Who --text-column Said --time-column At
          --dialogue-column Session
  OUTPUT_VARIABLE out
  ERROR_VARIABLE err
  RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "feltline exited with ${status}: ${err}")
endif()
string(REGEX MATCHALL "\"schema\":\"feltline/1\",\"id\"" analyses "${out}")
list(LENGTH analyses count)
if(NOT count EQUAL 2)
  message(FATAL_ERROR "expected 2 analyses (dialogues A and B), got ${count}:\n${out}")
endif()
string(FIND "${out}" "\"corpus_summary\":{\"dialogues\":2" summary)
if(summary EQUAL -1)
  message(FATAL_ERROR "expected a corpus summary line for 2 dialogues:\n${out}")
endif()
foreach(expected "\"id\":\"A\"" "\"id\":\"B\"" "\"speaker\":\"Ana\"" "\"text\":\"My chest loosens.\"" "\"time_start\":4")
  string(FIND "${out}" "${expected}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "missing ${expected} in:\n${out}")
  endif()
endforeach()
