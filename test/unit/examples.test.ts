import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summarise } from '../../src/checklist/rules';
import { parseCaseText } from '../../src/format/case-envelope';
import { examplesDir, loadExample, shippedContext } from '../helpers/appendix-fixtures';

interface IndexEntry {
  file: string;
  titleSv: string;
  titleEn: string;
  descriptionSv: string;
  descriptionEn: string;
  lang: 'sv' | 'en';
}

const index = JSON.parse(readFileSync(`${examplesDir}index.json`, 'utf8')) as IndexEntry[];
const ctx = shippedContext();

describe('the example cases', () => {
  it('lists every example file in the index, and nothing else', () => {
    const files = readdirSync(examplesDir).filter((f) => f.endsWith('.json') && f !== 'index.json');
    expect(index.map((e) => e.file).sort()).toEqual(files.sort());
    for (const e of index) {
      expect(e.titleSv && e.titleEn && e.descriptionSv && e.descriptionEn).toBeTruthy();
      expect(e.file.endsWith(`.${e.lang}.json`)).toBe(true);
    }
  });

  it('has at least four cases in Swedish, each with an English version', () => {
    const sv = index.filter((e) => e.lang === 'sv').map((e) => e.file.replace('.sv.json', ''));
    const en = index.filter((e) => e.lang === 'en').map((e) => e.file.replace('.en.json', ''));
    expect(sv.length).toBeGreaterThanOrEqual(4);
    expect(en.sort()).toEqual(sv.sort());
  });

  it.each(index.map((e) => e.file))('%s decodes as a valid case', (file) => {
    const decoded = parseCaseText(readFileSync(`${examplesDir}${file}`, 'utf8'));
    expect(decoded).toMatchObject({ status: 'ok', migrated: false });
  });

  it('gives each English version the same verdicts as its Swedish original', () => {
    for (const e of index.filter((x) => x.lang === 'sv')) {
      const a = summarise(loadExample(e.file).answers, ctx);
      const b = summarise(loadExample(e.file.replace('.sv.', '.en.')).answers, ctx);
      const kinds = (x: typeof a) => [
        ...x.steps.map((s) => s.outcome.kind),
        x.child.kind,
        x.minorities.kind,
      ];
      expect(kinds(b)).toEqual(kinds(a));
    }
  });

  it('covers a good case, a weak case, a not-applicable path, statistics and a Sami consultation', () => {
    const verdict = (f: string) => summarise(loadExample(f).answers, ctx);
    expect(verdict('snorojning.sv.json').gender).toEqual({ kind: 'sufficient' });
    expect(verdict('snorojning.sv.json').missing).toEqual([]);
    const weak = verdict('plan-jamstalldhet-2022.sv.json').gender;
    expect(weak.kind === 'needs-completion' && weak.steps.length).toBeGreaterThanOrEqual(3);
    expect(verdict('delegationsordning.sv.json').gender.kind).toBe('not-applicable');
    expect(loadExample('far-niva1.sv.json').answers['b2.tables']).toHaveLength(2);
    const youth = loadExample('ungdomsmottagning.sv.json');
    expect(youth.answers['d.samiSignificance']).toBe('ja');
    expect(youth.answers['d.consultations']).toHaveLength(2);
    expect(verdict('ungdomsmottagning.sv.json').samiConsultationMissing).toBe(false);
  });

  it('has an exercise that fires the Sami warning: only the sameby was consulted, not Sametinget', () => {
    for (const file of ['transportplan.sv.json', 'transportplan.en.json']) {
      const s = summarise(loadExample(file).answers, ctx);
      expect(s.samiDuty).toEqual({ kind: 'not-met', reasons: ['onlyOthers'] });
      expect(s.minorities).toEqual({ kind: 'not-met', reasons: ['shortfall.sami.onlyOthers'] });
      // Everything else holds, so the course can discuss this one failure.
      expect(s.gender).toEqual({ kind: 'sufficient' });
      expect(s.child).toEqual({ kind: 'met' });
      expect(s.missing).toEqual([]);
    }
    expect(index.find((e) => e.file === 'transportplan.sv.json')).toMatchObject({
      exercise: true,
    });
  });

  it('has a complete FaR paper (own goals analysed) and an exercise with differences and no measures', () => {
    const verdict = (f: string) => summarise(loadExample(f).answers, ctx);
    expect(verdict('far-niva1.sv.json').gender).toEqual({ kind: 'sufficient' });
    for (const lng of ['sv', 'en']) {
      const s = verdict(`sjukresor.${lng}.json`);
      expect(s.gender).toEqual({ kind: 'needs-completion', steps: [4] });
      expect(s.steps[3]!.outcome).toMatchObject({
        kind: 'not-met',
        reasons: ['shortfall.b4NoMeasures'],
      });
      expect(s.missing).toEqual([]);
    }
  });

  it('has a paper where children are heavily affected and not heard, so the child part is not met', () => {
    const c = loadExample('ungdomskort.sv.json');
    expect(c.answers).toMatchObject({ 'c.extent': 'stor', 'c.heard': 'nej' });
    expect(String(c.answers['c.notHeardWhy']).trim()).not.toBe('');
    const s = summarise(c.answers, ctx);
    expect(s.missing).toEqual([]);
    expect(s.gender).toEqual({ kind: 'sufficient' });
    expect(s.child).toEqual({ kind: 'not-met', reasons: ['shortfall.cNotHeard'] });
  });
});
