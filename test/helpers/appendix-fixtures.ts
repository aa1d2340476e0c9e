/**
 * Helpers for the appendix tests: load the shipped example cases, the
 * organisation context of public/config.json, and unzip a produced .docx.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import type { Case } from '../../src/checklist/schema';
import type { RuleContext } from '../../src/checklist/types';
import { parseConfig, ruleContextFrom } from '../../src/config/config-schema';
import { parseCaseText } from '../../src/format/case-envelope';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const examplesDir = join(root, 'public', 'examples') + '/';

export function loadExample(file: string): Case {
  const decoded = parseCaseText(readFileSync(`${examplesDir}${file}`, 'utf8'));
  if (decoded.status !== 'ok') throw new Error(`${file}: ${JSON.stringify(decoded)}`);
  return decoded.case;
}

/** The context of the shipped config: Sami administrative area, three own goals. */
export function shippedContext(): RuleContext {
  const raw: unknown = JSON.parse(readFileSync(join(root, 'public', 'config.json'), 'utf8'));
  return ruleContextFrom(parseConfig(raw).config);
}

export function caseWith(answers: Case['answers'], id = 'test-case'): Case {
  return {
    id,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    answers,
  };
}

export async function unzipText(bytes: Uint8Array, path: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const f = zip.file(path);
  if (!f) throw new Error(`${path} missing`);
  return f.async('string');
}
