// <feltline-viewer>: an annotated transcript inside any page, for lessons.
//
//   <feltline-viewer views="timeline transcript" readonly label="Excerpt 1">
//     <script type="text/plain">
//       Therapist: What do you notice in your body?
//       Client: A knot in my stomach.
//     </script>
//   </feltline-viewer>
//   <feltline-viewer src="excerpts/second.txt" roles="Sam=client"></feltline-viewer>
//
// Attributes: `src` (a transcript file on the same site, instead of the inline
// one), `views` (any of timeline, stats, body-map, transcript; all by default),
// `readonly` (look, hover and follow marks to their words, but change
// nothing: no editing, filters or selection), `roles` ("Name=role …"),
// `label` (a caption, and the viewer's accessible name).
//
// Each viewer draws into its own Shadow DOM with its own view state, so the
// page's styles do not reach in, its styles do not leak out, and several
// viewers on a page never share a filter or a selection. The views are the
// app's own modules; only the analysis worker is shared (viewer-analysis.ts).
import type { Role } from '../analysis/feltline-types';
import { buildSessionModel } from '../model/session-model';
import { createViewState, type ViewState } from '../state/view-state';
import { createBodyMap } from '../views/body-map/body-map-view';
import { createFiltersPanel } from '../views/filters-panel';
import { createStatsStrip } from '../views/stats-strip';
import { createStatsTables } from '../views/stats-tables';
import { htmlEl } from '../views/svg-dom';
import { createTimeline, type TimelineView } from '../views/timeline/timeline-view';
import { createTimelineToolbar } from '../views/timeline/timeline-toolbar';
import { createTimelineTable } from '../views/timeline/timeline-table';
import { createTranscriptView } from '../views/transcript/transcript-view';
import { fetchTranscript, inlineTranscript } from './inline-transcript';
import { sharedAnalysisClient } from './viewer-analysis';
import { viewerStyles } from './viewer-styles';

export const VIEW_NAMES = ['timeline', 'stats', 'body-map', 'transcript'] as const;
export type ViewName = (typeof VIEW_NAMES)[number];
const ROLES: Role[] = ['client', 'therapist', 'other', 'unknown'];

/** "timeline  body-map" → the views named, in the viewer's order; all when none is named. */
export function parseViews(value: string | null): ViewName[] {
  const asked = new Set((value ?? '').toLowerCase().split(/[\s,]+/).filter(Boolean));
  const views = VIEW_NAMES.filter((v) => asked.has(v));
  return views.length ? views : [...VIEW_NAMES];
}

/** "Dana=client Sam=client" → {Dana: 'client', Sam: 'client'}; names with spaces as "Dr Lee=therapist;". */
export function parseRoles(value: string | null): Record<string, Role> {
  const roles: Record<string, Role> = {};
  if (!value) return roles;
  const parts = value.includes(';') ? value.split(';') : value.split(/\s+/);
  for (const part of parts) {
    const at = part.lastIndexOf('=');
    if (at <= 0) continue;
    const role = part.slice(at + 1).trim().toLowerCase() as Role;
    if (ROLES.includes(role)) roles[part.slice(0, at).trim()] = role;
  }
  return roles;
}

export class FeltlineViewerElement extends HTMLElement {
  static observedAttributes = ['src', 'views', 'readonly', 'roles', 'label'];

  private root: ShadowRoot;
  private state: ViewState | null = null;
  private timeline: TimelineView | null = null;
  /** The text shown: the page's, or the reader's edit of it. */
  private text: string | null = null;
  private original: string | null = null;
  private generation = 0;
  private scheduled = false;

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
    this.root.adoptedStyleSheets = [viewerStyles()];
  }

  connectedCallback(): void {
    this.schedule();
  }

  attributeChangedCallback(name: string, previous: string | null, next: string | null): void {
    if (previous === next || !this.isConnected) return;
    if (name === 'src') this.original = this.text = null;
    this.schedule();
  }

  /** Reads and draws once per batch of changes; waits for the children when the parser has not reached them yet. */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const run = () => {
      this.scheduled = false;
      void this.load();
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
    else queueMicrotask(run);
  }

  private setState(state: 'loading' | 'drawn' | 'error'): void {
    this.dataset.state = state;
  }

  private async load(): Promise<void> {
    const gen = ++this.generation;
    this.setState('loading');
    const readonly = this.hasAttribute('readonly');
    const views = parseViews(this.getAttribute('views'));
    const frame = this.layout(views, readonly);
    try {
      if (this.original === null) {
        const src = this.getAttribute('src');
        const inline = src ? null : inlineTranscript(this);
        this.original = src ? await fetchTranscript(src) : inline;
        if (this.original === null) throw new Error('no transcript: give one inside the element as <script type="text/plain">, or a src');
        this.text = this.original;
      }
      await this.analyse(gen, frame, this.text ?? this.original);
    } catch (err) {
      if (gen !== this.generation) return;
      frame.status.textContent = `Feltline could not show this transcript: ${err instanceof Error ? err.message : String(err)}`;
      frame.status.classList.add('viewer-error');
      frame.status.setAttribute('role', 'alert');
      this.setState('error');
    }
  }

  private async analyse(gen: number, frame: Frame, text: string): Promise<void> {
    frame.status.textContent = 'Analysing…';
    const client = sharedAnalysisClient();
    const roles = parseRoles(this.getAttribute('roles'));
    const result = await client.analyze(text, Object.keys(roles).length ? { roles } : {});
    client.forget(result.source);
    if (gen !== this.generation) return;
    const analysis = result.analyses[0];
    if (!analysis) throw new Error('nothing to show');
    const model = buildSessionModel(analysis);
    frame.status.textContent = `${model.turns.length} turns · ${model.mentions.length} mentions`;
    this.state!.model.set(model);
    if (this.timeline) await this.timeline.drawn();
    if (gen !== this.generation) return;
    this.dataset.marks = String(model.mentions.filter((r) => r.mention.kind !== 'rating').length);
    this.setState('drawn');
  }

  /** Builds the viewer's frame and views for this set of attributes. */
  private layout(views: ViewName[], readonly: boolean): Frame {
    const state = createViewState();
    this.state = state;
    this.timeline = null;
    const has = (v: ViewName) => views.includes(v);
    const label = this.getAttribute('label');

    const viewer = htmlEl('div', `viewer${readonly ? ' readonly' : ''}`);
    viewer.setAttribute('role', 'region');
    viewer.setAttribute('aria-label', label ? `${label}: Feltline viewer` : 'Feltline viewer');
    viewer.dataset.views = views.join(' ');
    const head = htmlEl('div', 'viewer-head');
    if (label) head.append(htmlEl('strong', 'viewer-label', label));
    const status = htmlEl('span', 'viewer-status');
    status.setAttribute('aria-live', 'polite');
    head.append(status);
    viewer.append(head);

    if (!readonly) {
      const filters = htmlEl('div', 'filters-bar viewer-filters');
      createFiltersPanel(filters, state);
      viewer.append(filters);
    }

    if (has('timeline') || has('stats')) {
      const card = htmlEl('section', 'card viewer-timeline');
      if (has('timeline')) {
        if (!readonly) {
          const toolbar = htmlEl('div');
          const table = htmlEl('div');
          createTimelineToolbar(toolbar, state, (on) => tableView.setVisible(on));
          const tableView = createTimelineTable(table, state);
          card.append(toolbar);
          const host = htmlEl('div');
          host.dataset.testid = 'timeline';
          card.append(host, table);
          this.timeline = createTimeline(host, state);
        } else {
          const host = htmlEl('div');
          host.dataset.testid = 'timeline';
          card.append(host);
          this.timeline = createTimeline(host, state);
        }
      }
      if (has('stats')) {
        const strip = htmlEl('div');
        strip.dataset.testid = 'turn-stats';
        card.append(strip);
        createStatsStrip(strip, state);
      }
      viewer.append(card);
    }

    const columns = htmlEl('div', 'viewer-columns');
    if (has('transcript')) {
      const card = htmlEl('section', 'card viewer-transcript');
      card.append(htmlEl('h3', '', 'Transcript'), transcriptKey());
      const scroller = htmlEl('div');
      scroller.dataset.testid = 'transcript';
      scroller.tabIndex = 0;
      scroller.setAttribute('aria-label', 'Transcript, turn by turn');
      card.append(scroller);
      columns.append(card);
      createTranscriptView(scroller, state, (text) => (status.title = text), { scrollPage: false });
    }
    if (has('body-map') || has('stats')) {
      const side = htmlEl('div', 'viewer-side');
      if (has('body-map')) {
        const card = htmlEl('section', 'card');
        card.append(htmlEl('h3', '', 'Where in the body'));
        const host = htmlEl('div');
        host.dataset.testid = 'body-map';
        card.append(host);
        createBodyMap(host, state);
        side.append(card);
      }
      if (has('stats')) {
        const card = htmlEl('section', 'card');
        card.append(htmlEl('h3', '', 'Figures'));
        const host = htmlEl('div');
        card.append(host);
        createStatsTables(host, state);
        side.append(card);
      }
      columns.append(side);
    }
    if (columns.childElementCount) viewer.append(columns);
    columns.classList.toggle('two', columns.childElementCount === 2);

    if (!readonly) viewer.append(this.editor(status));
    this.root.replaceChildren(viewer);
    return { status };
  }

  /** "Edit the transcript": the reader changes the words and sees what the analysis makes of them. */
  private editor(status: HTMLElement): HTMLElement {
    const box = htmlEl('details', 'viewer-edit');
    box.append(htmlEl('summary', '', 'Edit the transcript and analyse it again'));
    const area = htmlEl('textarea');
    area.dataset.testid = 'viewer-edit-text';
    area.spellcheck = false;
    area.setAttribute('aria-label', 'Transcript text');
    const analyse = htmlEl('button', '', 'Analyse');
    analyse.type = 'button';
    analyse.dataset.testid = 'viewer-analyse';
    const reset = htmlEl('button', 'secondary', 'Back to the original');
    reset.type = 'button';
    reset.dataset.testid = 'viewer-reset';
    const actions = htmlEl('div', 'actions');
    actions.append(analyse, reset, htmlEl('span', 'hint', 'Your changes stay in this page and are gone when you leave it.'));
    box.append(area, actions);
    box.addEventListener('toggle', () => {
      if (box.open) area.value = this.text ?? '';
    });
    const run = (text: string) => {
      this.text = text;
      const gen = ++this.generation;
      this.setState('loading');
      this.analyse(gen, { status }, text).catch((err: unknown) => {
        status.textContent = `Feltline could not analyse this: ${err instanceof Error ? err.message : String(err)}`;
        this.setState('error');
      });
    };
    analyse.addEventListener('click', () => run(area.value));
    area.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) run(area.value);
    });
    reset.addEventListener('click', () => {
      area.value = this.original ?? '';
      run(area.value);
    });
    return box;
  }
}

interface Frame {
  status: HTMLElement;
}

function transcriptKey(): HTMLElement {
  const key = htmlEl('p', 'key');
  const item = (cls: string, text: string) => htmlEl('mark', `hl ${cls}`, text);
  key.append(
    item('k-emotion', 'emotion'),
    item('k-sensation', 'body sensation'),
    item('k-analytic', 'analytic'),
    item('k-rating', 'self-rating'),
    item('k-emotion neg', 'denied'),
    item('k-emotion hyp', 'imagined'),
  );
  return key;
}
