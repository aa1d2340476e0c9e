/**
 * NODE ONLY (the CLI, the benchmark and the tests): read every locales/<lng>/*.json
 * with fs and make a `t` for one export language. The browser app never imports
 * this file; it uses src/i18n/i18n.ts (import.meta.glob) instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Resource } from 'i18next';
import type { ExportLanguage, Translate } from './model';
import { translatorFromResources } from './translator';

/** The repository's locales/ folder, found relative to this file. */
export const localesDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'locales');

export function readLocaleResources(dir: string = localesDir): Resource {
  const resources: Resource = {};
  for (const lng of ['sv', 'en'] as const) {
    const bundle: Record<string, Record<string, unknown>> = {};
    let files: string[] = [];
    try {
      files = readdirSync(join(dir, lng)).filter((f) => f.endsWith('.json'));
    } catch {
      files = [];
    }
    for (const f of files) {
      bundle[f.replace(/\.json$/, '')] = JSON.parse(
        readFileSync(join(dir, lng, f), 'utf8'),
      ) as Record<string, unknown>;
    }
    resources[lng] = bundle;
  }
  return resources;
}

let cached: Resource | null = null;

/** A synchronous translate function for one language, with Swedish as fallback. */
export function nodeTranslator(lng: ExportLanguage, dir?: string): Translate {
  const resources = dir ? readLocaleResources(dir) : (cached ??= readLocaleResources());
  return translatorFromResources(resources, lng);
}
