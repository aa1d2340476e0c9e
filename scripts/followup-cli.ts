/**
 * The follow-up from the command line (issue 14), for files on a shared drive:
 *
 *   npm run followup -- FILE_OR_FOLDER... [--csv out.csv] [--docx out.docx] [--json]
 *                       [--lang sv|en] [--config config.json]
 *                       [--department NAME] [--year YYYY] [--tertial 1|2|3]
 *
 * Reads .docx appendices made by the app and .json case files and backups (folders are walked,
 * one file at a time; in a folder only *.docx and *.json are read), recomputes every case with
 * this build's rules and counts per committee and year. Bad input never stops a run: a file
 * that is not ours, damaged, too new, too large or a duplicate is listed with its reason in the
 * chosen language. --json prints the summary documented in docs/followup.md. Exit codes: 0
 * counted (even with rejected files), 1 an output could not be written, 2 usage.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseConfig, ruleContextFrom } from '../src/config/config-schema';
import { emptyContext } from '../src/checklist/types';
import type { RuleContext } from '../src/checklist/types';
import { aggregateCounted, toCounted } from '../src/format/followup/aggregate';
import type {
  CountedCase,
  FollowupFilters,
  FollowupGroup,
  Tertial,
} from '../src/format/followup/aggregate';
import { followupCsv } from '../src/format/followup/csv';
import { groupMeasures } from '../src/format/followup/measures';
import { MAX_FOLLOWUP_FILE_BYTES } from '../src/format/followup/read-json';
import type { Rejection } from '../src/format/followup/read-json';
import { rejectionText } from '../src/format/followup/rejection-text';
import { readFollowupFile } from '../src/appendix/followup-read';
import { nodeTranslator } from '../src/appendix/node-i18n';
import type { Translate } from '../src/appendix/model';

export const USAGE =
  'Usage: npm run followup -- FILE_OR_FOLDER... [--csv out.csv] [--docx out.docx] [--json]\n' +
  '       [--lang sv|en] [--config config.json] [--department NAME] [--year YYYY] [--tertial 1|2|3]';

export interface CliResult {
  code: number;
  out: string[];
  err: string[];
}

interface Args {
  inputs: string[];
  csv?: string;
  docx?: string;
  json: boolean;
  lang: 'sv' | 'en';
  config?: string;
  filters: FollowupFilters;
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { inputs: [], json: false, lang: 'sv', filters: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [name, inline] =
      a.startsWith('--') && a.includes('=')
        ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
        : [a, undefined];
    const value = () => inline ?? argv[++i];
    switch (name) {
      case '--csv':
      case '--docx':
      case '--config':
      case '--department': {
        const v = value();
        if (!v) return `${name} needs a value.`;
        if (name === '--csv') args.csv = v;
        else if (name === '--docx') args.docx = v;
        else if (name === '--config') args.config = v;
        else args.filters.department = v;
        break;
      }
      case '--lang': {
        const v = value();
        if (v !== 'sv' && v !== 'en') return `--lang must be "sv" or "en", got "${v ?? ''}".`;
        args.lang = v;
        break;
      }
      case '--year': {
        const v = value();
        if (!v || !/^\d{4}$/.test(v)) return `--year must be a year (YYYY), got "${v ?? ''}".`;
        args.filters.year = Number(v);
        break;
      }
      case '--tertial': {
        const v = value();
        if (v !== '1' && v !== '2' && v !== '3')
          return `--tertial must be 1, 2 or 3, got "${v ?? ''}".`;
        args.filters.tertial = Number(v) as Tertial;
        break;
      }
      case '--json':
        args.json = true;
        break;
      case '--help':
      case '-h':
        return '';
      default:
        if (a.startsWith('--')) return `Unknown option ${a}.`;
        args.inputs.push(a);
    }
  }
  if (args.inputs.length === 0) return 'Give at least one file or folder.';
  return args;
}

const READ_IN_FOLDERS = /\.(docx|json)$/i;

/**
 * The files to read, one at a time: named files as they are; folders walked depth first (their
 * *.docx and *.json, sorted, hidden files and Word's ~$ lock files skipped). A generator, so a
 * folder of 10,000 files is never listed into memory with its contents.
 */
function* walk(
  path: string,
  named: boolean,
): Generator<{ path: string } | { path: string; error: string }> {
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    yield { path, error: (e as NodeJS.ErrnoException).code ?? 'unreadable' };
    return;
  }
  if (st.isDirectory()) {
    let names: string[];
    try {
      names = readdirSync(path).sort();
    } catch (e) {
      yield { path, error: (e as NodeJS.ErrnoException).code ?? 'unreadable' };
      return;
    }
    for (const n of names) {
      if (n.startsWith('.') || n.startsWith('~$')) continue;
      const child = join(path, n);
      let isDir = false;
      try {
        isDir = statSync(child).isDirectory();
      } catch {
        /* reported when walked */
      }
      if (isDir || READ_IN_FOLDERS.test(n)) yield* walk(child, false);
    }
  } else if (named || st.isFile()) {
    yield { path };
  }
}

/** The documented --json shape (docs/followup.md). */
export interface FollowupJson {
  format: 'underlagskollen-followup';
  version: 1;
  total: number;
  counted: number;
  filteredOut: number;
  filters: FollowupFilters;
  rejected: { file: string; reason: string; code: Rejection['reason'] }[];
  groups: {
    committee: string;
    year: number | null;
    cases: number;
    steps: { step: number; met: number; notMet: number; notApplicable: number }[];
    child: { done: number; notApplicable: number; notMet: number };
    minorities: { met: number; notApplicable: number; notMet: number };
    sami: { triggered: number; met: number; notMet: number };
    decisions: Record<string, number>;
    aterremiss: { steps: Record<string, number>; parts: Record<string, number> };
    differs: number;
    measures: { id: string; label: string; count: number; cases: string[] }[];
    caseList: { caseId: string; title: string; dnr: string; date: string; file: string }[];
  }[];
}

function groupJson(g: FollowupGroup, t: Translate): FollowupJson['groups'][number] {
  const count = (o: Record<string, unknown[]>) =>
    Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v.length]));
  return {
    committee: g.committee,
    year: g.year,
    cases: g.cases.length,
    steps: g.steps.map((s) => ({
      step: s.n,
      met: s.met.length,
      notMet: s.notMet.length,
      notApplicable: s.notApplicable.length,
    })),
    child: count(g.child) as FollowupJson['groups'][number]['child'],
    minorities: count(g.minorities) as FollowupJson['groups'][number]['minorities'],
    sami: count(g.sami) as FollowupJson['groups'][number]['sami'],
    decisions: count(g.decisions),
    aterremiss: {
      steps: Object.fromEntries(g.aterremiss.steps.map((s) => [String(s.n), s.cases.length])),
      parts: count(g.aterremiss.parts),
    },
    differs: g.differs.length,
    measures: groupMeasures(g, t).map((m) => ({
      id: m.id,
      label: m.label,
      count: m.cases.length,
      cases: m.cases.map((c) => c.caseId),
    })),
    caseList: g.cases,
  };
}

export async function runFollowup(argv: string[]): Promise<CliResult> {
  const parsed = parseArgs(argv);
  if (typeof parsed === 'string') {
    return parsed === ''
      ? { code: 0, out: [USAGE], err: [] }
      : { code: 2, out: [], err: [parsed, USAGE] };
  }
  const args = parsed;
  const t = nodeTranslator(args.lang);
  let ctx: RuleContext = emptyContext;
  if (args.config) {
    try {
      ctx = ruleContextFrom(parseConfig(JSON.parse(readFileSync(args.config, 'utf8'))).config);
    } catch (e) {
      return {
        code: 2,
        out: [],
        err: [`Cannot read --config ${args.config}: ${(e as Error).message}`],
      };
    }
  }
  const counted: CountedCase[] = [];
  const rejected: Rejection[] = [];
  let total = 0;
  for (const input of args.inputs) {
    // A file is named as it was given; a file in a folder by its path from the folder's parent.
    const base = dirname(resolve(input));
    for (const entry of walk(input, true)) {
      total++;
      const name = entry.path === input ? input : relative(base, resolve(entry.path));
      if ('error' in entry) {
        rejected.push({ file: name, reason: 'unreadable', detail: entry.error });
        continue;
      }
      let bytes: Uint8Array;
      try {
        if (statSync(entry.path).size > MAX_FOLLOWUP_FILE_BYTES) {
          rejected.push({ file: name, reason: 'too-large' });
          continue;
        }
        bytes = new Uint8Array(readFileSync(entry.path));
      } catch (e) {
        rejected.push({
          file: name,
          reason: 'unreadable',
          detail: (e as NodeJS.ErrnoException).code ?? 'error',
        });
        continue;
      }
      const read = await readFollowupFile(name, bytes);
      rejected.push(...read.rejected);
      // Only the small summary is kept; the case is dropped as soon as it is counted.
      for (const i of read.inputs) counted.push(toCounted(i, ctx));
    }
  }
  const result = aggregateCounted(counted, args.filters);
  for (const d of result.duplicates) {
    rejected.push({ file: d.file, reason: 'duplicate', keptFile: d.keptFile });
  }
  const rejectedOut = rejected.map((r) => ({
    file: r.file,
    reason: rejectionText(r, t),
    code: r.reason,
  }));
  const out: string[] = [];
  const err: string[] = [];
  if (args.csv) {
    try {
      writeFileSync(args.csv, followupCsv(result.groups, t), 'utf8');
      err.push(`Wrote ${args.csv}.`);
    } catch (e) {
      return { code: 1, out, err: [`Cannot write ${args.csv}: ${(e as Error).message}`] };
    }
  }
  if (args.docx) {
    const { renderFollowupReport } = await import('../src/appendix/followup-report');
    const period =
      args.filters.tertial !== undefined
        ? `T${args.filters.tertial}${args.filters.year ? ` ${args.filters.year}` : ''}`
        : args.filters.year !== undefined
          ? String(args.filters.year)
          : '';
    const bytes = await renderFollowupReport(result.groups, {
      t,
      lng: args.lang,
      rejected: rejectedOut,
      filters: { department: args.filters.department ?? '', period },
    });
    try {
      writeFileSync(args.docx, bytes);
      err.push(`Wrote ${args.docx}.`);
    } catch (e) {
      return { code: 1, out, err: [`Cannot write ${args.docx}: ${(e as Error).message}`] };
    }
  }
  const countedCases = result.groups.reduce((s, g) => s + g.cases.length, 0);
  if (args.json) {
    const json: FollowupJson = {
      format: 'underlagskollen-followup',
      version: 1,
      total,
      counted: countedCases,
      filteredOut: result.filteredOut,
      filters: args.filters,
      rejected: rejectedOut,
      groups: result.groups.map((g) => groupJson(g, t)),
    };
    out.push(JSON.stringify(json, null, 2));
  } else {
    out.push(
      `${total} file(s) read, ${countedCases} case(s) counted, ${rejected.length} not counted.`,
    );
    for (const g of result.groups) {
      const steps = g.steps.map((s) => `${s.n}:${s.met.length}/${g.cases.length}`).join(' ');
      out.push(
        `${g.committee || '-'} ${g.year ?? '-'}: ${g.cases.length} case(s); steps met ${steps}`,
      );
    }
    for (const r of rejectedOut) out.push(`not counted: ${r.file}: ${r.reason}`);
  }
  return { code: 0, out, err };
}

const isMain =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const result = await runFollowup(process.argv.slice(2));
  for (const line of result.out) console.log(line);
  for (const line of result.err) console.error(line);
  process.exitCode = result.code;
}
