// Figures per speaker and for the session over a range of turns, summed from
// the core's per-turn figures, so that brushing part of the session updates
// the tables. Over the whole session they agree with the core's own speaker
// figures (a test holds them to it); definitions are in docs/metrics.md.
import type { MentionKind, Role } from '../analysis/feltline-types';
import { isShown, type Filters } from '../state/filters';
import { inRange, type TurnRange } from '../state/selection';
import type { MentionRef, SessionModel } from './session-model';
import { turnEchoes, turnQuestions, turnWords } from './stat-fields';

export interface SpeakerFigures {
  speaker: number;
  name: string;
  role: Role;
  turns: number;
  words: number;
  /** Share of all words spoken in the range (0–1). */
  talkShare: number;
  meanWords: number;
  medianWords: number;
  /** null when the analysis has no question counts. */
  questions: { total: number; open: number | null; closed: number | null } | null;
  /** Turns with at least one echo of the client's words. */
  reflections: number;
  mentions: Record<MentionKind, number>;
  /** Of those, denied or imagined. */
  deniedOrImagined: Record<MentionKind, number>;
  /** Distinct emotion categories named (not denied or imagined). */
  emotionCategories: string[];
}

export interface SessionFigures {
  turns: number;
  words: number;
  durationSeconds: number | null;
  therapistWords: number;
  clientWords: number;
  questions: number | null;
  reflections: number;
  firstClientSensationTurn: number | null;
  clientRatings: MentionRef[];
  flagged: Record<'meta_note' | 'generation_error' | 'truncated' | 'quoted', number>;
}

function isSpeech(model: SessionModel, t: number): boolean {
  return !model.turns[t].flags.some((f) => f.kind === 'generation_error');
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const noMentions = (): Record<MentionKind, number> => ({ emotion: 0, sensation: 0, analytic: 0, rating: 0, custom: 0 });

export function speakerFigures(model: SessionModel, range: TurnRange | null, filters: Filters): SpeakerFigures[] {
  const first = range ? range.first : 0;
  const last = range ? range.last : model.turns.length - 1;
  const perSpeaker = model.speakers.map((s) => ({
    speaker: s.index,
    name: s.name,
    role: s.role,
    turnWords: [] as number[],
    questions: null as SpeakerFigures['questions'],
    reflections: 0,
    mentions: noMentions(),
    deniedOrImagined: noMentions(),
    categories: new Set<string>(),
  }));
  let allWords = 0;
  for (let t = first; t <= last; t++) {
    const p = perSpeaker[model.speakerOfTurn[t]];
    const turn = model.turns[t];
    if (isSpeech(model, t)) {
      const w = turnWords(turn);
      p.turnWords.push(w);
      allWords += w;
      const q = turnQuestions(turn);
      if (q) {
        p.questions ??= { total: 0, open: q.open === null ? null : 0, closed: q.closed === null ? null : 0 };
        p.questions.total += q.total;
        if (p.questions.open !== null && q.open !== null) p.questions.open += q.open;
        if (p.questions.closed !== null && q.closed !== null) p.questions.closed += q.closed;
      }
      if (turnEchoes(turn) > 0) p.reflections++;
    }
    for (let id = model.mentionStart[t]; id < model.mentionStart[t + 1]; id++) {
      const ref = model.mentions[id];
      if (!isShown(ref, filters)) continue;
      p.mentions[ref.mention.kind]++;
      if (ref.mention.negated || ref.mention.hypothetical) p.deniedOrImagined[ref.mention.kind]++;
      if (ref.mention.kind === 'emotion' && ref.mention.category && !ref.mention.negated && !ref.mention.hypothetical) {
        p.categories.add(ref.mention.category);
      }
    }
  }
  return perSpeaker
    .filter((p) => p.turnWords.length > 0 || Object.values(p.mentions).some((n) => n > 0))
    .map((p) => {
      const words = p.turnWords.reduce((a, b) => a + b, 0);
      return {
        speaker: p.speaker,
        name: p.name,
        role: p.role,
        turns: p.turnWords.length,
        words,
        talkShare: allWords ? words / allWords : 0,
        meanWords: p.turnWords.length ? words / p.turnWords.length : 0,
        medianWords: median(p.turnWords),
        questions: p.questions,
        reflections: p.reflections,
        mentions: p.mentions,
        deniedOrImagined: p.deniedOrImagined,
        emotionCategories: [...p.categories].sort(),
      };
    });
}

export function sessionFigures(model: SessionModel, range: TurnRange | null): SessionFigures {
  const first = range ? range.first : 0;
  const last = range ? range.last : model.turns.length - 1;
  const out: SessionFigures = {
    turns: last - first + 1,
    words: 0,
    durationSeconds: null,
    therapistWords: 0,
    clientWords: 0,
    questions: null,
    reflections: 0,
    firstClientSensationTurn: null,
    clientRatings: [],
    flagged: { meta_note: 0, generation_error: 0, truncated: 0, quoted: 0 },
  };
  const times = model.extents.time;
  if (times && model.turns.length) out.durationSeconds = times[2 * last + 1] - times[2 * first];
  for (let t = first; t <= last; t++) {
    const turn = model.turns[t];
    for (const kind of new Set(turn.flags.map((f) => f.kind))) out.flagged[kind]++;
    if (isSpeech(model, t)) {
      const w = turnWords(turn);
      out.words += w;
      if (turn.role === 'therapist') out.therapistWords += w;
      if (turn.role === 'client') out.clientWords += w;
      const q = turnQuestions(turn);
      if (q) out.questions = (out.questions ?? 0) + q.total;
      if (turn.role === 'therapist' && turnEchoes(turn) > 0) out.reflections++;
    }
  }
  for (const ref of model.mentions) {
    if (!inRange(ref.turn, range) || ref.mention.role !== 'client') continue;
    if (ref.mention.kind === 'sensation' && !ref.mention.negated && !ref.mention.hypothetical && out.firstClientSensationTurn === null) {
      out.firstClientSensationTurn = ref.turn;
    }
    if (ref.mention.kind === 'rating' && !ref.mention.hypothetical) out.clientRatings.push(ref);
  }
  return out;
}
