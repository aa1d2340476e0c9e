#!/usr/bin/env node
// @ts-check
/**
 * Makes sure the system programs the tests drive are present: Debian's Chromium
 * (Playwright cannot download its own browser here) and LibreOffice + poppler
 * (the appendix is checked the way a reader opens it). Installs what is missing
 * with apt-get when running as root; otherwise stops with a clear message.
 * Never lets a test be skipped silently.
 */
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const needs = [
  { bin: '/usr/bin/chromium', pkgs: ['chromium'] },
  { bin: 'soffice', pkgs: ['libreoffice-writer-nogui'] },
  { bin: 'pdftotext', pkgs: ['poppler-utils'] },
  {
    bin: '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
    pkgs: ['fonts-liberation'],
  },
];

/** @param {string} bin a command name, or an absolute path that must exist */
function has(bin) {
  if (bin.startsWith('/')) return existsSync(bin);
  return spawnSync('sh', ['-c', `command -v ${bin}`], { stdio: 'ignore' }).status === 0;
}

const missing = needs.filter((n) => !has(n.bin)).flatMap((n) => n.pkgs);
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const cmd = `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${missing.join(' ')}`;
if (!isRoot) {
  console.error(
    `Missing system packages for the tests: ${missing.join(', ')}.\nInstall them with:\n  sudo sh -c '${cmd}'`,
  );
  process.exit(1);
}
console.log(`Installing system packages for the tests: ${missing.join(', ')}`);
try {
  execSync(cmd, { stdio: 'inherit' });
} catch {
  console.error('apt-get failed; the browser and document tests cannot run.');
  process.exit(1);
}
const still = needs.filter((n) => !has(n.bin));
if (still.length) {
  console.error(`Still missing after install: ${still.map((n) => n.bin).join(', ')}`);
  process.exit(1);
}
