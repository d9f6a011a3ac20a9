// Figures per speaker and for the session over a range of turns, summed from
// the core's per-turn figures, so that brushing part of the session updates
// the tables. The definitions are the core's (docs/metrics.md): over the whole
// session these agree with its speaker figures, and a test holds them to it.
import type { MentionKind, Role } from '../analysis/feltline-types';
import { isShown, type Filters } from '../state/filters';
import { inRange, type TurnRange } from '../state/selection';
import { mentionStatus } from './mention-status';
import { UNLABELLED, type MentionRef, type SessionModel } from './session-model';
import type { TurnFigures } from './session-model';

export interface SpeakerFigures {
  speaker: number;
  name: string;
  role: Role;
  /** All the speaker's turns, flagged ones included. */
  turns: number;
  /** Turns with at least one word of speech. */
  speechTurns: number;
  words: number;
  /**
   * Share of the words of all speakers in the range (0–1), as the core defines
   * it: unlabelled text (a heading, a plain paragraph) has no speaker, so it is
   * in neither side of the ratio, and its own share is null.
   */
  talkShare: number | null;
  /** Over speech turns. */
  meanWords: number;
  medianWords: number;
  /** null when the analysis has no question counts. */
  questions: { total: number; open: number | null; closed: number | null } | null;
  /** Turns with at least one echo of the client's words. */
  reflections: number;
  /** Asserted mentions (said and meant by the speaker) per kind, within the filters. */
  asserted: Record<MentionKind, number>;
  /** Mentions shown but not asserted: negated, hypothetical or quoted. */
  qualified: Record<MentionKind, number>;
  /** Distinct asserted emotion categories (granularity). */
  emotionCategories: string[];
}

export interface SessionFigures {
  turns: number;
  words: number;
  durationSeconds: number | null;
  therapistWords: number;
  clientWords: number;
  /** Therapist questions, and turns of the therapist with echoes. */
  therapistQuestions: number | null;
  therapistReflections: number;
  firstClientSensationTurn: number | null;
  /** The client's self-ratings in order (not hypothetical ones). */
  clientRatings: MentionRef[];
  flagged: Record<'meta_note' | 'generation_error' | 'truncated' | 'quoted', number>;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const noMentions = (): Record<MentionKind, number> => ({ emotion: 0, sensation: 0, analytic: 0, rating: 0, custom: 0 });

function bounds(model: SessionModel, range: TurnRange | null): [number, number] {
  return range ? [range.first, range.last] : [0, model.turns.length - 1];
}

/** Questions of a turn from the figures, or null when the analysis has none. */
function questionsAt(f: TurnFigures, t: number): { total: number; open: number | null; closed: number | null } | null {
  if (!f.hasQuestions || !f.speech[t]) return null;
  const open = Number.isNaN(f.questionsOpen[t]) ? null : f.questionsOpen[t];
  const closed = Number.isNaN(f.questionsClosed[t]) ? null : f.questionsClosed[t];
  if (open === null && closed === null) return null;
  return { total: (open ?? 0) + (closed ?? 0), open, closed };
}

/**
 * The summary and the figures table both ask for the whole session's figures
 * right after a dialogue opens; one pass over a large session is enough.
 * The last answer of each function is kept (the results are read, never changed).
 */
const lastSpeakerFigures = { model: null as SessionModel | null, range: '', filters: null as Filters | null, value: [] as SpeakerFigures[] };
const lastSessionFigures = { model: null as SessionModel | null, range: '', value: null as SessionFigures | null };
const rangeKey = (range: TurnRange | null) => (range ? `${range.first}-${range.last}` : 'all');

export function speakerFigures(model: SessionModel, range: TurnRange | null, filters: Filters): SpeakerFigures[] {
  const c = lastSpeakerFigures;
  if (c.model !== model || c.range !== rangeKey(range) || c.filters !== filters) {
    Object.assign(c, { model, range: rangeKey(range), filters, value: computeSpeakerFigures(model, range, filters) });
  }
  return c.value;
}

export function sessionFigures(model: SessionModel, range: TurnRange | null): SessionFigures {
  const c = lastSessionFigures;
  if (c.model !== model || c.range !== rangeKey(range) || !c.value) {
    Object.assign(c, { model, range: rangeKey(range), value: computeSessionFigures(model, range) });
  }
  return c.value!;
}

function computeSpeakerFigures(model: SessionModel, range: TurnRange | null, filters: Filters): SpeakerFigures[] {
  const [first, last] = bounds(model, range);
  const per = model.speakers.map((s) => ({
    speaker: s.index,
    name: s.name,
    role: s.role,
    turns: 0,
    speechWords: [] as number[],
    questions: null as SpeakerFigures['questions'],
    reflections: 0,
    asserted: noMentions(),
    qualified: noMentions(),
    categories: new Set<string>(),
  }));
  let allWords = 0;
  for (let t = first; t <= last; t++) {
    const p = per[model.speakerOfTurn[t]];
    p.turns++;
    const w = model.figures.words[t];
    if (w > 0) p.speechWords.push(w);
    if (model.turns[t].speaker !== null) allWords += w;
    const q = questionsAt(model.figures, t);
    if (q) {
      p.questions ??= { total: 0, open: q.open === null ? null : 0, closed: q.closed === null ? null : 0 };
      p.questions.total += q.total;
      if (p.questions.open !== null && q.open !== null) p.questions.open += q.open;
      if (p.questions.closed !== null && q.closed !== null) p.questions.closed += q.closed;
    }
    if (model.figures.echoes[t] > 0) p.reflections++;
    for (let id = model.mentionStart[t]; id < model.mentionStart[t + 1]; id++) {
      const ref = model.mentions[id];
      if (!isShown(ref, filters)) continue;
      const status = mentionStatus(ref, model);
      if (status === 'not_speech') continue;
      if (status === 'asserted') {
        p.asserted[ref.mention.kind]++;
        if (ref.mention.kind === 'emotion' && ref.mention.category) p.categories.add(ref.mention.category);
      } else {
        p.qualified[ref.mention.kind]++;
      }
    }
  }
  return per
    .filter((p) => p.turns > 0)
    .map((p) => {
      const words = p.speechWords.reduce((a, b) => a + b, 0);
      return {
        speaker: p.speaker,
        name: p.name,
        role: p.role,
        turns: p.turns,
        speechTurns: p.speechWords.length,
        words,
        talkShare: p.name === UNLABELLED ? null : allWords ? words / allWords : 0,
        meanWords: p.speechWords.length ? words / p.speechWords.length : 0,
        medianWords: median(p.speechWords),
        questions: p.questions,
        reflections: p.reflections,
        asserted: p.asserted,
        qualified: p.qualified,
        emotionCategories: [...p.categories].sort(),
      };
    });
}

function computeSessionFigures(model: SessionModel, range: TurnRange | null): SessionFigures {
  const [first, last] = bounds(model, range);
  const out: SessionFigures = {
    turns: Math.max(0, last - first + 1),
    words: 0,
    durationSeconds: null,
    therapistWords: 0,
    clientWords: 0,
    therapistQuestions: null,
    therapistReflections: 0,
    firstClientSensationTurn: null,
    clientRatings: [],
    flagged: { meta_note: 0, generation_error: 0, truncated: 0, quoted: 0 },
  };
  const times = model.extents.time;
  if (times && model.turns.length) out.durationSeconds = times[2 * last + 1] - times[2 * first];
  for (let t = first; t <= last; t++) {
    const turn = model.turns[t];
    for (const kind of new Set(turn.flags.map((f) => f.kind))) out.flagged[kind]++;
    const w = model.figures.words[t];
    out.words += w;
    if (turn.role === 'therapist') {
      out.therapistWords += w;
      const q = questionsAt(model.figures, t);
      if (q) out.therapistQuestions = (out.therapistQuestions ?? 0) + q.total;
      if (model.figures.echoes[t] > 0) out.therapistReflections++;
    }
    if (turn.role === 'client') out.clientWords += w;
  }
  for (const ref of model.mentions) {
    if (!inRange(ref.turn, range) || ref.mention.role !== 'client') continue;
    const status = mentionStatus(ref, model);
    if (ref.mention.kind === 'sensation' && status === 'asserted' && out.firstClientSensationTurn === null) out.firstClientSensationTurn = ref.turn;
    if (ref.mention.kind === 'rating' && status !== 'not_speech' && !ref.mention.hypothetical) out.clientRatings.push(ref);
  }
  return out;
}
