// A single self-contained HTML file that opens anywhere, offline, with no
// script at all: the session's figures, the timeline and body map as inline
// SVG, the tables, and the transcript with its highlights. Its own Content
// Security Policy forbids scripts and every request, so the file cannot
// reach out even if it is opened from an email or a learning platform.
import type { SessionModel } from '../model/session-model';
import { ALL_SHOWN, type Filters } from '../state/filters';
import { htmlEl } from '../views/svg-dom';
import { turnElement } from '../views/transcript/turn-element';
import { isShown } from '../state/filters';

export interface ReportParts {
  model: SessionModel;
  sourceName: string;
  /** The summary, figure cards and tables as shown in the app (copied). */
  summary: HTMLElement | null;
  tables: HTMLElement | null;
  timeline: SVGSVGElement | null;
  bodyMap: SVGSVGElement | null;
  filters: Filters;
  coreVersion: string;
}

const REPORT_CSS = `
:root{color:#1d2330;background:#fff;font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}
body{margin:0 auto;max-width:1180px;padding:24px}
h1{font-size:1.5rem;margin:0}h2{font-size:1.1rem;margin:2rem 0 .5rem;border-bottom:1px solid #d9dde5;padding-bottom:.25rem}
.meta{color:#5b6475;margin:.25rem 0 1rem}
.figure{margin:0 0 1rem}.figure svg{max-width:100%;height:auto;display:block}
.two{display:grid;grid-template-columns:minmax(0,1fr) 380px;gap:24px;align-items:start}
@media (max-width:900px){.two{grid-template-columns:1fr}}
.summary-head{display:flex;flex-wrap:wrap;gap:.25rem 1rem;align-items:baseline}.summary-title{font-size:1.1rem;margin:0;border:0}
.summary-format,.summary-size,.muted{color:#5b6475}
.speaker-list{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem}.speaker{display:flex;gap:.4rem;align-items:center}
.swatch{display:inline-block;width:.7rem;height:.7rem;border-radius:50%}
.role-tag{font-size:.8rem;border:1px solid #d9dde5;border-radius:3px;padding:0 .3rem;color:#5b6475}
.role-buttons{display:none}
.figure-cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));gap:.5rem}
.figure-card{border:1px solid #d9dde5;border-radius:6px;padding:.5rem .75rem}
.figure-title{font-size:.8rem;color:#5b6475}.figure-value{font-size:1.4rem;font-weight:600}.figure-detail{font-size:.85rem;color:#5b6475}
.diagnostics{color:#5b6475;padding-left:1.2rem}.severity{font-weight:600;margin-right:.4rem}
table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.9rem}caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border-bottom:1px solid #e3e6ec;padding:.2rem .6rem;text-align:left;vertical-align:top}td.num{text-align:right;font-variant-numeric:tabular-nums}
details>summary{display:none}details{display:block}
.turn{border-left:3px solid #d9dde5;padding:.2rem 0 .2rem .8rem;margin:0 0 .9rem;break-inside:avoid}
.turn.role-client{border-color:#D55E00}.turn.role-therapist{border-color:#0072B2}.turn.is-error{background:#fffbe0}
.turn-head{display:flex;gap:.5rem;align-items:baseline;font-size:.85rem}.turn-no{color:#5b6475;font-variant-numeric:tabular-nums}
.turn-speaker{font-weight:600}.flag-badge{font-size:.75rem;background:#eef0f4;border-radius:3px;padding:0 .35rem;color:#3b4352}
.turn-text{margin:.15rem 0 0;white-space:pre-wrap}
mark.hl{background:none;color:inherit;border-radius:2px;padding:0 1px}
mark.k-emotion{background:#fbe3a6}mark.k-sensation{background:#bfe8d9}mark.k-analytic{background:#f0d3e3}mark.k-rating{background:#cfe8f8}mark.k-custom{background:#f6f1a8}
mark.neg{text-decoration:line-through;text-decoration-thickness:1px}mark.hyp{background:none;outline:1.5px dashed #8a93a3;outline-offset:-1px}
.fl-meta_note{color:#8a93a3;font-style:italic}.fl-quoted{background:#f1f3f7;font-style:italic}
.key{display:flex;flex-wrap:wrap;gap:.3rem 1rem;font-size:.85rem;color:#5b6475}.key mark{padding:0 .3rem}
footer{margin-top:2rem;color:#5b6475;font-size:.8rem;border-top:1px solid #d9dde5;padding-top:.5rem}
`;

const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

function clean(el: HTMLElement): HTMLElement {
  const copy = el.cloneNode(true) as HTMLElement;
  // A role menu becomes the role it shows.
  for (const select of copy.querySelectorAll('select.role-select')) {
    const tag = document.createElement('span');
    tag.className = 'role-tag';
    tag.textContent = (select as HTMLSelectElement).value || select.querySelector('option[selected]')?.textContent || '';
    select.replaceWith(tag);
  }
  for (const b of copy.querySelectorAll('button, input, select, textarea, label.button, .menu, .role-buttons, .role-ask')) b.remove();
  for (const e of copy.querySelectorAll('[tabindex]')) e.removeAttribute('tabindex');
  for (const d of copy.querySelectorAll('details')) d.setAttribute('open', '');
  return copy;
}

export function htmlReport(p: ReportParts): string {
  const doc = document.implementation.createHTMLDocument(`Feltline report: ${p.sourceName}`);
  const meta = doc.createElement('meta');
  meta.setAttribute('charset', 'utf-8');
  const csp = doc.createElement('meta');
  csp.httpEquiv = 'Content-Security-Policy';
  csp.content = REPORT_CSP;
  const viewport = doc.createElement('meta');
  viewport.name = 'viewport';
  viewport.content = 'width=device-width, initial-scale=1';
  const style = doc.createElement('style');
  style.textContent = REPORT_CSS;
  doc.head.prepend(meta, csp, viewport);
  doc.head.append(style);
  doc.documentElement.lang = 'en';

  const body = doc.body;
  body.append(htmlEl('h1', '', `Feltline report: ${p.sourceName}${p.model.analysis.id ? ` · ${p.model.analysis.id}` : ''}`));
  body.append(
    htmlEl(
      'p',
      'meta',
      `Emotions and body sensations along the session, with turn statistics. Made ${new Date().toLocaleString('en-GB')} on this machine by Feltline ${p.coreVersion}; this file contains the transcript: share it as you would the transcript.`,
    ),
  );
  if (p.summary) {
    const section = htmlEl('section');
    section.append(htmlEl('h2', '', 'The session at a glance'), clean(p.summary));
    body.append(section);
  }
  const figures = htmlEl('section');
  figures.append(htmlEl('h2', '', 'Timeline and body map'));
  const two = htmlEl('div', 'two');
  const left = htmlEl('div', 'figure');
  if (p.timeline) left.append(doc.importNode(p.timeline, true));
  const right = htmlEl('div', 'figure');
  if (p.bodyMap) right.append(doc.importNode(p.bodyMap, true));
  two.append(left, right);
  figures.append(two);
  body.append(figures);
  if (p.tables) {
    const section = htmlEl('section');
    section.append(htmlEl('h2', '', 'Figures'), clean(p.tables));
    body.append(section);
  }
  const transcript = htmlEl('section', 'transcript');
  transcript.dataset.testid = 'report-transcript';
  transcript.append(htmlEl('h2', '', 'Transcript'));
  const key = htmlEl('p', 'key');
  for (const [cls, text] of [
    ['hl k-emotion', 'emotion'],
    ['hl k-sensation', 'body sensation'],
    ['hl k-analytic', 'analytic language'],
    ['hl k-rating', 'self-rating'],
    ['hl k-emotion neg', 'denied'],
    ['hl k-emotion hyp', 'imagined'],
  ]) {
    key.append(htmlEl('mark', cls, text));
  }
  transcript.append(key);
  const shown = (id: number) => isShown(p.model.mentions[id], p.filters ?? ALL_SHOWN);
  for (let t = 0; t < p.model.turns.length; t++) transcript.append(turnElement(p.model, t, shown));
  for (const e of transcript.querySelectorAll('[tabindex]')) e.removeAttribute('tabindex');
  body.append(transcript);
  body.append(htmlEl('footer', '', 'Made with Feltline. Everything in this report was computed on the machine that made it; nothing was uploaded.'));
  return `<!doctype html>\n${doc.documentElement.outerHTML}\n`;
}
