// Where a <feltline-viewer> gets its transcript: the text of a
// <script type="text/plain"> child (which the browser neither runs nor
// renders, and whose "<" and "&" stay as written), or a file on the same site
// named by `src`. Nothing is ever read from another origin.

/** Drops the indentation the page's HTML gave every line, and blank edges. */
export function dedent(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length && lines[0].trim() === '') lines.shift();
  while (lines.length && lines[lines.length - 1].trim() === '') lines.pop();
  let indent = Infinity;
  for (const line of lines) {
    if (line.trim() === '') continue;
    indent = Math.min(indent, line.length - line.trimStart().length);
  }
  if (!Number.isFinite(indent) || indent === 0) return lines.join('\n');
  return lines.map((line) => line.slice(Math.min(indent, line.length - line.trimStart().length))).join('\n');
}

/** The inline transcript, or null when the element has none. */
export function inlineTranscript(host: HTMLElement): string | null {
  const script = host.querySelector(':scope > script[type="text/plain"]');
  return script ? dedent(script.textContent ?? '') : null;
}

/** Transcripts larger than this are refused: a lesson excerpt is far smaller. */
export const MAX_SRC_BYTES = 5 * 1024 * 1024;

/** Reads `src` (relative to the page), only from the page's own origin. */
export async function fetchTranscript(src: string, base = document.baseURI): Promise<string> {
  const url = new URL(src, base);
  if (location.protocol === 'file:' || url.protocol === 'file:') {
    throw new Error('a page opened from disk cannot read a transcript file; put the transcript inside the element in a <script type="text/plain">');
  }
  if (url.origin !== location.origin) {
    throw new Error(`the transcript must be on this site; ${url.origin} is another one`);
  }
  // mode "same-origin" also refuses a redirect to another origin.
  const response = await fetch(url, { mode: 'same-origin', credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url.pathname} could not be read (HTTP ${response.status})`);
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_SRC_BYTES) throw new Error(`${url.pathname} is larger than ${MAX_SRC_BYTES / 1024 / 1024} MB`);
  const text = await response.text();
  if (text.length > MAX_SRC_BYTES) throw new Error(`${url.pathname} is larger than ${MAX_SRC_BYTES / 1024 / 1024} MB`);
  return text;
}
