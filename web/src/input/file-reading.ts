// Files people open or drop: transcripts in any format the core reads, or an
// analysis saved earlier (this app's or the CLI's JSON), which opens without
// analysing again.
export interface OpenedFile {
  name: string;
  text: string;
  /** True for a saved "feltline/1" analysis (JSON or JSON Lines). */
  isAnalysis: boolean;
}

/** Larger files are refused with a message rather than risking the tab. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export function looksLikeAnalysis(text: string): boolean {
  const head = text.slice(0, 400).trimStart();
  return head.startsWith('{') && /"schema"\s*:\s*"feltline\/1"/.test(head);
}

export async function readFiles(files: File[]): Promise<{ opened: OpenedFile[]; refused: string[] }> {
  const opened: OpenedFile[] = [];
  const refused: string[] = [];
  for (const file of files) {
    if (file.size > MAX_FILE_BYTES) {
      refused.push(`${file.name} is ${(file.size / 1048576).toFixed(0)} MB; files up to ${MAX_FILE_BYTES / 1048576} MB can be opened here (the command-line tool reads any size).`);
      continue;
    }
    const text = await file.text();
    opened.push({ name: file.name, text, isAnalysis: looksLikeAnalysis(text) });
  }
  return { opened, refused };
}
