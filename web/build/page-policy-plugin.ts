// Vite plugin: the app page's Content Security Policy, written into
// index.html's <meta> at build time (from content-security-policy.ts, so the
// meta tag and the header never disagree), and sent as response headers by
// the preview server that `make run` starts: the app's policy for the app, the
// embedding policy for the lesson pages under /lesson/.
import type { Plugin } from 'vite';
import { APP_POLICY, EMBED_POLICY, policyText, securityHeaders } from './content-security-policy';

const META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")[^"]*("\s*\/?>)/;

export function pagePolicyPlugin(): Plugin {
  let building = false;
  return {
    name: 'feltline-page-policy',
    configResolved(config) {
      building = config.command === 'build';
    },
    transformIndexHtml(html) {
      if (!META.test(html)) throw new Error('index.html has no Content-Security-Policy meta tag');
      // The dev server injects its own client (inline scripts, a WebSocket), which a strict policy would block.
      return building ? html.replace(META, (_m, a: string, b: string) => a + policyText(APP_POLICY) + b) : html.replace(META, '');
    },
    configurePreviewServer(server) {
      const app = securityHeaders(APP_POLICY);
      const embed = securityHeaders(EMBED_POLICY);
      server.middlewares.use((req, res, next) => {
        const headers = (req.url ?? '').startsWith('/lesson/') ? embed : app;
        for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
        next();
      });
    },
  };
}
