/**
 * A tiny hash router: the app is static files that an administrator may put
 * under any path, so routes live in the fragment (#/case/abc/page/b1-affects).
 * Routes are parsed into a typed union; components never parse URLs themselves.
 */
import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'home' }
  | { name: 'tasks'; caseId: string }
  | { name: 'page'; caseId: string; pageId: string; returnTo: ReturnTarget | null }
  | { name: 'check'; caseId: string; sectionId: string | null }
  | { name: 'preview'; caseId: string }
  | { name: 'decision'; caseId: string }
  | { name: 'settings' }
  | { name: 'about' }
  | { name: 'accessibility' }
  | { name: 'privacy' }
  | { name: 'review' }
  | { name: 'demo' }
  | { name: 'followup' }
  | { name: 'not-found'; path: string };

/** Where a change link came from, so Continue returns there. */
export type ReturnTarget = { kind: 'check'; sectionId: string | null };

/**
 * decodeURIComponent throws on a malformed escape (`%ZZ`, a cut `%E2%82`): a
 * hand-edited or truncated link must give "not found", never a blank app, so
 * a segment that cannot be decoded is kept as typed.
 */
export function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * encodeURIComponent throws on a lone surrogate (U+D800 alone). Ids are checked
 * by the schema, but a link must never be the thing that crashes a screen:
 * lone surrogates become U+FFFD first.
 */
export function safeEncode(segment: string): string {
  try {
    return encodeURIComponent(segment);
  } catch {
    return encodeURIComponent(
      segment.replace(
        /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
        '\uFFFD',
      ),
    );
  }
}

export function parseRoute(hash: string): Route {
  const [pathPart = '', query = ''] = hash.replace(/^#/, '').split('?');
  const parts = pathPart.split('/').filter(Boolean).map(safeDecode);
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(query);
  } catch {
    params = new URLSearchParams();
  }
  const ret = params.get('return');
  const returnTo: ReturnTarget | null =
    ret === null ? null : { kind: 'check', sectionId: ret === 'all' ? null : ret };
  const [a, b, c, d] = parts;
  if (parts.length === 0) return { name: 'home' };
  if (a === 'case' && b) {
    if (parts.length === 2) return { name: 'tasks', caseId: b };
    if (c === 'page' && d) return { name: 'page', caseId: b, pageId: d, returnTo };
    if (c === 'check') return { name: 'check', caseId: b, sectionId: d ?? null };
    if (c === 'preview') return { name: 'preview', caseId: b };
    if (c === 'beslut' && parts.length === 3) return { name: 'decision', caseId: b };
  }
  if (parts.length === 1) {
    switch (a) {
      case 'settings':
      case 'about':
      case 'accessibility':
      case 'privacy':
      case 'review':
      case 'demo':
        return { name: a };
      case 'uppfoljning':
        return { name: 'followup' };
    }
  }
  return { name: 'not-found', path: pathPart };
}

const enc = safeEncode;

export const paths = {
  home: () => '#/',
  tasks: (caseId: string) => `#/case/${enc(caseId)}`,
  page: (caseId: string, pageId: string, returnTo?: ReturnTarget | null) =>
    `#/case/${enc(caseId)}/page/${enc(pageId)}` +
    (returnTo ? `?return=${returnTo.sectionId === null ? 'all' : enc(returnTo.sectionId)}` : ''),
  check: (caseId: string, sectionId?: string | null) =>
    `#/case/${enc(caseId)}/check` + (sectionId ? `/${enc(sectionId)}` : ''),
  preview: (caseId: string) => `#/case/${enc(caseId)}/preview`,
  decision: (caseId: string) => `#/case/${enc(caseId)}/beslut`,
  settings: () => '#/settings',
  about: () => '#/about',
  accessibility: () => '#/accessibility',
  privacy: () => '#/privacy',
  review: () => '#/review',
  demo: () => '#/demo',
  followup: () => '#/uppfoljning',
};

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The raw fragment; also the reset key of the error boundary above the router. */
export function useHash(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => '',
  );
}

export function useRoute(): Route {
  return parseRoute(useHash());
}

export function navigate(href: string) {
  if (window.location.hash !== href) window.location.hash = href;
}
