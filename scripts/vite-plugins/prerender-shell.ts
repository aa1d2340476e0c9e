/**
 * Paints the app before its JavaScript arrives. At build time the first screen
 * most users see (the header, the menu and the top of the case list, in Swedish)
 * is rendered with react-dom/server from the app's own components
 * (src/app/first-paint.tsx: the real Layout), loaded through Vite's SSR module
 * loader, and written into `<div id="root">`. React replaces it on its first
 * render with the same markup, so nothing moves (no layout shift) and the
 * largest paint happens as soon as the HTML and CSS are in.
 *
 * public/shell.js (a tiny blocking script: the CSP allows no inline script) marks
 * the <html> element before the first paint when the address is a deep link
 * (`#/case/...`: the case-list text is then hidden) or when the user chose
 * English (the Swedish words are then kept invisible but keep their space).
 * It also starts the app's module scripts right after that first paint: the
 * entry and its preloads move from <head> to data attributes of shell.js, so
 * the page paints from HTML and CSS alone and the scripts follow at once.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import type { Plugin } from 'vite';

// Not `new URL('…', import.meta.url)`: Vite rewrites that pattern as an asset URL.
const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FIRST_PAINT = '/src/app/first-paint.tsx';

interface FirstPaintModule {
  renderFirstPaint(): Promise<string>;
}

/**
 * The first paint's markup, from the real components. A throwaway Vite server (no
 * config file, no HMR, no dependency scan) loads the module the way the app's own
 * build would resolve it (import.meta.glob of the locale files included).
 */
export async function shellMarkup(): Promise<string> {
  const server = await createServer({
    root: projectRoot,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const mod = (await server.ssrLoadModule(FIRST_PAINT)) as FirstPaintModule;
    return await mod.renderFirstPaint();
  } finally {
    await server.close();
  }
}

// index.html marks the tag `vite-ignore` (a classic script Vite must not bundle); Vite drops
// the marker when it writes the page, leaving a space behind.
const SHELL_TAG = /<script src="\.\/shell\.js"\s*(?:vite-ignore)?\s*><\/script>/;
const ENTRY = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/;
const PRELOAD = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;

/**
 * Move the entry script and its preloads from <head> into shell.js's data attributes;
 * `extraPreloads` (the screens' chunks, see screenChunks) are fetched with them.
 */
export function deferScripts(html: string, extraPreloads: string[] = []): string {
  const entry = ENTRY.exec(html)?.[1];
  if (!entry) throw new Error('prerender-shell: no module entry script in the built index.html');
  const preloads = [...html.matchAll(PRELOAD)].map((m) => m[1]);
  for (const file of extraPreloads)
    if (file !== entry && !preloads.includes(file)) preloads.push(file);
  if (!SHELL_TAG.test(html)) throw new Error('prerender-shell: index.html lacks shell.js');
  return html
    .replace(ENTRY, '')
    .replace(PRELOAD, '')
    .replace(
      SHELL_TAG,
      `<script src="./shell.js" data-entry="${entry}" data-preload="${preloads.join(' ')}"></script>`,
    );
}

// What main.tsx imports dynamically on every start (evaluated in a task of its own, fetched at once).
const SCREENS_MODULE = /\/src\/app\/App\.tsx$/;

interface ChunkLike {
  type: string;
  fileName: string;
  facadeModuleId?: string | null;
  imports?: string[];
}

/**
 * The app shell's chunk and every chunk it imports statically, as `./`-relative URLs:
 * main.tsx imports it dynamically right away, so the browser may fetch it with the entry.
 */
export function screenChunks(bundle: Record<string, ChunkLike>): string[] {
  const start = Object.values(bundle).find(
    (c) => c.type === 'chunk' && SCREENS_MODULE.test(c.facadeModuleId ?? ''),
  );
  if (!start) throw new Error('prerender-shell: no chunk for src/app/App.tsx in the build');
  const seen = new Set<string>();
  const visit = (fileName: string) => {
    if (seen.has(fileName)) return;
    seen.add(fileName);
    for (const dep of bundle[fileName]?.imports ?? []) visit(dep);
  };
  visit(start.fileName);
  return [...seen].map((f) => `./${f}`);
}

export function prerenderShellPlugin(): Plugin[] {
  return [
    {
      name: 'underlagskollen:prerender-shell',
      apply: 'build',
      transformIndexHtml: {
        order: 'pre',
        async handler(html) {
          const root = '<div id="root"></div>';
          if (!html.includes(root))
            throw new Error('prerender-shell: no empty #root in index.html');
          const markup = await shellMarkup();
          return html.replace(root, () => `<div id="root" class="shell">${markup}</div>`);
        },
      },
    },
    {
      name: 'underlagskollen:defer-scripts',
      apply: 'build',
      transformIndexHtml: {
        order: 'post',
        handler: (html, ctx) =>
          deferScripts(
            html,
            ctx.bundle ? screenChunks(ctx.bundle as Record<string, ChunkLike>) : [],
          ),
      },
    },
  ];
}
