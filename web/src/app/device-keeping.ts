// The "Keep on this device" switch and the "Forget everything" button. Off
// (the default), nothing about a transcript is written anywhere: not
// IndexedDB, localStorage, sessionStorage or Cache Storage, so a reload
// starts empty. On, the open transcripts are kept in IndexedDB
// (storage/kept-sources.ts, loaded only then) and come back on the next visit.
import type { Input, Library, Source } from './library';
import { isKeepingOn } from '../storage/keeping-state';
import type { KeptSource } from '../storage/kept-sources';

const SHELL_CACHE_PREFIX = 'feltline-shell-';

export interface DeviceKeepingOptions {
  toggle: HTMLInputElement;
  forgetButton: HTMLButtonElement;
  library: Library;
  /** Opens kept sources at start-up. */
  open: (inputs: Input[]) => Promise<void>;
  /** Closes what is shown, empties the input, drops the worker's copies. */
  clearAll: () => void;
  report: (message: string) => void;
  /** Leave the kept sources closed at start-up (the page was opened with something else to show). */
  skipRestore?: boolean;
}

export interface DeviceKeeping {
  /** Call after what is open changed: keeps it when keeping is on. */
  changed(): void;
  /** Resolves once kept sources (if any) are open. */
  restored: Promise<void>;
}

const store = () => import('../storage/kept-sources');

function toKept(source: Source): KeptSource {
  return {
    name: source.name,
    text: source.text,
    analyses: source.text === null ? source.analyses.map((a) => JSON.stringify(a)).join('\n') : null,
    roles: source.roles,
    lexicons: source.lexicons,
  };
}

export function createDeviceKeeping(o: DeviceKeepingOptions): DeviceKeeping {
  let on = false;
  let saving = Promise.resolve();

  const save = () => {
    if (!on || o.skipRestore) return;
    const kept = o.library.sources.map(toKept);
    saving = saving
      .then(async () => (await store()).keepSources(kept))
      .catch((err: unknown) => o.report(`Could not keep the transcripts on this device: ${err instanceof Error ? err.message : String(err)}`));
  };

  const restored = (async () => {
    on = await isKeepingOn();
    o.toggle.checked = on;
    if (!on) return;
    const kept = await (await store()).keptSources();
    if (kept.length === 0) return;
    await o.open(kept.map((k) => ({ name: k.name, text: k.text ?? k.analyses ?? '', isAnalysis: k.text === null, roles: k.roles, lexicons: k.lexicons })));
  })().catch((err: unknown) => o.report(`The kept transcripts could not be read: ${err instanceof Error ? err.message : String(err)}`));

  o.toggle.addEventListener('change', async () => {
    on = o.toggle.checked;
    if (on) {
      save();
      await saving;
      const n = o.library.sources.length;
      o.report(`Kept on this device${n ? `: ${n} transcript${n === 1 ? '' : 's'}` : ''}. What you open from now on is kept too, until you switch this off or forget everything.`);
    } else {
      await saving;
      await (await store()).forgetKept();
      o.report('Nothing is kept on this device now.');
    }
  });

  o.forgetButton.addEventListener('click', async () => {
    on = false;
    o.toggle.checked = false;
    await saving;
    await (await store()).forgetKept();
    // Feltline writes nothing to these, but a forget button should leave them empty whatever put something there.
    localStorage.clear();
    sessionStorage.clear();
    if ('caches' in self) {
      for (const key of await caches.keys()) if (!key.startsWith(SHELL_CACHE_PREFIX)) await caches.delete(key);
    }
    o.clearAll();
    o.report('Forgotten: nothing of yours is kept on this device, and nothing is open. (The app itself stays available offline.)');
  });

  return { changed: save, restored };
}
