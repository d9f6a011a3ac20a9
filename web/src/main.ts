// Feltline page: wires the input, the analysis worker, the linked views and
// the exports. Views only read the shared view state (state/view-state.ts).
import './styles/app.css';
import './styles/print.css';
import { AnalysisClient } from './analysis/analysis-client';
import type { Role } from './analysis/feltline-types';
import { createDeviceKeeping } from './app/device-keeping';
import { Library, type Dialogue, type Input, type LoadProgress } from './app/library';
import { warmUpViews } from './app/view-warm-up';
import { inputFromLink, looksLikeSharedLink, shareSource } from './app/shared-links';
import { createExportActions } from './export/export-actions';
import { readFiles } from './input/file-reading';
import { readLexicons } from './input/lexicon-files';
import { SAMPLES } from './input/sample-transcripts';
import { buildSessionModel } from './model/session-model';
import { registerServiceWorker } from './offline/register-service-worker';
import { queueRender } from './state/render-queue';
import { createViewState } from './state/view-state';
import { createBodyMap } from './views/body-map/body-map-view';
import { renderDialogueList } from './views/dialogue-list';
import { createFiltersPanel } from './views/filters-panel';
import { createProgressView } from './views/progress-view';
import { renderSummary } from './views/session-summary';
import { createStatsStrip } from './views/stats-strip';
import { createStatsTables } from './views/stats-tables';
import { createTimeline } from './views/timeline/timeline-view';
import { createTimelineTable } from './views/timeline/timeline-table';
import { createTimelineToolbar } from './views/timeline/timeline-toolbar';
import { createTranscriptView } from './views/transcript/transcript-view';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

const input = $<HTMLTextAreaElement>('#transcript-input');
const inputPanel = $('#input-panel');
const analyzeButton = $<HTMLButtonElement>('#analyze');
const newButton = $<HTMLButtonElement>('#new-transcript');
const fileInput = $<HTMLInputElement>('#file-input');
const sampleSelect = $<HTMLSelectElement>('#sample-select');
const status = $('#status');
const results = $('#results');
const summary = $('#summary');
const tablesHost = $('#stats-tables');
const dialogueList = $('#dialogue-list');
const dropOverlay = $('#drop-overlay');
const announcer = $('#announcer');
const exportMenu = $<HTMLDetailsElement>('#export-menu');
const keepSwitch = $<HTMLInputElement>('#keep-switch');
const forgetButton = $<HTMLButtonElement>('#forget-everything');

const client = new AnalysisClient();
const library = new Library(client);
const state = createViewState();
const progress = createProgressView($('#progress'));
let coreVersion = '';
let current: Dialogue | null = null;

const announce = (text: string) => {
  announcer.textContent = text;
};

client.ready
  // The views drawn once out of sight first, so the first Analyse does not pay
  // the page's one-time costs (app/view-warm-up.ts); a failure there changes nothing.
  .then((version) => warmUpViews(client, results).then(() => version, () => version))
  .then(
    (version) => {
      coreVersion = version;
      document.documentElement.dataset.coreReady = 'true';
      document.documentElement.dataset.coreVersion = version;
      registerServiceWorker((reload) => offerUpdate(reload));
    },
    (err: Error) => {
      status.textContent = `The analysis engine could not start: ${err.message}`;
    },
  );

// Views.
const timeline = createTimeline($('#timeline'), state);
const timelineTable = createTimelineTable($('#timeline-table'), state);
createTimelineToolbar($('#timeline-toolbar'), state, (on) => timelineTable.setVisible(on));
const strip = createStatsStrip($('#turn-stats'), state);
const bodyMap = createBodyMap($('#body-map'), state);
createStatsTables(tablesHost, state);
createFiltersPanel($('#filters'), state);
createTranscriptView($('#transcript'), state, announce);

const exports = createExportActions({
  client,
  state,
  dialogue: () => current,
  timelineSvgs: () => [timeline.svg(), strip.svg()].filter((s): s is SVGSVGElement => s !== null),
  bodyMapSvg: () => bodyMap.svg(),
  summary: () => summary,
  tables: () => tablesHost,
  coreVersion: () => coreVersion,
  report: (message) => {
    status.textContent = message;
    exportMenu.open = false;
  },
});
const exportButtons: Record<string, Parameters<typeof exports.run>[0]> = {
  'export-json': 'json',
  'export-csv': 'csvTurns',
  'export-csv-mentions': 'csvMentions',
  'export-svg': 'svgTimeline',
  'export-svg-body-map': 'svgBody',
  'export-png': 'pngTimeline',
  'export-png-body-map': 'pngBody',
  'export-html': 'html',
};
for (const [testid, action] of Object.entries(exportButtons)) {
  document.querySelector(`[data-testid="${testid}"]`)?.addEventListener('click', () => exports.run(action));
}
document.querySelector('[data-testid="share-link"]')?.addEventListener('click', () => {
  exportMenu.open = false;
  if (current) shareSource(current.source).catch((err: unknown) => (status.textContent = err instanceof Error ? err.message : String(err)));
});

// What this device keeps: nothing, unless the person switches keeping on.
const keeping = createDeviceKeeping({
  toggle: keepSwitch,
  forgetButton,
  library,
  open: (inputs) => open(inputs),
  clearAll: () => {
    library.clear();
    client.forget();
    show(null);
    input.value = '';
    inputPanel.hidden = false;
    newButton.hidden = true;
    if (looksLikeSharedLink(location.href)) history.replaceState(null, '', location.pathname + location.search);
  },
  report: (message) => (status.textContent = message),
  skipRestore: looksLikeSharedLink(location.href),
});

function offerUpdate(reload: () => void): void {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'link-button';
  button.textContent = 'Reload';
  button.addEventListener('click', reload);
  status.replaceChildren('A new version of Feltline is ready. ', button);
}

function show(dialogue: Dialogue | null): void {
  current = dialogue;
  renderDialogueList(dialogueList, library.dialogues, current, show);
  if (!dialogue) {
    results.hidden = true;
    exportMenu.hidden = true;
    state.model.set(null);
    return;
  }
  results.hidden = false;
  inputPanel.hidden = true;
  newButton.hidden = false;
  exportMenu.hidden = false;
  const model = buildSessionModel(dialogue.analysis);
  queueRender(() =>
    renderSummary(summary, model, {
      sourceName: dialogue.source.name,
      onAssignRole: dialogue.source.text === null ? undefined : (speaker, role) => void assignRole(dialogue, speaker, role),
      dictionaries:
        dialogue.source.text === null
          ? undefined
          : {
              names: dialogue.source.lexicons.map((l) => l.name),
              onAdd: (files) => void addLexicons(dialogue, files),
              onRemove: (name) => void reanalyse(dialogue, () => library.setLexicons(dialogue.source, dialogue.source.lexicons.filter((l) => l.name !== name), progress.show), `${name} is no longer used.`),
            },
    }),
    'summary',
  );
  state.model.set(model);
  announce(`${dialogue.source.name}: ${model.turns.length} turns, ${model.mentions.length} mentions.`);
}

function busy(on: boolean): void {
  analyzeButton.disabled = on;
  fileInput.disabled = on;
  sampleSelect.disabled = on;
  document.documentElement.dataset.busy = String(on);
}

async function open(inputs: Input[]): Promise<void> {
  busy(true);
  status.textContent = '';
  const started = performance.now();
  performance.mark('feltline:analyse-start');
  try {
    const opened = await library.open(inputs, (p: LoadProgress) => progress.show(p));
    const failed = library.failures.map((f) => `${f.name}: ${f.error}`);
    if (!opened) {
      // Nothing new could be read: say why, and keep what was shown.
      status.textContent = failed.join('; ') || 'Nothing to analyse.';
      return;
    }
    const dialogues = library.dialogues;
    keeping.changed();
    show(dialogues[0] ?? null);
    if (dialogues[0]) await timeline.drawn();
    const took = `${Math.round(performance.now() - started)} ms`;
    status.textContent = `Analysed in ${took}${dialogues.length > 1 ? ` · ${dialogues.length} dialogues` : ''}.${failed.length ? ` Not opened: ${failed.join('; ')}` : ''}`;
  } finally {
    progress.hide();
    busy(false);
  }
}

/** Runs a re-analysis of the dialogue's source, then shows the same dialogue again. */
async function reanalyse(dialogue: Dialogue, run: () => Promise<void>, done: string): Promise<void> {
  busy(true);
  try {
    await run();
    keeping.changed();
    const again = library.dialogues.find((d) => d.source === dialogue.source && d.index === dialogue.index) ?? library.dialogues[0] ?? null;
    show(again);
    await timeline.drawn();
    status.textContent = done;
  } catch (err) {
    status.textContent = err instanceof Error ? err.message : String(err);
  } finally {
    progress.hide();
    busy(false);
  }
}

function assignRole(dialogue: Dialogue, speaker: string, role: Role): Promise<void> {
  return reanalyse(dialogue, () => library.assignRole(dialogue.source, speaker, role, progress.show), `${speaker} is now the ${role}; analysed again.`);
}

async function addLexicons(dialogue: Dialogue, files: File[]): Promise<void> {
  const { lexicons, refused } = await readLexicons(files);
  if (lexicons.length) {
    const names = new Set(lexicons.map((l) => l.name));
    const kept = dialogue.source.lexicons.filter((l) => !names.has(l.name));
    await reanalyse(dialogue, () => library.setLexicons(dialogue.source, [...kept, ...lexicons], progress.show), `Analysed again with ${[...names].join(', ')}.`);
  }
  if (refused.length) status.textContent = `${status.textContent ?? ''} ${refused.join(' ')}`.trim();
}

// Input: paste and analyse.
function analysePasted(): void {
  if (analyzeButton.disabled) return;
  // A shared Feltline link pasted as it is opens its transcript.
  if (looksLikeSharedLink(input.value)) return void openLink(input.value.trim());
  void open([{ name: 'Pasted transcript', text: input.value, isAnalysis: false }]);
}

async function openLink(link: string): Promise<void> {
  try {
    const shared = await inputFromLink(link);
    input.value = shared.text;
    await open([shared]);
  } catch (err) {
    status.textContent = `This link could not be opened: ${err instanceof Error ? err.message : String(err)}.`;
  }
}

// A shared link opens its transcript (the fragment never reaches a server);
// otherwise what was kept on this device, if keeping is on.
if (looksLikeSharedLink(location.href)) void keeping.restored.then(() => openLink(location.href));
addEventListener('hashchange', () => {
  if (looksLikeSharedLink(location.href)) void openLink(location.href);
});
analyzeButton.addEventListener('click', analysePasted);
input.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) analysePasted();
});
newButton.addEventListener('click', () => {
  inputPanel.hidden = false;
  input.focus();
});

// Input: files, opened or dropped.
async function openFiles(files: File[]): Promise<void> {
  if (files.length === 0) return;
  const { opened, refused } = await readFiles(files);
  if (opened.length) await open(opened);
  if (refused.length) status.textContent = `${status.textContent ?? ''} ${refused.join(' ')}`.trim();
}
fileInput.addEventListener('change', () => {
  void openFiles([...(fileInput.files ?? [])]);
  fileInput.value = '';
});
let dragDepth = 0;
const carriesFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');
document.addEventListener('dragenter', (e) => {
  if (!carriesFiles(e)) return;
  dragDepth++;
  dropOverlay.hidden = false;
});
document.addEventListener('dragleave', (e) => {
  if (!carriesFiles(e)) return;
  if (--dragDepth <= 0) dropOverlay.hidden = true;
});
document.addEventListener('dragover', (e) => {
  if (carriesFiles(e)) e.preventDefault();
});
document.addEventListener('drop', (e) => {
  if (!carriesFiles(e)) return;
  e.preventDefault();
  dragDepth = 0;
  dropOverlay.hidden = true;
  void openFiles([...(e.dataTransfer?.files ?? [])]);
});

// Input: the project's samples.
for (const sample of SAMPLES) {
  const option = document.createElement('option');
  option.value = sample.fileName;
  option.textContent = sample.title;
  sampleSelect.append(option);
}
sampleSelect.addEventListener('change', async () => {
  const sample = SAMPLES.find((s) => s.fileName === sampleSelect.value);
  sampleSelect.value = '';
  if (!sample) return;
  const text = await sample.load();
  input.value = text;
  await open([{ name: sample.fileName, text, isAnalysis: false }]);
});
