// The progress line in the header: which file, what stage, how far.
import type { LoadProgress } from '../app/library';

const STAGES: Record<LoadProgress['stage'], string> = {
  waiting: 'Reading',
  reading: 'Opening the saved analysis',
  analysing: 'Analysing on this machine',
  receiving: 'Drawing',
};

export function createProgressView(host: HTMLElement): { show(p: LoadProgress): void; hide(): void } {
  const bar = document.createElement('progress');
  bar.max = 1;
  const text = document.createElement('span');
  text.className = 'progress-text';
  host.replaceChildren(bar, text);
  const started = { at: 0 };
  const elapsed = document.createElement('span');
  elapsed.className = 'progress-time';
  host.append(elapsed);
  // A ticking clock while the worker analyses: the page is alive, and says so.
  setInterval(() => {
    if (!host.hidden) elapsed.textContent = `${((performance.now() - started.at) / 1000).toFixed(1)} s`;
  }, 250);
  return {
    show(p) {
      if (host.hidden) started.at = performance.now();
      host.hidden = false;
      // Which stage the page is in, for people (the text) and for tests (this attribute).
      document.documentElement.dataset.stage = p.stage;
      // Whole files done, plus the share of the current one received.
      const current = p.turnsTotal ? p.turnsDone / p.turnsTotal : 0;
      if (p.stage === 'analysing' && p.total === 1) bar.removeAttribute('value');
      else bar.value = Math.min(1, (p.done + (p.stage === 'receiving' ? current : 0)) / Math.max(1, p.total));
      const files = p.total > 1 ? ` (${Math.min(p.done + 1, p.total)} of ${p.total})` : '';
      text.textContent = p.name ? `${STAGES[p.stage]} ${p.name}${files}…` : 'Drawing…';
    },
    hide() {
      host.hidden = true;
      document.documentElement.dataset.stage = 'idle';
    },
  };
}
