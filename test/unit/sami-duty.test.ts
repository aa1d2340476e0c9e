/**
 * The Sami consultation duty (lag 2022:66) and the minority rules (lag 2009:724), tested
 * through the functions the screens and the appendix use: samiDuty, summarise (the minority
 * verdict), unansweredKind (check-answers) and buildAppendix / summaryTexts.
 */
import { describe, expect, it } from 'vitest';
import { buildAppendix, summaryTexts } from '../../src/appendix/model';
import type { AppendixModel } from '../../src/appendix/model';
import { nodeTranslator } from '../../src/appendix/node-i18n';
import { questionById } from '../../src/checklist/question-bank';
import { minorityVerdict, summarise, unansweredKind } from '../../src/checklist/rules';
import { samiDuty } from '../../src/checklist/sami-duty';
import { emptyContext } from '../../src/checklist/types';
import type { Answers, Consultation, RuleContext } from '../../src/checklist/types';
import { caseWith } from '../helpers/appendix-fixtures';
import {
  blankConsultation,
  consultation,
  fixtureContext,
  goodAnswers,
  withAnswers,
} from '../fixtures/answers';

const ctx = fixtureContext;
const sv = nodeTranslator('sv');

/** The good case (meeting 2026-04-14, Sami significance "ja") with this consultation log. */
const withLog = (log: Consultation[] | undefined, patch: Answers = {}) =>
  goodAnswers({ 'd.consultations': log, ...patch });

const sameby = consultation({ id: 'k2', party: 'sameby', partyName: 'Vilhelmina norra sameby' });
const declined = consultation({
  reply: 'avstar',
  form: '',
  date: '',
  outcome: '',
  notes: '',
});

function appendix(a: Answers, c: RuleContext = ctx): AppendixModel {
  return buildAppendix(caseWith(a), { t: sv, lng: 'sv', ctx: c });
}

function partDBlocks(m: AppendixModel) {
  return m.parts.find((p) => p.id === 'D')!.subsections.flatMap((s) => s.blocks);
}

describe('when the Sami consultation duty applies', () => {
  it('does not apply when the officer says No or has not answered', () => {
    expect(samiDuty(withLog([], { 'd.samiSignificance': 'nej' }))).toEqual({
      kind: 'not-triggered',
    });
    expect(samiDuty(withLog([], { 'd.samiSignificance': undefined }))).toEqual({
      kind: 'not-triggered',
    });
  });

  it('reads "Vet inte ännu" as not assessed: contact Sametinget, and part D needs completion', () => {
    const a = withLog([], { 'd.samiSignificance': 'vet-inte' });
    expect(samiDuty(a)).toEqual({ kind: 'unknown' });
    expect(minorityVerdict(a, ctx)).toEqual({
      kind: 'not-met',
      reasons: ['shortfall.samiUnknown'],
    });
    expect(sv('rules:shortfall.samiUnknown')).toContain('Kontakta Sametinget');
  });

  it('is judged by the meeting date, else the decision date, from 2024-03-01', () => {
    const before = withLog([], { 'a.date': '2024-01-10', 'a.meetingDate': '2024-02-28' });
    expect(samiDuty(before)).toEqual({ kind: 'before-law', date: '2024-02-28' });
    // Written before the law, decided after it: the duty applies.
    const decidedAfter = withLog([], { 'a.date': '2024-02-20', 'a.meetingDate': '2024-03-01' });
    expect(samiDuty(decidedAfter)).toEqual({ kind: 'not-met', reasons: ['none'] });
    const noMeeting = withLog([], { 'a.date': '2023-11-02', 'a.meetingDate': '' });
    expect(samiDuty(noMeeting)).toEqual({ kind: 'before-law', date: '2023-11-02' });
  });

  it('says so for an older decision instead of warning', () => {
    const a = withLog([], { 'a.date': '2023-11-02', 'a.meetingDate': '2023-12-01' });
    const s = summarise(a, ctx);
    expect(s.samiConsultationMissing).toBe(false);
    expect(s.minorities).toEqual({ kind: 'met' });
    const m = appendix(a);
    expect(m.verdict.samiWarning).toBeNull();
    expect(partDBlocks(m)).toContainEqual({
      kind: 'paragraph',
      tone: 'status',
      text: 'Beslutet fattas 2023-12-01, före den 1 mars 2024, och omfattas därför inte av lag (2022:66) om konsultation i frågor som rör det samiska folket.',
    });
  });
});

describe('what meets the duty', () => {
  it('a held consultation with Sametinget, before the meeting, with its outcome and what came out of it', () => {
    expect(samiDuty(withLog([consultation()]))).toEqual({ kind: 'met', declined: false });
  });

  it('not a consultation only with a sameby or a Sami organisation', () => {
    const organisation = { ...sameby, party: 'organisation' as const, partyName: 'Sáminuorra' };
    expect(samiDuty(withLog([sameby, organisation]))).toEqual({
      kind: 'not-met',
      reasons: ['onlyOthers'],
    });
    // The sameby comes in addition to Sametinget.
    expect(samiDuty(withLog([sameby, consultation()]))).toEqual({ kind: 'met', declined: false });
  });

  it('Sametinget informed and declining, with the date it was informed', () => {
    expect(samiDuty(withLog([declined]))).toEqual({ kind: 'met', declined: true });
    // Without the date Sametinget was informed, nothing is documented.
    expect(samiDuty(withLog([{ ...declined, requested: '' }]))).toEqual({
      kind: 'not-met',
      reasons: ['none'],
    });
  });

  it('not a consultation still ongoing at the decision', () => {
    expect(samiDuty(withLog([consultation({ outcome: 'pagaende' })]))).toEqual({
      kind: 'not-met',
      reasons: ['ongoing'],
    });
  });

  it('not a consultation dated after the meeting', () => {
    expect(samiDuty(withLog([consultation({ date: '2026-04-20' })]))).toEqual({
      kind: 'not-met',
      reasons: ['afterMeeting'],
    });
  });

  it('not a consultation without what came out of it, its form or its outcome', () => {
    for (const patch of [{ notes: ' ' }, { form: '' as const }, { outcome: '' as const }]) {
      expect(samiDuty(withLog([consultation(patch)]))).toEqual({
        kind: 'not-met',
        reasons: ['incomplete'],
      });
    }
  });

  it('not a request that has no reply yet, or a requested consultation not yet held', () => {
    const asked = consultation({ reply: '', form: '', date: '', outcome: '', notes: '' });
    expect(samiDuty(withLog([asked]))).toEqual({ kind: 'not-met', reasons: ['noReply'] });
    expect(samiDuty(withLog([{ ...asked, reply: 'begar' }]))).toEqual({
      kind: 'not-met',
      reasons: ['notHeld'],
    });
  });

  it('not an empty row', () => {
    expect(samiDuty(withLog([blankConsultation]))).toEqual({ kind: 'not-met', reasons: ['none'] });
  });
});

describe('an unmet duty on every surface', () => {
  const onlySameby = withLog([sameby]);

  it('makes part D not met with the plain reason, and the summary carries the same judgement', () => {
    const s = summarise(onlySameby, ctx);
    expect(s.samiDuty).toEqual(samiDuty(onlySameby));
    expect(s.samiConsultationMissing).toBe(true);
    expect(s.minorities).toEqual({ kind: 'not-met', reasons: ['shortfall.sami.onlyOthers'] });
  });

  it('never calls the consultation log optional on check-answers or in the appendix', () => {
    const a = withLog([]);
    const q = questionById.get('d.consultations')!;
    expect(unansweredKind(q, a, ctx)).toBe('legal-duty');
    expect(unansweredKind(q, withLog([consultation()]), ctx)).toBe('optional');
    const block = partDBlocks(appendix(a)).find(
      (b) => b.kind === 'qa' && b.questionId === 'd.consultations',
    );
    expect(block).toMatchObject({
      answer: {
        kind: 'unanswered',
        text: 'Ej besvarad. Konsultation med Sametinget krävs enligt lag (2022:66) om konsultation i frågor som rör det samiska folket.',
      },
    });
    expect(JSON.stringify(block)).not.toMatch(/frivillig/i);
  });

  it('puts the warning and its reason on page one and in part D of the appendix', () => {
    const m = appendix(onlySameby);
    expect(m.verdict.samiWarning).toContain(
      'Ärendet kan inte gå till sammanträdet förrän Sametinget har konsulterats.',
    );
    expect(m.verdict.samiWarning).toContain('Sametinget ska alltid konsulteras.');
    expect(partDBlocks(m)).toContainEqual({
      kind: 'paragraph',
      tone: 'warning',
      text: m.verdict.samiWarning,
    });
    expect(m.verdict.rows.find((r) => r.id === 'minoriteter')).toMatchObject({
      statusText: 'Bör kompletteras',
      comment: expect.stringContaining('bara med en sameby'),
    });
  });

  it('counts only visible consultations in the summary texts', () => {
    // The log is hidden when the Sami question is not "ja": its rows are kept, never counted.
    const hidden = withLog([consultation(), sameby], { 'd.samiSignificance': 'vet-inte' });
    const m = appendix(hidden);
    const minorities = summaryTexts(m)[2]!.text;
    expect(minorities).not.toContain('Konsultation med samiska företrädare är dokumenterad');
    expect(minorities).not.toContain('Sametinget har konsulterats');

    const shown = withLog([consultation(), sameby]);
    const text = summaryTexts(appendix(shown))[2]!.text;
    expect(text).toContain(
      'Sametinget har konsulterats enligt lag (2022:66) om konsultation i frågor som rör det samiska folket.',
    );
    expect(text).toContain(
      'Konsultation med samiska företrädare är dokumenterad (två tillfällen).',
    );
  });

  it('shows a declined request as "Sametinget informerat, avstod" in the log', () => {
    const m = appendix(withLog([declined]));
    const log = partDBlocks(m).find((b) => b.kind === 'qa' && b.questionId === 'd.consultations');
    if (!log || log.kind !== 'qa' || log.answer.kind !== 'tables') throw new Error('no log');
    expect(log.answer.tables[0]!.rows[0]!.slice(0, 4)).toEqual([
      'Sametinget',
      '2026-01-20, avstod',
      '',
      'Sametinget informerat, avstod',
    ]);
    expect(m.verdict.samiWarning).toBeNull();
  });
});

describe('national minorities (lag 2009:724)', () => {
  it('"Vet inte ännu" on the administrative-area question is a shortfall', () => {
    const a = goodAnswers({ 'd.adminRights': 'vet-inte' });
    expect(minorityVerdict(a, ctx)).toEqual({
      kind: 'not-met',
      reasons: ['shortfall.adminRightsUnknown'],
    });
    // Outside an administrative area the question is not asked and never counts.
    expect(minorityVerdict(a, emptyContext)).toEqual({ kind: 'met' });
  });

  it('shows the reason why no samråd took place in the verdict comment', () => {
    const a = withAnswers(goodAnswers(), {
      'd.samrad': 'nej',
      'd.samradDetails': undefined,
      'd.samradWhyNot': 'Minoriteternas samrådsgrupp har inte kunnat samlas före beslutet.',
    });
    expect(summarise(a, ctx).samradNotHeldReason).toBe(
      'Minoriteternas samrådsgrupp har inte kunnat samlas före beslutet.',
    );
    const row = appendix(a).verdict.rows.find((r) => r.id === 'minoriteter')!;
    expect(row.status).toBe('met');
    expect(row.comment).toBe(
      'Samråd med minoriteterna har inte skett. Skäl: Minoriteternas samrådsgrupp har inte kunnat samlas före beslutet.',
    );
  });

  it('words the administrative-area hint by kommun or region and names the configured languages', () => {
    const q = questionById.get('d.adminRights')!;
    const hint = (c: RuleContext) => {
      const worded = q.contextHint!(c);
      const languages = worded.languages.map((l) => sv(`questions:options.languageNames.${l}`));
      return sv(`questions:${worded.key}`, { languages: languages.join(' och ') });
    };
    const region = hint({ ...ctx, adminLanguages: ['samiska'], orgKind: 'region' });
    expect(region).toContain('Regionen ingår i förvaltningsområdet för samiska.');
    expect(region).toContain('gäller kommunerna, inte regionen');
    const kommun = hint({ ...ctx, adminLanguages: ['finska', 'samiska'], orgKind: 'kommun' });
    expect(kommun).toContain('Kommunen ingår i förvaltningsområdet för finska och samiska.');
    expect(kommun).toContain('hela eller en väsentlig del');
    expect(kommun).toContain('skollagen 8 kap. 12 a §');
    expect(kommun).toContain('(18 §)');
    for (const text of [region, kommun, hint({ ...ctx, adminLanguages: ['meankieli'] })]) {
      expect(text).not.toMatch(/helt eller delvis|ett eller flera minoritetsspråk/);
    }
  });
});
