// Words for a mention, shared by accessible names, tooltips, tables and exports.
import type { Mention } from '../analysis/feltline-types';
import type { MentionRef, SessionModel } from './session-model';
import { label } from './vocabulary';

/** "anxiety", "chest · tightness", "analytic", "anxiety 7/10", "mydict · work". */
export function mentionWhat(m: Mention): string {
  switch (m.kind) {
    case 'emotion':
      return label(m.category || 'emotion');
    case 'sensation':
      return [label(m.region || 'unspecified'), m.quality].filter(Boolean).join(' · ');
    case 'rating': {
      const value = `${m.value ?? '?'}/${m.scale ?? 10}`;
      return m.category ? `${m.category} ${value}` : `rating ${value}`;
    }
    case 'custom':
      return [m.dictionary, m.category].filter(Boolean).join(' · ') || 'custom term';
    case 'analytic':
      return 'analytic language';
  }
}

/** "denied", "imagined", "in quoted speech", "reflects the client's word". */
export function mentionQualifiers(m: Mention): string[] {
  const out: string[] = [];
  if (m.negated) out.push('denied');
  if (m.hypothetical) out.push('imagined');
  if (m.question) out.push('asked in a question');
  if (m.quoted) out.push('in quoted speech');
  if (m.echo) out.push("reflects the client's word");
  if (m.intensity?.length) out.push(`intensity: ${m.intensity.join(', ')}`);
  return out;
}

/** The accessible name of a timeline mark. */
export function mentionAccessibleName(ref: MentionRef, model: SessionModel): string {
  const m = ref.mention;
  const speaker = model.speakers[ref.speaker];
  const qualifiers = mentionQualifiers(m);
  return (
    `Turn ${ref.turn + 1}, ${speaker.name} (${speaker.role}): ${m.kind} ${mentionWhat(m)}, “${m.text}”` +
    (qualifiers.length ? `, ${qualifiers.join(', ')}` : '')
  );
}

/** The words around a mention: [before, words, after], trimmed to about `room` characters each side. */
export function mentionContext(text: string, m: Pick<Mention, 'start' | 'end'>, room = 70): [string, string, string] {
  let a = Math.max(0, m.start - room);
  let b = Math.min(text.length, m.end + room);
  if (a > 0) {
    const space = text.indexOf(' ', a);
    if (space !== -1 && space < m.start) a = space + 1;
  }
  if (b < text.length) {
    const space = text.lastIndexOf(' ', b);
    if (space > m.end) b = space;
  }
  return [
    (a > 0 ? '…' : '') + text.slice(a, m.start).replace(/\s+/g, ' '),
    text.slice(m.start, m.end),
    text.slice(m.end, b).replace(/\s+/g, ' ') + (b < text.length ? '…' : ''),
  ];
}

/**
 * A sequence of self-ratings in words: "anxiety 7/10 (turn 37) → anxiety 4/10
 * (turn 37)", or, when there are more than `max`, the first and the last with
 * how many came between.
 */
export function ratingSequence(refs: MentionRef[], max = 6, withTurns = true): string {
  const one = (r: MentionRef) => (withTurns ? `${mentionWhat(r.mention)} (turn ${r.turn + 1})` : `${r.mention.value ?? '?'}/${r.mention.scale ?? 10}`);
  if (refs.length <= max) return refs.map(one).join(' → ');
  return `${one(refs[0])} → … ${refs.length - 2} more … → ${one(refs[refs.length - 1])}`;
}
