import { describe, expect, it } from 'vitest';
import { reportTitle } from '../../src/appendix/followup-report';
import { nodeTranslator } from '../../src/appendix/node-i18n';
import { aggregateFollowup } from '../../src/format/followup/aggregate';
import { csvCell, decimalComma, followupCsv } from '../../src/format/followup/csv';
import { loadExample, shippedContext } from '../helpers/appendix-fixtures';

const sv = nodeTranslator('sv');

describe('CSV cells for Swedish Excel', () => {
  it('quotes every cell and doubles quotes', () => {
    expect(csvCell('Regionstyrelsen')).toBe('"Regionstyrelsen"');
    expect(csvCell('Säg "ja"; nej')).toBe('"Säg ""ja""; nej"');
  });

  it.each(['=SUM(A1)', '+1', '-1', '@cmd', '\tx'])('guards %j against formula injection', (v) => {
    expect(csvCell(v)).toBe(`"'${v.replace(/"/g, '""')}"`);
  });

  it('writes decimals with a comma', () => {
    expect(decimalComma(66.7)).toBe('66,7');
    expect(decimalComma(100)).toBe('100');
  });

  it('guards a hostile title in the case list column', () => {
    const c = loadExample('snorojning.sv.json');
    const hostile = { ...c, answers: { ...c.answers, 'a.dnr': '', 'a.title': '=HYPERLINK("x")' } };
    const csv = followupCsv(
      aggregateFollowup([{ file: 'f', case: hostile, stored: null, savedAt: '' }], shippedContext())
        .groups,
      sv,
    );
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).not.toMatch(/;"=/);
  });
});

describe('the Word report title', () => {
  const ctx = shippedContext();
  const one = (file: string) => ({ file, case: loadExample(file), stored: null, savedAt: '' });

  it('names the committee and year when the report is about one committee', () => {
    const r = aggregateFollowup([one('sjukresor.sv.json'), one('delegationsordning.sv.json')], ctx);
    expect(reportTitle(r.groups, sv)).toBe(
      'Uppföljning av jämställda beslutsunderlag – Regionstyrelsen 2025',
    );
  });

  it('is the plain title for several committees', () => {
    const r = aggregateFollowup([one('sjukresor.sv.json'), one('transportplan.sv.json')], ctx);
    expect(reportTitle(r.groups, sv)).toBe('Uppföljning av jämställda beslutsunderlag');
  });
});
