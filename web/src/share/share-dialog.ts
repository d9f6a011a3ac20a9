// The "share as a link" dialog: the link with its length, a copy button, and
// what the link means for privacy; or, for a transcript too long for a link,
// the reason it is refused. Loaded only when the person asks for a link.
import { htmlEl } from '../views/svg-dom';
import { checkLink, LINK_LIMIT, transcriptFragment, type SharedTranscript } from './transcript-link';

let dialog: HTMLDialogElement | null = null;

function frame(): HTMLDialogElement {
  if (dialog) return dialog;
  dialog = htmlEl('dialog', 'share-dialog');
  dialog.dataset.testid = 'share-dialog';
  dialog.setAttribute('aria-labelledby', 'share-title');
  document.body.append(dialog);
  return dialog;
}

export async function openShareDialog(shared: SharedTranscript, name: string): Promise<void> {
  const d = frame();
  const title = htmlEl('h2', '', 'Share as a link');
  title.id = 'share-title';
  const check = checkLink(await transcriptFragment(shared));
  const body: HTMLElement[] = [title];
  const length = htmlEl('p', 'share-length', `${check.length.toLocaleString('en')} characters · limit ${LINK_LIMIT.toLocaleString('en')}`);
  length.dataset.testid = 'share-link-length';
  if (check.ok) {
    body.push(
      htmlEl(
        'p',
        '',
        `The whole of “${name}” is inside this link, compressed. Your browser never sends the part after “#” to any ` +
          `server, so the transcript goes only where you send the link, and it opens in any copy of Feltline.`,
      ),
      htmlEl('p', 'share-warning', 'Anyone who has the link can read the transcript. Browsers keep visited links in their history.'),
    );
    const field = htmlEl('textarea', 'share-url');
    field.readOnly = true;
    field.rows = 4;
    field.value = check.url;
    field.dataset.testid = 'share-link-url';
    field.setAttribute('aria-label', 'The link');
    field.addEventListener('focus', () => field.select());
    body.push(field, length);
    const copy = htmlEl('button', '', 'Copy link');
    copy.type = 'button';
    copy.dataset.testid = 'share-link-copy';
    copy.addEventListener('click', async () => {
      field.select();
      try {
        await navigator.clipboard.writeText(check.url);
        copy.textContent = 'Copied';
      } catch {
        // No clipboard permission (e.g. a page opened from disk): the link is selected for Ctrl+C.
        copy.textContent = 'Selected: press Ctrl+C';
      }
    });
    body.push(actions(d, copy));
  } else {
    const refused = htmlEl('p', 'share-refused', check.message);
    refused.dataset.testid = 'share-link-refused';
    refused.setAttribute('role', 'alert');
    body.push(refused, length, actions(d));
  }
  d.replaceChildren(...body);
  if (!d.open) d.showModal();
}

function actions(d: HTMLDialogElement, ...extra: HTMLElement[]): HTMLElement {
  const row = htmlEl('div', 'actions');
  const close = htmlEl('button', 'secondary', 'Close');
  close.type = 'button';
  close.dataset.testid = 'share-close';
  close.addEventListener('click', () => d.close());
  row.append(...extra, close);
  return row;
}
