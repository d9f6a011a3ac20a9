// Keyboard access to the marks, as one composite widget (roving tabindex): Tab
// reaches the timeline once, the arrow keys move along the session (left,
// right) and between lanes (up, down), Home/End jump to the ends, and Enter
// or Space shows the mention in the transcript.
import type { MentionRef } from '../../model/session-model';

interface Placed {
  ref: MentionRef;
  x: number;
  y: number;
}

export interface MarkKeyboardOptions {
  marks: () => Placed[];
  elementOf: (id: number) => SVGElement | undefined;
  onFocus: (ref: MentionRef, el: SVGElement) => void;
  onBlur: () => void;
  onActivate: (ref: MentionRef) => void;
}

export function attachMarkKeyboard(o: MarkKeyboardOptions) {
  let current = 0;
  let tabStop: SVGElement | undefined;

  function setTabStop(index: number): SVGElement | undefined {
    const list = o.marks();
    if (list.length === 0) return undefined;
    current = Math.max(0, Math.min(list.length - 1, index));
    const el = o.elementOf(list[current].ref.id);
    if (tabStop && tabStop !== el) tabStop.setAttribute('tabindex', '-1');
    el?.setAttribute('tabindex', '0');
    tabStop = el;
    return el;
  }

  function nearestInRow(direction: -1 | 1): number {
    const list = o.marks();
    const here = list[current];
    let best = -1;
    let bestScore = Infinity;
    list.forEach((m, i) => {
      const dy = (m.y - here.y) * direction;
      if (dy < 3) return;
      const score = Math.abs(m.x - here.x) + dy * 0.5;
      if (score < bestScore) {
        bestScore = score;
        best = i;
      }
    });
    return best === -1 ? current : best;
  }

  return {
    /** After a new drawing: keep the place along the session if possible. */
    reset() {
      tabStop = undefined;
      setTabStop(Math.min(current, o.marks().length - 1));
    },
    focusId(id: number) {
      const i = o.marks().findIndex((m) => m.ref.id === id);
      if (i !== -1) setTabStop(i);
    },
    onKeyDown: (event: KeyboardEvent) => {
      const target = event.target as Element;
      if (!target.closest?.('[data-id]')) return;
      const list = o.marks();
      let next = current;
      switch (event.key) {
        case 'ArrowRight':
          next = current + 1;
          break;
        case 'ArrowLeft':
          next = current - 1;
          break;
        case 'PageDown':
          next = current + 10;
          break;
        case 'PageUp':
          next = current - 10;
          break;
        case 'Home':
          next = 0;
          break;
        case 'End':
          next = list.length - 1;
          break;
        case 'ArrowDown':
          next = nearestInRow(1);
          break;
        case 'ArrowUp':
          next = nearestInRow(-1);
          break;
        case 'Enter':
        case ' ':
          event.preventDefault();
          o.onActivate(list[current].ref);
          return;
        case 'Escape':
          o.onBlur();
          return;
        default:
          return;
      }
      event.preventDefault();
      const el = setTabStop(next);
      el?.focus();
      // The canvas stand-in keeps focus while it moves: say where it is now.
      if (el) o.onFocus(list[current].ref, el);
    },
    onFocusIn: (event: FocusEvent) => {
      const el = (event.target as Element).closest?.('[data-id]') as SVGElement | null;
      if (!el) return;
      const i = o.marks().findIndex((m) => m.ref.id === Number(el.getAttribute('data-id')));
      if (i !== -1) setTabStop(i);
      o.onFocus(o.marks()[current].ref, el);
    },
    onFocusOut: () => o.onBlur(),
  };
}
