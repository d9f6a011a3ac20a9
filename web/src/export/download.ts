// Saving a file the app made, without any server: a link to a local blob.
export function download(content: Blob | string, fileName: string, type: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before releasing the blob.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** "Session 3 (draft).txt" → "session-3-draft"; used as the start of export names. */
export function baseName(sourceName: string, dialogueId?: string): string {
  const stem = sourceName.replace(/\.[a-z0-9]{1,5}$/i, '');
  const joined = dialogueId ? `${stem}-${dialogueId}` : stem;
  const slug = joined
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return slug || 'feltline';
}
