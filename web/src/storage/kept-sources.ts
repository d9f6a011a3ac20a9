// "Keep on this device": the open transcripts, saved in this browser's
// IndexedDB only while the person has switched keeping on. The database
// exists exactly as long as keeping is on: switching off or "Forget
// everything" deletes it, so without the switch a reload finds nothing.
// (docs/privacy.md, What is stored where.)
import type { CustomLexicon, Role } from '../analysis/feltline-types';
import { DATABASE_NAME } from './keeping-state';

const STORE = 'sources';
const VERSION = 1;

/** One open source as kept: its text (re-analysed on return) or, for a saved analysis, the analysis itself. */
export interface KeptSource {
  name: string;
  /** The transcript text; null for an analysis opened from a file. */
  text: string | null;
  /** JSON Lines of the analyses, for a source without text. */
  analyses: string | null;
  roles: Record<string, Role>;
  lexicons: CustomLexicon[];
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function open(): Promise<IDBDatabase> {
  const req = indexedDB.open(DATABASE_NAME, VERSION);
  req.onupgradeneeded = () => {
    if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE, { autoIncrement: true });
  };
  return request(req);
}

function transaction(db: IDBDatabase, mode: IDBTransactionMode): { store: IDBObjectStore; done: Promise<void> } {
  const tx = db.transaction(STORE, mode);
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
  });
  return { store: tx.objectStore(STORE), done };
}

/** Replaces what is kept with `sources` (creating the database: keeping is on). */
export async function keepSources(sources: KeptSource[]): Promise<void> {
  const db = await open();
  try {
    const { store, done } = transaction(db, 'readwrite');
    store.clear();
    for (const source of sources) store.add(source);
    await done;
  } finally {
    db.close();
  }
}

export async function keptSources(): Promise<KeptSource[]> {
  const db = await open();
  try {
    const { store, done } = transaction(db, 'readonly');
    const all = await request(store.getAll() as IDBRequest<KeptSource[]>);
    await done;
    return all;
  } finally {
    db.close();
  }
}

/** Deletes the database and everything in it. */
export function forgetKept(): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(DATABASE_NAME);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error ?? new Error('could not delete the kept transcripts'));
    // Another tab still has it open: it is deleted as soon as that tab lets go.
    req.onblocked = () => resolve();
  });
}
