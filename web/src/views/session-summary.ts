// The top of the results: what was read (format, turns, speakers and their
// roles, with one-click reassignment when a role is unknown or wrong), what
// the parser noticed, and the session's key figures in words.
import type { Role } from '../analysis/feltline-types';
import { ratingSequence } from '../model/mention-description';
import { isAsserted } from '../model/mention-status';
import { sessionFigures, speakerFigures, type SessionFigures, type SpeakerFigures } from '../model/range-stats';
import type { SessionModel } from '../model/session-model';
import { UNLABELLED } from '../model/session-model';
import { label } from '../model/vocabulary';
import { ALL_SHOWN } from '../state/filters';
import { ROLE_COLOURS } from './palette';
import { htmlEl } from './svg-dom';

const int = new Intl.NumberFormat('en');
const pct = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });

/** The core's format names (docs/formats.md) in words. */
export const FORMAT_NAMES: Record<string, string> = {
  labelled_text: 'labelled text (Name: …)',
  plain: 'plain paragraphs, no speaker labels',
  webvtt: 'WebVTT captions',
  srt: 'SRT subtitles',
  json: 'JSON',
  jsonl: 'JSON Lines',
  csv: 'CSV table',
  tsv: 'TSV table',
};

export interface SummaryOptions {
  /** Where the text came from: a file name, "Pasted transcript", a sample's name. */
  sourceName: string;
  /** Assigning a role re-analyses; absent when there is no text to re-analyse. */
  onAssignRole?: (speaker: string, role: Role) => void;
  /** Controls to keep at the end of the title row (the export menu). */
  actions?: HTMLElement;
  /** Custom dictionaries in use, and how to add or remove one; absent for a saved analysis. */
  dictionaries?: { names: string[]; onAdd: (files: File[]) => void; onRemove: (name: string) => void };
}

function topCounts(values: string[], n: number): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([k, c]) => `${label(k)} ${c}`)
    .join(', ');
}

function card(testid: string, title: string, value: string, detail: string): HTMLElement {
  const c = htmlEl('div', 'figure-card');
  c.dataset.testid = testid;
  c.append(htmlEl('div', 'figure-title', title), htmlEl('div', 'figure-value', value), htmlEl('div', 'figure-detail', detail));
  return c;
}

export function renderSummary(host: HTMLElement, model: SessionModel, o: SummaryOptions): void {
  const a = model.analysis;
  const head = htmlEl('div', 'summary-head');
  const title = htmlEl('h2', 'summary-title', a.id ? `${o.sourceName} · ${a.id}` : o.sourceName);
  const format = htmlEl('span', 'summary-format');
  format.dataset.testid = 'format';
  format.textContent = `Read as ${FORMAT_NAMES[a.format] ?? a.format}`;
  const words = model.turns.reduce((s, t) => s + (Number(t.stats?.words) || 0), 0);
  head.append(title, format, htmlEl('span', 'summary-size', `${int.format(model.turns.length)} turns · ${int.format(words)} words`));

  // Speakers, with their role and share of the talk; unknown roles ask to be set.
  const allFigures = speakerFigures(model, null, ALL_SHOWN);
  const figures = new Map(allFigures.map((f) => [f.speaker, f]));
  const speakers = htmlEl('ul', 'speaker-list');
  speakers.setAttribute('aria-label', 'Speakers');
  for (const s of model.speakers) {
    const f = figures.get(s.index);
    if (!f) continue;
    const li = htmlEl('li', `speaker role-${s.role}`);
    li.dataset.testid = 'speaker';
    li.dataset.speaker = s.name;
    li.dataset.role = s.role;
    const dot = htmlEl('span', 'swatch');
    dot.style.background = ROLE_COLOURS[s.role];
    li.append(dot, htmlEl('strong', '', s.name));
    const canAssign = !!o.onAssignRole && s.name !== UNLABELLED;
    if (canAssign && s.role !== 'unknown') {
      // A known role can be changed from a small menu that reads as the role itself.
      const select = htmlEl('select', 'role-select');
      select.dataset.testid = 'role-select';
      select.setAttribute('aria-label', `Role of ${s.name}`);
      for (const role of ['client', 'therapist', 'other'] as Role[]) {
        const option = htmlEl('option', '', role);
        option.value = role;
        option.defaultSelected = role === s.role;
        select.append(option);
      }
      select.addEventListener('change', () => o.onAssignRole!(s.name, select.value as Role));
      li.append(select);
    } else {
      li.append(htmlEl('span', 'role-tag', s.role));
    }
    if (f.talkShare !== null) li.append(htmlEl('span', 'muted', `${pct.format(f.talkShare)} of words`));
    if (canAssign && s.role === 'unknown') {
      const group = htmlEl('span', 'role-buttons');
      group.setAttribute('role', 'group');
      group.setAttribute('aria-label', `Role of ${s.name}`);
      group.append(htmlEl('span', 'role-ask', 'Who is this?'));
      for (const role of ['client', 'therapist', 'other'] as Role[]) {
        const b = htmlEl('button', 'small role-button', role);
        b.type = 'button';
        b.dataset.testid = `assign-${role}`;
        b.setAttribute('aria-label', `${s.name} is the ${role}: analyse again`);
        b.addEventListener('click', () => o.onAssignRole!(s.name, role));
        group.append(b);
      }
      li.append(group);
    }
    speakers.append(li);
  }

  // The session in a few figures.
  const session = sessionFigures(model, null);
  const client = model.mentions.filter((r) => r.mention.role === 'client');
  const felt = (kind: string) => client.filter((r) => r.mention.kind === kind && isAsserted(r, model));
  const emotions = felt('emotion');
  const sensations = felt('sensation');
  const analytic = client.filter((r) => r.mention.kind === 'analytic');
  const cards = htmlEl('div', 'figure-cards');
  cards.append(
    card(
      'card-emotions',
      'Client’s emotions',
      int.format(emotions.length),
      emotions.length ? topCounts(emotions.map((r) => r.mention.category || 'emotion'), 3) : 'none named',
    ),
    card(
      'card-sensations',
      'Client’s body sensations',
      int.format(sensations.length),
      sensations.length
        ? `${topCounts(sensations.map((r) => r.mention.region || 'unspecified'), 3)}${session.firstClientSensationTurn !== null ? ` · first at turn ${session.firstClientSensationTurn + 1}` : ''}`
        : 'none named',
    ),
    card('card-analytic', 'Client’s analytic words', int.format(analytic.length), analytic.length ? topCounts(analytic.map((r) => r.mention.text.toLowerCase()), 3) : 'none'),
    card(
      'card-ratings',
      'Client’s self-ratings',
      session.clientRatings.length ? ratingSequence(session.clientRatings, 4, false) : '—',
      session.clientRatings.length ? ratingSequence(session.clientRatings, 3) : 'no ratings given',
    ),
  );
  const flagged = [
    session.flagged.meta_note && `${session.flagged.meta_note} with stage notes`,
    session.flagged.truncated && `${session.flagged.truncated} cut off`,
    session.flagged.generation_error && `${session.flagged.generation_error} generation error`,
  ].filter(Boolean) as string[];
  if (flagged.length) {
    const n = session.flagged.meta_note + session.flagged.truncated + session.flagged.generation_error;
    cards.append(card('card-flagged', 'Turns that are not plain speech', int.format(n), flagged.join(' · ')));
  }

  head.append(speakers);
  if (o.dictionaries) head.append(dictionaryControls(o.dictionaries));
  if (o.actions) head.append(o.actions);
  const parts: HTMLElement[] = [head];
  const diagnostics = diagnosticsList(model);
  if (diagnostics) parts.push(diagnostics);
  parts.push(narrative(model, allFigures, session), cards);
  host.replaceChildren(...parts);
}

function dictionaryControls(d: NonNullable<SummaryOptions['dictionaries']>): HTMLElement {
  const box = htmlEl('span', 'dictionaries');
  box.dataset.testid = 'dictionaries';
  for (const name of d.names) {
    const chip = htmlEl('span', 'dictionary-chip', name);
    const remove = htmlEl('button', 'small', '×');
    remove.type = 'button';
    remove.dataset.testid = 'lexicon-remove';
    remove.setAttribute('aria-label', `Stop using the dictionary ${name}`);
    remove.addEventListener('click', () => d.onRemove(name));
    chip.append(remove);
    box.append(chip);
  }
  const input = htmlEl('input', 'visually-hidden');
  input.type = 'file';
  input.multiple = true;
  input.accept = '.dic,.dicx,.json';
  input.id = 'lexicon-input';
  input.dataset.testid = 'lexicon-input';
  input.addEventListener('change', () => {
    d.onAdd([...(input.files ?? [])]);
    input.value = '';
  });
  const label = htmlEl('label', 'button secondary small-label', d.names.length ? 'Add a dictionary…' : 'Custom dictionary…');
  label.htmlFor = 'lexicon-input';
  label.title = 'Count your own words too: a LIWC .dic, a LIWC-22 .dicx or a Feltline .json lexicon. It stays on this machine.';
  box.append(input, label);
  return box;
}

/** The session in two sentences, from the figures: what a first-time reader needs. */
function narrative(model: SessionModel, speakers: SpeakerFigures[], session: SessionFigures): HTMLElement {
  const p = htmlEl('p', 'narrative');
  p.dataset.testid = 'narrative';
  const clients = speakers.filter((f) => f.role === 'client');
  const felt = (kind: string) => model.mentions.filter((r) => r.mention.role === 'client' && r.mention.kind === kind && isAsserted(r, model));
  const sentences: string[] = [];
  if (clients.length) {
    const c = clients[0];
    const emotions = felt('emotion');
    const sensations = felt('sensation');
    const analytic = model.mentions.filter((r) => r.mention.role === 'client' && r.mention.kind === 'analytic').length;
    const parts: string[] = [];
    if (emotions.length) parts.push(`named ${int.format(emotions.length)} emotion${emotions.length === 1 ? '' : 's'} (mostly ${topNames(emotions.map((r) => r.mention.category || 'emotion'), 3)})`);
    if (sensations.length) parts.push(`${int.format(sensations.length)} body sensation${sensations.length === 1 ? '' : 's'} (mostly ${topNames(sensations.map((r) => r.mention.region || 'unspecified'), 3)})`);
    if (analytic) parts.push(`${int.format(analytic)} analytic word${analytic === 1 ? '' : 's'}`);
    sentences.push(
      `Over ${int.format(model.turns.length)} turns, ${c.name} (the client) spoke ${pct.format(c.talkShare ?? 0)} of the words` +
        (parts.length ? ` and ${joinList(parts)}.` : ', naming no emotions or body sensations.'),
    );
  } else {
    sentences.push(`No speaker is marked as the client: choose a role above to read the session from the client's side.`);
  }
  if (session.clientRatings.length) sentences.push(`Self-ratings: ${ratingSequence(session.clientRatings)}.`);
  const f = session.flagged;
  const notSpeech = [f.meta_note && `${f.meta_note} hold stage notes`, f.truncated && `${f.truncated} ${f.truncated === 1 ? 'is' : 'are'} cut off`, f.generation_error && `${f.generation_error} ${f.generation_error === 1 ? 'is a' : 'are'} generation error${f.generation_error === 1 ? '' : 's'}`].filter(Boolean) as string[];
  if (notSpeech.length) sentences.push(`Of the turns, ${joinList(notSpeech)}.`);
  p.textContent = sentences.join(' ');
  return p;
}

function topNames(values: string[], n: number): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return joinList(
    [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, n)
      .map(([k]) => label(k)),
  );
}

function joinList(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

// The core's "roles: no speaker is recognised as … the client" note is said in
// the page's own words beside the role chips that fix it (narrative(): "No
// speaker is marked as the client"), so it is not listed twice; the CLI and the
// exports keep it, and a missing therapist alone is still listed.
const saidByThePage = (d: { message: string }) =>
  /^roles: no speaker is recognised as (the therapist or )?the client\b/.test(d.message);

function diagnosticsList(model: SessionModel): HTMLElement | null {
  const list = (model.analysis.diagnostics ?? []).filter((d) => !saidByThePage(d));
  if (list.length === 0) return null;
  const ul = htmlEl('ul', 'diagnostics');
  ul.dataset.testid = 'diagnostics';
  ul.setAttribute('aria-label', 'What the reader noticed in the input');
  for (const d of list) {
    const li = htmlEl('li', `diagnostic ${d.severity}`);
    li.append(htmlEl('span', 'severity', d.severity === 'info' ? 'Note' : d.severity === 'warning' ? 'Warning' : 'Problem'));
    li.append(d.line ? `Line ${d.line}: ${d.message}` : d.message);
    ul.append(li);
  }
  return ul;
}
