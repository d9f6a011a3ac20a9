// Controls above the timeline: what x measures, the selected range of turns
// (typed in, for people who do not brush with a mouse), zooming to it, and
// switching to the table of mentions.
import type { XMeasure } from '../../model/session-model';
import { describeRange } from '../../state/selection';
import type { ViewState } from '../../state/view-state';
import { htmlEl } from '../svg-dom';
import { MEASURE_LABELS } from './plot-frame';

export function createTimelineToolbar(host: HTMLElement, state: ViewState, onTableToggle: (on: boolean) => void): void {
  host.classList.add('toolbar');
  const measures = htmlEl('div', 'segmented');
  measures.setAttribute('role', 'radiogroup');
  measures.setAttribute('aria-label', 'Along the x axis');

  const selection = htmlEl('div', 'range-controls');
  const label = htmlEl('span', 'range-label');
  label.setAttribute('aria-live', 'polite');
  label.dataset.testid = 'range-label';
  const from = numberInput('range-from', 'From turn');
  const to = numberInput('range-to', 'To turn');
  const apply = () => {
    const model = state.model.value;
    if (!model) return;
    const n = model.turns.length;
    const a = Math.max(1, Math.min(n, Number(from.value) || 1));
    const b = Math.max(1, Math.min(n, Number(to.value) || n));
    const first = Math.min(a, b) - 1;
    const last = Math.max(a, b) - 1;
    state.range.set(first === 0 && last === n - 1 ? null : { first, last });
  };
  from.addEventListener('change', apply);
  to.addEventListener('change', apply);
  const clear = button('Clear selection', 'range-clear', () => state.range.set(null));
  const zoom = button('Zoom to selection', 'zoom-in', () => state.zoom.set(state.range.value));
  const unzoom = button('Whole session', 'zoom-out', () => state.zoom.set(null));
  const fromLabel = htmlEl('label', 'range-input', 'Turns ');
  fromLabel.title = 'Choose a range of turns here, or drag across the timeline';
  fromLabel.append(from);
  const toLabel = htmlEl('label', 'range-input', ' to ');
  toLabel.append(to);
  selection.append(label, fromLabel, toLabel, clear, zoom, unzoom);

  const table = htmlEl('button', 'toggle', 'Table');
  table.title = 'The timeline as a table of mentions';
  table.type = 'button';
  table.dataset.testid = 'timeline-table-toggle';
  table.setAttribute('aria-pressed', 'false');
  table.addEventListener('click', () => {
    const on = table.getAttribute('aria-pressed') !== 'true';
    table.setAttribute('aria-pressed', String(on));
    onTableToggle(on);
  });
  host.replaceChildren(measures, selection, table);

  function render(): void {
    const model = state.model.value;
    if (!model) return;
    measures.replaceChildren(
      htmlEl('span', 'filter-title', 'Axis'),
      ...model.measures.map((m: XMeasure) => {
        const b = htmlEl('button', '', MEASURE_LABELS[m]);
        b.type = 'button';
        b.setAttribute('role', 'radio');
        b.setAttribute('aria-checked', String(state.measure.value === m));
        b.dataset.testid = `measure-${m}`;
        b.addEventListener('click', () => state.measure.set(m));
        return b;
      }),
    );
    const range = state.range.value;
    const n = model.turns.length;
    label.textContent = range ? `Selected ${describeRange(range, n)}:` : '';
    from.max = to.max = String(n);
    from.value = String(range ? range.first + 1 : 1);
    to.value = String(range ? range.last + 1 : n);
    clear.hidden = !range;
    zoom.hidden = !range;
    unzoom.hidden = !state.zoom.value;
  }
  state.model.watch(render);
  state.range.watch(render);
  state.measure.watch(render);
  state.zoom.watch(render);
}

function numberInput(testid: string, name: string): HTMLInputElement {
  const input = htmlEl('input');
  input.type = 'number';
  input.min = '1';
  input.dataset.testid = testid;
  input.setAttribute('aria-label', name);
  return input;
}

function button(text: string, testid: string, onClick: () => void): HTMLButtonElement {
  const b = htmlEl('button', 'small', text);
  b.type = 'button';
  b.dataset.testid = testid;
  b.addEventListener('click', onClick);
  return b;
}
