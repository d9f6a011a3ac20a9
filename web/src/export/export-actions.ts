// The export buttons: JSON (the whole analysis), CSV (turns, mentions), the
// timeline and the body map as SVG or PNG, and the self-contained HTML report.
// The writers of those formats load on the first export, not on the first
// visit: few visits export, and the first visit's bytes are budgeted (issue 2).
// The service worker still caches their chunk, so exporting works offline.
import type { AnalysisClient } from '../analysis/analysis-client';
import { sourceOptions, type Dialogue } from '../app/library';
import { buildSessionModel, type SessionModel } from '../model/session-model';
import { describeRange } from '../state/selection';
import type { ViewState } from '../state/view-state';
import { baseName, download } from './download';

const formatWriters = () => import('./format-writers');

export interface ExportContext {
  client: AnalysisClient;
  state: ViewState;
  dialogue: () => Dialogue | null;
  timelineSvgs: () => SVGSVGElement[];
  bodyMapSvg: () => SVGSVGElement | null;
  summary: () => HTMLElement | null;
  tables: () => HTMLElement | null;
  coreVersion: () => string;
  report: (message: string) => void;
}

type Figure = 'timeline' | 'body-map';

export function createExportActions(c: ExportContext) {
  function current(): { d: Dialogue; model: SessionModel; base: string } {
    const d = c.dialogue();
    const model = c.state.model.value;
    if (!d || !model) throw new Error('analyse a transcript first');
    return { d, model, base: baseName(d.source.name, d.source.analyses.length > 1 ? d.analysis.id ?? String(d.index + 1) : undefined) };
  }

  /** A CSV of every dialogue of the current source: the core's own when it can, else written here. */
  async function csv(output: 'turns_csv' | 'mentions_csv'): Promise<string> {
    const { d } = current();
    const source = d.source;
    if (source.text !== null) {
      const fromCore = await c.client.csv(source.text, sourceOptions(source), output);
      if (fromCore !== null) return fromCore;
    }
    const models = source.analyses.map(buildSessionModel);
    const { mentionsCsv, turnsCsv } = await formatWriters();
    return output === 'turns_csv' ? turnsCsv(models) : mentionsCsv(models);
  }

  function sourceBase(): string {
    return baseName(current().d.source.name);
  }

  async function figure(which: Figure): Promise<SVGSVGElement> {
    const { d, model } = current();
    const { composeFigure } = await formatWriters();
    const range = describeRange(c.state.range.value, model.turns.length);
    const name = d.analysis.id ? `${d.source.name} · ${d.analysis.id}` : d.source.name;
    if (which === 'timeline') {
      const charts = c.timelineSvgs();
      if (charts.length === 0) throw new Error('the timeline is not drawn yet');
      return composeFigure(`Feltline · ${name}`, `Emotions, body sensations and analytic language along the session, with turn statistics (${model.turns.length} turns)`, charts);
    }
    const body = c.bodyMapSvg();
    if (!body) throw new Error('the body map is not drawn yet');
    return composeFigure(`Feltline · ${name}`, `Where in the body sensations were mentioned · ${range}`, [body], 460);
  }

  async function svgFile(which: Figure, suffix: string): Promise<void> {
    const { svgText } = await formatWriters();
    download(svgText(await figure(which)), `${current().base}.${suffix}.svg`, 'image/svg+xml');
  }

  async function pngFile(which: Figure, suffix: string): Promise<void> {
    const { pngFromSvg, svgText } = await formatWriters();
    const svg = await figure(which);
    const png = await pngFromSvg(svgText(svg), Number(svg.getAttribute('width')), Number(svg.getAttribute('height')));
    download(png, `${current().base}.${suffix}.png`, 'image/png');
  }

  const actions: Record<string, () => Promise<void>> = {
    async json() {
      const { d, base } = current();
      const json = await c.client.exportJson(d.source.resultId, d.index);
      download(json, `${base}.feltline.json`, 'application/json');
    },
    async csvTurns() {
      download(await csv('turns_csv'), `${sourceBase()}.turns.csv`, 'text/csv;charset=utf-8');
    },
    async csvMentions() {
      download(await csv('mentions_csv'), `${sourceBase()}.mentions.csv`, 'text/csv;charset=utf-8');
    },
    async svgTimeline() {
      await svgFile('timeline', 'timeline');
    },
    async svgBody() {
      await svgFile('body-map', 'body-map');
    },
    async pngTimeline() {
      await pngFile('timeline', 'timeline');
    },
    async pngBody() {
      await pngFile('body-map', 'body-map');
    },
    async html() {
      const { d, model, base } = current();
      const { htmlReport } = await formatWriters();
      const html = htmlReport({
        model,
        sourceName: d.source.name,
        summary: c.summary(),
        tables: c.tables(),
        timeline: await figure('timeline'),
        bodyMap: await figure('body-map'),
        filters: c.state.filters.value,
        coreVersion: c.coreVersion(),
      });
      download(html, `${base}.report.html`, 'text/html;charset=utf-8');
    },
  };

  return {
    run(name: keyof typeof actions) {
      actions[name]().then(
        () => c.report('Saved.'),
        (err: unknown) => c.report(`Could not export: ${err instanceof Error ? err.message : String(err)}`),
      );
    },
  };
}
