// Timing shared by the Node benchmarks: one warm-up run, then at least
// `minRuns` runs and `minSeconds` in total (two runs when one takes over
// `slowSeconds`); the median time counts.
import { performance } from 'node:perf_hooks';

export function measure(fn, { minRuns = 3, minSeconds = 3, maxRuns = 20, slowSeconds = 5 } = {}) {
  globalThis.gc?.();
  const t0 = performance.now();
  let result = fn();
  if ((performance.now() - t0) / 1000 > slowSeconds) minRuns = 2;
  const times = [];
  const cpuTimes = [];
  let total = 0;
  while (times.length < minRuns || (total < minSeconds && times.length < maxRuns)) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    result = fn();
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(c0);
    times.push(seconds);
    cpuTimes.push((cpu.user + cpu.system) / 1e6);
    total += seconds;
  }
  const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
  // cpuSeconds: the process's CPU time (all its threads), steadier than wall time on a busy machine.
  return { seconds: median(times), cpuSeconds: median(cpuTimes), best: Math.min(...times), runs: times.length, result };
}

/** MB/s with MB = 10^6 bytes. */
export const mbPerSecond = (bytes, seconds) => bytes / 1e6 / seconds;
