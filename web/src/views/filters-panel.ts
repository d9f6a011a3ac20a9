// The filter bar: speakers, kinds of mention, denied / imagined / quoted
// mentions, and single emotion categories or body regions. Every view follows it.
import type { MentionKind } from '../analysis/feltline-types';
import type { SessionModel } from '../model/session-model';
import { EMOTION_ORDER, KIND_LABELS, KIND_ORDER, REGION_ORDER, label, orderOf } from '../model/vocabulary';
import { ALL_SHOWN, isFiltering, toggled, type Filters } from '../state/filters';
import { queueRender } from '../state/render-queue';
import type { ViewState } from '../state/view-state';
import { ROLE_COLOURS } from './palette';
import { activeElementNear, htmlEl } from './svg-dom';

function chip(text: string, pressed: boolean, testid: string, onToggle: (on: boolean) => void, swatch?: string): HTMLButtonElement {
  const b = htmlEl('button', 'chip');
  b.type = 'button';
  b.dataset.testid = testid;
  b.setAttribute('aria-pressed', String(pressed));
  if (swatch) {
    const s = htmlEl('span', 'swatch');
    s.style.background = swatch;
    b.append(s);
  }
  b.append(text);
  b.addEventListener('click', () => onToggle(b.getAttribute('aria-pressed') !== 'true'));
  return b;
}

function group(title: string, ...items: HTMLElement[]): HTMLElement {
  const g = htmlEl('div', 'filter-group');
  g.setAttribute('role', 'group');
  g.setAttribute('aria-label', title);
  g.append(htmlEl('span', 'filter-title', title), ...items);
  return g;
}

export function createFiltersPanel(host: HTMLElement, state: ViewState): void {
  host.classList.add('filters');
  host.dataset.testid = 'filters';
  let openLanes = false;

  function set(change: (f: Filters) => Filters): void {
    state.filters.set(change(state.filters.value));
  }

  function render(): void {
    const model = state.model.value;
    if (!model) return host.replaceChildren();
    const f = state.filters.value;
    const focused = (activeElementNear(host) as HTMLElement | null)?.dataset?.testid;

    const speakers = model.speakers
      .filter((s) => model.speakerOfTurn.some((x) => x === s.index))
      .map((s) =>
        chip(s.name, !f.hiddenSpeakers.has(s.index), `filter-speaker-${s.index}`, (on) => set((v) => ({ ...v, hiddenSpeakers: toggled(v.hiddenSpeakers, s.index, !on) })), ROLE_COLOURS[s.role]),
      );
    const kinds = KIND_ORDER.filter((k) => model.kindsPresent.has(k)).map((k) =>
      chip(KIND_LABELS[k], !f.hiddenKinds.has(k), `filter-kind-${k}`, (on) => set((v) => ({ ...v, hiddenKinds: toggled(v.hiddenKinds, k as MentionKind, !on) }))),
    );
    const flags = { q: model.mentions.some((r) => r.mention.quoted), asked: model.mentions.some((r) => r.mention.question) };
    const context: HTMLElement[] = [
      chip('Denied', f.showNegated, 'filter-negated', (on) => set((v) => ({ ...v, showNegated: on }))),
      chip('Imagined', f.showHypothetical, 'filter-hypothetical', (on) => set((v) => ({ ...v, showHypothetical: on }))),
    ];
    context[0].title = 'Mentions the speaker denied: “I’m not anxious”, “no tightness at all”';
    context[1].title = 'Mentions that were only imagined: “if I let it be, I’d feel…”';
    if (flags.asked) {
      const asked = chip('Asked', f.showQuestions, 'filter-questions', (on) => set((v) => ({ ...v, showQuestions: on })));
      asked.title = 'Mentions inside questions: “did you feel anxious?”';
      context.push(asked);
    }
    if (flags.q) {
      context.push(chip('Quoted', f.showQuoted, 'filter-quoted', (on) => set((v) => ({ ...v, showQuoted: on }))));
      context[context.length - 1].title = 'Mentions inside quoted speech, such as a role-played colleague’s lines';
    }

    const lanes = lanePicker(model, f, (key, on) => set((v) => ({ ...v, hiddenLanes: toggled(v.hiddenLanes, key, !on) })));
    lanes.open = openLanes;
    lanes.addEventListener('toggle', () => (openLanes = lanes.open));

    const parts: HTMLElement[] = [group('Speakers', ...speakers)];
    if (kinds.length) parts.push(group('Kinds', ...kinds));
    parts.push(group('Include', ...context), lanes);
    if (isFiltering(f)) {
      const reset = htmlEl('button', 'link-button', 'Show everything');
      reset.type = 'button';
      reset.dataset.testid = 'filter-reset';
      reset.addEventListener('click', () => state.filters.set(ALL_SHOWN));
      parts.push(reset);
    }
    host.replaceChildren(...parts);
    // Keep keyboard focus on the control that was just used.
    if (focused) host.querySelector<HTMLElement>(`[data-testid="${CSS.escape(focused)}"]`)?.focus();
  }

  // A new analysis: drawn after the timeline (render-queue.ts); a filter
  // changed by the person: at once, so the pressed chip keeps its focus.
  state.model.watch(() => queueRender(render));
  state.filters.watch(render);
}

function lanePicker(model: SessionModel, f: Filters, onToggle: (key: string, on: boolean) => void): HTMLDetailsElement {
  const counts = new Map<string, number>();
  for (const ref of model.mentions) if (ref.mention.kind !== 'rating') counts.set(ref.lane, (counts.get(ref.lane) ?? 0) + 1);
  const details = htmlEl('details', 'lane-picker');
  const hidden = [...f.hiddenLanes].filter((k) => counts.has(k)).length;
  details.append(htmlEl('summary', '', `Categories and regions${hidden ? ` (${hidden} hidden)` : ''} ▾`));
  const byKind = new Map<string, string[]>();
  for (const key of counts.keys()) {
    const kind = key.split(':')[0];
    if (!byKind.has(kind)) byKind.set(kind, []);
    byKind.get(kind)!.push(key);
  }
  for (const [kind, keys] of byKind) {
    const order: readonly string[] = kind === 'emotion' ? EMOTION_ORDER : kind === 'sensation' ? REGION_ORDER : [];
    keys.sort((a, b) => orderOf(order, a.split(':')[1] ?? '') - orderOf(order, b.split(':')[1] ?? '') || a.localeCompare(b));
    const fieldset = htmlEl('fieldset');
    fieldset.append(htmlEl('legend', '', KIND_LABELS[kind] ?? kind));
    for (const key of keys) {
      const name = key.includes(':') ? key.slice(key.indexOf(':') + 1) : 'analytic words';
      const id = `lane-${key.replace(/[^a-z0-9_-]/gi, '_')}`;
      const input = htmlEl('input');
      input.type = 'checkbox';
      input.id = id;
      input.checked = !f.hiddenLanes.has(key);
      input.dataset.testid = `filter-lane-${key}`;
      input.addEventListener('change', () => onToggle(key, input.checked));
      const labelEl = htmlEl('label', '', `${label(name.replace('/', ' · '))} (${counts.get(key)})`);
      labelEl.htmlFor = id;
      const row = htmlEl('div', 'check');
      row.append(input, labelEl);
      fieldset.append(row);
    }
    details.append(fieldset);
  }
  return details;
}
