// Whether keeping is on, found without storing anything: the database exists
// only while it is. Small and loaded with the page; the code that reads and
// writes the kept transcripts (kept-sources.ts) is loaded when it is needed.
export const DATABASE_NAME = 'feltline';

export async function isKeepingOn(): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return false;
  if (typeof indexedDB.databases === 'function') {
    const databases = await indexedDB.databases();
    return databases.some((d) => d.name === DATABASE_NAME);
  }
  // Without databases(): open it, and if that would create it, abort, which
  // leaves no database behind.
  return new Promise((resolve) => {
    const req = indexedDB.open(DATABASE_NAME);
    let created = false;
    req.onupgradeneeded = (event) => {
      if (event.oldVersion === 0) {
        created = true;
        req.transaction?.abort();
      }
    };
    req.onsuccess = () => {
      req.result.close();
      resolve(!created);
    };
    req.onerror = () => resolve(false);
  });
}
