// TypeScript view of the "feltline/1" JSON the core produces (both hosts).
// The C++ headers under core/include/feltline/ are the source of truth; fields
// that other parts of the core add over time are optional here, and the views
// read them through model/stat-fields.ts, which tolerates their absence.

export type Role = 'therapist' | 'client' | 'other' | 'unknown';
export type MentionKind = 'emotion' | 'sensation' | 'analytic' | 'rating' | 'custom';
export type FlagKind = 'meta_note' | 'generation_error' | 'truncated' | 'quoted';

export interface Mention {
  kind: MentionKind;
  start: number; // UTF-16 offsets into the turn's text
  end: number;
  text: string;
  role: Role;
  /** Emotion category; the category a rating rates (or null); custom category. */
  category?: string | null;
  /** Sensation: body region, or "unspecified". */
  region?: string;
  /** Sensation: "tightness", "pressure", ... */
  quality?: string;
  /** Rating: 7 in "7/10". */
  value?: number;
  /** Rating: 10 in "7/10". */
  scale?: number;
  /** Custom: the user dictionary's name. */
  dictionary?: string;
  negated: boolean;
  hypothetical: boolean;
  /** Inside a question ("Did you feel anxious?"): asked about, not reported. */
  question?: boolean;
  quoted: boolean;
  echo: boolean;
  intensity: string[];
  source: { entry: string; cues: string[]; lexicon?: string; rule?: string };
}

export interface TurnFlag {
  kind: FlagKind;
  start: number;
  end: number;
}

/** Per-turn statistics (issue 5); only `words` is guaranteed. */
export type TurnStats = Record<string, unknown> & { words: number };

export interface Turn {
  index: number;
  speaker: string | null;
  role: Role;
  text: string;
  time_start: number | null;
  time_end: number | null;
  line: number;
  flags: TurnFlag[];
  mentions: Mention[];
  stats: TurnStats;
}

export interface Speaker {
  name: string;
  role: Role;
  stats: Record<string, unknown>;
}

export interface Diagnostic {
  severity: 'info' | 'warning' | 'error';
  message: string;
  line: number | null;
}

export interface Analysis {
  schema: 'feltline/1';
  id?: string;
  format: string;
  speakers: Speaker[];
  turns: Turn[];
  session: Record<string, unknown>;
  diagnostics: Diagnostic[];
  metadata: { key: string; value: string }[];
}

/** A dictionary the person brings (LIWC .dic, LIWC-22 .dicx, or the project's JSON lexicon). */
export interface CustomLexicon {
  /** Shown as the custom mentions' "dictionary". */
  name: string;
  format: 'dic' | 'dicx' | 'json';
  /** The file's text. */
  content: string;
}

/** Options as the core reads them (core/include/feltline/options.hpp). */
export interface AnalysisOptions {
  format?: string;
  roles?: Record<string, Role>;
  lexicons?: CustomLexicon[];
  /** What the core prints: the analysis JSON (default) or one of its CSV tables. */
  output?: 'json' | 'turns_csv' | 'mentions_csv';
}
