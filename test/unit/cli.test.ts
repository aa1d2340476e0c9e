import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../scripts/appendix-cli';
import { readAppendix } from '../../src/appendix/read-appendix';
import { examplesDir, loadExample } from '../helpers/appendix-fixtures';

const work = mkdtempSync(join(tmpdir(), 'ulk-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const p = join(work, name);
  writeFileSync(p, content);
  return p;
}

describe('npm run appendix', () => {
  it('writes an appendix that reads back to the same case', async () => {
    const out = join(work, 'snow.docx');
    const r = await runCli([`${examplesDir}snorojning.sv.json`, out]);
    expect(r).toMatchObject({ code: 0, err: [] });
    expect(r.out[0]).toMatch(/^Wrote .*snow\.docx \(\d+ bytes, sv\)\.$/);
    const back = await readAppendix(new Uint8Array(readFileSync(out)));
    expect(back).toMatchObject({ status: 'ok', case: loadExample('snorojning.sv.json') });
  });

  it('makes the file name from Dnr and title when given a directory, in English with --lang en', async () => {
    const r = await runCli([
      `${examplesDir}far-niva1.en.json`,
      `${work}/`,
      '--lang',
      'en',
      '--config',
      'public/config.json',
    ]);
    expect(r.code).toBe(0);
    expect(r.out[0]).toContain(
      'LN-V-2024-37_Ending-local-funding-of-Physical-Activity-on-Prescription-FaR-level-1.docx',
    );
    expect(r.out[0]).toContain(', en)');
  });

  it('fails clearly on a missing file', async () => {
    const r = await runCli([join(work, 'nope.json'), join(work, 'x.docx')]);
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toContain('File not found');
  });

  it('fails clearly on a file that is not JSON', async () => {
    const r = await runCli([file('bad.json', 'this is { not json'), join(work, 'x.docx')]);
    expect(r).toMatchObject({ code: 1 });
    expect(r.err.join('\n')).toContain('is not valid JSON');
  });

  it('fails clearly on JSON that is not a case', async () => {
    const r = await runCli([file('other.json', '{"hello": "world"}'), join(work, 'x.docx')]);
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toContain('not an Underlagskollen case file');
  });

  it('fails clearly on a damaged case', async () => {
    const env = JSON.parse(readFileSync(`${examplesDir}snorojning.sv.json`, 'utf8')) as {
      case: { answers: Record<string, unknown> };
    };
    env.case.answers['b2.tables'] = 'not a table';
    const r = await runCli([file('damaged.json', JSON.stringify(env)), join(work, 'x.docx')]);
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toContain('damaged case file');
  });

  it('fails clearly on a case from a newer version', async () => {
    const env = JSON.parse(readFileSync(`${examplesDir}snorojning.sv.json`, 'utf8')) as {
      version: number;
    };
    env.version = 99;
    const r = await runCli([file('new.json', JSON.stringify(env)), join(work, 'x.docx')]);
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toContain('newer version');
  });

  it('explains its usage on wrong arguments', async () => {
    expect(await runCli([])).toMatchObject({
      code: 2,
      err: expect.arrayContaining([expect.stringContaining('Usage:')]),
    });
    expect((await runCli(['a.json', 'b.docx', '--lang', 'de'])).err[0]).toContain('--lang must be');
  });

  it('exits non-zero from the shell on bad input', () => {
    let status = 0;
    let stderr = '';
    try {
      execFileSync(
        'npx',
        ['tsx', 'scripts/appendix-cli.ts', join(work, 'missing.json'), join(work, 'x.docx')],
        {
          stdio: 'pipe',
          encoding: 'utf8',
          timeout: 60_000,
        },
      );
    } catch (e) {
      const err = e as { status: number; stderr: string };
      status = err.status;
      stderr = err.stderr;
    }
    expect(status).toBe(1);
    expect(stderr).toContain('File not found');
  }, 60_000);
});
