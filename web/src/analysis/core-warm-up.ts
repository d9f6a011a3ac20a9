// Warming the WebAssembly core up before the person's first Analyse, in two
// steps: one short analysis before the page is told the core is ready, then a
// few more in the idle time while the person pastes or picks a file.

/** What the warm-up needs of the core. */
export interface AnalysingModule {
  analyze(text: string, optionsJson: string): string;
}

/**
 * A short session: the core builds its default lexicon (and other tables it
 * makes on first use) during its first analysis (under Node: 190 ms of CPU time
 * for this text, then under 1 ms for it the second time), which would otherwise
 * be added to the person's first Analyse.
 */
export const WARM_UP_TEXT =
  'Therapist: What do you notice in your body right now? Where is it, 0 to 10?\n\n' +
  'Client: I feel anxious, a tightness in my chest, maybe 7/10. I am not angry, but if I said it I would cry.\n\n';

/** Runs the first analysis; call before telling the page the core is ready. */
export function warmUp<M extends AnalysingModule>(module: M): M {
  module.analyze(WARM_UP_TEXT, '{}');
  return module;
}

/**
 * Until V8 has compiled a function with its optimising compiler it runs as
 * baseline (Liftoff) code, about half as fast, and the optimised code is built
 * in the background only once the function has run enough. Under Node 20 a
 * fresh module's first 1 MB analysis took 550-980 ms and later ones about 300;
 * after these runs (about 60 KB of text in all, each run 5-20 ms, spaced so the
 * background compiles can finish) the first took 350-520 ms.
 */
const TIER_UP_RUNS = 6;
const TIER_UP_COPIES = 60; // copies of WARM_UP_TEXT per run: about 10 KB
const TIER_UP_PAUSE_MS = 25;

/** The idle-time runs, paused while the worker answers a request. */
export interface TierUp {
  /** A request arrived: no run starts until `resume`; one at least as long as a run's text warms the core itself, so the runs end. */
  pause(requestTextLength: number): void;
  /** The request is answered: the remaining runs go on. */
  resume(): void;
}

/** Starts the idle-time runs (call once the page has been told the core is ready). */
export function startTierUp(module: AnalysingModule): TierUp {
  const text = WARM_UP_TEXT.repeat(TIER_UP_COPIES);
  let left = TIER_UP_RUNS;
  let busy = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    if (timer === undefined && busy === 0 && left > 0) timer = setTimeout(run, TIER_UP_PAUSE_MS);
  };
  const run = () => {
    timer = undefined;
    left -= 1;
    module.analyze(text, '{}');
    schedule();
  };
  schedule();
  return {
    pause(requestTextLength) {
      busy += 1;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      if (requestTextLength >= text.length) left = 0;
    },
    resume() {
      busy = Math.max(0, busy - 1);
      schedule();
    },
  };
}
