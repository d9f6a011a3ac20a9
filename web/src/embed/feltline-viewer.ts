// The embeddable viewer's script (built as web/dist/feltline-viewer.js):
// one <script src=".../feltline-viewer.js"></script> defines <feltline-viewer>.
// See viewer-element.ts for the attributes, docs/web.md for embedding.
import { FeltlineViewerElement } from './viewer-element';

if (!customElements.get('feltline-viewer')) customElements.define('feltline-viewer', FeltlineViewerElement);
