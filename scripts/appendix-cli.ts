/**
 * Headless appendix export, the same code as the app:
 *
 *   npm run appendix -- case.json out.docx [--lang sv|en] [--config public/config.json]
 *                       [--template bilaga.dotx] [--strict]
 *
 * case.json is a case envelope (a saved case file or public/examples/*.json).
 * --config reads an organisation config (administrative-area languages, own goals,
 * appendix label format and footer). --template FILE uses the organisation's Word template
 * (a template that is refused gives a warning and the built-in look). The publish check warns
 * about personnummer, e-mail addresses and phone numbers in the answers, naming the question;
 * --strict makes an unmarked hit an error. Exit codes: 0 written, 1 bad input, 2 usage.
 * Messages are for developers and batch logs, so they are plain English here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseConfig, ruleContextFrom } from '../src/config/config-schema';
import { emptyContext } from '../src/checklist/types';
import { publishCheck } from '../src/checklist/publish-check';
import type { PublishHit, PublishHitKind } from '../src/checklist/publish-check';
import { questionById } from '../src/checklist/question-bank';
import type { RuleContext } from '../src/checklist/types';
import { parseCaseText } from '../src/format/case-envelope';
import { appendixFileName, buildAppendix } from '../src/appendix/model';
import type { ExportLanguage, OrgOptions, Translate } from '../src/appendix/model';
import { nodeTranslator } from '../src/appendix/node-i18n';
import type { LoadedTemplate, TemplateProblem } from '../src/appendix/template/inspect';

export const USAGE =
  'Usage: npm run appendix -- case.json out.docx [--lang sv|en] [--config config.json]\n' +
  '       [--template template.dotx] [--strict]\n' +
  '  out.docx may be a directory (ending in /): the file name is made from Dnr and title.';

export interface CliResult {
  code: number;
  out: string[];
  err: string[];
}

interface Args {
  input: string;
  output: string;
  lang: ExportLanguage;
  config?: string;
  template?: string;
  strict: boolean;
}

function parseArgs(argv: string[]): Args | string {
  const positional: string[] = [];
  let lang: ExportLanguage = 'sv';
  let config: string | undefined;
  let template: string | undefined;
  let strict = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lang' || a.startsWith('--lang=')) {
      const v = a.includes('=') ? a.slice(7) : argv[++i];
      if (v !== 'sv' && v !== 'en') return `--lang must be "sv" or "en", got "${v ?? ''}".`;
      lang = v;
    } else if (a === '--config' || a.startsWith('--config=')) {
      config = a.includes('=') ? a.slice(9) : argv[++i];
      if (!config) return '--config needs a file.';
    } else if (a === '--template' || a.startsWith('--template=')) {
      template = a.includes('=') ? a.slice(11) : argv[++i];
      if (!template) return '--template needs a file.';
    } else if (a === '--strict') {
      strict = true;
    } else if (a === '--help' || a === '-h') {
      return '';
    } else if (a.startsWith('--')) {
      return `Unknown option ${a}.`;
    } else {
      positional.push(a);
    }
  }
  if (positional.length !== 2) return 'Give exactly one input case file and one output file.';
  return {
    input: positional[0]!,
    output: positional[1]!,
    lang,
    strict,
    ...(config ? { config } : {}),
    ...(template ? { template } : {}),
  };
}

function readText(path: string): string | { error: string } {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { error: `File not found: ${path}` };
    if (code === 'EISDIR') return { error: `${path} is a directory, not a file.` };
    return { error: `Cannot read ${path}: ${(e as Error).message}` };
  }
}

function readBytes(path: string): { bytes: Uint8Array } | { error: string } {
  try {
    return { bytes: new Uint8Array(readFileSync(path)) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { error: `File not found: ${path}` };
    return { error: `Cannot read ${path}: ${(e as Error).message}` };
  }
}

/** The template's problem in plain English, for batch logs (the app shows it translated). */
function templateProblemText(p: TemplateProblem): string {
  const what: Record<TemplateProblem['code'], string> = {
    notFound: 'the file was not found',
    notZip: 'not a Word file (.dotx or .docx)',
    damaged: 'the file is damaged',
    tooLarge: `the file is too large (${p.detail} MB)`,
    zipBomb: 'the archive inflates to more data than a template holds',
    notWord: 'not a Word document or template',
    macros: 'the template contains macros',
    external: 'the template links to something outside the file',
    activeContent: 'the template contains a field or object that reads other files',
    missingStyle: `the template lacks the style "${p.detail}"`,
    unsupportedImage: 'the template has an image of a kind Word does not show everywhere',
  };
  return (
    what[p.code] +
    (p.detail && !['tooLarge', 'missingStyle'].includes(p.code) ? ` (${p.detail})` : '')
  );
}

/** One line for an unexpected failure: the error's message, never a stack trace. */
function failureLine(e: unknown): string {
  const detail =
    e instanceof RangeError
      ? 'the case is too large or too deeply nested to export'
      : e instanceof Error && e.message
        ? e.message.split('\n')[0]!.slice(0, 300)
        : 'unknown error';
  return `Could not write the appendix: ${detail}.`;
}

/** Run the CLI; every failure, expected or not, is exit code 1 with a message. */
export async function runCli(argv: string[]): Promise<CliResult> {
  try {
    return await runCliUnguarded(argv);
  } catch (e) {
    return { code: 1, out: [], err: [failureLine(e)] };
  }
}

async function runCliUnguarded(argv: string[]): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    if (args) err.push(args);
    err.push(USAGE);
    return { code: args ? 2 : 0, out, err };
  }

  let ctx: RuleContext = emptyContext;
  let org: OrgOptions | undefined;
  if (args.config) {
    const text = readText(args.config);
    if (typeof text !== 'string') return { code: 1, out, err: [text.error] };
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return { code: 1, out, err: [`${args.config} is not valid JSON.`] };
    }
    const parsed = parseConfig(json);
    for (const p of parsed.problems) err.push(`config: ${p.path || '(file)'}: ${p.messageKey}`);
    ctx = ruleContextFrom(parsed.config);
    org = {
      name: parsed.config.organisation.name,
      labelFormat: parsed.config.appendix.labelFormat,
      footer: parsed.config.appendix.footer,
    };
  }

  const text = readText(args.input);
  if (typeof text !== 'string') return { code: 1, out, err: [...err, text.error] };
  const decoded = parseCaseText(text);
  switch (decoded.status) {
    case 'corrupt':
      return {
        code: 1,
        out,
        err: [
          ...err,
          decoded.detail === 'not valid JSON'
            ? `${args.input} is not valid JSON.`
            : `${args.input} is a damaged case file: ${decoded.detail}`,
        ],
      };
    case 'not-ours':
      return { code: 1, out, err: [...err, `${args.input} is not an Underlagskollen case file.`] };
    case 'too-new':
      return {
        code: 1,
        out,
        err: [
          ...err,
          `${args.input} was saved by a newer version (case format ${decoded.version}); update the app to open it.`,
        ],
      };
    case 'ok':
      break;
  }

  const t = nodeTranslator(args.lang);
  const hits = publishCheck(decoded.case.answers, ctx);
  for (const h of hits) err.push(publishWarning(h, t));
  const open = hits.filter((h) => !h.intended).length;
  if (args.strict && open > 0) {
    err.push(`--strict: ${open} item(s) of personal data not marked as intended; no file written.`);
    return { code: 1, out, err };
  }
  const model = buildAppendix(decoded.case, { t, lng: args.lang, ctx, ...(org ? { org } : {}) });
  // The writer (and with it `docx`) is loaded only when needed, as in the app.
  let template: LoadedTemplate | undefined;
  if (args.template) {
    const raw = readBytes(args.template);
    if ('error' in raw) return { code: 1, out, err: [...err, raw.error] };
    const { inspectTemplate } = await import('../src/appendix/template/inspect');
    const checked = await inspectTemplate(raw.bytes);
    if (checked.ok) template = checked.template;
    else
      err.push(
        `warning: ${args.template}: ${templateProblemText(checked.problem)}; using the built-in look.`,
      );
  }
  const { renderDocx } = await import('../src/appendix/docx-writer');
  const bytes = await renderDocx(model, decoded.case, template ? { template } : {});
  const target = /[/\\]$/.test(args.output)
    ? `${args.output}${appendixFileName(decoded.case)}`
    : args.output;
  try {
    writeFileSync(target, bytes);
  } catch (e) {
    return { code: 1, out, err: [...err, `Cannot write ${target}: ${(e as Error).message}`] };
  }
  out.push(`Wrote ${target} (${bytes.length} bytes, ${args.lang}).`);
  return { code: 0, out, err };
}

const KIND_NAMES: Record<PublishHitKind, string> = {
  personnummer: 'personnummer',
  samordningsnummer: 'samordningsnummer',
  email: 'e-mail address',
  phone: 'phone number',
};

/** One line per hit of the publish check, naming the question (id and label). */
function publishWarning(h: PublishHit, t: Translate): string {
  const q = questionById.get(h.questionId);
  const label = q ? ` ("${t(`questions:${q.labelKey}`)}")` : '';
  const mark = h.intended ? ' (marked as intended)' : '';
  return `warning: ${KIND_NAMES[h.kind]} ${h.text} in question ${h.questionId}${label}${mark}`;
}

const isMain =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const result = await runCli(process.argv.slice(2));
  for (const line of result.out) console.log(line);
  for (const line of result.err) console.error(line);
  process.exitCode = result.code;
}
