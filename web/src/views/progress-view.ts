// The progress line in the header: which file, what stage, how far.
//
// It runs while the worker analyses, so it must cost the page (and the
// machine's other core, which the worker is using) next to nothing: the
// "still working" sweep is a CSS transform animation, which the compositor
// runs without the main thread (the native indeterminate <progress> is
// repainted on the main thread every frame, and on a busy two-core machine
// that slowed the analysis itself), and the text and attributes are only
// written when they change.
import type { LoadProgress } from '../app/library';

const STAGES: Record<LoadProgress['stage'], string> = {
  waiting: 'Reading',
  reading: 'Opening the saved analysis',
  analysing: 'Analysing on this machine',
  receiving: 'Drawing',
};

export function createProgressView(host: HTMLElement): { show(p: LoadProgress): void; hide(): void } {
  const track = document.createElement('span');
  track.className = 'progress-track';
  const bar = document.createElement('progress');
  bar.max = 1;
  const sweep = document.createElement('span');
  sweep.className = 'progress-sweep';
  sweep.setAttribute('aria-hidden', 'true');
  track.append(bar, sweep);
  const text = document.createElement('span');
  text.className = 'progress-text';
  const elapsed = document.createElement('span');
  elapsed.className = 'progress-time';
  host.replaceChildren(track, text, elapsed);
  const started = { at: 0 };
  // A ticking clock while the worker analyses: the page is alive, and says so.
  setInterval(() => {
    if (!host.hidden) setText(elapsed, `${((performance.now() - started.at) / 1000).toFixed(1)} s`);
  }, 250);
  return {
    show(p) {
      if (host.hidden) started.at = performance.now();
      host.hidden = false;
      // Which stage the page is in, for people (the text) and for tests (this attribute).
      const root = document.documentElement;
      if (root.dataset.stage !== p.stage) root.dataset.stage = p.stage;
      // Whole files done, plus the share of the current one received.
      const current = p.turnsTotal ? p.turnsDone / p.turnsTotal : 0;
      if (p.stage === 'analysing' && p.total === 1) {
        if (bar.hasAttribute('value')) bar.removeAttribute('value');
      } else {
        // Steps of 1 % are all a 16rem bar can show.
        const value = Math.round(Math.min(1, (p.done + (p.stage === 'receiving' ? current : 0)) / Math.max(1, p.total)) * 100) / 100;
        if (!bar.hasAttribute('value') || bar.value !== value) bar.value = value;
      }
      const files = p.total > 1 ? ` (${Math.min(p.done + 1, p.total)} of ${p.total})` : '';
      setText(text, p.name ? `${STAGES[p.stage]} ${p.name}${files}…` : 'Drawing…');
    },
    hide() {
      host.hidden = true;
      document.documentElement.dataset.stage = 'idle';
    },
  };
}

function setText(el: HTMLElement, value: string): void {
  if (el.textContent !== value) el.textContent = value;
}
