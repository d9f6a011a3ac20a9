// The Content Security Policies Feltline's pages run under (docs/privacy.md).
// Each allows the page's own files and nothing from anywhere else: no remote
// script, style, font or image, and no connection to another origin.

type Policy = Record<string, string>;

export function policyText(policy: Policy): string {
  return Object.entries(policy)
    .map(([directive, sources]) => `${directive} ${sources}`)
    .join('; ');
}

const COMMON: Policy = {
  'default-src': "'none'",
  // Each chart carries its own <style> inside its <svg>, so that an exported
  // SVG, PNG or HTML report looks as it does on screen.
  'style-src': "'self' 'unsafe-inline'",
  // PNG export draws the chart's SVG through an <img> from a blob: URL.
  'img-src': "'self' data: blob:",
  'font-src': "'none'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
};

/**
 * The served app (web/dist). The analysis worker and the WebAssembly module
 * are files of the same origin; connect-src 'self' lets the worker fetch the
 * .wasm and the service worker keep the app's own files for offline use.
 */
export const APP_POLICY: Policy = {
  ...COMMON,
  'script-src': "'self' 'wasm-unsafe-eval'",
  'worker-src': "'self'",
  'connect-src': "'self'",
  'manifest-src': "'self'",
};

/**
 * A page embedding <feltline-viewer> (the lesson in examples/embed/): the
 * viewer script is a file of the site; its analysis worker, with the
 * WebAssembly inside, is started from a blob: URL; connect-src 'self' lets a
 * viewer read its transcript from a `src` on the same site.
 */
export const EMBED_POLICY: Policy = {
  ...COMMON,
  'script-src': "'self' 'wasm-unsafe-eval'",
  'worker-src': 'blob:',
  'connect-src': "'self'",
};

/**
 * The single file (web/dist-single/feltline.html), opened from disk: only its
 * small inline loader runs (allowed by its hash); the loader unpacks the app
 * into a blob: URL and runs it, the app starts its worker from another blob:
 * URL, and nothing connects anywhere at all.
 */
export function singleFilePolicy(scriptHashes: string[]): Policy {
  return {
    ...COMMON,
    'style-src': "'unsafe-inline'",
    'img-src': 'data: blob:',
    'script-src': [...scriptHashes.map((h) => `'${h}'`), 'blob:', "'wasm-unsafe-eval'"].join(' '),
    'worker-src': 'blob:',
    'connect-src': "'none'",
  };
}

/** Only in an HTTP header (a <meta> policy cannot say this): who may frame the page. */
export const HEADER_ONLY: Policy = { 'frame-ancestors': "'self'" };

/** Response headers the preview server (`make run`) sends with every file. */
export function securityHeaders(policy: Policy): Record<string, string> {
  return {
    'Content-Security-Policy': policyText({ ...policy, ...HEADER_ONLY }),
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), browsing-topics=()',
  };
}
