// The timeline as a table, one row per mention shown (same filters and
// selected turns), a page at a time; "Show" scrolls the transcript to it.
import { mentionQualifiers, mentionWhat } from '../../model/mention-description';
import type { MentionRef } from '../../model/session-model';
import { isShown } from '../../state/filters';
import { queueRender } from '../../state/render-queue';
import { inRange } from '../../state/selection';
import type { ViewState } from '../../state/view-state';
import { htmlEl } from '../svg-dom';

const PAGE = 100;

export function createTimelineTable(host: HTMLElement, state: ViewState): { setVisible(on: boolean): void } {
  host.classList.add('timeline-table');
  host.dataset.testid = 'timeline-table';
  let page = 0;
  let visible = false;

  function rows(): MentionRef[] {
    const model = state.model.value;
    if (!model) return [];
    return model.mentions.filter((r) => isShown(r, state.filters.value) && inRange(r.turn, state.range.value));
  }

  function render(): void {
    host.hidden = !visible;
    if (!visible) return host.replaceChildren();
    const model = state.model.value;
    if (!model) return host.replaceChildren();
    const all = rows();
    const pages = Math.max(1, Math.ceil(all.length / PAGE));
    page = Math.min(page, pages - 1);
    const t = htmlEl('table', 'data-table mentions-table');
    t.append(htmlEl('caption', '', `${all.length} mentions shown on the timeline`));
    const head = htmlEl('tr');
    for (const h of ['Turn', 'Speaker', 'Kind', 'What', 'Words', 'Context', '']) {
      const th = htmlEl('th', '', h);
      th.scope = 'col';
      head.append(th);
    }
    const thead = htmlEl('thead');
    thead.append(head);
    const tbody = htmlEl('tbody');
    for (const ref of all.slice(page * PAGE, (page + 1) * PAGE)) {
      const m = ref.mention;
      const tr = htmlEl('tr');
      tr.dataset.testid = 'mention-row';
      const show = htmlEl('button', 'small', 'Show');
      show.type = 'button';
      show.setAttribute('aria-label', `Show turn ${ref.turn + 1}, “${m.text}”, in the transcript`);
      show.addEventListener('click', () => state.picked.set(ref.id));
      const action = htmlEl('td');
      action.append(show);
      tr.append(
        htmlEl('td', 'num', String(ref.turn + 1)),
        htmlEl('td', `role-cell role-${m.role}`, model.speakers[ref.speaker].name),
        htmlEl('td', '', m.kind),
        htmlEl('td', '', mentionWhat(m)),
        htmlEl('td', 'words', m.text),
        htmlEl('td', '', mentionQualifiers(m).join(', ')),
        action,
      );
      tbody.append(tr);
    }
    t.append(thead, tbody);
    const nav = htmlEl('div', 'pager');
    if (pages > 1) {
      const prev = htmlEl('button', 'small', 'Previous');
      prev.type = 'button';
      prev.disabled = page === 0;
      prev.addEventListener('click', () => ((page -= 1), render()));
      const next = htmlEl('button', 'small', 'Next');
      next.type = 'button';
      next.disabled = page >= pages - 1;
      next.addEventListener('click', () => ((page += 1), render()));
      nav.append(prev, htmlEl('span', '', `Page ${page + 1} of ${pages}`), next);
    }
    host.replaceChildren(t, nav);
  }

  const rerender = () => queueRender(render);
  state.model.watch(() => ((page = 0), rerender()));
  state.filters.watch(rerender);
  state.range.watch(() => ((page = 0), rerender()));
  return {
    setVisible(on) {
      visible = on;
      render();
    },
  };
}
