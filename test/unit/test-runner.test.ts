// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../scripts/test-all.mjs', import.meta.url));
let dir = '';

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the test runner (npm test)', () => {
  it("does not count last run's results when every runner crashes before writing its own", () => {
    dir = mkdtempSync(join(tmpdir(), 'ulk-test-all-'));
    // Last run's result files, all green.
    mkdirSync(join(dir, 'test-results'));
    writeFileSync(
      join(dir, 'test-results/vitest.json'),
      JSON.stringify({ numPassedTests: 999, numFailedTests: 0 }),
    );
    writeFileSync(
      join(dir, 'test-results/playwright.json'),
      JSON.stringify({ stats: { expected: 99, unexpected: 0, skipped: 0, flaky: 0 } }),
    );
    // An `npx` that crashes at once, for every runner.
    mkdirSync(join(dir, 'bin'));
    writeFileSync(join(dir, 'bin/npx'), '#!/bin/sh\nexit 1\n');
    chmodSync(join(dir, 'bin/npx'), 0o755);

    const run = spawnSync(process.execPath, [script], {
      cwd: dir,
      env: { ...process.env, PATH: `${join(dir, 'bin')}:${process.env.PATH ?? ''}` },
      encoding: 'utf8',
    });

    expect(run.status).toBe(1);
    const summary = readFileSync(join(dir, 'test-results/summary.txt'), 'utf8');
    expect(summary).toMatch(/^0 passed, [1-9]\d* failed\n$/);
  });
});
