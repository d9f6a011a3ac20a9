// The card shown beside a mark on hover or keyboard focus: what was found,
// who said it, the words in their sentence, and why it is drawn as it is.
import { mentionContext, mentionQualifiers, mentionWhat } from '../../model/mention-description';
import type { MentionRef, SessionModel } from '../../model/session-model';
import { KIND_LABELS } from '../../model/vocabulary';
import { htmlEl } from '../svg-dom';

export interface Tooltip {
  show(ref: MentionRef, model: SessionModel, anchor: DOMRect): void;
  hide(): void;
}

export function createTooltip(host: HTMLElement): Tooltip {
  const card = htmlEl('div', 'mark-tooltip');
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  host.append(card);
  return {
    show(ref, model, anchor) {
      const m = ref.mention;
      const speaker = model.speakers[ref.speaker];
      const title = htmlEl('div', 'tt-title');
      title.append(htmlEl('span', `tt-kind k-${m.kind}`, KIND_LABELS[m.kind] ?? m.kind), ' ', htmlEl('strong', '', mentionWhat(m)));
      const who = htmlEl('div', 'tt-who', `Turn ${ref.turn + 1} · ${speaker.name} · ${speaker.role}`);
      const [before, words, after] = mentionContext(model.turns[ref.turn].text, m);
      const quote = htmlEl('div', 'tt-quote');
      quote.append(before, htmlEl('mark', '', words), after);
      card.replaceChildren(title, who, quote);
      const qualifiers = mentionQualifiers(m);
      if (qualifiers.length) card.append(htmlEl('div', 'tt-flags', qualifiers.join(' · ')));
      const cues = m.source?.cues?.filter(Boolean) ?? [];
      if (cues.length) card.append(htmlEl('div', 'tt-source', `cues: ${cues.join(', ')}`));
      card.hidden = false;
      // Place beside the mark, inside the host.
      const box = host.getBoundingClientRect();
      const w = card.offsetWidth;
      const h = card.offsetHeight;
      let left = anchor.right - box.left + 10;
      if (left + w > box.width) left = anchor.left - box.left - w - 10;
      let top = anchor.top - box.top - h / 2;
      top = Math.max(0, Math.min(top, box.height - h));
      card.style.left = `${Math.max(0, left)}px`;
      card.style.top = `${top}px`;
    },
    hide() {
      card.hidden = true;
    },
  };
}
