// One turn of the transcript as the reader sees it: number, speaker and role,
// time, what is unusual about it (stage notes, cut off, generation error), and
// the text with every shown mention highlighted by kind. Text is inserted as
// text only: a transcript can hold "<script>" and it stays words on a page.
import type { FlagKind, Turn } from '../../analysis/feltline-types';
import { mentionQualifiers, mentionWhat } from '../../model/mention-description';
import type { SessionModel } from '../../model/session-model';
import { htmlEl } from '../svg-dom';
import { formatClock } from '../timeline/plot-frame';
import { segmentTurn } from './transcript-segments';

const FLAG_BADGES: Record<FlagKind, string> = {
  meta_note: 'stage note',
  truncated: 'cut off',
  generation_error: 'generation error, not speech',
  quoted: 'quoted speech',
};

export function turnElement(model: SessionModel, t: number, shown: (id: number) => boolean): HTMLElement {
  const turn: Turn = model.turns[t];
  const speaker = model.speakers[model.speakerOfTurn[t]];
  const article = htmlEl('article', `turn role-${turn.role}`);
  article.id = `turn-${t}`;
  article.dataset.testid = 'transcript-turn';
  article.dataset.turn = String(t);
  article.tabIndex = -1;
  const flagKinds = [...new Set(turn.flags.map((f) => f.kind))];
  if (flagKinds.includes('generation_error')) article.classList.add('is-error');

  const header = htmlEl('header', 'turn-head');
  header.append(htmlEl('span', 'turn-no', String(t + 1)));
  const who = htmlEl('span', 'turn-speaker', speaker.name);
  header.append(who, htmlEl('span', `role-tag role-${turn.role}`, turn.role));
  if (typeof turn.time_start === 'number') header.append(htmlEl('span', 'turn-time', formatClock(turn.time_start)));
  for (const kind of flagKinds) header.append(htmlEl('span', `flag-badge flag-${kind}`, FLAG_BADGES[kind] ?? kind));
  article.append(header);

  const body = htmlEl('p', 'turn-text');
  const base = model.mentionStart[t];
  const ids = turn.mentions.map((_, i) => (shown(base + i) ? base + i : -1));
  for (const seg of segmentTurn(turn, ids)) {
    const words = turn.text.slice(seg.start, seg.end);
    let node: Node = document.createTextNode(words);
    if (seg.mentions.length) {
      const inner = model.mentions[seg.mentions[seg.mentions.length - 1]].mention;
      const mark = htmlEl('mark', `hl k-${inner.kind}${inner.negated ? ' neg' : ''}${inner.hypothetical ? ' hyp' : ''}`);
      mark.dataset.testid = 'transcript-mention';
      mark.dataset.mentions = seg.mentions.join(' ');
      mark.title = seg.mentions
        .map((id) => {
          const m = model.mentions[id].mention;
          return [mentionWhat(m), ...mentionQualifiers(m)].join(' · ');
        })
        .join('\n');
      mark.append(node);
      node = mark;
    }
    if (seg.flags.length) {
      const span = htmlEl('span', seg.flags.map((f) => `fl-${f}`).join(' '));
      span.append(node);
      node = span;
    }
    body.append(node);
  }
  article.append(body);
  return article;
}
