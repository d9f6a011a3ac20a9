// When several dialogues are open (several files, or a corpus), the list to
// switch between them, with each one's size and mention counts.
import type { Dialogue } from '../app/library';
import { figureRows } from './figure-format';
import { table } from './stats-tables';
import { htmlEl } from './svg-dom';

const int = new Intl.NumberFormat('en');

export function renderDialogueList(host: HTMLElement, dialogues: Dialogue[], current: Dialogue | null, onPick: (d: Dialogue) => void): void {
  host.hidden = dialogues.length < 2;
  if (host.hidden) return host.replaceChildren();
  const heading = htmlEl('h2', 'list-title', `${int.format(dialogues.length)} dialogues`);
  const list = htmlEl('ol', 'dialogue-items');
  list.dataset.testid = 'dialogue-list';
  for (const d of dialogues) {
    const a = d.analysis;
    const mentions = a.turns.reduce((s, t) => s + t.mentions.length, 0);
    const li = htmlEl('li');
    const b = htmlEl('button', 'dialogue-item');
    b.type = 'button';
    b.dataset.testid = 'dialogue-item';
    if (d === current || (current && d.source === current.source && d.index === current.index)) b.setAttribute('aria-current', 'true');
    const multi = d.source.analyses.length > 1;
    b.append(
      htmlEl('span', 'dialogue-name', multi ? `${a.id ?? `#${d.index + 1}`}` : d.source.name),
      htmlEl('span', 'dialogue-meta', `${multi ? `${d.source.name} · ` : ''}${int.format(a.turns.length)} turns · ${int.format(mentions)} mentions`),
    );
    b.addEventListener('click', () => onPick(d));
    li.append(b);
    list.append(li);
  }
  const parts: HTMLElement[] = [heading, list];
  for (const source of new Set(dialogues.map((d) => d.source))) {
    if (!source.corpusSummary) continue;
    const details = htmlEl('details', 'corpus-summary');
    details.dataset.testid = 'corpus-summary';
    details.append(
      htmlEl('summary', '', `Figures over the corpus ${source.name}`),
      table('corpus-summary-table', `${source.name}: ${source.analyses.length} dialogues`, ['', 'Value'], figureRows(source.corpusSummary).map(([k, v]) => [k, { text: v, className: 'text' }])),
    );
    parts.push(details);
  }
  host.replaceChildren(...parts);
}
