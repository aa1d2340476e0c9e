/**
 * Content-Security-Policy for the BUILT app (a <meta> in index.html).
 *
 * Only in `vite build`: the dev server injects inline scripts for HMR. The
 * built page has no inline or eval script (Vite emits module files; the
 * modulepreload polyfill is inside the entry chunk), so `script-src 'self'`
 * holds. `style-src 'self'` holds too: React's `style` prop and
 * `element.style.x = ...` go through the CSSOM, which CSP does not restrict;
 * only style="" attributes in parsed HTML and <style> elements would need
 * 'unsafe-inline', and the app has neither.
 *
 * `frame-ancestors` is deliberately absent: browsers ignore it in a <meta>
 * (and log an error on every load). To forbid framing, the web server must
 * send it as a header: `Content-Security-Policy: frame-ancestors 'none'`.
 */
import type { Plugin } from 'vite';

export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
];

export const CSP = CSP_DIRECTIVES.join('; ');

export function cspPlugin(policy: string = CSP): Plugin {
  return {
    name: 'underlagskollen:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler() {
        return [
          {
            tag: 'meta',
            attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
  };
}
