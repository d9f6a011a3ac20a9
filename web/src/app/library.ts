// What is open: one or more sources (a pasted text, files, a sample), each
// analysed into one or more dialogues. Analyses run one source at a time in
// the worker, with progress; a role set by the person re-analyses its source.
import type { AnalysisClient, AnalysisProgress } from '../analysis/analysis-client';
import type { Analysis, AnalysisOptions, CustomLexicon, Role } from '../analysis/feltline-types';

export interface Source {
  name: string;
  /** The transcript text, or null for a saved analysis (which cannot be re-analysed). */
  text: string | null;
  roles: Record<string, Role>;
  /** Custom dictionaries the person added; their hits are mentions of kind "custom". */
  lexicons: CustomLexicon[];
  /** The worker's id for this result (for exporting its JSON). */
  resultId: number;
  analyses: Analysis[];
  /** The core's figures over a corpus, when the source was one. */
  corpusSummary: Record<string, unknown> | null;
}

export interface Dialogue {
  source: Source;
  /** Position in source.analyses. */
  index: number;
  analysis: Analysis;
}

export interface LoadProgress {
  /** Sources finished, and in all. */
  done: number;
  total: number;
  name: string;
  stage: AnalysisProgress['stage'] | 'waiting';
  turnsDone: number;
  turnsTotal: number;
}

export interface Input {
  name: string;
  text: string;
  isAnalysis: boolean;
  /** Roles and dictionaries to analyse with (a shared link's roles, a kept source's settings). */
  roles?: Record<string, Role>;
  lexicons?: CustomLexicon[];
}

export class Library {
  sources: Source[] = [];
  failures: { name: string; error: string }[] = [];

  constructor(private client: AnalysisClient) {}

  get dialogues(): Dialogue[] {
    return this.sources.flatMap((source) => source.analyses.map((analysis, index) => ({ source, index, analysis })));
  }

  /**
   * Replaces what is open with `inputs`, analysed in order. When none of them
   * could be opened, what was open stays open (and `failures` says why).
   * Returns whether anything new was opened.
   */
  async open(inputs: Input[], onProgress: (p: LoadProgress) => void): Promise<boolean> {
    const sources: Source[] = [];
    const failures: { name: string; error: string }[] = [];
    for (const [i, input] of inputs.entries()) {
      const report = (p: Partial<LoadProgress>) =>
        onProgress({ done: i, total: inputs.length, name: input.name, stage: 'waiting', turnsDone: 0, turnsTotal: 0, ...p });
      report({});
      try {
        const progress = (p: AnalysisProgress) => report({ stage: p.stage, turnsDone: p.turnsDone, turnsTotal: p.turnsTotal });
        const settings = { roles: input.roles ?? {}, lexicons: input.lexicons ?? [] };
        const result = input.isAnalysis
          ? await this.client.load(input.text, progress)
          : await this.client.analyze(input.text, sourceOptions(settings), progress);
        sources.push({
          name: input.name,
          text: input.isAnalysis ? null : input.text,
          ...settings,
          resultId: result.source,
          analyses: result.analyses,
          corpusSummary: result.corpusSummary,
        });
      } catch (err) {
        failures.push({ name: input.name, error: err instanceof Error ? err.message : String(err) });
      }
    }
    onProgress({ done: inputs.length, total: inputs.length, name: '', stage: 'receiving', turnsDone: 0, turnsTotal: 0 });
    this.failures = failures;
    if (sources.length === 0) return false;
    this.sources = sources;
    return true;
  }

  /** Closes everything that is open. */
  clear(): void {
    this.sources = [];
    this.failures = [];
  }

  /** Sets a speaker's role in a source and analyses it again. */
  assignRole(source: Source, speaker: string, role: Role, onProgress: (p: LoadProgress) => void): Promise<void> {
    return this.reanalyse(source, { roles: { ...source.roles, [speaker]: role } }, onProgress);
  }

  /** Replaces a source's custom dictionaries and analyses it again. */
  setLexicons(source: Source, lexicons: CustomLexicon[], onProgress: (p: LoadProgress) => void): Promise<void> {
    return this.reanalyse(source, { lexicons }, onProgress);
  }

  private async reanalyse(
    source: Source,
    change: Partial<Pick<Source, 'roles' | 'lexicons'>>,
    onProgress: (p: LoadProgress) => void,
  ): Promise<void> {
    if (source.text === null) throw new Error('a saved analysis cannot be analysed again; open the transcript instead');
    const next = { roles: change.roles ?? source.roles, lexicons: change.lexicons ?? source.lexicons };
    const progress = (p: AnalysisProgress) =>
      onProgress({ done: 0, total: 1, name: source.name, stage: p.stage, turnsDone: p.turnsDone, turnsTotal: p.turnsTotal });
    const result = await this.client.analyze(source.text, sourceOptions(next), progress);
    source.roles = next.roles;
    source.lexicons = next.lexicons;
    source.resultId = result.source;
    source.analyses = result.analyses;
    source.corpusSummary = result.corpusSummary;
  }
}

/** The options a source is analysed with: only what the person set, so the defaults stay the core's. */
export function sourceOptions(s: Pick<Source, 'roles' | 'lexicons'>): AnalysisOptions {
  const options: AnalysisOptions = {};
  if (Object.keys(s.roles).length) options.roles = s.roles;
  if (s.lexicons.length) options.lexicons = s.lexicons;
  return options;
}
