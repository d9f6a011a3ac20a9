// The project's example transcripts (examples/transcripts/), bundled so a
// sample is one click away. Each is its own small chunk, fetched from this
// site only when picked, so the first visit does not pay for them.
const modules = import.meta.glob('../../../examples/transcripts/*', { query: '?raw', import: 'default' }) as Record<
  string,
  () => Promise<string>
>;

export interface Sample {
  fileName: string;
  /** "panic-at-work.txt" → "Panic at work". */
  title: string;
  load: () => Promise<string>;
}

export const SAMPLES: Sample[] = Object.entries(modules)
  .map(([path, load]) => {
    const fileName = path.slice(path.lastIndexOf('/') + 1);
    const stem = fileName.replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ');
    const ext = fileName.slice(fileName.lastIndexOf('.') + 1).toUpperCase();
    const title = stem.charAt(0).toUpperCase() + stem.slice(1) + (ext !== 'TXT' ? ` (${ext})` : '');
    return { fileName, title, load };
  })
  .sort((a, b) => a.title.localeCompare(b.title));
