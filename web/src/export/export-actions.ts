// The export buttons: JSON (the whole analysis), CSV (turns, mentions), the
// timeline and the body map as SVG or PNG, and the self-contained HTML report.
import type { AnalysisClient } from '../analysis/analysis-client';
import { sourceOptions, type Dialogue } from '../app/library';
import { buildSessionModel, type SessionModel } from '../model/session-model';
import { describeRange } from '../state/selection';
import type { ViewState } from '../state/view-state';
import { mentionsCsv, turnsCsv } from './csv-tables';
import { baseName, download } from './download';
import { composeFigure, svgText } from './figure-svg';
import { pngFromSvg } from './figure-png';
import { htmlReport } from './html-report';

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

/** What an export button asks for. */
export type ExportAction =
  | 'json'
  | 'csvTurns'
  | 'csvMentions'
  | 'svgTimeline'
  | 'svgBody'
  | 'pngTimeline'
  | 'pngBody'
  | 'html';

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
    return output === 'turns_csv' ? turnsCsv(models) : mentionsCsv(models);
  }

  function sourceBase(): string {
    return baseName(current().d.source.name);
  }

  function figure(which: Figure): SVGSVGElement {
    const { d, model } = current();
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

  const actions: Record<ExportAction, () => Promise<void>> = {
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
      download(svgText(figure('timeline')), `${current().base}.timeline.svg`, 'image/svg+xml');
    },
    async svgBody() {
      download(svgText(figure('body-map')), `${current().base}.body-map.svg`, 'image/svg+xml');
    },
    async pngTimeline() {
      const svg = figure('timeline');
      const png = await pngFromSvg(svgText(svg), Number(svg.getAttribute('width')), Number(svg.getAttribute('height')));
      download(png, `${current().base}.timeline.png`, 'image/png');
    },
    async pngBody() {
      const svg = figure('body-map');
      const png = await pngFromSvg(svgText(svg), Number(svg.getAttribute('width')), Number(svg.getAttribute('height')));
      download(png, `${current().base}.body-map.png`, 'image/png');
    },
    async html() {
      const { d, model, base } = current();
      const html = htmlReport({
        model,
        sourceName: d.source.name,
        summary: c.summary(),
        tables: c.tables(),
        timeline: figure('timeline'),
        bodyMap: figure('body-map'),
        filters: c.state.filters.value,
        coreVersion: c.coreVersion(),
      });
      download(html, `${base}.report.html`, 'text/html;charset=utf-8');
    },
  };

  return {
    run(name: ExportAction) {
      actions[name]().then(
        () => c.report('Saved.'),
        (err: unknown) => c.report(`Could not export: ${err instanceof Error ? err.message : String(err)}`),
      );
    },
  };
}
