// Links that carry a transcript in their fragment (`#t=…`, share/transcript-link.ts):
// opened when the page is loaded with one, when the fragment changes, or when
// such a link is pasted and analysed; and made by the Export menu's "Link".
// The sharing code is loaded only when a link is read or made.
import type { Input, Source } from './library';

/** Whether text (an address or a pasted line) carries a shared transcript; cheap, without loading the link code. */
export function looksLikeSharedLink(text: string): boolean {
  const trimmed = text.trim();
  return !/\s/.test(trimmed) && /#(?:.*&)?t=[A-Za-z0-9_-]/.test(trimmed);
}

/** The input a link opens as. */
export async function inputFromLink(link: string): Promise<Input> {
  const { readSharedTranscript } = await import('../share/transcript-link');
  const shared = await readSharedTranscript(link);
  return { name: 'Shared link', text: shared.text, isAnalysis: false, roles: shared.roles };
}

export async function shareSource(source: Source): Promise<void> {
  if (source.text === null) throw new Error('a saved analysis has no transcript to put in a link; open the transcript itself');
  const { openShareDialog } = await import('../share/share-dialog');
  await openShareDialog({ text: source.text, roles: source.roles }, source.name);
}
