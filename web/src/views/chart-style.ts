// The stylesheet every chart carries inside its own <svg>, so that a chart
// saved as SVG or PNG, or put into the HTML report, looks as it does on screen.
import { markCss } from './timeline/mark-shapes';
import { INK, MUTED, RULE } from './palette';

export const CHART_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

export function chartCss(): string {
  return `
svg{font-family:${CHART_FONT};font-size:11px;fill:${INK}}
text{fill:${INK}}
.muted,.tick text{fill:${MUTED}}
.group-label{font-weight:600;font-size:11px;letter-spacing:.02em}
.lane-label{font-size:11px}
.lane-count{font-size:10px;fill:${MUTED};font-variant-numeric:tabular-nums}
.lane-stripe{fill:#f3f5f8}
.rule{stroke:${RULE};stroke-width:1;fill:none}
.grid{stroke:#e8ebf0;stroke-width:1;fill:none}
.domain{stroke:${RULE}}
.tick line{stroke:${RULE}}
.rating-line{fill:none;stroke-width:2}
.rating-label{font-size:10px;font-weight:600;font-variant-numeric:tabular-nums}
.flag-note{fill:#c9ced8}
.flag-cut{fill:none;stroke:${INK};stroke-width:1.4}
.flag-error{fill:#F0E442;stroke:${INK};stroke-width:1}
.flag-quote{fill:${MUTED};font-size:13px;font-weight:700}
.bar-client{fill:#D55E00}
.bar-therapist{fill:#0072B2}
.bar-other{fill:#009E73}
.bar-unknown{fill:#7a7f8a}
.bar-flagged{fill:url(#hatch)}
.picked-ring{fill:none;stroke:${INK};stroke-width:2}
.selection-shade{fill:#1d2330;fill-opacity:.06}
${markCss()}
`;
}
