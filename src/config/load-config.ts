/**
 * Reads the deployed public/config.json at start-up. Never throws.
 *
 * The URL is relative so a dist/ folder works under any path. A missing file (404, network
 * error, or an SPA fallback that answers with index.html) means the defaults, silently; a
 * file that is not JSON or has invalid fields gives the defaults for those fields plus
 * problems for the administrator message.
 */
import { defaultConfig, parseConfig } from './config-schema';
import type { ConfigProblem, OrgConfig } from './config-schema';

export const CONFIG_URL = './config.json';

export interface LoadedConfig {
  config: OrgConfig;
  problems: ConfigProblem[];
  /** Whether a config.json was found (even an invalid one). */
  found: boolean;
}

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export function defaultsLoaded(): LoadedConfig {
  return { config: defaultConfig(), problems: [], found: false };
}

/** Parse config.json text; `found` is true. */
export function parseConfigText(text: string): LoadedConfig {
  const body = text.replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    const m = e instanceof Error ? /position (\d+)/.exec(e.message) : null;
    const problem: ConfigProblem = m
      ? {
          path: '',
          messageKey: 'settings:problems.notJsonAt',
          params: lineAndColumn(body, Number(m[1])),
          severity: 'error',
        }
      : { path: '', messageKey: 'settings:problems.notJson', params: {}, severity: 'error' };
    return { config: defaultConfig(), problems: [problem], found: true };
  }
  return { ...parseConfig(json), found: true };
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

export async function loadConfig(
  fetchImpl: Fetch = (input, init) => fetch(input, init),
  url: string = CONFIG_URL,
  timeoutMs = 5000,
): Promise<LoadedConfig> {
  const controller = typeof AbortController === 'function' ? new AbortController() : null;
  const timer = controller ? setTimeout(() => controller.abort(), timeoutMs) : null;
  try {
    const res = await fetchImpl(url, { cache: 'no-cache', signal: controller?.signal });
    if (!res.ok) {
      if (res.status === 404 || res.status === 0) return defaultsLoaded();
      return {
        ...defaultsLoaded(),
        problems: [
          {
            path: '',
            messageKey: 'settings:problems.httpError',
            params: { status: res.status },
            severity: 'error',
          },
        ],
      };
    }
    const text = await res.text();
    const type = res.headers.get('content-type') ?? '';
    // A server that rewrites unknown paths to index.html has no config.json.
    if (type.includes('text/html') || /^\s*</.test(text)) return defaultsLoaded();
    return parseConfigText(text);
  } catch {
    return defaultsLoaded();
  } finally {
    if (timer) clearTimeout(timer);
  }
}
