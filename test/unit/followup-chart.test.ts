import { describe, expect, it } from 'vitest';
import { nodeTranslator } from '../../src/appendix/node-i18n';
import type { CaseRef, FollowupGroup } from '../../src/format/followup/aggregate';
import {
  decisionRows,
  decisionsChart,
  formatShare,
  partRows,
  partsChart,
} from '../../src/format/followup/chart';

const sv = nodeTranslator('sv');
const en = nodeTranslator('en');
const NB = '\u00a0';

const refs = (n: number, tag: string): CaseRef[] =>
  Array.from({ length: n }, (_, i) => ({
    caseId: `${tag}${i}`,
    title: `${tag} ${i}`,
    dnr: '',
    date: '2026-03-01',
    file: `${tag}${i}.docx`,
  }));

/** Six cases: step 1 met in 4, not met in 1, not applicable in 1, and so on. */
function group(): FollowupGroup {
  const cases = refs(6, 'c');
  const [a, b, c, d, e, f] = cases as [CaseRef, CaseRef, CaseRef, CaseRef, CaseRef, CaseRef];
  const step = (n: number, met: CaseRef[], notMet: CaseRef[], notApplicable: CaseRef[]) => ({
    n,
    met,
    notMet,
    notApplicable,
  });
  return {
    committee: 'Regionstyrelsen',
    year: 2026,
    cases,
    steps: [
      step(1, [a, b, c, d], [e], [f]),
      step(2, cases, [], []),
      step(3, [], cases, []),
      step(4, [a], [b, c], [d, e, f]),
      step(5, [a, b], [c], [d, e, f]),
    ],
    child: { done: [a, b], notApplicable: [c, d, e], notMet: [f] },
    minorities: { met: [a], notApplicable: [b, c, d, e], notMet: [f] },
    sami: { triggered: [a, b], met: [a], notMet: [b] },
    decisions: {
      'enligt-forslaget': [a, b, c],
      'med-andring': [d],
      aterremiss: [e],
      bordlaggning: [],
      avslag: [],
      none: [f],
    },
    aterremiss: {
      steps: [1, 2, 3, 4, 5].map((n) => ({ n, cases: n === 2 ? [e] : [] })),
      parts: { child: [], minorities: [], otherGrounds: [] },
    },
    differs: [],
  };
}

describe('the follow-up rows', () => {
  it('has steps 1-5, child rights, minorities and the Sami duty with counts and fractions', () => {
    const rows = partRows(group(), sv);
    expect(rows.map((r) => r.id)).toEqual([
      'step1',
      'step2',
      'step3',
      'step4',
      'step5',
      'child',
      'minorities',
      'sami',
    ]);
    const s1 = rows[0]!;
    expect(s1.label).toBe('Steg 1');
    expect(s1.segments.map((s) => [s.kind, s.count])).toEqual([
      ['met', 4],
      ['notMet', 1],
      ['notApplicable', 1],
    ]);
    expect(s1.segments.map((s) => s.fraction)).toEqual([4 / 6, 1 / 6, 1 / 6]);
    expect(s1.segments.map((s) => s.label)).toEqual([
      'Steg 1 uppfyllt',
      'Steg 1 ej uppfyllt',
      'Steg 1 ej tillämpligt',
    ]);
    expect(s1.shareText).toBe(`66,7${NB}%`);
    // Every stacked row covers the whole bar.
    for (const r of rows) {
      expect(r.segments.reduce((n, s) => n + s.fraction, 0)).toBeCloseTo(1, 10);
    }
    // The Sami duty: met / not met of the cases that triggered it, not of all.
    const sami = rows[7]!;
    expect(sami.total).toBe(2);
    expect(sami.segments.map((s) => [s.kind, s.count, s.fraction])).toEqual([
      ['met', 1, 0.5],
      ['notMet', 1, 0.5],
    ]);
  });

  it('says each row in words, singular and plural', () => {
    const rows = partRows(group(), sv);
    expect(rows[0]!.text).toBe(
      `Steg 1: 4 av 6 ärenden uppfyllda (66,7${NB}%), 1 ej uppfyllt, 1 ej tillämpligt.`,
    );
    expect(rows[3]!.text).toBe(
      `Steg 4: 1 av 6 ärenden uppfyllt (16,7${NB}%), 2 ej uppfyllda, 3 ej tillämpligt.`,
    );
    expect(rows[2]!.text).toBe(
      `Steg 3: 0 av 6 ärenden uppfyllda (0${NB}%), 6 ej uppfyllda, 0 ej tillämpligt.`,
    );
    expect(rows[7]!.text).toBe(
      `Samisk konsultationsplikt utlöst: i 2 ärenden, uppfylld i 1 (50${NB}%), ej uppfylld i 1.`,
    );
    expect(partRows(group(), en)[0]!.text).toBe(
      'Step 1: 4 of 6 cases met (66.7%), 1 not met, 1 not applicable.',
    );
  });

  it('has one decision row per outcome and no decision recorded', () => {
    const rows = decisionRows(group(), sv);
    expect(rows.map((r) => [r.label, r.segments[0]!.count, r.valueText])).toEqual([
      ['Beslut enligt förslaget', 3, `3 (50${NB}%)`],
      ['Beslut med ändring', 1, `1 (16,7${NB}%)`],
      ['Återremiss', 1, `1 (16,7${NB}%)`],
      ['Bordläggning', 0, `0 (0${NB}%)`],
      ['Avslag', 0, `0 (0${NB}%)`],
      ['Beslut ej registrerat', 1, `1 (16,7${NB}%)`],
    ]);
    expect(rows[0]!.text).toBe(`Beslut enligt förslaget: 3 av 6 ärenden (50${NB}%).`);
  });

  it('formats shares with the language’s decimal sign', () => {
    expect(formatShare(66.7, sv)).toBe(`66,7${NB}%`);
    expect(formatShare(66.7, en)).toBe('66.7%');
    expect(formatShare(100, sv)).toBe(`100${NB}%`);
  });
});

describe('the follow-up charts', () => {
  it('stacks the segments across the bar area, a legend above, the share at the end', () => {
    const ch = partsChart(group(), sv);
    expect(ch.title).toBe(
      'Diagram: SKR:s steg, barnrätt och nationella minoriteter, Regionstyrelsen 2026',
    );
    expect(ch.rows).toHaveLength(8);
    expect(ch.legend.map((l) => [l.kind, l.label])).toEqual([
      ['met', 'Uppfyllt'],
      ['notMet', 'Ej uppfyllt'],
      ['notApplicable', 'Ej tillämpligt'],
    ]);
    for (const r of ch.rows) {
      const [first, ...rest] = r.segments;
      expect(first!.x).toBe(ch.barLeft);
      let x = first!.x + first!.width;
      for (const s of rest) {
        expect(s.x).toBeCloseTo(x, 9);
        x = s.x + s.width;
      }
      expect(x).toBeCloseTo(ch.barLeft + ch.barWidth, 9);
      expect(r.shareX).toBeGreaterThan(ch.barLeft + ch.barWidth);
      expect(r.shareX).toBeLessThan(ch.width);
      expect(r.barY + ch.barHeight).toBeLessThanOrEqual(ch.ticksY);
    }
    // Rows do not overlap, and the legend sits above the first bar.
    const ys = ch.rows.map((r) => r.barY);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBe(ch.rowHeight);
    expect(ch.legend[0]!.y + 14).toBeLessThan(ys[0]!);
    expect(ch.labelWidth + 8).toBe(ch.barLeft);
    expect(ch.ticks.map((t) => t.text)).toEqual([0, 25, 50, 75, 100].map((p) => `${p}${NB}%`));
    expect(ch.height).toBeGreaterThan(ch.ticksY);
  });

  it('is described in words: what it shows, then every row', () => {
    const g = group();
    const ch = partsChart(g, sv);
    expect(ch.altText.startsWith('Liggande staplar över 6 ärenden:')).toBe(true);
    for (const r of partRows(g, sv)) expect(ch.altText).toContain(r.text);
  });

  it('leaves the Sami row out when the duty was never triggered, and says so', () => {
    const g = { ...group(), sami: { triggered: [], met: [], notMet: [] } };
    const ch = partsChart(g, sv);
    expect(ch.rows.map((r) => r.id)).not.toContain('sami');
    expect(ch.altText).toContain('Den samiska konsultationsplikten utlöstes inte i något ärende.');
    // The tables still show the row (with zeros).
    expect(partRows(g, sv).map((r) => r.id)).toContain('sami');
  });

  it('draws a decision bar as long as its share of the cases, the count after it', () => {
    const ch = decisionsChart(group(), sv);
    expect(ch.title).toBe('Diagram: beslut, Regionstyrelsen 2026');
    expect(ch.legend).toEqual([]);
    const [first, , , tabled] = ch.rows;
    expect(first!.segments[0]!.width).toBeCloseTo(ch.barWidth / 2, 9);
    expect(first!.shareX).toBeCloseTo(ch.barLeft + ch.barWidth / 2 + 6, 9);
    expect(tabled!.segments[0]!.width).toBe(0);
    expect(ch.altText).toContain('Liggande staplar över besluten i 6 ärenden');
    expect(ch.altText).toContain(`Beslut ej registrerat: 1 av 6 ärenden (16,7${NB}%).`);
  });

  it('never divides by zero for a group without cases', () => {
    const g: FollowupGroup = {
      ...group(),
      cases: [],
      steps: [1, 2, 3, 4, 5].map((n) => ({ n, met: [], notMet: [], notApplicable: [] })),
      child: { done: [], notApplicable: [], notMet: [] },
      minorities: { met: [], notApplicable: [], notMet: [] },
      sami: { triggered: [], met: [], notMet: [] },
      decisions: {
        'enligt-forslaget': [],
        'med-andring': [],
        aterremiss: [],
        bordlaggning: [],
        avslag: [],
        none: [],
      },
    };
    for (const ch of [partsChart(g, sv), decisionsChart(g, sv)]) {
      for (const r of ch.rows) {
        expect(r.share).toBe(0);
        for (const s of r.segments) {
          expect(Number.isFinite(s.fraction)).toBe(true);
          expect(s.width).toBe(0);
        }
        expect(r.text).toBe(`${r.label}: inga ärenden.`);
      }
      expect(ch.altText).not.toMatch(/NaN|Infinity/);
    }
  });

  it('has a narrow layout for phones: each label above its bar, no label column', () => {
    const wide = partsChart(group(), sv);
    const ch = partsChart(group(), sv, undefined, { narrow: true });
    expect(ch.narrow).toBe(true);
    expect(ch.width).toBeLessThan(wide.width);
    expect(ch.width).toBeLessThanOrEqual(340);
    expect(ch.labelWidth).toBe(0);
    for (const [i, r] of ch.rows.entries()) {
      expect(r.labelAnchor).toBe('start');
      expect(r.labelX).toBe(ch.barLeft);
      // The label's line lies between the bar above and its own bar.
      expect(r.labelY).toBeLessThan(r.barY);
      const above = ch.rows[i - 1];
      if (above) expect(r.labelY - 12).toBeGreaterThan(above.barY + ch.barHeight);
      expect(r.segments.at(-1)!.x + r.segments.at(-1)!.width).toBeCloseTo(
        ch.barLeft + ch.barWidth,
        9,
      );
      expect(r.shortLabel).toBe(r.label);
    }
    // The legend wraps to the width.
    for (const l of ch.legend)
      expect(l.x + 20 + l.label.length * 6.4).toBeLessThanOrEqual(ch.width);
    expect(ch.legend[0]!.y + 14).toBeLessThan(ch.rows[0]!.labelY - 12);
  });

  it('shortens a label too long for the label column and keeps the full one', () => {
    const g = { ...group(), committee: 'X' };
    const t = (key: string, params?: Record<string, unknown>) =>
      key === 'followup:report.child' ? 'B'.repeat(80) : sv(key, params);
    const ch = partsChart(g, t);
    const child = ch.rows.find((r) => r.id === 'child')!;
    expect(child.label).toBe('B'.repeat(80));
    expect(child.shortLabel.endsWith('…')).toBe(true);
    expect(child.shortLabel.length).toBeLessThan(40);
  });
});
