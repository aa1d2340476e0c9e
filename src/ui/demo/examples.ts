/**
 * The shipped example cases (public/examples/): the index and one case, fetched
 * on demand so they never weigh on the first load. Never throws: the demo page
 * shows a translated message for every failure.
 *
 * index.json is an array of entries, one per file and language. Optional
 * field `exercise: true` marks a deliberately weak case for training
 * ("what is missing here?"); without it an example is a good example.
 */
import * as z from 'zod/mini';
import type { Case } from '../../checklist/schema';
import { parseCaseText } from '../../format/case-envelope';

export const EXAMPLES_URL = './examples/';

const entrySchema = z.object({
  file: z.string().check(z.regex(/^[a-z0-9-]+\.(sv|en)\.json$/)),
  titleSv: z.string(),
  titleEn: z.string(),
  descriptionSv: z.string(),
  descriptionEn: z.string(),
  lang: z.enum(['sv', 'en']),
  exercise: z.optional(z.boolean()),
});

export type ExampleEntry = z.infer<typeof entrySchema>;

export type Fetch = (input: string) => Promise<Response>;

const defaultFetch: Fetch = (input) => fetch(input);

export type IndexResult = { status: 'ok'; entries: ExampleEntry[] } | { status: 'error' };

/** The index; entries that do not match the schema are skipped, not fatal. */
export async function loadExampleIndex(fetchImpl: Fetch = defaultFetch): Promise<IndexResult> {
  try {
    const res = await fetchImpl(`${EXAMPLES_URL}index.json`);
    if (!res.ok) return { status: 'error' };
    const raw: unknown = await res.json();
    if (!Array.isArray(raw)) return { status: 'error' };
    const entries = raw.flatMap((e) => {
      const parsed = entrySchema.safeParse(e);
      return parsed.success ? [parsed.data] : [];
    });
    return entries.length > 0 ? { status: 'ok', entries } : { status: 'error' };
  } catch {
    return { status: 'error' };
  }
}

export type ExampleResult = { status: 'ok'; case: Case } | { status: 'error' };

export async function loadExampleCase(
  file: string,
  fetchImpl: Fetch = defaultFetch,
): Promise<ExampleResult> {
  try {
    const res = await fetchImpl(`${EXAMPLES_URL}${encodeURIComponent(file)}`);
    if (!res.ok) return { status: 'error' };
    const decoded = parseCaseText(await res.text());
    return decoded.status === 'ok' ? { status: 'ok', case: decoded.case } : { status: 'error' };
  } catch {
    return { status: 'error' };
  }
}

/** The base name shared by a case's language versions: `far-niva1.sv.json` -> `far-niva1`. */
export function exampleBase(file: string): string {
  return file.replace(/\.(sv|en)\.json$/, '');
}

/**
 * One entry per example, in index order, preferring the file in the UI
 * language and falling back to any other language version.
 */
export function examplesFor(entries: readonly ExampleEntry[], lng: string): ExampleEntry[] {
  const chosen = new Map<string, ExampleEntry>();
  for (const e of entries) {
    const base = exampleBase(e.file);
    const current = chosen.get(base);
    if (!current || (current.lang !== lng && e.lang === lng)) chosen.set(base, e);
  }
  return [...chosen.values()];
}

export function exampleTitle(e: ExampleEntry, lng: string): string {
  return lng === 'en' ? e.titleEn : e.titleSv;
}

export function exampleDescription(e: ExampleEntry, lng: string): string {
  return lng === 'en' ? e.descriptionEn : e.descriptionSv;
}
