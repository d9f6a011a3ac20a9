// Custom dictionaries people bring, read as text and handed to the core in the
// options JSON ("lexicons"); the core parses them (docs/lexicon.md).
import type { CustomLexicon } from '../analysis/feltline-types';

const FORMATS: Record<string, CustomLexicon['format']> = { dic: 'dic', dicx: 'dicx', json: 'json' };

export async function readLexicons(files: File[]): Promise<{ lexicons: CustomLexicon[]; refused: string[] }> {
  const lexicons: CustomLexicon[] = [];
  const refused: string[] = [];
  for (const file of files) {
    const ext = file.name.slice(file.name.lastIndexOf('.') + 1).toLowerCase();
    const format = FORMATS[ext];
    if (!format) {
      refused.push(`${file.name}: a dictionary is a LIWC .dic, a LIWC-22 .dicx or a Feltline .json lexicon`);
      continue;
    }
    lexicons.push({ name: file.name.replace(/\.[^.]+$/, ''), format, content: await file.text() });
  }
  return { lexicons, refused };
}
