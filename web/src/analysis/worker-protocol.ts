// Messages between the page and the analysis worker.
//
// The worker does everything that costs time: the WebAssembly analysis, parsing
// the JSON, and cutting each analysis into small messages, so that no single
// message takes the page long to receive (structured-clone decoding happens on
// the receiving thread). A request is answered by:
//   progress*  (stage changes)
//   dialogue   (one per analysis: everything but the turns, and the turn count)
//   turns*     (the turns of that dialogue in order, in batches)
//   done | failed
import type { Analysis, Turn } from './feltline-types';

export type WorkerRequest =
  /** Analyse transcript text with the core. */
  | { type: 'analyze'; id: number; text: string; options: string }
  /** Load an analysis saved earlier ("feltline/1" JSON or JSON Lines of them). */
  | { type: 'load'; id: number; json: string }
  /** The analysis of dialogue `dialogue` of request `source`, as pretty JSON. */
  | { type: 'export-json'; id: number; source: number; dialogue: number }
  /** The core's own CSV (options.output "turns_csv" or "mentions_csv") for a text. */
  | { type: 'csv'; id: number; text: string; options: string }
  /** Drop what is kept of one result for export, or of all of them; no answer. */
  | { type: 'forget'; id: number; source?: number };

export type AnalysisHeader = Omit<Analysis, 'turns'>;

export type WorkerMessage =
  | { type: 'ready'; version: string }
  | { type: 'startup-failed'; error: string }
  | { type: 'progress'; id: number; stage: 'analysing' | 'reading' | 'sending'; done?: number; total?: number }
  | { type: 'dialogue'; id: number; dialogue: number; dialogues: number; header: AnalysisHeader; turnCount: number }
  /** The summary line that ends a corpus's JSON Lines. */
  | { type: 'corpus-summary'; id: number; summary: Record<string, unknown> }
  | { type: 'turns'; id: number; dialogue: number; turns: Turn[] }
  | { type: 'done'; id: number; dialogues: number; bytes: number }
  | { type: 'failed'; id: number; error: string }
  | { type: 'export-json'; id: number; json: string }
  /** `csv` is null when this core cannot write CSV (the page then writes it). */
  | { type: 'csv'; id: number; csv: string | null };
