#!/bin/sh
# Fuzzes each libFuzzer target for SECONDS (default 60), two at a time, from
# its seed corpus in tests/fuzz/corpus/<target>/ plus what earlier runs found
# (kept under build/fuzz/). Fails, printing the end of the log and the saved
# input, when a target crashes, leaks, trips a sanitizer or an invariant, or
# takes over 10 s on one input. Turn each such input into a regression:
# copy it to tests/fuzz/regressions/<target>/ (ctest replays it) and fix it.
#
#   tests/fuzz/run-fuzzers.sh BIN_DIR [SECONDS] [TARGET...]
#   e.g. tests/fuzz/run-fuzzers.sh build/sanitize/fuzz 600 parser_fuzzer
set -eu
bin_dir=$1
seconds=${2:-60}
shift $(( $# >= 2 ? 2 : 1 ))
here=$(cd "$(dirname "$0")" && pwd)
work=$(cd "$bin_dir/.." && pwd)/fuzz-work
targets=${*:-$(ls "$here/corpus")}
parallel=$(nproc 2>/dev/null || echo 2)
[ "$parallel" -gt 2 ] && parallel=2

run_one() {
  target=$1
  mkdir -p "$work/corpus/$target" "$work/artifacts/$target"
  log="$work/$target.log"
  if "$bin_dir/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
       -print_final_stats=1 -artifact_prefix="$work/artifacts/$target/" \
       "$work/corpus/$target" "$here/corpus/$target" >"$log" 2>&1; then
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
    echo "fuzz: $target: ${seconds}s, $runs inputs, no finding"
  else
    echo "fuzz: $target FAILED; end of $log:" >&2
    tail -n 40 "$log" >&2
    ls "$work/artifacts/$target/" >&2
    return 1
  fi
}

status=0
pids=""
running=0
for target in $targets; do
  run_one "$target" &
  pids="$pids $!"
  running=$((running + 1))
  if [ "$running" -ge "$parallel" ]; then
    for pid in $pids; do wait "$pid" || status=1; done
    pids=""
    running=0
  fi
done
for pid in $pids; do wait "$pid" || status=1; done
exit $status
