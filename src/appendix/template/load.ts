/**
 * Fetches the organisation's template (config.json `appendix.template`, a path relative to the
 * app) and checks it; one check per path and page load. Never throws: a missing file is the
 * problem `notFound`, everything else as inspect.ts says.
 */
import { MAX_TEMPLATE_BYTES, inspectTemplate } from './inspect';
import type { TemplateResult } from './inspect';

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

const checked = new Map<string, Promise<TemplateResult>>();

async function fetchAndInspect(path: string, fetchImpl: Fetch): Promise<TemplateResult> {
  try {
    const res = await fetchImpl(`./${path}`, { cache: 'no-cache' });
    const type = res.headers.get('content-type') ?? '';
    // A server that answers unknown paths with index.html has no template there.
    if (!res.ok || type.includes('text/html')) {
      return { ok: false, problem: { code: 'notFound', detail: path } };
    }
    const length = Number(res.headers.get('content-length') ?? 0);
    if (length > MAX_TEMPLATE_BYTES) {
      return { ok: false, problem: { code: 'tooLarge', detail: (length / 1048576).toFixed(1) } };
    }
    return await inspectTemplate(new Uint8Array(await res.arrayBuffer()));
  } catch {
    return { ok: false, problem: { code: 'notFound', detail: path } };
  }
}

export function loadTemplate(
  path: string,
  fetchImpl: Fetch = (input, init) => fetch(input, init),
): Promise<TemplateResult> {
  let p = checked.get(path);
  if (!p) {
    p = fetchAndInspect(path, fetchImpl);
    checked.set(path, p);
  }
  return p;
}
