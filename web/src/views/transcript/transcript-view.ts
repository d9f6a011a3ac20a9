// The transcript, turn by turn, in its own scrolling panel. Long transcripts
// are drawn in blocks of turns only when they come near the visible area (and
// dropped again far from it, keeping their measured height), so a 1 MB
// session scrolls as smoothly as a short one. Picking a mention anywhere
// scrolls here to its words and highlights them.
import type { SessionModel } from '../../model/session-model';
import { isShown } from '../../state/filters';
import { queueRender, rendersSettled } from '../../state/render-queue';
import type { ViewState } from '../../state/view-state';
import { activeElementNear, htmlEl } from '../svg-dom';
import { turnElement } from './turn-element';

const BLOCK = 40;
/** Transcripts of up to this many blocks are drawn whole and stay drawn. */
const ALWAYS_DRAWN_BLOCKS = 3;
const LINE_CHARS = 95;
const LINE_PX = 22;

interface Block {
  el: HTMLElement;
  first: number;
  last: number;
  drawn: boolean;
}

export interface TranscriptView {
  /** Draws every turn (before printing or exporting). */
  drawAll(): void;
}

export interface TranscriptOptions {
  /**
   * Whether bringing a turn into view may scroll the page too (the app), or
   * only the transcript's own panel (a viewer inside someone's lesson page).
   */
  scrollPage?: boolean;
}

export function createTranscriptView(
  scroller: HTMLElement,
  state: ViewState,
  announce: (text: string) => void,
  { scrollPage = true }: TranscriptOptions = {},
): TranscriptView {
  scroller.classList.add('transcript');
  let blocks: Block[] = [];
  let flashed: Element[] = [];
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const block = blocks[Number((entry.target as HTMLElement).dataset.block)];
        if (!block) continue;
        if (entry.isIntersecting) draw(block);
        else if (blocks.length > ALWAYS_DRAWN_BLOCKS && block.drawn && !block.el.contains(activeElementNear(scroller))) undraw(block);
      }
    },
    { root: scroller, rootMargin: '1200px 0px' },
  );

  const shown = (id: number) => {
    const model = state.model.value;
    return !!model && isShown(model.mentions[id], state.filters.value);
  };

  function estimate(model: SessionModel, first: number, last: number): number {
    let px = 0;
    for (let t = first; t <= last; t++) px += 40 + Math.ceil(model.turns[t].text.length / LINE_CHARS) * LINE_PX;
    return px;
  }

  function draw(block: Block): void {
    const model = state.model.value;
    if (!model || block.drawn) return;
    const fragment = document.createDocumentFragment();
    for (let t = block.first; t <= block.last; t++) fragment.append(turnElement(model, t, shown));
    block.el.replaceChildren(fragment);
    block.el.style.minHeight = '';
    block.drawn = true;
  }

  function undraw(block: Block): void {
    block.el.style.minHeight = `${block.el.offsetHeight}px`;
    block.el.replaceChildren();
    block.drawn = false;
  }

  function render(): void {
    observer.disconnect();
    const model = state.model.value;
    blocks = [];
    flashed = [];
    if (!model) {
      scroller.replaceChildren();
      return;
    }
    const fragment = document.createDocumentFragment();
    for (let first = 0; first < model.turns.length; first += BLOCK) {
      const last = Math.min(model.turns.length - 1, first + BLOCK - 1);
      const el = htmlEl('div', 'turn-block');
      el.dataset.block = String(blocks.length);
      el.style.minHeight = `${estimate(model, first, last)}px`;
      blocks.push({ el, first, last, drawn: false });
      fragment.append(el);
    }
    // Back to the top (layout is clean at this point, so this is cheap).
    if (scroller.scrollTop) scroller.scrollTop = 0;
    scroller.replaceChildren(fragment);
    // Short transcripts are drawn at once; long ones as they scroll into view.
    if (blocks.length <= ALWAYS_DRAWN_BLOCKS) blocks.forEach(draw);
    for (const b of blocks) observer.observe(b.el);
  }

  /** Redraws the drawn blocks (the filters changed which words are highlighted). */
  function refresh(): void {
    for (const b of blocks) {
      if (!b.drawn) continue;
      b.drawn = false;
      draw(b);
    }
  }

  function blockOf(turn: number): Block | undefined {
    return blocks[Math.floor(turn / BLOCK)];
  }

  function scrollToTurn(turn: number): HTMLElement | null {
    const block = blockOf(turn);
    if (!block) return null;
    draw(block);
    // Neighbours too, so the scroll lands where it will stay.
    const i = blocks.indexOf(block);
    if (blocks[i - 1]) draw(blocks[i - 1]);
    if (blocks[i + 1]) draw(blocks[i + 1]);
    return block.el.querySelector<HTMLElement>(`#turn-${turn}`);
  }

  function reveal(el: HTMLElement, block: 'start' | 'center'): void {
    if (scrollPage) return el.scrollIntoView({ block, inline: 'nearest' });
    const box = scroller.getBoundingClientRect();
    const at = el.getBoundingClientRect();
    const offset = block === 'start' ? at.top - box.top : at.top - box.top - (box.height - at.height) / 2;
    scroller.scrollTop += offset;
  }

  function clearFlash(): void {
    for (const el of flashed) el.classList.remove('flash');
    flashed = [];
  }

  state.picked.watch((id) => void rendersSettled().then(() => showPicked(id)));
  function showPicked(id: number | null): void {
    const model = state.model.value;
    clearFlash();
    if (id === null || !model) return;
    const ref = model.mentions[id];
    const turnEl = scrollToTurn(ref.turn);
    if (!turnEl) return;
    const marks = [...turnEl.querySelectorAll('[data-mentions]')].filter((el) =>
      (el as HTMLElement).dataset.mentions!.split(' ').includes(String(id)),
    );
    const target = (marks[0] as HTMLElement | undefined) ?? turnEl;
    reveal(target, 'center');
    for (const el of marks) el.classList.add('flash');
    turnEl.classList.add('flash-turn');
    flashed = [...marks, turnEl];
    announce(`Turn ${ref.turn + 1}: “${ref.mention.text}” highlighted in the transcript.`);
  }

  state.shownTurn.watch((shownTurn) => void rendersSettled().then(() => showTurn(shownTurn)));
  function showTurn(shownTurn: { turn: number } | null): void {
    clearFlash();
    if (!shownTurn) return;
    const turnEl = scrollToTurn(shownTurn.turn);
    if (!turnEl) return;
    reveal(turnEl, 'start');
    turnEl.classList.add('flash-turn');
    flashed = [turnEl];
    announce(`Turn ${shownTurn.turn + 1} shown in the transcript.`);
  }

  state.model.watch(() => queueRender(render));
  state.filters.watch(() => queueRender(refresh));
  addEventListener('beforeprint', () => blocks.forEach(draw));

  return { drawAll: () => blocks.forEach(draw) };
}
