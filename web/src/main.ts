// Feltline page: wires the input, the analysis worker and the views.
import { AnalysisClient } from './analysis/analysis-client';
import type { Analysis } from './analysis/feltline-types';
import { renderTurnTable } from './views/turn-table';

const input = document.querySelector<HTMLTextAreaElement>('#transcript-input')!;
const analyzeButton = document.querySelector<HTMLButtonElement>('#analyze')!;
const status = document.querySelector<HTMLElement>('#status')!;
const results = document.querySelector<HTMLElement>('#results')!;
const summary = document.querySelector<HTMLElement>('#summary')!;
const diagnostics = document.querySelector<HTMLUListElement>('#diagnostics')!;
const turnRows = document.querySelector<HTMLTableSectionElement>('#turns tbody')!;

const client = new AnalysisClient();
client.ready.then(
  (version) => {
    document.documentElement.dataset.coreReady = 'true';
    document.documentElement.dataset.coreVersion = version;
  },
  (err: Error) => {
    status.textContent = `The analysis engine could not start: ${err.message}`;
  },
);

function showAnalysis(analysis: Analysis): void {
  const speakers = analysis.speakers.map((s) => `${s.name} (${s.role})`).join(', ') || 'no speaker labels';
  summary.textContent = `${analysis.turns.length} turns · format ${analysis.format} · ${speakers}`;
  diagnostics.replaceChildren(
    ...analysis.diagnostics.map((d) => {
      const li = document.createElement('li');
      li.className = `diagnostic ${d.severity}`;
      li.textContent = d.line ? `Line ${d.line}: ${d.message}` : d.message;
      return li;
    }),
  );
  renderTurnTable(turnRows, analysis);
  results.hidden = false;
}

async function analyze(): Promise<void> {
  analyzeButton.disabled = true;
  status.textContent = 'Analysing…';
  const started = performance.now();
  try {
    const { analyses } = await client.analyze(input.value);
    showAnalysis(analyses[0]);
    status.textContent = `Done in ${Math.round(performance.now() - started)} ms.`;
  } catch (err) {
    results.hidden = true;
    status.textContent = err instanceof Error ? err.message : String(err);
  } finally {
    analyzeButton.disabled = false;
  }
}

analyzeButton.addEventListener('click', () => void analyze());
input.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void analyze();
});
