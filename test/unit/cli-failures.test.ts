import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../scripts/appendix-cli';
import { examplesDir } from '../helpers/appendix-fixtures';

vi.mock('../../src/appendix/docx-writer', () => ({
  renderDocx: () => {
    throw new RangeError('Maximum call stack size exceeded');
  },
}));

const work = mkdtempSync(join(tmpdir(), 'ulk-cli-fail-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function deepCase(depth: number): string {
  const inner = '['.repeat(depth) + '1' + ']'.repeat(depth);
  return `{"format":"underlagskollen-case","version":1,"savedAt":"2025-01-01T00:00:00.000Z","case":{"id":"deep","createdAt":"2025-01-01T00:00:00.000Z","updatedAt":"2025-01-01T00:00:00.000Z","answers":{"a.title":"Djup","x.unknown":${inner}}}}`;
}

describe('npm run appendix on input that breaks something', () => {
  it('refuses an unknown answer nested 5,000 deep with exit code 1 and a one-line message', async () => {
    const input = join(work, 'deep.json');
    writeFileSync(input, deepCase(5000));
    const r = await runCli([input, join(work, 'deep.docx')]);
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toContain('answers.x.unknown: nested too deeply');
    expect(r.err.join('\n')).not.toMatch(/\n\s+at /);
  });

  it('turns any unexpected failure of the writer into exit code 1 with a message, not a stack trace', async () => {
    const r = await runCli([`${examplesDir}snorojning.sv.json`, join(work, 'x.docx')]);
    expect(r.code).toBe(1);
    expect(r.err).toEqual([
      'Could not write the appendix: the case is too large or too deeply nested to export.',
    ]);
  });
});
