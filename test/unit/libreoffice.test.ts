import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Case } from '../../src/checklist/schema';
import { renderDocx } from '../../src/appendix/docx-writer';
import { buildAppendix } from '../../src/appendix/model';
import type { AnswerContent } from '../../src/appendix/model';
import { nodeTranslator } from '../../src/appendix/node-i18n';
import { readAppendix } from '../../src/appendix/read-appendix';
import { loadExample, shippedContext } from '../helpers/appendix-fixtures';

// These tests open the produced file in LibreOffice. They FAIL when soffice is missing:
// the lead's test script installs libreoffice-writer-nogui for them.
const work = mkdtempSync(join(tmpdir(), 'ulk-lo-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function soffice(): string {
  for (const p of ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/bin/libreoffice']) {
    if (existsSync(p)) return p;
  }
  try {
    return execFileSync('which', ['soffice'], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

/** Convert with LibreOffice; it exits 0 even on failure, so the output file is checked. */
function convert(input: string, to: string, ext: string): string {
  const bin = soffice();
  expect(bin, 'soffice (libreoffice-writer-nogui) must be installed').not.toBe('');
  const outDir = mkdtempSync(join(work, 'out-'));
  execFileSync(
    bin,
    [
      `-env:UserInstallation=file://${join(work, 'profile')}`,
      '--headless',
      '--convert-to',
      to,
      '--outdir',
      outDir,
      input,
    ],
    { timeout: 120_000, stdio: 'pipe' },
  );
  const out = join(outDir, input.replace(/^.*\//, '').replace(/\.docx$/, `.${ext}`));
  expect(existsSync(out), `LibreOffice produced no ${ext} for ${input}`).toBe(true);
  return out;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

function answerTexts(a: AnswerContent): string[] {
  switch (a.kind) {
    case 'text':
    case 'unanswered':
      return [a.text];
    case 'list':
      return a.items;
    case 'tables':
      return a.tables.flatMap((t) => [...t.head, ...t.rows.flat(), ...t.notes]);
  }
}

async function writeDocx(c: Case, name: string): Promise<string> {
  const t = nodeTranslator('sv');
  const model = buildAppendix(c, { t, lng: 'sv', ctx: shippedContext() });
  const path = join(work, name);
  writeFileSync(path, await renderDocx(model, c));
  const texts = [
    model.label,
    model.caseTitle,
    ...model.header.fields.map((f) => f.value),
    ...model.verdict.rows.flatMap((r) => [r.label, r.statusText, r.comment]),
    ...answerTexts(model.conclusion.answer),
    ...model.parts.flatMap((p) =>
      p.subsections.flatMap((s) =>
        s.blocks.flatMap((b) =>
          b.kind === 'qa'
            ? [b.question, ...answerTexts(b.answer)]
            : b.kind === 'paragraph'
              ? [b.text]
              : [],
        ),
      ),
    ),
  ].filter((s) => s.trim() !== '');
  writeFileSync(`${path}.expected.json`, JSON.stringify(texts));
  return path;
}

describe('the appendix in LibreOffice', () => {
  it('opens, and every answer text of the case is in it', async () => {
    for (const file of ['ungdomsmottagning.sv.json', 'plan-jamstalldhet-2022.sv.json']) {
      const docx = await writeDocx(loadExample(file), file.replace('.json', '.docx'));
      const txt = norm(readFileSync(convert(docx, 'txt:Text (encoded):UTF8', 'txt'), 'utf8'));
      const expected = JSON.parse(readFileSync(`${docx}.expected.json`, 'utf8')) as string[];
      expect(expected.length).toBeGreaterThan(50);
      const missing = expected.filter((s) => !txt.includes(norm(s)));
      expect(missing).toEqual([]);
    }
  }, 240_000);

  it('still restores the case after LibreOffice saves the file again as .docx', async () => {
    const c = loadExample('snorojning.sv.json');
    const docx = await writeDocx(c, 'roundtrip.docx');
    const again = convert(docx, 'docx:MS Word 2007 XML', 'docx');
    const bytes = readFileSync(again);
    expect(bytes.length).toBeGreaterThan(1000);
    expect(await readAppendix(new Uint8Array(bytes))).toEqual({
      status: 'ok',
      case: c,
      migrated: false,
    });
  }, 240_000);
});
