// The first drawing in a page pays for things that happen once per page, not
// once per transcript: the browser looks up each font size and weight the
// views use (in this headless Chromium 70-220 ms of fontconfig calls at the
// first layout of the results), and the views' code runs for the first time
// (compiled lazily, without type feedback), as does the canvas the labels are
// measured with. The worker already analyses a short session before it says
// the core is ready; the page does the same with its views: it draws a short
// analysis once, out of sight, in a copy of the results section with its own
// view state, and removes it, all before the page reports that it is ready. Nothing is kept: the worker
// forgets the result and the drawing leaves the page.
import type { AnalysisClient } from '../analysis/analysis-client';
import { buildSessionModel } from '../model/session-model';
import { rendersSettled } from '../state/render-queue';
import { createViewState } from '../state/view-state';
import { createBodyMap } from '../views/body-map/body-map-view';
import { renderSummary } from '../views/session-summary';
import { createStatsStrip } from '../views/stats-strip';
import { createStatsTables } from '../views/stats-tables';
import { createFiltersPanel } from '../views/filters-panel';
import { createTimeline } from '../views/timeline/timeline-view';
import { createTimelineToolbar } from '../views/timeline/timeline-toolbar';
import { createTranscriptView } from '../views/transcript/transcript-view';

/** A short session with every kind of mark, denied and imagined ones, a rating and a stage note. */
const WARM_UP_TRANSCRIPT = [
  'Therapist: What do you notice in your body right now? How strong is it, from 0 to 10?',
  'Client: A knot in my stomach and tightness across my chest. I feel anxious, maybe a 7/10.',
  'Therapist: You feel anxious. Where else?',
  'Client: My jaw is tense and my hands are cold. I am not angry, but if I said it I would cry.',
  'Client: (Note: long pause) I think I analyse it because I am ashamed, and sad.',
  'Therapist: What happens when you breathe into it?',
  'Client: Relief, a little warmth in my throat. Maybe a 4 out of 10 now. I was hopeful.',
].join('\n\n');

/**
 * Draws a short analysis with the page's views out of sight, in a copy of the
 * page's (still empty) results section, then removes it.
 */
export async function warmUpViews(client: AnalysisClient, results: HTMLElement): Promise<void> {
  const result = await client.analyze(WARM_UP_TRANSCRIPT);
  client.forget(result.source);
  const analysis = result.analyses[0];
  if (!analysis) return;
  const box = results.cloneNode(true) as HTMLElement;
  const host = (id: string) => box.querySelector<HTMLElement>(`#${id}`)!;
  const hosts = {
    summary: host('summary'),
    filters: host('filters'),
    toolbar: host('timeline-toolbar'),
    timeline: host('timeline'),
    strip: host('turn-stats'),
    transcript: host('transcript'),
    body: host('body-map'),
    tables: host('stats-tables'),
  };
  if (Object.values(hosts).some((h) => !h)) return;
  // The copy has no ids or test ids (the page's own elements keep theirs), and
  // is laid out (so fonts are looked up and text shaped) but not seen, not
  // read out, not reachable by pointer or keyboard.
  for (const el of [box, ...box.querySelectorAll('[id], [data-testid], [aria-labelledby]')]) {
    el.removeAttribute('id');
    el.removeAttribute('data-testid');
    el.removeAttribute('aria-labelledby');
  }
  box.hidden = false;
  box.setAttribute('aria-hidden', 'true');
  box.inert = true;
  Object.assign(box.style, { position: 'fixed', left: '-20000px', top: '0', width: '1240px', visibility: 'hidden', pointerEvents: 'none' });
  document.body.append(box);
  try {
    const state = createViewState();
    const timeline = createTimeline(hosts.timeline, state);
    createTimelineToolbar(hosts.toolbar, state, () => {});
    createFiltersPanel(hosts.filters, state);
    createStatsStrip(hosts.strip, state);
    createBodyMap(hosts.body, state);
    createStatsTables(hosts.tables, state);
    createTranscriptView(hosts.transcript, state, () => {}, { scrollPage: false });
    const model = buildSessionModel(analysis);
    renderSummary(hosts.summary, model, { sourceName: 'warm-up', onAssignRole: () => {} });
    state.model.set(model);
    await timeline.drawn();
    // Laid out now, whether or not a frame came since.
    void box.offsetHeight;
    state.model.set(null);
    await rendersSettled();
  } finally {
    box.remove();
  }
}
