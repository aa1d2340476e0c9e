/**
 * Every shipped example (whatever public/examples/index.json lists, so examples added later are
 * covered too): page one of the appendix says what the rules say, and its not-met rows are exactly
 * the steps and parts of the one case conclusion the review screen and the case list show.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildAppendix, childSentence } from '../../src/appendix/model';
import type { RowStatus } from '../../src/appendix/model';
import { nodeTranslator } from '../../src/appendix/node-i18n';
import { caseConclusion, childChecks, summarise } from '../../src/checklist/rules';
import type { PartKey, PartVerdict, StepOutcome } from '../../src/checklist/rules';
import { examplesDir, loadExample, shippedContext } from '../helpers/appendix-fixtures';

interface IndexEntry {
  file: string;
  lang: 'sv' | 'en';
}
const index = JSON.parse(readFileSync(`${examplesDir}index.json`, 'utf8')) as IndexEntry[];
const ctx = shippedContext();

const rowOfPart: Record<PartKey, string> = {
  child: 'barn',
  minorities: 'minoriteter',
  otherGrounds: 'jamlikhet',
};

function expectedStatus(v: StepOutcome | PartVerdict): RowStatus {
  return v.kind;
}

describe.each(index)('the example $file', ({ file, lang }) => {
  const c = loadExample(file);
  const summary = summarise(c.answers, ctx);
  const conclusion = caseConclusion(summary);
  const t = nodeTranslator(lang);
  const model = buildAppendix(c, { t, lng: lang, ctx });
  const rows = new Map(model.verdict.rows.map((r) => [r.id, r]));

  it('has the same verdicts on page one of the appendix as the rules give', () => {
    expect(model.summary).toEqual(summary);
    for (const s of summary.steps)
      expect(rows.get(s.id)?.status, s.id).toBe(expectedStatus(s.outcome));
    expect(rows.get('barn')?.status).toBe(expectedStatus(summary.child));
    expect(rows.get('minoriteter')?.status).toBe(expectedStatus(summary.minorities));
    // Optional part E, left unanswered, is left out of page one rather than printed as such.
    const other = expectedStatus(summary.otherGrounds);
    expect(rows.get('jamlikhet')?.status).toBe(other === 'optional-empty' ? undefined : other);
    expect(model.verdict.childChecks.rows.map((r) => r[1])).toEqual(
      childChecks(c.answers, ctx).map((ch) => t(`appendix:status.${ch.status}`)),
    );
    expect(model.verdict.sentences[1]).toBe(childSentence(summary, t));
  });

  it('marks as not met on page one exactly the steps and parts of the case conclusion', () => {
    const notMet = model.verdict.rows.filter((r) => r.status === 'not-met').map((r) => r.id);
    const steps = conclusion.kind === 'send-back' ? conclusion.steps : [];
    expect(notMet).toEqual([
      ...steps.map((n) => `steg${n}`),
      ...conclusion.parts.map((p) => rowOfPart[p]),
    ]);
    // "Can go on" only when nothing but the optional part E falls short on page one.
    expect(conclusion.kind === 'can-go-on').toBe(notMet.every((id) => id === 'jamlikhet'));
  });
});

describe('the case conclusion', () => {
  it('sends back a paper whose SKR steps are all met when the child part is not met', () => {
    const youth = summarise(loadExample('ungdomskort.sv.json').answers, ctx);
    expect(youth.gender).toEqual({ kind: 'sufficient' });
    expect(caseConclusion(youth)).toEqual({
      kind: 'send-back',
      steps: [],
      parts: ['child'],
      samiBlocked: false,
    });
  });

  it('lets a complete paper go on, and never lets optional part E block it on its own', () => {
    const good = summarise(loadExample('snorojning.sv.json').answers, ctx);
    expect(caseConclusion(good)).toEqual({ kind: 'can-go-on', parts: [] });
    const eStarted = { ...good, otherGrounds: { kind: 'not-met', reasons: [] } as PartVerdict };
    expect(caseConclusion(eStarted)).toEqual({ kind: 'can-go-on', parts: ['otherGrounds'] });
  });
});
