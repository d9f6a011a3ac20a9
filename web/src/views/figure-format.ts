// Showing figures the core computed without knowing each one in advance:
// "mean_words_per_turn" → "mean words per turn", numbers grouped, lists joined.
const int = new Intl.NumberFormat('en');
const dec = new Intl.NumberFormat('en', { maximumFractionDigits: 3 });

export function humanKey(key: string): string {
  return key.replace(/_/g, ' ');
}

export function formatValue(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'number') return Number.isInteger(v) ? int.format(v) : dec.format(v);
  if (typeof v === 'string' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.length === 0 ? '—' : v.map(formatValue).join(v.every((x) => typeof x !== 'object') ? ', ' : ' → ');
  const entries = Object.entries(v as Record<string, unknown>);
  return entries.length === 0 ? '—' : entries.map(([k, x]) => `${humanKey(k)} ${formatValue(x)}`).join(', ');
}

/** [label, value] rows for an object of figures, nested objects one level down. */
export function figureRows(figures: Record<string, unknown>): [string, string][] {
  const rows: [string, string][] = [];
  for (const [key, value] of Object.entries(figures)) {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) rows.push([`${humanKey(key)} · ${humanKey(k)}`, formatValue(v)]);
    } else {
      rows.push([humanKey(key), formatValue(value)]);
    }
  }
  return rows;
}
