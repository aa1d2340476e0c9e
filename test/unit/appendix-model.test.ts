import { describe, expect, it } from 'vitest';
import { emptyContext } from '../../src/checklist/types';
import { appendixFileName, buildAppendix, summaryTexts } from '../../src/appendix/model';
import type { AppendixModel, Block, TableBlock } from '../../src/appendix/model';
import type { StatTable } from '../../src/checklist/types';
import { seriesStyle } from '../../src/appendix/chart-palette';
import { CHART_MAX_ROWS } from '../../src/checklist/statistics/chart';
import { nodeTranslator } from '../../src/appendix/node-i18n';
import { isXmlSafe, toParagraphs, xmlSafe } from '../../src/appendix/sanitize';
import { caseWith, loadExample, shippedContext } from '../helpers/appendix-fixtures';

const sv = nodeTranslator('sv');
const en = nodeTranslator('en');
const ctx = shippedContext();

function build(file: string, lng: 'sv' | 'en' = 'sv'): AppendixModel {
  return buildAppendix(loadExample(file), { t: lng === 'sv' ? sv : en, lng, ctx });
}

function allBlocks(m: AppendixModel): Block[] {
  return m.parts.flatMap((p) => p.subsections.flatMap((s) => s.blocks));
}

function qa(m: AppendixModel, questionId: string) {
  return allBlocks(m).find((b) => b.kind === 'qa' && b.questionId === questionId);
}

/** Any kind of space as a plain space, to compare Intl output. */
const spaces = (s: string) => s.replace(/\s/g, ' ');

function statTable(id: string, unit: StatTable['unit'], rows: [string, string, string][]) {
  const table: StatTable = {
    id,
    indicator: 'Besök',
    unit,
    period: '2024',
    source: '',
    breakdown: 'Ort',
    groups: ['women', 'men'],
    rows: rows.map(([label, women, men], i) => ({ id: `r${i}`, label, values: { women, men } })),
    sentence: null,
  };
  return table;
}

function tablesOf(m: AppendixModel, questionId: string): TableBlock[] {
  const b = qa(m, questionId);
  if (!b || b.kind !== 'qa' || b.answer.kind !== 'tables')
    throw new Error(`no tables in ${questionId}`);
  return b.answer.tables;
}

function row(m: AppendixModel, id: string) {
  return m.verdict.rows.find((r) => r.id === id)!;
}

describe('the appendix header', () => {
  it('shows the label, case title and header fields from part A', () => {
    const m = build('snorojning.sv.json');
    expect(m.label).toBe('Bilaga 3');
    expect(m.caseTitle).toContain('snöröjning');
    const fields = Object.fromEntries(m.header.fields.map((f) => [f.id, f.value]));
    expect(fields).toMatchObject({
      dnr: 'RS/845/2024',
      committee: 'Regionstyrelsen',
      officer: 'Maria Lindqvist',
      date: '2024-08-20',
      meetingDate: '2024-09-10',
    });
    expect(m.header.fields.map((f) => f.label)).toContain('Diarienummer');
    expect(m.meta.creator).toBe('Maria Lindqvist');
    expect(m.langTag).toBe('sv-SE');
  });

  it('uses the organisation label format and name when given', () => {
    const c = caseWith({ 'a.title': 'T', 'a.appendixNumber': '7' });
    const m = buildAppendix(c, {
      t: sv,
      lng: 'sv',
      ctx,
      org: { name: 'Region Test', labelFormat: 'Bil. {n}', footer: 'Box 1' },
    });
    expect(m.label).toBe('Bil. 7');
    const mEn = buildAppendix(c, {
      t: en,
      lng: 'en',
      ctx,
      org: { name: 'R', labelFormat: 'Bil. {n}' },
    });
    expect(mEn.label).toBe('Appendix 7');
    expect(m.header.fields.find((f) => f.id === 'organisation')?.value).toBe('Region Test');
    expect(m.footer.orgText).toBe('Box 1');
  });

  it('keeps a written-out label as it is and shows a dash for empty fields', () => {
    const m = buildAppendix(caseWith({ 'a.appendixNumber': 'Bilaga 2 b' }), {
      t: sv,
      lng: 'sv',
      ctx,
    });
    expect(m.label).toBe('Bilaga 2 b');
    expect(m.header.fields.find((f) => f.id === 'dnr')?.value).toBe('–');
    expect(m.caseTitle).toBe('(ärendet saknar rubrik)');
  });

  it('writes the page number template with markers for the Word fields', () => {
    expect(build('snorojning.sv.json').footer.pageTemplate).toBe('Sida {current} av {total}');
    expect(build('snorojning.en.json', 'en').footer.pageTemplate).toBe('Page {current} of {total}');
  });
});

describe('the verdict table', () => {
  it('marks every step and part of a complete case as met', () => {
    const m = build('snorojning.sv.json');
    expect(m.verdict.rows.map((r) => r.id)).toEqual([
      'steg1',
      'steg2',
      'steg3',
      'steg4',
      'steg5',
      'barn',
      'minoriteter',
      'jamlikhet',
    ]);
    expect(m.verdict.rows.every((r) => r.statusText === 'Uppfyllt')).toBe(true);
    expect(m.verdict.sentences[0]).toBe('Underlaget ger förutsättningar för ett jämställt beslut.');
    expect(m.verdict.samiWarning).toBeNull();
  });

  it('names the steps a weak case does not meet, with reasons', () => {
    const m = build('plan-jamstalldhet-2022.sv.json');
    expect(row(m, 'steg1').statusText).toBe('Uppfyllt');
    for (const id of ['steg2', 'steg3', 'steg4', 'steg5']) {
      expect(row(m, id).statusText).toBe('Bör kompletteras');
      expect(row(m, id).comment).not.toBe('');
    }
    expect(m.verdict.sentences[0]).toBe(
      'Underlaget bör kompletteras: steg 2, steg 3, steg 4 och steg 5 är inte uppfyllda.',
    );
    // The optional part E, left unanswered, is left out of the table and the body.
    expect(m.verdict.rows.find((r) => r.id === 'jamlikhet')).toBeUndefined();
    expect(m.parts.map((p) => p.id)).not.toContain('E');
  });

  it('shows "not applicable" with the stated reason when step 1 is No, once', () => {
    const m = build('delegationsordning.sv.json');
    // The reason is given once, in page one's sentence; the table points to it.
    expect(m.verdict.sentences.join(' ')).toContain('enbart redaktionella');
    expect(row(m, 'steg1').comment).toBe('Skälet står ovan.');
    expect(row(m, 'barn').comment).toBe('Skälet står ovan.');
    expect(JSON.stringify(m.verdict.rows)).not.toContain('enbart redaktionella');
    for (const id of ['steg2', 'steg3', 'steg4', 'steg5']) {
      expect(row(m, id).statusText).toBe('Ej tillämpligt');
      expect(row(m, id).comment).toBe('Se steg 1.');
    }
    expect(row(build('delegationsordning.en.json', 'en'), 'steg4').comment).toBe('See step 1.');
    expect(row(m, 'barn').statusText).toBe('Ej tillämpligt');
    expect(m.verdict.sentences[1]).toContain('Redaktionella ändringar');
    expect(m.verdict.sentences[0]).toMatch(/^Ärendet bedöms inte beröra kvinnor och män/);
    // The body states a part that does not apply no more: its sentence on page one says it,
    // with the reason, and the short body follows on page one.
    expect(m.parts.map((p) => p.id)).toEqual(['A', 'D']);
    expect(m.bodyOnNewPage).toBe(false);
  });

  it('says step 4 is not met when unjustified differences have no measure, and shows the stated reason', () => {
    const m = build('sjukresor.sv.json');
    expect(row(m, 'steg4').statusText).toBe('Bör kompletteras');
    expect(row(m, 'steg4').comment).toBe(
      'Osakliga skillnader finns men inga åtgärder föreslås. Handläggarens skäl: ' +
        'Högkostnadsskyddet för sjukresor ska ses över i budgetarbetet för 2027. ' +
        'Förvaltningen föreslår därför inga åtgärder i det här ärendet.',
    );
    for (const id of ['steg1', 'steg2', 'steg3', 'steg5']) {
      expect(row(m, id).statusText).toBe('Uppfyllt');
    }
    expect(m.verdict.sentences[0]).toBe('Underlaget bör kompletteras: steg 4 är inte uppfyllt.');
    const [gender] = summaryTexts(m);
    expect(gender!.text).toContain('steg 4 är inte uppfyllt.');
    expect(gender!.text).toContain('Osakliga skillnader finns men inga åtgärder föreslås.');
    const english = build('sjukresor.en.json', 'en');
    expect(row(english, 'steg4').comment).toMatch(
      /^Unjustified differences exist but no measures are proposed\. The case officer's reason: /,
    );
  });

  it('is written in English on request, independent of the case language', () => {
    const m = build('plan-jamstalldhet-2022.sv.json', 'en');
    expect(m.label).toBe('Appendix 4');
    expect(row(m, 'steg2').statusText).toBe('Should be completed');
    expect(row(m, 'steg1').statusText).toBe('Met');
    expect(m.langTag).toBe('en-GB');
  });
});

describe('the parts', () => {
  it('shows a required unanswered question as not answered and never drops it', () => {
    const m = build('plan-jamstalldhet-2022.sv.json');
    expect(qa(m, 'b2.missingNeeded')).toMatchObject({
      answer: { kind: 'unanswered', text: 'Ej besvarad' },
    });
    expect(qa(m, 'b3.areas')).toMatchObject({ answer: { kind: 'unanswered' } });
    const mEn = build('plan-jamstalldhet-2022.en.json', 'en');
    expect(qa(mEn, 'b2.missingNeeded')).toMatchObject({ answer: { text: 'Not answered' } });
  });

  it('leaves an optional question out when it is unanswered, under a noun heading otherwise', () => {
    const m = build('plan-jamstalldhet-2022.sv.json');
    expect(qa(m, 'b3.girlsBoys')).toBeUndefined();
    expect(qa(build('plan-jamstalldhet-2022.en.json', 'en'), 'b3.girlsBoys')).toBeUndefined();
    expect(qa(build('snorojning.sv.json'), 'b3.women')).toMatchObject({
      heading: 'Konsekvenser för kvinnor',
    });
    // An empty case lists every required question of every part as unanswered, no optional one.
    const empty = buildAppendix(caseWith({}), { t: sv, lng: 'sv', ctx });
    const texts = allBlocks(empty).flatMap((b) =>
      b.kind === 'qa' && b.answer.kind === 'unanswered' ? [b.answer.text] : [],
    );
    expect(texts).toContain('Ej besvarad');
    expect(texts.join(' ')).not.toMatch(/frivillig/);
  });

  it('omits hidden questions even when they have a stored answer', () => {
    const c = loadExample('plan-jamstalldhet-2022.sv.json');
    c.answers['b2.differences'] = 'kept but hidden';
    const m = buildAppendix(c, { t: sv, lng: 'sv', ctx });
    expect(qa(m, 'b2.tables')).toBeUndefined();
    expect(qa(m, 'b2.differences')).toBeUndefined();
    expect(JSON.stringify(m)).not.toContain('kept but hidden');
  });

  it('shows choices and lists with their translated option labels', () => {
    const m = build('snorojning.sv.json');
    const b3 = qa(m, 'b3.directionWomen');
    expect(b3).toMatchObject({ answer: { kind: 'text' } });
    expect(b3 && b3.kind === 'qa' && b3.answer.kind === 'text' ? b3.answer.text : '').not.toBe(
      'positiv',
    );
    // A short list is one line after its heading; a long one stays a list.
    expect(qa(m, 'b1.groups')).toMatchObject({ inline: true, answer: { kind: 'text' } });
    expect(qa(build('far-niva1.sv.json'), 'c.articles')).toMatchObject({
      inline: false,
      answer: { kind: 'list' },
    });
  });

  it('puts count statistics in tables with totals and the sex composition', () => {
    const m = build('snorojning.sv.json');
    const block = qa(m, 'b2.tables');
    if (!block || block.kind !== 'qa' || block.answer.kind !== 'tables')
      throw new Error('no tables');
    const [travel] = block.answer.tables;
    expect(travel!.caption).toBe(
      'Besök vid Östersunds sjukhus efter färdsätt (antal), Januari–februari 2024',
    );
    expect(travel!.head.slice(0, 4)).toEqual(['Färdsätt', 'Kvinnor', 'Män', 'Totalt']);
    // A count table without a base population shows its sex composition, never a "gap".
    expect(travel!.head).toContain('Könsfördelning (andel kvinnor)');
    expect(travel!.head.join(' ')).not.toMatch(/Skillnad|Kvot/);
    // Intl writes a no-break space as the Swedish thousands separator.
    expect(travel!.rows[0]!.slice(0, 3).map(spaces)).toEqual(['Till fots', '1 840', '910']);
    // 1 840 + 910 = 2 750; the total row sums all four modes of travel.
    expect(travel!.rows[0]![3]!.replace(/\s/g, ' ')).toBe('2 750');
    expect(travel!.rows.at(-1)![0]).toBe('Totalt');
    expect(travel!.notes[0]).toMatch(/^Källa: Resvaneenkät/);
  });

  it('shows the rates and their gap from the base population, and keeps a "varav" row out of the total and the sentence', () => {
    const m = build('sjukresor.sv.json');
    const [taxi, rates, cars] = tablesOf(m, 'b2.tables');
    expect(taxi!.head).toEqual([
      'Ålder',
      'Kvinnor',
      'Män',
      'Totalt',
      'Könsfördelning (andel kvinnor)',
    ]);
    const cells = taxi!.rows.map((r) => r.map(spaces));
    expect(cells[1]).toEqual(['65 år och äldre', '4 400', '2 600', '7 000', '62,9 %']);
    // 1 900 + 4 400 women: the 2 100 aged 80 and older are already among the 4 400.
    expect(cells.at(-1)).toEqual(['Totalt', '6 300', '3 900', '10 200', '61,8 %']);
    expect(taxi!.chart).toBeDefined();
    // The rates, as a second table with the same rows: one table of ten columns is unreadable on A4.
    expect(rates!.caption).toBe(
      'Andel av kvinnorna och av männen i målgruppen: Personer som gjort minst en sjukresa med taxi',
    );
    expect(rates!.head).toEqual([
      'Ålder',
      'Kvinnor i målgruppen',
      'Män i målgruppen',
      'Andel av kvinnorna',
      'Andel av männen',
      'Skillnad kvinnor–män (procentenheter)',
    ]);
    const rateCells = rates!.rows.map((r) => r.map(spaces));
    expect(rateCells[1]).toEqual([
      '65 år och äldre',
      '16 000',
      '16 000',
      '27,5 %',
      '16,3 %',
      '+11,2',
    ]);
    expect(rateCells.at(-1)).toEqual(['Totalt', '49 000', '51 500', '12,9 %', '7,6 %', '+5,3']);
    expect(rates!.chart).toBeUndefined();
    const sentence = rates!.notes.at(-1)!;
    expect(spaces(sentence)).toContain(
      'Andelen är högre bland kvinnorna: 12,9 % av kvinnorna mot 7,6 % av männen, en skillnad på 5,3 procentenheter.',
    );
    expect(sentence).not.toContain('80 år');
    expect(sentence).toContain('i båda grupperna');
    expect(taxi!.notes.join(' ')).not.toContain('Andelen');
    expect(cars!.caption).toMatch(/^Andel 65 år och äldre med bil i hushållet/);
  });

  it('marks a row the officer made a subset, and leaves it out of the total', () => {
    const table = statTable('t1', 'count', [
      ['Resor', '100', '80'],
      ['Nattetid', '10', '30'],
      ['Sjukresor', '50', '50'],
    ]);
    table.rows[1]!.subset = true;
    const c = caseWith({ 'b1.affects': 'ja', 'b2.split': 'ja', 'b2.tables': [table] });
    const [tb] = tablesOf(buildAppendix(c, { t: sv, lng: 'sv', ctx }), 'b2.tables');
    expect(tb!.rows[1]![0]).toBe('Nattetid (delmängd av raden ovan)');
    expect(tb!.rows.at(-1)!.slice(0, 3)).toEqual(['Totalt', '150', '130']);
    const [enTb] = tablesOf(buildAppendix(c, { t: en, lng: 'en', ctx }), 'b2.tables');
    expect(enTb!.rows[1]![0]).toBe('Nattetid (subset of the row above)');
    expect(enTb!.head).toContain('Sex composition (share of women)');
  });

  it('writes table figures in the number format of the export language', () => {
    const table = statTable('t1', 'count', [
      ['Östersund', '1 840', '2,750.5'],
      ['Åre', '1840', '12'],
    ]);
    const c = caseWith({ 'b1.affects': 'ja', 'b2.split': 'ja', 'b2.tables': [table] });
    const [sv1] = tablesOf(buildAppendix(c, { t: sv, lng: 'sv', ctx }), 'b2.tables');
    const [en1] = tablesOf(buildAppendix(c, { t: en, lng: 'en', ctx }), 'b2.tables');
    expect(sv1!.rows[0]!.slice(1, 3).map(spaces)).toEqual(['1 840', '2 750,5']);
    expect(en1!.rows[0]!.slice(1, 3)).toEqual(['1,840', '2,750.5']);
    expect(en1!.rows[1]!.slice(1, 3)).toEqual(['1,840', '12']);
    expect(en1!.rows.flat().join(' ')).not.toMatch(/\d\s\d{3}/);
  });

  it('keeps an unreadable cell as written, marked, and shows missing markers as typed', () => {
    const table = statTable('t1', 'percent', [
      ['A', 'ca 40', '..'],
      ['B', '140', ''],
      ['C', '45,5', '50'],
    ]);
    const c = caseWith({ 'b1.affects': 'ja', 'b2.split': 'ja', 'b2.tables': [table] });
    const [tb] = tablesOf(buildAppendix(c, { t: sv, lng: 'sv', ctx }), 'b2.tables');
    expect(tb!.rows[0]!.slice(1, 3).map(spaces)).toEqual(['ca 40 (ogiltigt värde)', '..']);
    expect(tb!.rows[1]!.slice(1, 3).map(spaces)).toEqual(['140 (ogiltigt värde)', '–']);
    expect(tb!.rows[2]!.slice(1, 3).map(spaces)).toEqual(['45,5 %', '50 %']);
    const [tbEn] = tablesOf(buildAppendix(c, { t: en, lng: 'en', ctx }), 'b2.tables');
    expect(spaces(tbEn!.rows[0]![1]!)).toBe('ca 40 (invalid value)');
    expect(tbEn!.rows[2]!.slice(1, 3)).toEqual(['45.5%', '50%']);
  });

  it('draws a chart per statistics table with bars relative to the largest value', () => {
    const [travel] = tablesOf(build('snorojning.sv.json'), 'b2.tables');
    const chart = travel!.chart!;
    expect(chart.kind).toBe('chart');
    expect(chart.caption).toBe(`Diagram: ${chart.title}`);
    expect(chart.title).toContain('Besök vid Östersunds sjukhus');
    expect(chart.altText).toMatch(/^Stapeldiagram: /);
    expect(chart.altText).toContain('Till fots: kvinnor');
    expect(chart.rows.map((r) => r.label)).toContain('Till fots');
    const bars = chart.rows.flatMap((r) => r.bars);
    expect(Math.max(...bars.map((b) => b.fraction))).toBe(1);
    expect(bars.every((b) => b.fraction >= 0 && b.fraction <= 1)).toBe(true);
    const walk = chart.rows.find((r) => r.label === 'Till fots')!;
    expect(walk.bars.map((b) => [b.groupName, spaces(b.text)])).toEqual([
      ['Kvinnor', '1 840'],
      ['Män', '910'],
    ]);
    expect(walk.bars[1]!.fraction).toBeCloseTo((910 / 1840) * walk.bars[0]!.fraction, 5);
    // Women and men get different fills and patterns (not colour alone).
    const [women, men] = walk.bars.map((b) => seriesStyle[b.group]);
    expect(women!.fill).not.toBe(men!.fill);
    expect(women!.pattern).not.toBe(men!.pattern);
  });

  it('gives a missing value no bar and a dash, and leaves out a chart with no values', () => {
    const table = statTable('t1', 'count', [
      ['A', '10', ''],
      ['B', '', ''],
    ]);
    const c = caseWith({ 'b1.affects': 'ja', 'b2.split': 'ja', 'b2.tables': [table] });
    const [tb] = tablesOf(buildAppendix(c, { t: en, lng: 'en', ctx }), 'b2.tables');
    expect(tb!.chart!.rows).toHaveLength(1);
    expect(tb!.chart!.rows[0]!.bars.map((b) => [b.text, b.fraction])).toEqual([
      ['10', 1],
      ['–', 0],
    ]);
    const blank = statTable('t2', 'count', [['A', '..', '..']]);
    const c2 = caseWith({ 'b1.affects': 'ja', 'b2.split': 'ja', 'b2.tables': [blank] });
    expect(tablesOf(buildAppendix(c2, { t: sv, lng: 'sv', ctx }), 'b2.tables')[0]!.chart).toBe(
      undefined,
    );
  });

  it('lists measures and goals with their stored text', () => {
    const m = build('snorojning.sv.json');
    const measures = qa(m, 'b4.measures');
    if (!measures || measures.kind !== 'qa' || measures.answer.kind !== 'tables') throw new Error();
    expect(measures.answer.tables[0]!.head).toEqual(['Åtgärd', 'Ansvarig', 'När', 'Uppföljning']);
    expect(measures.answer.tables[0]!.rows).toHaveLength(3);
    expect(qa(m, 'b5.goals')).toMatchObject({
      answer: {
        kind: 'list',
        items: [
          'Nationellt delmål: Jämställd hälsa. Förslagets bidrag: Prioriteringen bidrar till jämställd hälsa genom färre fallolyckor, som oftast drabbar kvinnor.',
          'Nationellt delmål: Ekonomisk jämställdhet. Förslagets bidrag: Fler medarbetare, oftast kvinnor, tar sig säkert till arbetet, vilket bidrar till ekonomisk jämställdhet.',
          // The goal's own full stop is not doubled.
          'Eget mål: En jämlik och jämställd region. Förslagets bidrag: Gångvägar och entréer röjs först, vilket ger kvinnor och män samma möjlighet att ta sig säkert till regionens lokaler.',
        ],
      },
    });
  });

  it('shows the child-rights checks of the Ombudsman for Children', () => {
    const m = build('ungdomsmottagning.sv.json');
    expect(m.verdict.childChecks.rows).toHaveLength(6);
    expect(m.verdict.childChecks.rows.map((r) => r[1])).toEqual(Array(6).fill('Uppfyllt'));
    expect(m.verdict.sentences[1]).toBe(
      'Prövningen av barnets bästa är genomförd och dokumenterad.',
    );
  });

  it('lists the four basic principles as assessed, also for an old case that stored only one', () => {
    const c = loadExample('ungdomsmottagning.sv.json');
    c.answers['c.articles'] = ['art3', 'art24'];
    const m = buildAppendix(c, { t: sv, lng: 'sv', ctx });
    const articles = qa(m, 'c.articles');
    if (!articles || articles.kind !== 'qa' || articles.answer.kind !== 'list') throw new Error();
    expect(articles.answer.items.map((i) => i.split(':')[0])).toEqual([
      'Artikel 2',
      'Artikel 3',
      'Artikel 6',
      'Artikel 12',
      'Artikel 24',
    ]);
    expect(m.verdict.rows.find((r) => r.id === 'barn')?.status).toBe('met');
  });

  it('says on page one that children affected to a large degree and not heard is not met', () => {
    const m = build('ungdomskort.sv.json');
    const row = m.verdict.rows.find((r) => r.id === 'barn');
    expect(row).toMatchObject({ status: 'not-met', statusText: 'Bör kompletteras' });
    expect(row?.comment).toContain(
      'Barn berörs i måttlig eller stor grad men har inte kommit till tals',
    );
    expect(m.verdict.childChecks.caption).toBe('Barnombudsmannens checklista inför beslut');
    expect(m.verdict.childChecks.rows[4]).toEqual([
      expect.stringContaining('Har barn kommit till tals och fått sina åsikter beaktade?'),
      'Bör kompletteras',
    ]);
    expect(m.verdict.sentences[1]).toBe('Prövningen av barnets bästa bör kompletteras.');
  });

  it('shows the logged Sami consultations and no warning when they exist', () => {
    const m = build('ungdomsmottagning.sv.json');
    expect(m.verdict.samiWarning).toBeNull();
    const log = qa(m, 'd.consultations');
    if (!log || log.kind !== 'qa' || log.answer.kind !== 'tables') throw new Error();
    expect(log.answer.tables[0]!.head).toEqual([
      'Part',
      'Begäran och svar',
      'Genomförd',
      'Resultat',
      'Vad som kommit fram',
    ]);
    expect(log.answer.tables[0]!.rows[0]).toEqual([
      'Sametinget',
      '2025-01-20, begär konsultation',
      '2025-02-12, möte',
      'Enighet',
      expect.stringContaining('sydsamisk personal'),
    ]);
    expect(log.answer.tables[0]!.rows[1]![0]).toBe('Sameby: Njaarke sameby');
  });

  it('warns plainly when the Sami consultation duty applies and nothing is logged', () => {
    const c = loadExample('ungdomsmottagning.sv.json');
    c.answers['d.consultations'] = [];
    const m = buildAppendix(c, { t: sv, lng: 'sv', ctx });
    expect(m.verdict.samiWarning).toContain('lag (2022:66)');
    const partD = m.parts.find((p) => p.id === 'D')!;
    expect(partD.subsections[0]!.blocks).toContainEqual({
      kind: 'paragraph',
      tone: 'warning',
      text: m.verdict.samiWarning,
    });
    expect(row(m, 'minoriteter').statusText).toBe('Bör kompletteras');
  });

  it("puts the officer's concluding assessment on page one", () => {
    const m = build('snorojning.sv.json');
    expect(m.conclusion.heading).toBe('Handläggarens sammanfattande bedömning');
    expect(m.conclusion.answer).toMatchObject({
      kind: 'text',
      text: expect.stringContaining('prioriteringsordningen'),
    });
    const empty = buildAppendix(caseWith({}), { t: sv, lng: 'sv', ctx: emptyContext });
    expect(empty.conclusion.answer).toEqual({ kind: 'unanswered', text: 'Ej besvarad' });
  });

  it('makes every text legal XML', () => {
    const c = caseWith({ 'a.title': 'A\uFFFEB\u0001C\uD800', 's.conclusion': 'x\uFFFFy 😀' });
    const m = buildAppendix(c, { t: sv, lng: 'sv', ctx });
    expect(m.caseTitle).toBe('ABC');
    expect(isXmlSafe(JSON.stringify(m))).toBe(true);
  });
});

describe('summary paragraphs for the tjänsteskrivelse', () => {
  it('gives one ready-to-paste paragraph per part with the verdict and the label', () => {
    const c = loadExample('ungdomsmottagning.sv.json');
    const m = buildAppendix(c, { t: sv, lng: 'sv', ctx });
    const texts = summaryTexts(m);
    expect(texts.map((s) => s.id)).toEqual(['gender', 'child', 'minorities']);
    expect(texts[0]!.text).toContain('Underlaget ger förutsättningar för ett jämställt beslut.');
    expect(texts[0]!.text).toContain('Bilaga 5');
    expect(texts[1]!.text).toContain('Ärendet berör barn direkt.');
    expect(texts[2]!.text).toContain(
      'Sametinget har konsulterats enligt lag (2022:66) om konsultation i frågor som rör det samiska folket.',
    );
    expect(texts[2]!.text).toContain(
      'Konsultation med samiska företrädare är dokumenterad (två tillfällen).',
    );
  });

  it('says what is missing in a weak case', () => {
    const c = loadExample('plan-jamstalldhet-2022.sv.json');
    const m = buildAppendix(c, { t: sv, lng: 'sv', ctx });
    const [gender, child] = summaryTexts(m);
    expect(gender!.text).toContain('Underlaget bör kompletteras');
    expect(child!.text).toContain('Prövningen av barnets bästa bör kompletteras.');
  });
});

describe('the file name', () => {
  it('is made of Dnr and title in safe characters only', () => {
    expect(appendixFileName(loadExample('snorojning.sv.json'))).toBe(
      'RS-845-2024_Prioriteringsordning-for-snorojning-och-halkbekampning-vid-regionens-vardlokaler-2024-2027.docx',
    );
    const hostile = appendixFileName(
      caseWith({ 'a.dnr': '../../etc', 'a.title': 'a/b\\c:*?"<>|\uFFFE 😀' }),
    );
    expect(hostile).toMatch(/^[A-Za-z0-9_-]+\.docx$/);
    expect(appendixFileName(caseWith({}))).toBe('bilaga.docx');
    expect(appendixFileName(caseWith({ 'a.title': 'x'.repeat(500) })).length).toBeLessThanOrEqual(
      125,
    );
  });
});

describe('sanitising text for XML', () => {
  it('drops what XML 1.0 forbids and keeps tabs, line breaks, emoji and RTL text', () => {
    expect(xmlSafe('a\u0000b\u0008c\u000Bd\u000Ce\u001Ff\uFFFEg\uFFFFh')).toBe('abcdefgh');
    expect(xmlSafe('x\uD800y\uDC00z')).toBe('xyz');
    expect(xmlSafe('\t😀 שלום\n')).toBe('\t😀 שלום\n');
    expect(xmlSafe('a\r\nb\rc')).toBe('a\nb\nc');
  });

  it('splits text into paragraphs, lines and tabs', () => {
    expect(toParagraphs('a\tb\nc\n\nd')).toEqual([
      [
        [{ kind: 'text', text: 'a' }, { kind: 'tab' }, { kind: 'text', text: 'b' }],
        [{ kind: 'text', text: 'c' }],
      ],
      [[{ kind: 'text', text: 'd' }]],
    ]);
  });
});

describe('the chart of a long statistics table', () => {
  const rows = (n: number) =>
    Array.from({ length: n }, (_, i): [string, string, string] => [
      `Rad ${i + 1}`,
      String(i + 10),
      String(i + 20),
    ]);
  const tableWith = (n: number) =>
    tablesOf(
      buildAppendix(
        caseWith({
          'b1.affects': 'ja',
          'b2.split': 'ja',
          'b2.tables': [statTable('t1', 'count', rows(n))],
        }),
        { t: sv, lng: 'sv', ctx },
      ),
      'b2.tables',
    )[0]!;

  it('is drawn up to the limit of rows, with a bar row per table row', () => {
    const table = tableWith(CHART_MAX_ROWS);
    expect(table.chart?.rows).toHaveLength(CHART_MAX_ROWS);
    expect(table.chartOmitted).toBeUndefined();
  });

  it('is left out above the limit, saying so and why, while the table keeps every row', () => {
    const table = tableWith(CHART_MAX_ROWS + 1);
    expect(table.chart).toBeUndefined();
    expect(table.chartOmitted).toBe(
      `Diagrammet är utelämnat eftersom tabellen har ${CHART_MAX_ROWS + 1} rader (diagram ritas för högst ${CHART_MAX_ROWS} rader). Alla värden står i tabellen.`,
    );
    expect(table.rows.map((r) => r[0])).toEqual(
      expect.arrayContaining([`Rad 1`, `Rad ${CHART_MAX_ROWS + 1}`]),
    );
  });

  it('is limited to a number of rows a reader can still take in', () => {
    expect(CHART_MAX_ROWS).toBe(25);
  });
});
