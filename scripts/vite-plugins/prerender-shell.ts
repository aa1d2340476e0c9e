/**
 * Paints the app before its JavaScript arrives. At build time the first screen
 * most users see (the header and the top of the case list, in Swedish, from the
 * real locale files) is written into `<div id="root">`; React replaces it on its
 * first render with the same markup, so nothing moves (no layout shift) and the
 * largest paint happens as soon as the HTML and CSS are in.
 *
 * public/shell.js (a tiny blocking script: the CSP allows no inline script) marks
 * the <html> element before the first paint when the address is a deep link
 * (`#/case/...`: the case-list text is then hidden) or when the user chose
 * English (the Swedish words are then kept invisible but keep their space).
 * It also starts the app's module scripts right after that first paint: the
 * entry and its preloads move from <head> to data attributes of shell.js, so
 * the page paints from HTML and CSS alone and the scripts follow at once.
 *
 * Invariant: the markup mirrors src/app/Layout.tsx and the top of
 * src/ui/cases/HomePage.tsx; test/e2e/shell.spec.ts fails when they drift apart
 * (layout shift on load, or text that differs from what React renders).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

type Json = { [k: string]: string | Json };

// Not `new URL('…', import.meta.url)`: Vite rewrites that pattern as an asset URL.
const localesDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'locales', 'sv');

function readLocale(ns: string): Json {
  return JSON.parse(readFileSync(resolve(localesDir, `${ns}.json`), 'utf8')) as Json;
}

function pick(json: Json, path: string): string {
  let v: string | Json | undefined = json;
  for (const part of path.split('.')) v = typeof v === 'object' ? v[part] : undefined;
  if (typeof v !== 'string') throw new Error(`prerender-shell: missing locale key ${path}`);
  return v;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function shellMarkup(): string {
  const common = readLocale('common');
  const cases = readLocale('cases');
  const c = (k: string) => escapeHtml(pick(common, k));
  const nav = [
    ['#/', 'nav.cases'],
    ['#/review', 'nav.review'],
    ['#/demo', 'nav.demo'],
    ['#/about', 'nav.about'],
    ['#/settings', 'nav.settings'],
  ]
    .map(([href, key]) => `<li><a href="${href}">${c(key!)}</a></li>`)
    .join('');
  return [
    `<a class="skip-link" href="#main-content">${c('skipLink')}</a>`,
    `<header class="app-header"><div class="app-header__inner"><div class="app-header__row">`,
    `<a class="app-header__title" href="#/">${c('appName')}<span class="app-header__org"></span></a>`,
    `<button type="button" class="lang-switch" lang="en" disabled>${c('switchLanguage')}</button>`,
    `</div><nav class="app-header__nav" aria-label="${c('nav.label')}"><ul>${nav}</ul></nav></div></header>`,
    `<main id="main-content" class="app-main" tabindex="-1">`,
    `<div class="status-line no-print" role="status" aria-live="polite"></div>`,
    `<div class="home shell-home"><h1>${escapeHtml(pick(cases, 'home.title'))}</h1>`,
    `<p>${escapeHtml(pick(cases, 'home.intro'))}</p></div></main>`,
  ].join('');
}

// index.html marks the tag `vite-ignore` (a classic script Vite must not bundle); Vite drops
// the marker when it writes the page, leaving a space behind.
const SHELL_TAG = /<script src="\.\/shell\.js"\s*(?:vite-ignore)?\s*><\/script>/;
const ENTRY = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/;
const PRELOAD = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;

/** Move the entry script and its preloads from <head> into shell.js's data attributes. */
export function deferScripts(html: string): string {
  const entry = ENTRY.exec(html)?.[1];
  if (!entry) throw new Error('prerender-shell: no module entry script in the built index.html');
  const preloads = [...html.matchAll(PRELOAD)].map((m) => m[1]);
  if (!SHELL_TAG.test(html)) throw new Error('prerender-shell: index.html lacks shell.js');
  return html
    .replace(ENTRY, '')
    .replace(PRELOAD, '')
    .replace(
      SHELL_TAG,
      `<script src="./shell.js" data-entry="${entry}" data-preload="${preloads.join(' ')}"></script>`,
    );
}

export function prerenderShellPlugin(): Plugin[] {
  return [
    {
      name: 'underlagskollen:prerender-shell',
      apply: 'build',
      transformIndexHtml: {
        order: 'pre',
        handler(html) {
          const root = '<div id="root"></div>';
          if (!html.includes(root))
            throw new Error('prerender-shell: no empty #root in index.html');
          return html.replace(root, `<div id="root" class="shell">${shellMarkup()}</div>`);
        },
      },
    },
    {
      name: 'underlagskollen:defer-scripts',
      apply: 'build',
      transformIndexHtml: { order: 'post', handler: deferScripts },
    },
  ];
}
