import { describe, expect, it } from 'vitest';
import { summarise } from '../../src/checklist/conclusion';
import type { Decision } from '../../src/checklist/decision';
import type { Case } from '../../src/checklist/schema';
import { buildExportSummary } from '../../src/format/export-summary';
import {
  aggregateFollowup,
  countedDate,
  dropDuplicates,
  tertialOf,
  toCounted,
} from '../../src/format/followup/aggregate';
import type { FollowupInput } from '../../src/format/followup/aggregate';
import { loadExample, shippedContext } from '../helpers/appendix-fixtures';

const ctx = shippedContext();
const input = (c: Case, file: string, savedAt = ''): FollowupInput => ({
  file,
  case: c,
  stored: null,
  savedAt,
});
const withDecision = (c: Case, decision: Decision): Case => ({ ...c, decision });
const names = ['delegationsordning', 'sjukresor', 'snorojning', 'transportplan', 'ungdomskort'];
const examples = names.map((n) => loadExample(`${n}.sv.json`));

describe('tertials and dates', () => {
  it('puts January-April in T1, May-August in T2, September-December in T3', () => {
    expect(
      ['2026-01-01', '2026-04-30', '2026-05-01', '2026-08-31', '2026-09-01', '2026-12-31'].map(
        tertialOf,
      ),
    ).toEqual([1, 1, 2, 2, 3, 3]);
    expect(tertialOf('')).toBeNull();
  });

  it('counts a case by its meeting date, else its decision date', () => {
    const c = examples[0]!;
    expect(countedDate(c)).toBe('2025-02-11');
    expect(countedDate({ ...c, answers: { ...c.answers, 'a.meetingDate': '' } })).toBe(
      '2025-01-20',
    );
  });
});

describe('groups per committee and year', () => {
  const inputs = examples.map((c, i) => input(c, `f${i}.docx`));
  const r = aggregateFollowup(inputs, ctx);

  it('makes one group per committee and year, sorted', () => {
    expect(r.groups.map((g) => [g.committee, g.year, g.cases.length])).toEqual([
      ['Regional utvecklingsnämnd', 2026, 2],
      ['Regionstyrelsen', 2024, 1],
      ['Regionstyrelsen', 2025, 2],
    ]);
  });

  it('counts each step as the rules judge it, with the cases behind each count', () => {
    const g = r.groups.find((x) => x.committee === 'Regionstyrelsen' && x.year === 2025)!;
    const cases = [examples[0]!, examples[1]!];
    for (let n = 1; n <= 5; n++) {
      const kinds = cases.map((c) => summarise(c.answers, ctx).steps[n - 1]!.outcome.kind);
      const row = g.steps[n - 1]!;
      expect(row.met.length).toBe(kinds.filter((k) => k === 'met').length);
      expect(row.notMet.length).toBe(kinds.filter((k) => k === 'not-met').length);
      expect(row.notApplicable.length).toBe(kinds.filter((k) => k === 'not-applicable').length);
    }
    const child = cases.map((c) => summarise(c.answers, ctx).child.kind);
    expect(g.child.done.length).toBe(child.filter((k) => k === 'met').length);
    expect(g.cases.map((c) => c.file)).toEqual(['f0.docx', 'f1.docx']);
    expect(g.cases[0]).toEqual({
      caseId: examples[0]!.id,
      title: String(examples[0]!.answers['a.title']).trim(),
      dnr: String(examples[0]!.answers['a.dnr']).trim(),
      date: '2025-02-11',
      file: 'f0.docx',
    });
    expect(g.decisions.none.length).toBe(2);
  });

  it('counts the Sami duty triggered and met as the rules judge it', () => {
    const all = r.groups.flatMap((g) => g.sami.triggered);
    const expected = examples.filter((c) =>
      ['met', 'not-met'].includes(summarise(c.answers, ctx).samiDuty.kind),
    );
    expect(all.map((x) => x.caseId).sort()).toEqual(expected.map((c) => c.id).sort());
    const met = r.groups.flatMap((g) => g.sami.met).length;
    const notMet = r.groups.flatMap((g) => g.sami.notMet).length;
    expect(met + notMet).toBe(all.length);
  });
});

describe('decisions and återremisser', () => {
  it('counts outcomes and each step and part an återremiss names', () => {
    const [a, b, c] = examples;
    const r = aggregateFollowup(
      [
        input(
          withDecision(a!, {
            outcome: 'aterremiss',
            date: '2025-02-11',
            paragraph: '§ 1',
            steps: [2, 4],
            parts: ['child'],
          }),
          'a',
        ),
        input(
          withDecision(b!, {
            outcome: 'aterremiss',
            date: '2025-03-25',
            paragraph: '§ 2',
            steps: [4],
            parts: [],
          }),
          'b',
        ),
        input(
          withDecision(c!, {
            outcome: 'enligt-forslaget',
            date: '2024-09-10',
            paragraph: '§ 3',
            steps: [],
            parts: [],
          }),
          'c',
        ),
      ],
      ctx,
      { department: undefined },
    );
    const g2025 = r.groups.find((g) => g.year === 2025)!;
    expect(g2025.decisions.aterremiss.map((x) => x.file)).toEqual(['a', 'b']);
    expect(g2025.aterremiss.steps.map((s) => s.cases.length)).toEqual([0, 1, 0, 2, 0]);
    expect(g2025.aterremiss.parts.child.map((x) => x.file)).toEqual(['a']);
    expect(r.groups.find((g) => g.year === 2024)!.decisions['enligt-forslaget'].length).toBe(1);
  });
});

describe('filters', () => {
  const inputs = examples.map((c, i) => input(c, `f${i}`));

  it('filters on year and tertial by the counted date', () => {
    const y2025 = aggregateFollowup(inputs, ctx, { year: 2025 });
    expect(y2025.groups.map((g) => g.cases.length)).toEqual([2]);
    expect(y2025.filteredOut).toBe(3);
    // 2026-03-24 is T1, 2026-10-06 is T3.
    const t1 = aggregateFollowup(inputs, ctx, { year: 2026, tertial: 1 });
    expect(t1.groups.flatMap((g) => g.cases.map((c) => c.date))).toEqual(['2026-03-24']);
    const t3 = aggregateFollowup(inputs, ctx, { year: 2026, tertial: 3 });
    expect(t3.groups.flatMap((g) => g.cases.map((c) => c.date))).toEqual(['2026-10-06']);
    expect(aggregateFollowup(inputs, ctx, { year: 2026, tertial: 2 }).groups).toEqual([]);
  });

  it('filters on förvaltning, trimmed and ignoring case', () => {
    const r = aggregateFollowup(inputs, ctx, {
      department: ' hälso- och sjukvårdsförvaltningen, enheten för sjukresor ',
    });
    expect(r.groups.flatMap((g) => g.cases.map((c) => c.caseId))).toEqual([examples[1]!.id]);
  });
});

describe('duplicates', () => {
  it('counts the same case once: the newest by last change, then by when it was written', () => {
    const c = examples[0]!;
    const older = input(c, 'old.docx', '2025-01-01T00:00:00.000Z');
    const newer = input(
      { ...c, updatedAt: '2099-01-01T00:00:00.000Z' },
      'new.docx',
      '2000-01-01T00:00:00.000Z',
    );
    const { kept, duplicates } = dropDuplicates([older, newer].map((i) => toCounted(i, ctx)));
    expect(kept.map((k) => k.file)).toEqual(['new.docx']);
    expect(duplicates).toEqual([{ file: 'old.docx', caseId: c.id, keptFile: 'new.docx' }]);
    const same = dropDuplicates(
      [input(c, 'a', '2025-01-02'), input(c, 'b', '2025-01-03')].map((i) => toCounted(i, ctx)),
    );
    expect(same.kept.map((k) => k.file)).toEqual(['b']);
    const r = aggregateFollowup([older, newer], ctx);
    expect(r.groups.map((g) => g.cases.length)).toEqual([1]);
    expect(r.duplicates).toHaveLength(1);
  });
});

describe('a stored summary that differs from today’s rules', () => {
  it('is flagged with the fields that differ; one that agrees is not', () => {
    const c = examples[2]!;
    const now = buildExportSummary(c, ctx);
    const flip = now.steps[0]!.outcome === 'met' ? ('not-met' as const) : ('met' as const);
    const old = { ...now, steps: now.steps.map((s) => (s.n === 1 ? { ...s, outcome: flip } : s)) };
    const r = aggregateFollowup(
      [
        { file: 'old.docx', case: c, stored: old, savedAt: '' },
        {
          file: 'ok.docx',
          case: examples[3]!,
          stored: buildExportSummary(examples[3]!, ctx),
          savedAt: '',
        },
      ],
      ctx,
    );
    const flagged = r.groups.flatMap((g) => g.differs);
    expect(flagged.map((d) => [d.ref.file, d.fields])).toEqual([['old.docx', ['steps']]]);
  });
});
