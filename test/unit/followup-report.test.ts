/**
 * The follow-up's Word report carries per group the charts of the steps and parts and of the
 * decisions: caption above, the borderless table of shaded cells (the palette's colours, the
 * table's description the text alternative), the text alternative below, kept together.
 */
import { describe, expect, it } from 'vitest';
import { renderFollowupReport } from '../../src/appendix/followup-report';
import { followupStyle } from '../../src/appendix/chart-palette';
import { spans } from '../../src/appendix/docx/share-chart';
import { nodeTranslator } from '../../src/appendix/node-i18n';
import { aggregateFollowup } from '../../src/format/followup/aggregate';
import { decisionsChart, partRows, partsChart } from '../../src/format/followup/chart';
import type { Case } from '../../src/checklist/schema';
import { loadExample, shippedContext, unzipText } from '../helpers/appendix-fixtures';

const sv = nodeTranslator('sv');
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const hex = (c: string) => c.replace('#', '').toUpperCase();

function rs(file: string, id: string, decision: Case['decision'] = undefined): Case {
  const c = loadExample(file);
  return {
    ...c,
    id,
    answers: { ...c.answers, 'a.committee': 'Regionstyrelsen', 'a.meetingDate': '2026-03-10' },
    ...(decision ? { decision } : {}),
  };
}

const cases = [
  rs('sjukresor.sv.json', 'a', {
    outcome: 'enligt-forslaget',
    date: '2026-03-10',
    paragraph: '§ 1',
    steps: [],
    parts: [],
  }),
  rs('far-niva1.sv.json', 'b'),
  rs('snorojning.sv.json', 'c', {
    outcome: 'aterremiss',
    date: '2026-03-10',
    paragraph: '§ 2',
    steps: [3],
    parts: [],
  }),
  rs('ungdomskort.sv.json', 'd'),
];

describe('the follow-up Word report', async () => {
  const { groups } = aggregateFollowup(
    cases.map((c, i) => ({ file: `${i}.json`, case: c, stored: null, savedAt: '' })),
    shippedContext(),
  );
  const xml = await unzipText(
    await renderFollowupReport(groups, { t: sv, lng: 'sv', rejected: [] }),
    'word/document.xml',
  );
  const g = groups[0]!;

  it('has one group of four cases', () => {
    expect(groups).toHaveLength(1);
    expect(g.cases).toHaveLength(4);
  });

  it('has both charts with their caption above and their text alternative below', () => {
    for (const ch of [partsChart(g, sv), decisionsChart(g, sv)]) {
      const caption = xml.indexOf(`<w:t xml:space="preserve">${esc(ch.title)}</w:t>`);
      const alt = xml.indexOf(`<w:t xml:space="preserve">${esc(ch.altText)}</w:t>`);
      expect(caption).toBeGreaterThan(0);
      expect(alt).toBeGreaterThan(caption);
      // The chart's table between them, described by the same words.
      const between = xml.slice(caption, alt);
      expect(between).toContain(`<w:tblCaption w:val="${esc(ch.title)}"/>`);
      expect(between).toContain(`<w:tblDescription w:val="${esc(ch.altText)}"/>`);
      // Kept together: the caption keeps with the table, no bar row splits.
      expect(xml.slice(xml.lastIndexOf('<w:p>', caption), caption)).toContain('<w:keepNext/>');
      expect(between).toContain('<w:cantSplit/>');
    }
  });

  it('says every row in words, with the table’s numbers', () => {
    for (const r of partRows(g, sv).filter((r) => r.id.startsWith('step'))) {
      expect(xml).toContain(esc(r.text));
      const met = r.segments[0]!.count;
      expect(r.text).toContain(`${met} av 4 ärenden`);
    }
  });

  it('shades the bars in the palette’s colours and patterns, with a dark outline', () => {
    const ch = partsChart(g, sv);
    const caption = xml.indexOf(esc(ch.title));
    const table = xml.slice(caption, xml.indexOf('</w:tbl>', caption));
    for (const kind of ['met', 'notMet', 'notApplicable'] as const) {
      expect(table).toContain(`w:fill="${hex(followupStyle[kind].fill)}"`);
    }
    expect(table).toMatch(/<w:shd [^>]*w:val="thinDiagStripe"/);
    expect(table).toMatch(/<w:shd [^>]*w:val="pct10"/);
    expect(table).toContain('w:color="222222"');
    // The legend names the kinds.
    for (const name of ['Förklaring', 'Uppfyllt', 'Ej uppfyllt', 'Ej tillämpligt']) {
      expect(table).toContain(`<w:t xml:space="preserve">${name}</w:t>`);
    }
  });

  it('puts the decisions chart after the decisions table', () => {
    const decisionsTable = xml.indexOf('w:tblCaption w:val="Beslut – Regionstyrelsen 2026"');
    const chart = xml.indexOf('w:tblCaption w:val="Diagram: beslut, Regionstyrelsen 2026"');
    expect(decisionsTable).toBeGreaterThan(0);
    expect(chart).toBeGreaterThan(decisionsTable);
  });
});

describe('bar spans in grid columns', () => {
  it('adds up to the whole bar for a stacked row', () => {
    expect(spans([4 / 6, 1 / 6, 1 / 6])).toEqual([26, 7, 7]);
    expect(spans([1 / 3, 1 / 3, 1 / 3]).reduce((a, b) => a + b, 0)).toBe(40);
  });

  it('never draws a count above zero as nothing', () => {
    expect(spans([0.99, 0.01])).toEqual([39, 1]);
    expect(spans([0.005])).toEqual([1]);
    expect(spans([0])).toEqual([0]);
  });
});
