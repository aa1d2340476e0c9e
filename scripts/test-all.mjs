#!/usr/bin/env node
// @ts-check
/**
 * `npm test`: every test, the browser tests included. Steps:
 *   1. system programs (Chromium, LibreOffice) installed when missing;
 *   2. typecheck and lint (`npm run lint`: ESLint and knip; a failure fails the run);
 *   3. Vitest (unit + component, jsdom; the LibreOffice checks too);
 *   4. Playwright end-to-end tests in Debian's Chromium against the built app.
 * Prints one closing line "N passed, N failed" summing Vitest's and Playwright's
 * counts, and writes it to test-results/summary.txt for .ci/run.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';

const vitestJson = 'test-results/vitest.json';
const pwJson = 'test-results/playwright.json';
const summaryTxt = 'test-results/summary.txt';

mkdirSync('test-results', { recursive: true });
// Last run's results must never be read as this run's when a runner crashes before writing.
for (const file of [vitestJson, pwJson, summaryTxt]) rmSync(file, { force: true });

/**
 * @param {string} cmd
 * @param {string[]} args
 * @param {Record<string, string>} [env]
 * @returns {number} the exit status (1 when the process could not run or was killed)
 */
function run(cmd, args, env = {}) {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

let passed = 0;
let failed = 0;
/** @type {string[]} */
const problems = [];

if (run('node', ['scripts/ensure-system-deps.mjs']) !== 0) problems.push('system packages');
if (run('npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']) !== 0) problems.push('typecheck');
if (run('npm', ['run', 'lint']) !== 0) problems.push('lint'); // ESLint, then knip

const vStatus = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
if (existsSync(vitestJson)) {
  const v = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += v.numPassedTests ?? 0;
  failed += (v.numFailedTests ?? 0) + ((v.numFailedTestSuites ?? 0) ? 0 : 0);
  if ((v.numFailedTestSuites ?? 0) > 0 && (v.numFailedTests ?? 0) === 0)
    failed += v.numFailedTestSuites;
}
if (vStatus !== 0) problems.push('vitest');

const pStatus = run('npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson });
if (existsSync(pwJson)) {
  const p = JSON.parse(readFileSync(pwJson, 'utf8'));
  const s = p.stats ?? {};
  passed += (s.expected ?? 0) + (s.flaky ?? 0);
  failed += s.unexpected ?? 0;
  if ((s.skipped ?? 0) > 0) {
    console.error(`${s.skipped} Playwright tests were skipped: that is a failure here.`);
    failed += s.skipped;
  }
}
if (pStatus !== 0) problems.push('playwright');

if (problems.length && failed === 0) failed = problems.length; // a failed step counts, never a silent pass
const line = `${passed} passed, ${failed} failed`;
writeFileSync(summaryTxt, line + '\n');
if (problems.length) console.error(`\nFailed steps: ${problems.join(', ')}`);
console.log(`\n${line}`);
process.exit(problems.length || failed ? 1 : 0);
