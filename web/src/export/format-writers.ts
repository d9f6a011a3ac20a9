// Everything an export writes beyond the analysis JSON, in one chunk that
// export-actions.ts loads on the first export (CSV tables, SVG and PNG
// figures, the HTML report).
export { mentionsCsv, turnsCsv } from './csv-tables';
export { pngFromSvg } from './figure-png';
export { composeFigure, svgText } from './figure-svg';
export { htmlReport } from './html-report';
