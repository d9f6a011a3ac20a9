// Pure functions behind sharing and embedding: the link format (deflate-raw,
// base64url, the 8,000-character limit, damaged links), the inline transcript
// of <feltline-viewer> (indentation dropped, text kept), and its attributes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadTs } from '../lib/load-ts.mjs';

const link = await loadTs('share/transcript-link.ts');
const { dedent } = await loadTs('embed/inline-transcript.ts');

test('a transcript survives the fragment, Unicode and roles included', async () => {
  const text = 'Therapist: Wie fühlst du dich?\nClient: Angespannt 😬 — a knot in my stomach.\r\nClient: <script>alert(1)</script> & more\n';
  const fragment = await link.transcriptFragment({ text, roles: { Client: 'client' } });
  assert.match(fragment, /^#t=[A-Za-z0-9_-]+&r=[A-Za-z0-9_-]+$/);
  assert.ok(link.hasSharedTranscript(`https://example.org/feltline/${fragment}`));
  assert.deepEqual(await link.readSharedTranscript(`https://example.org/feltline/${fragment}`), { text, roles: { Client: 'client' } });
});

test('the limit is 8,000 characters for the whole link', () => {
  const page = 'http://127.0.0.1:8000/';
  const fits = link.checkLink('#t=' + 'a'.repeat(8000 - page.length - 3), page);
  assert.equal(fits.ok, true);
  assert.equal(fits.length, 8000);
  const over = link.checkLink('#t=' + 'a'.repeat(8000 - page.length - 2), page);
  assert.equal(over.ok, false);
  assert.match(over.message, /8,001 characters/);
});

test('damaged, cut or foreign links are refused with a reason', async () => {
  const fragment = await link.transcriptFragment({ text: 'Client: I feel calm now.\n'.repeat(20), roles: {} });
  await assert.rejects(link.readSharedTranscript(fragment.slice(0, fragment.length - 6)), /damaged or incomplete/);
  await assert.rejects(link.readSharedTranscript('#t=abc$def'), /characters that do not belong/);
  await assert.rejects(link.readSharedTranscript('#x=1'), /holds no transcript/);
});

test('a link that unpacks to more than the limit is refused, not unpacked', async () => {
  const huge = 'a'.repeat(link.MAX_UNPACKED_BYTES + 10);
  const fragment = await link.transcriptFragment({ text: huge, roles: {} });
  await assert.rejects(link.readSharedTranscript(fragment), /unpacks to more than/);
});

test('inline transcripts lose the page’s indentation and blank edges, nothing else', () => {
  const inline = '\n      Therapist: Hello.\n        (indented note)\n\n      Client: Hi.   \n    ';
  assert.equal(dedent(inline), 'Therapist: Hello.\n  (indented note)\n\nClient: Hi.   ');
  assert.equal(dedent('A: x\nB: y'), 'A: x\nB: y');
});
