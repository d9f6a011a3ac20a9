// Sharing a transcript without a server: the text, compressed with the
// browser's own CompressionStream ("deflate-raw", no library needed) and
// base64url-encoded, goes into the URL's fragment, `#t=…`, which browsers
// never send to any server. Opening such a link reads it back. (docs/privacy.md)
import type { Role } from '../analysis/feltline-types';

/**
 * Links longer than this are refused. RFC 9110 §4.1 asks all software to
 * handle URIs of at least 8,000 octets; beyond that, mail clients, chat apps
 * and older browsers cut or refuse links, and a cut link loses the transcript.
 */
export const LINK_LIMIT = 8000;
/** An opened link may unpack to at most this many bytes (a damaged or hostile link cannot fill memory). */
export const MAX_UNPACKED_BYTES = 4 * 1024 * 1024;

export interface SharedTranscript {
  text: string;
  roles: Record<string, Role>;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('the link has characters that do not belong in it; it may have been cut or changed');
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4);
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

async function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream, limit = Infinity): Promise<Uint8Array> {
  const reader = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(transform).getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new Error(`the link unpacks to more than ${limit / 1024 / 1024} MB`);
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The fragment for a transcript: "#t=…" and, when roles were set, "&r=…". */
export async function transcriptFragment(shared: SharedTranscript): Promise<string> {
  const packed = await pipe(new TextEncoder().encode(shared.text), new CompressionStream('deflate-raw'));
  let fragment = `#t=${toBase64Url(packed)}`;
  if (Object.keys(shared.roles).length) fragment += `&r=${toBase64Url(new TextEncoder().encode(JSON.stringify(shared.roles)))}`;
  return fragment;
}

/** Whether a URL or fragment carries a shared transcript. */
export function hasSharedTranscript(urlOrFragment: string): boolean {
  const at = urlOrFragment.indexOf('#');
  return at !== -1 && new URLSearchParams(urlOrFragment.slice(at + 1)).has('t');
}

/** Reads the transcript back from a URL or fragment; throws with a reason a person can act on. */
export async function readSharedTranscript(urlOrFragment: string): Promise<SharedTranscript> {
  const at = urlOrFragment.indexOf('#');
  const params = new URLSearchParams(at === -1 ? '' : urlOrFragment.slice(at + 1));
  const t = params.get('t');
  if (!t) throw new Error('this link holds no transcript (#t=…)');
  let text: string;
  try {
    const bytes = await pipe(fromBase64Url(t), new DecompressionStream('deflate-raw'), MAX_UNPACKED_BYTES);
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (err) {
    const reason = err instanceof Error && /link/.test(err.message) ? err.message : 'the link is damaged or incomplete, perhaps cut off when it was sent';
    throw new Error(reason);
  }
  let roles: Record<string, Role> = {};
  const r = params.get('r');
  if (r) {
    try {
      const parsed: unknown = JSON.parse(new TextDecoder().decode(fromBase64Url(r)));
      if (parsed && typeof parsed === 'object') roles = parsed as Record<string, Role>;
    } catch {
      // Roles are a convenience: the transcript still opens without them.
    }
  }
  return { text, roles };
}

export type LinkCheck = { ok: true; url: string; length: number } | { ok: false; length: number; message: string };

/** The whole link for `fragment` on this page's address, or why it is refused. */
export function checkLink(fragment: string, page = location.href): LinkCheck {
  const url = page.replace(/#.*$/, '') + fragment;
  if (url.length <= LINK_LIMIT) return { ok: true, url, length: url.length };
  return {
    ok: false,
    length: url.length,
    message:
      `This transcript would make a link of ${url.length.toLocaleString('en')} characters. Links longer than ` +
      `${LINK_LIMIT.toLocaleString('en')} characters are cut or refused by many mail clients, chat apps and browsers ` +
      `(RFC 9110 asks only that 8,000 work), and a cut link loses the transcript. Share a shorter excerpt, or send ` +
      `the transcript as a file.`,
  };
}
