import { describe, expect, it } from 'vitest';
import { decisionProblems, decisionSchema, normaliseDecision } from '../../src/checklist/decision';
import type { Decision } from '../../src/checklist/decision';
import { caseSchema, newCase } from '../../src/checklist/schema';
import { renderDocx } from '../../src/appendix/docx-writer';
import { buildAppendix } from '../../src/appendix/model';
import { nodeTranslator } from '../../src/appendix/node-i18n';
import { readAppendix } from '../../src/appendix/read-appendix';
import { loadExample, shippedContext, unzipText } from '../helpers/appendix-fixtures';

const decision = (patch: Partial<Decision> = {}): Decision => ({
  outcome: 'enligt-forslaget',
  date: '2026-03-12',
  paragraph: '§ 12',
  steps: [],
  parts: [],
  ...patch,
});

describe('the decision record', () => {
  it.each(['enligt-forslaget', 'med-andring', 'aterremiss', 'bordlaggning', 'avslag'] as const)(
    'accepts the outcome %s',
    (outcome) => {
      expect(decisionSchema.safeParse(decision({ outcome })).success).toBe(true);
    },
  );

  it('refuses an unknown outcome, an unreal date and a too-long paragraph', () => {
    expect(decisionSchema.safeParse({ ...decision(), outcome: 'bifall' }).success).toBe(false);
    expect(decisionSchema.safeParse(decision({ date: '2026-02-30' })).success).toBe(false);
    expect(decisionSchema.safeParse(decision({ date: '12/3/2026' })).success).toBe(false);
    expect(decisionSchema.safeParse(decision({ paragraph: '§'.repeat(41) })).success).toBe(false);
  });

  it('accepts a decision whose date and paragraph are not known yet', () => {
    expect(decisionSchema.safeParse(decision({ date: '', paragraph: '' })).success).toBe(true);
  });

  it('lets only an återremiss name steps and parts, each once and steps 1-5 only', () => {
    const back = decision({ outcome: 'aterremiss', steps: [2, 4], parts: ['child'] });
    expect(decisionSchema.safeParse(back).success).toBe(true);
    expect(decisionSchema.safeParse({ ...back, outcome: 'avslag' }).success).toBe(false);
    expect(decisionSchema.safeParse({ ...back, steps: [2, 2] }).success).toBe(false);
    expect(decisionSchema.safeParse({ ...back, steps: [6] }).success).toBe(false);
    expect(decisionSchema.safeParse({ ...back, parts: ['E'] }).success).toBe(false);
  });

  it('is optional in a case, and a case with a bad decision is invalid', () => {
    const c = newCase('c1', new Date('2026-01-01T00:00:00Z'));
    expect(caseSchema.safeParse(c).success).toBe(true);
    expect(caseSchema.safeParse({ ...c, decision: decision() }).success).toBe(true);
    expect(caseSchema.safeParse({ ...c, decision: { outcome: 'avslag' } }).success).toBe(false);
  });

  it('normalises: steps ascending, parts in order, none unless återremiss, paragraph trimmed', () => {
    expect(
      normaliseDecision(
        decision({
          outcome: 'aterremiss',
          steps: [4, 2, 4],
          parts: ['otherGrounds', 'child'],
          paragraph: ' § 7 ',
        }),
      ),
    ).toEqual(
      decision({
        outcome: 'aterremiss',
        steps: [2, 4],
        parts: ['child', 'otherGrounds'],
        paragraph: '§ 7',
      }),
    );
    expect(normaliseDecision(decision({ outcome: 'avslag', steps: [1] })).steps).toEqual([]);
  });
});

describe('what a decision being recorded lacks', () => {
  const base = { outcome: 'aterremiss', steps: [], parts: [], date: '', paragraph: '' };
  it('refuses an återremiss that names no step or part, and no outcome at all', () => {
    expect(decisionProblems(base)).toEqual(['sentBack']);
    expect(decisionProblems({ ...base, steps: [4] })).toEqual([]);
    expect(decisionProblems({ ...base, parts: ['child'] })).toEqual([]);
    expect(decisionProblems({ ...base, outcome: '' })).toEqual(['outcome']);
    expect(decisionProblems({ ...base, outcome: 'avslag' })).toEqual([]);
  });

  it('refuses an impossible date and a paragraph over the limit', () => {
    expect(decisionProblems({ ...base, steps: [1], date: '2026-02-30' })).toEqual(['date']);
    expect(decisionProblems({ ...base, steps: [1], paragraph: 'x'.repeat(41) })).toEqual([
      'paragraph',
    ]);
  });
});

describe('the decision in the appendix', () => {
  const ctx = shippedContext();
  const sv = nodeTranslator('sv');
  const en = nodeTranslator('en');
  const base = loadExample('snorojning.sv.json');

  it('has no decision section until one is recorded', () => {
    expect(buildAppendix(base, { t: sv, lng: 'sv', ctx }).decision).toBeNull();
  });

  it('prints an återremiss with its steps and parts, date and paragraph, in Swedish and English', () => {
    const c = {
      ...base,
      decision: decision({
        outcome: 'aterremiss',
        steps: [2, 4],
        parts: ['child'],
        paragraph: '§ 45',
      }),
    };
    expect(buildAppendix(c, { t: sv, lng: 'sv', ctx }).decision).toEqual({
      heading: 'Beslut',
      fields: [
        { label: 'Beslut', value: 'Återremiss' },
        { label: 'Återremitterat för', value: 'Steg 2, Steg 4, Barnrätt (del C)' },
        { label: 'Beslutsdatum', value: '2026-03-12' },
        { label: 'Protokollsparagraf', value: '§ 45' },
      ],
    });
    expect(buildAppendix(c, { t: en, lng: 'en', ctx }).decision?.fields[0]).toEqual({
      label: 'Decision',
      value: 'Referred back',
    });
  });

  it('writes the decision at the end of the Word file, after the parts', async () => {
    const c = { ...base, decision: decision({ outcome: 'med-andring', paragraph: '§ 9' }) };
    const bytes = await renderDocx(buildAppendix(c, { t: sv, lng: 'sv', ctx }), c);
    const xml = await unzipText(bytes, 'word/document.xml');
    const at = xml.lastIndexOf('Beslut med ändring');
    expect(at).toBeGreaterThan(xml.indexOf('Övriga diskrimineringsgrunder'));
    expect(xml).toContain('§ 9');
    const back = await readAppendix(bytes);
    expect(back).toMatchObject({ status: 'ok', case: { decision: c.decision } });
  });
});
