/**
 * The mixed folder of the follow-up e2e tests (issue 14), as test/e2e/followup.spec.ts builds
 * it: Word appendices of five examples written by the app's own export code (the appendix
 * CLI), three with a recorded decision, an older copy of the first case as .json (a
 * duplicate), a damaged .docx, a foreign .docx and a .json that is not ours; and the
 * follow-up CLI's --json over it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';

export interface FollowupCliJson {
  counted: number;
  rejected: { file: string; reason: string; code: string }[];
  groups: {
    committee: string;
    year: number | null;
    cases: number;
    steps: { step: number; met: number; notMet: number; notApplicable: number }[];
    child: { done: number; notApplicable: number; notMet: number };
    minorities: { met: number; notApplicable: number; notMet: number };
    sami: { triggered: number; met: number; notMet: number };
    decisions: Record<string, number>;
  }[];
}

export const followupExamples = [
  'far-niva1',
  'plan-jamstalldhet-2022',
  'snorojning',
  'ungdomskort',
  'sjukresor',
];
const decisions = [
  { outcome: 'enligt-forslaget', date: '', paragraph: '§ 1', steps: [], parts: [] },
  { outcome: 'aterremiss', date: '', paragraph: '§ 2', steps: [2, 4], parts: ['child'] },
  null,
  { outcome: 'avslag', date: '', paragraph: '§ 4', steps: [], parts: [] },
  null,
];

/** Makes the folder in a new temporary directory; `work` is that directory, `dir` the folder. */
export async function makeFollowupFolder(): Promise<{
  work: string;
  dir: string;
  cli: FollowupCliJson;
  /** The CLI's CSV of the folder. */
  cliCsv: string;
}> {
  const work = mkdtempSync(join(tmpdir(), 'ulk-followup-e2e-'));
  const dir = join(work, 'drive');
  mkdirSync(dir, { recursive: true });
  const cases = join(work, 'cases');
  mkdirSync(cases);
  for (const [i, name] of followupExamples.entries()) {
    const env = JSON.parse(readFileSync(`public/examples/${name}.sv.json`, 'utf8'));
    if (decisions[i]) env.case.decision = decisions[i];
    const json = join(cases, `${name}.json`);
    writeFileSync(json, JSON.stringify(env));
    execFileSync(
      'npx',
      [
        'tsx',
        'scripts/appendix-cli.ts',
        json,
        join(dir, `${name}.docx`),
        '--config',
        'public/config.json',
      ],
      { stdio: 'pipe' },
    );
  }
  const old = JSON.parse(readFileSync(`public/examples/${followupExamples[0]}.sv.json`, 'utf8'));
  old.case.updatedAt = '2000-01-01T00:00:00.000Z';
  writeFileSync(join(dir, 'old-copy.json'), JSON.stringify(old));
  writeFileSync(
    join(dir, 'damaged.docx'),
    readFileSync(join(dir, `${followupExamples[1]}.docx`)).subarray(0, 4000),
  );
  const foreign = new JSZip();
  foreign.file('[Content_Types].xml', '<Types/>');
  foreign.file('word/document.xml', '<w:document/>');
  writeFileSync(join(dir, 'foreign.docx'), await foreign.generateAsync({ type: 'uint8array' }));
  writeFileSync(join(dir, 'notes.json'), '{"hello": "world"}');
  const csvPath = join(work, 'cli.csv');
  const out = execFileSync(
    'npx',
    [
      'tsx',
      'scripts/followup-cli.ts',
      dir,
      '--json',
      '--csv',
      csvPath,
      '--config',
      'public/config.json',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return {
    work,
    dir,
    cli: JSON.parse(out.toString('utf8')) as FollowupCliJson,
    cliCsv: readFileSync(csvPath, 'utf8'),
  };
}
