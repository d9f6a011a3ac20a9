// Vite plugin: turns the single-file build into one HTML file. The page's
// one script (everything bundled, the analysis worker and WebAssembly inside
// it as text, see inline-worker-plugin.ts) is gzip-compressed and written into
// index.html as a base64 data block, with a small loader that unpacks it with
// the browser's DecompressionStream and runs it from a blob: URL; the
// stylesheet is written in as it is. index.html becomes feltline.html, with a
// Content Security Policy that lets only the loader (by its hash) and what it
// unpacks run, and connects nowhere. Packing the script keeps the file well
// under its 600 KB limit; the loader is the only code that is not the app's.
import { createHash } from 'node:crypto';
import zlib from 'node:zlib';
import type { Plugin, Rollup } from 'vite';
import { policyText, singleFilePolicy } from './content-security-policy';

type OutputAsset = Rollup.OutputAsset;
type OutputChunk = Rollup.OutputChunk;

export const SINGLE_FILE_NAME = 'feltline.html';

/**
 * Script text that cannot end its <script> element early: "</script" may only
 * occur inside strings, regular expressions or comments of minified code,
 * where "<\/script" means the same. "<!--" would change how the HTML parser
 * reads the rest, so the build stops rather than guess.
 */
export function inlineScriptText(code: string): string {
  if (/<!--/.test(code)) throw new Error('single file: the script contains "<!--", which cannot be inlined safely');
  return code.replace(/<\/(script)/gi, '<\\/$1');
}

/** Unpacks the app (gzip, base64) and runs it; says so plainly if the browser cannot. */
const LOADER = `
const data = document.getElementById('feltline-app');
try {
  const packed = Uint8Array.from(atob(data.textContent.trim()), (c) => c.charCodeAt(0));
  const code = await new Response(new Blob([packed]).stream().pipeThrough(new DecompressionStream('gzip'))).blob();
  data.remove();
  await import(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
} catch (err) {
  const p = document.createElement('p');
  p.textContent = 'This browser could not start Feltline (' + err + '). Use a current Chrome, Edge, Firefox or Safari.';
  p.setAttribute('role', 'alert');
  document.body.prepend(p);
}
`.trim();

export function singleFilePlugin(): Plugin {
  return {
    name: 'feltline-single-file',
    apply: 'build',
    enforce: 'post',
    // Last of all: Vite itself finishes the chunks (e.g. its preload markers) in generateBundle.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const html = bundle['index.html'] as OutputAsset | undefined;
        if (!html) throw new Error('single file: index.html was not built');
        const chunks = Object.values(bundle).filter((f): f is OutputChunk => f.type === 'chunk');
        const styles = Object.values(bundle).filter((f): f is OutputAsset => f.type === 'asset' && f.fileName.endsWith('.css'));
        if (chunks.length !== 1) throw new Error(`single file: expected one script, got ${chunks.map((c) => c.fileName).join(', ')}`);
        const others = Object.values(bundle).filter((f) => f !== html && f !== chunks[0] && !styles.includes(f as OutputAsset));
        if (others.length) throw new Error(`single file: cannot inline ${others.map((f) => f.fileName).join(', ')}`);

        const packed = zlib.gzipSync(Buffer.from(chunks[0].code, 'utf8'), { level: 9 }).toString('base64');
        const loader = inlineScriptText(LOADER);
        const hash = 'sha256-' + createHash('sha256').update(loader, 'utf8').digest('base64');
        let page = String(html.source);
        const scriptTag = /<script type="module" crossorigin src="[^"]+"><\/script>/;
        const styleTag = /<link rel="stylesheet" crossorigin href="[^"]+">/;
        if (!scriptTag.test(page)) throw new Error('single file: no script tag to inline');
        page = page.replace(scriptTag, () => '');
        page = page.replace(styleTag, () => `<style>${styles.map((s) => String(s.source)).join('\n').replace(/<\/(style)/gi, '<\\/$1')}</style>`);
        page = page.replace(/<link rel="stylesheet" crossorigin href="[^"]+">/g, '');
        // The app, packed, then the loader last in <body>, as a module: it runs once the page is parsed.
        page = page.replace(
          '</body>',
          () => `<script type="application/octet-stream" id="feltline-app">${packed}</script>\n<script type="module">${loader}</script>\n</body>`,
        );
        page = page.replace(/(<meta\s+http-equiv="Content-Security-Policy"\s+content=")[^"]*(")/, (_m, a: string, b: string) => a + policyText(singleFilePolicy([hash])) + b);
        if (!page.includes(hash)) throw new Error('single file: no Content-Security-Policy meta tag to fill in');

        for (const name of Object.keys(bundle)) delete bundle[name];
        this.emitFile({ type: 'asset', fileName: SINGLE_FILE_NAME, source: page });
      },
    },
  };
}
