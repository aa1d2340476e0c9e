import fc from 'fast-check';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { allQuestions, sectionById, sections } from '../../src/checklist/question-bank';
import type { SkrStepId } from '../../src/checklist/question-bank';
import {
  childChecks,
  childVerdict,
  genderVerdict,
  journey,
  minorityVerdict,
  missingInCase,
  missingInSection,
  otherGroundsVerdict,
  samiConsultationMissing,
  sectionStatus,
  stepOutcome,
  summarise,
  visiblePages,
  visibleQuestions,
} from '../../src/checklist/rules';
import type { SectionStatus } from '../../src/checklist/rules';
import { genderVerdictKey, partVerdictKey } from '../../src/checklist/verdict-wording';
import { emptyContext } from '../../src/checklist/types';
import type { Answers, AnswerValue, Question, RuleContext } from '../../src/checklist/types';
import enRules from '../../locales/en/rules.json';
import svRules from '../../locales/sv/rules.json';
import {
  blankConsultation,
  blankMeasure,
  consultation,
  fixtureContext,
  goodAnswers,
  measure,
  notAffectedAnswers,
  statTable,
  weakAnswers,
  withAnswers,
} from '../fixtures/answers';

const ctx = fixtureContext;

function section(id: string) {
  const s = sectionById.get(id);
  if (!s) throw new Error(`no section ${id}`);
  return s;
}

const status = (id: string, a: Answers, c: RuleContext = ctx) => sectionStatus(section(id), a, c);
const missingIds = (id: string, a: Answers, c: RuleContext = ctx) =>
  missingInSection(section(id), a, c).map((m) => m.questionId);

async function rulesT(lng: 'sv' | 'en') {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng,
    resources: { sv: { rules: svRules }, en: { rules: enRules } },
    ns: ['rules'],
    defaultNS: 'rules',
    interpolation: { escapeValue: false },
  });
  return i18n;
}

describe('the fixtures', () => {
  it('the good case is complete in every section and ready to export', () => {
    const s = summarise(goodAnswers(), ctx);
    expect(s.sections.map((x) => [x.id, x.status.kind])).toEqual(
      sections.map((x) => [x.id, 'complete']),
    );
    expect(s.missing).toEqual([]);
  });

  it('the good case is also complete for an organisation outside any administrative area', () => {
    const s = summarise(goodAnswers(), emptyContext);
    expect(s.sections.every((x) => x.status.kind === 'complete')).toBe(true);
    expect(
      visiblePages(section('minoriteter'), goodAnswers(), emptyContext).map((p) => p.id),
    ).not.toContain('d-admin');
  });

  it('the weak case is fully answered but needs completion in steps 2 and 4, part C and part D', () => {
    const s = summarise(weakAnswers(), ctx);
    expect(s.missing).toEqual([]);
    const byId = Object.fromEntries(s.sections.map((x) => [x.id, x.status]));
    expect(byId.steg2).toEqual({ kind: 'needs-completion', reasons: ['shortfall.b2Partial'] });
    expect(byId.steg4).toEqual({ kind: 'needs-completion', reasons: ['shortfall.b4Unknown'] });
    expect(byId.barn).toEqual({ kind: 'needs-completion', reasons: ['shortfall.cNotHeard'] });
    expect(byId.minoriteter).toEqual({
      kind: 'needs-completion',
      reasons: ['shortfall.sami.none', 'shortfall.samradPlanned'],
    });
    expect(byId.jamlikhet).toEqual({ kind: 'not-started' });
    expect(s.gender).toEqual({ kind: 'needs-completion', steps: [2, 4] });
  });
});

describe('SKR step outcomes', () => {
  it('every step is met in the good case and the verdict is sufficient', () => {
    const a = goodAnswers();
    for (const id of ['steg1', 'steg2', 'steg3', 'steg4', 'steg5'] as SkrStepId[]) {
      expect(stepOutcome(id, a, ctx)).toEqual({ kind: 'met' });
    }
    expect(genderVerdict(a, ctx)).toEqual({ kind: 'sufficient' });
  });

  it('every step is not met and not started when nothing is answered', () => {
    for (const id of ['steg1', 'steg2', 'steg3', 'steg4', 'steg5'] as SkrStepId[]) {
      expect(stepOutcome(id, {}, ctx)).toEqual({
        kind: 'not-met',
        reasons: ['shortfall.notStarted'],
      });
    }
    expect(genderVerdict({}, ctx)).toEqual({ kind: 'needs-completion', steps: [1, 2, 3, 4, 5] });
  });

  it('step 1 answered "Vet inte ännu" is not met, and the later steps still apply', () => {
    const a = goodAnswers({ 'b1.affects': 'vet-inte' });
    expect(stepOutcome('steg1', a, ctx)).toEqual({
      kind: 'not-met',
      reasons: ['shortfall.b1Unknown'],
    });
    expect(stepOutcome('steg2', a, ctx)).toEqual({ kind: 'met' });
    expect(genderVerdict(a, ctx)).toEqual({ kind: 'needs-completion', steps: [1] });
  });

  it('step 1 needs at least one affected group, and a description of "andra" when chosen', () => {
    expect(missingIds('steg1', goodAnswers({ 'b1.groups': [] }))).toEqual(['b1.groups']);
    expect(missingIds('steg1', goodAnswers({ 'b1.groups': ['andra'] }))).toEqual([
      'b1.groupsOther',
    ]);
    expect(
      missingIds('steg1', goodAnswers({ 'b1.groups': ['andra'], 'b1.groupsOther': 'Turister' })),
    ).toEqual([]);
  });

  it('step 2 is met with all statistics split by sex, and falls short when only partly or not split', () => {
    // Unanswered questions, and the shortfall already known, are both named.
    expect(stepOutcome('steg2', goodAnswers({ 'b2.split': 'delvis' }), ctx)).toEqual({
      kind: 'not-met',
      reasons: ['shortfall.unanswered', 'shortfall.b2Partial'],
    });
    const partly = goodAnswers({
      'b2.split': 'delvis',
      'b2.missingWhy': 'x',
      'b2.missingNeeded': 'y',
    });
    expect(stepOutcome('steg2', partly, ctx)).toEqual({
      kind: 'not-met',
      reasons: ['shortfall.b2Partial'],
    });
    const none = goodAnswers({ 'b2.split': 'nej', 'b2.missingWhy': 'x', 'b2.missingNeeded': 'y' });
    expect(stepOutcome('steg2', none, ctx)).toEqual({
      kind: 'not-met',
      reasons: ['shortfall.b2None'],
    });
  });

  it('step 2 with no individual-based statistics asks why and what would be needed, and is met with both', () => {
    const a = goodAnswers({ 'b2.split': 'ingen' });
    expect(missingIds('steg2', a)).toEqual(['b2.missingWhy', 'b2.missingNeeded']);
    const why = withAnswers(a, { 'b2.missingWhy': 'Ärendet gäller lokaler.' });
    expect(stepOutcome('steg2', why, ctx).kind).toBe('not-met');
    expect(
      stepOutcome(
        'steg2',
        withAnswers(why, { 'b2.missingNeeded': 'Besöksstatistik per kön från bokningssystemet.' }),
        ctx,
      ),
    ).toEqual({ kind: 'met' });
  });

  it('step 2 answered "all split by sex" is not met when no table has figures for both women and men', () => {
    const womenOnly = statTable({ rows: [{ id: 'r1', label: '', values: { women: '2140' } }] });
    const a = goodAnswers({ 'b2.tables': [womenOnly] });
    expect(missingIds('steg2', a)).toEqual([]);
    expect(stepOutcome('steg2', a, ctx)).toEqual({
      kind: 'not-met',
      reasons: ['shortfall.b2NotSplit'],
    });
    expect(stepOutcome('steg2', goodAnswers(), ctx)).toEqual({ kind: 'met' });
    const girlsBoys = statTable({
      groups: ['women', 'men', 'girls', 'boys'],
      rows: [{ id: 'r1', label: '', values: { girls: '40', boys: '55' } }],
    });
    expect(stepOutcome('steg2', goodAnswers({ 'b2.tables': [girlsBoys] }), ctx)).toEqual({
      kind: 'met',
    });
  });

  it('step 2 needs a filled statistics table: an empty table does not count', () => {
    const empty = statTable({ rows: [{ id: 'r1', label: '', values: { women: ' ', men: '' } }] });
    expect(missingIds('steg2', goodAnswers({ 'b2.tables': [empty] }))).toEqual(['b2.tables']);
    expect(
      missingIds('steg2', goodAnswers({ 'b2.tables': [statTable({ indicator: '' })] })),
    ).toEqual(['b2.tables']);
  });

  it('step 3 is not met while a required consequence is unanswered', () => {
    const a = goodAnswers({ 'b3.ifNothing': '   ' });
    expect(missingIds('steg3', a)).toEqual(['b3.ifNothing']);
    expect(stepOutcome('steg3', a, ctx)).toEqual({
      kind: 'not-met',
      reasons: ['shortfall.unanswered'],
    });
    expect(genderVerdict(a, ctx)).toEqual({ kind: 'needs-completion', steps: [3] });
  });

  it('step 4 with unjustified differences and no measure is not met, even with a stated reason', () => {
    const noMeasures = goodAnswers({ 'b4.measures': [] });
    expect(missingIds('steg4', noMeasures)).toEqual(['b4.measures', 'b4.noMeasuresReason']);
    expect(stepOutcome('steg4', noMeasures, ctx)).toEqual({
      kind: 'not-met',
      reasons: ['shortfall.unanswered', 'shortfall.b4NoMeasures'],
    });
    const reason = withAnswers(noMeasures, {
      'b4.noMeasuresReason': 'Åtgärder beslutas i budgeten.',
    });
    expect(missingIds('steg4', reason)).toEqual([]);
    expect(stepOutcome('steg4', reason, ctx)).toEqual({
      kind: 'not-met',
      reasons: ['shortfall.b4NoMeasures'],
      statedReason: 'Åtgärder beslutas i budgeten.',
    });
    expect(status('steg4', reason)).toEqual({
      kind: 'needs-completion',
      reasons: ['shortfall.b4NoMeasures'],
    });
    expect(genderVerdict(reason, ctx)).toEqual({ kind: 'needs-completion', steps: [4] });
    expect(summarise(reason, ctx).steps.find((s) => s.n === 4)?.outcome.kind).toBe('not-met');
  });

  it('step 4 never shows a hidden reason: with a measure row the reason question is hidden', () => {
    const a = goodAnswers({
      'b4.measures': [blankMeasure],
      'b4.noMeasuresReason': 'Åtgärder beslutas i budgeten.',
    });
    const outcome = stepOutcome('steg4', a, ctx);
    expect(outcome.kind).toBe('not-met');
    expect(outcome).not.toHaveProperty('statedReason');
  });

  it.each(['measure', 'responsible', 'when', 'followUp'] as const)(
    'step 4 does not count a measure without %s: all four parts are needed',
    (field) => {
      const a = goodAnswers({
        'b4.measures': [blankMeasure, measure({ id: 'm2', [field]: ' ' })],
      });
      expect(missingIds('steg4', a)).toEqual(['b4.measures']);
      expect(stepOutcome('steg4', a, ctx)).toEqual({
        kind: 'not-met',
        reasons: [
          'shortfall.unanswered',
          'shortfall.b4NoMeasures',
          'shortfall.b4MeasureIncomplete',
        ],
      });
    },
  );

  it('step 4 does not let a complete measure hide a half-filled one', () => {
    const a = goodAnswers({
      'b4.measures': [measure(), measure({ id: 'm2', when: '' })],
    });
    expect(missingIds('steg4', a)).toEqual(['b4.measures']);
    expect(stepOutcome('steg4', a, ctx)).toEqual({
      kind: 'not-met',
      reasons: ['shortfall.unanswered', 'shortfall.b4MeasureIncomplete'],
    });
    expect(stepOutcome('steg4', goodAnswers(), ctx)).toEqual({ kind: 'met' });
  });

  it('step 4 answered "Nej" is met without measures; "Vet inte ännu" is not met', () => {
    const no = goodAnswers({ 'b4.unjustified': 'nej' });
    expect(stepOutcome('steg4', no, ctx)).toEqual({ kind: 'met' });
    const unknown = goodAnswers({ 'b4.unjustified': 'vet-inte' });
    expect(stepOutcome('steg4', unknown, ctx)).toEqual({
      kind: 'not-met',
      reasons: ['shortfall.b4Unknown'],
    });
  });

  it("step 5 with the organisation's own goals configured is not met by national sub-goals alone", () => {
    const national = goodAnswers({ 'b5.goals': [{ id: 'national-5', comment: 'Fler män nås.' }] });
    expect(missingIds('steg5', national)).toEqual([]);
    expect(stepOutcome('steg5', national, ctx)).toEqual({
      kind: 'not-met',
      reasons: ['shortfall.b5NoOrgGoals'],
    });
    expect(genderVerdict(national, ctx)).toEqual({ kind: 'needs-completion', steps: [5] });
    // Without own goals in the configuration the national sub-goals are the analysis.
    expect(stepOutcome('steg5', national, { ...ctx, orgGoals: [] })).toEqual({ kind: 'met' });
    // With an own goal chosen (national ones beside it or not) the step is met.
    expect(stepOutcome('steg5', goodAnswers(), ctx)).toEqual({ kind: 'met' });
    expect(
      stepOutcome(
        'steg5',
        goodAnswers({
          'b5.goals': [
            { id: 'org:jamlik-halsa', text: 'Jämlik hälsa', comment: 'Samma tillgång.' },
          ],
        }),
        ctx,
      ),
    ).toEqual({ kind: 'met' });
  });

  it('step 5 is not met while a chosen goal has no comment of its own', () => {
    const uncommented = goodAnswers({
      'b5.goals': [
        { id: 'national-5', comment: 'Fler män nås.' },
        { id: 'org:jamlik-halsa', text: 'Jämlik hälsa', comment: '  ' },
      ],
    });
    // Nothing is unanswered: the goals are chosen, but the analysis of one is missing.
    expect(missingIds('steg5', uncommented)).toEqual([]);
    expect(stepOutcome('steg5', uncommented, ctx)).toEqual({
      kind: 'not-met',
      reasons: ['shortfall.b5GoalNoComment'],
    });
    expect(genderVerdict(uncommented, ctx)).toEqual({ kind: 'needs-completion', steps: [5] });
    // The one summary comment of a case from before the per-goal comments does not replace them.
    const legacy = goodAnswers({
      'b5.goals': [{ id: 'org:jamlik-halsa', text: 'Jämlik hälsa' }],
      'b5.contribution': 'Bidrar till jämlik hälsa.',
    });
    expect(stepOutcome('steg5', legacy, ctx)).toEqual({
      kind: 'not-met',
      reasons: ['shortfall.b5GoalNoComment'],
    });
  });

  it('step 5 is not met without any chosen goal or without follow-up', () => {
    expect(missingIds('steg5', goodAnswers({ 'b5.goals': [] }))).toEqual(['b5.goals']);
    expect(missingIds('steg5', goodAnswers({ 'b5.followUp': '' }))).toEqual(['b5.followUp']);
    expect(stepOutcome('steg5', goodAnswers({ 'b5.goals': [] }), ctx).kind).toBe('not-met');
  });

  it('the verdict names every step that is not met, in order', () => {
    const a = goodAnswers({ 'b1.affects': 'vet-inte', 'b3.women': '', 'b5.goals': undefined });
    expect(genderVerdict(a, ctx)).toEqual({ kind: 'needs-completion', steps: [1, 3, 5] });
  });
});

describe('step 1 answered "Nej"', () => {
  const no = goodAnswers({
    'b1.affects': 'nej',
    'b1.noReason': 'Teknisk ändring utan påverkan på människor.',
  });

  it('makes steps 2-5 not applicable, with the step 1 reason', () => {
    for (const id of ['steg2', 'steg3', 'steg4', 'steg5'] as SkrStepId[]) {
      expect(stepOutcome(id, no, ctx)).toEqual({
        kind: 'not-applicable',
        reason: 'Teknisk ändring utan påverkan på människor.',
      });
    }
    expect(stepOutcome('steg1', no, ctx)).toEqual({ kind: 'met' });
    expect(genderVerdict(no, ctx)).toEqual({
      kind: 'not-applicable',
      reason: 'Teknisk ändring utan påverkan på människor.',
    });
  });

  it('needs a reason: without one, step 1 is unanswered and the verdict asks for step 1', () => {
    const a = withAnswers(no, { 'b1.noReason': '  ' });
    expect(missingIds('steg1', a)).toEqual(['b1.noReason']);
    expect(stepOutcome('steg1', a, ctx)).toEqual({
      kind: 'not-met',
      reasons: ['shortfall.unanswered'],
    });
    expect(genderVerdict(a, ctx)).toEqual({ kind: 'needs-completion', steps: [1] });
  });

  it('removes the pages of steps 2-5 and the group questions from the journey', () => {
    const pages = journey(no, ctx).map((p) => p.pageId);
    expect(pages).toContain('b1-reason');
    expect(pages).not.toContain('b1-groups');
    expect(pages.filter((p) => /^b[2-5]-/.test(p))).toEqual([]);
    for (const id of ['steg2', 'steg3', 'steg4', 'steg5']) expect(missingIds(id, no)).toEqual([]);
  });

  it('the reason page is not shown for "Ja"', () => {
    expect(journey(goodAnswers(), ctx).map((p) => p.pageId)).not.toContain('b1-reason');
  });
});

describe('hidden answers', () => {
  it('are kept when step 1 changes to "Nej" and count again when it changes back', () => {
    const good = goodAnswers();
    const no = withAnswers(good, { 'b1.affects': 'nej', 'b1.noReason': 'Ingen påverkan.' });
    summarise(no, ctx);
    // The rules never touch the answers: every later answer is still there.
    for (const key of Object.keys(good))
      if (key !== 'b1.affects') expect(no[key]).toEqual(good[key]);
    const back = withAnswers(no, { 'b1.affects': 'ja' });
    for (const id of ['steg2', 'steg3', 'steg4', 'steg5'] as SkrStepId[]) {
      expect(stepOutcome(id, back, ctx)).toEqual({ kind: 'met' });
    }
    expect(genderVerdict(back, ctx)).toEqual({ kind: 'sufficient' });
  });

  it('do not count while hidden: stale statistics do not answer why statistics are missing', () => {
    const a = goodAnswers({ 'b2.split': 'nej' });
    expect(a['b2.tables']).toEqual([statTable()]);
    expect(missingIds('steg2', a)).toEqual(['b2.missingWhy', 'b2.missingNeeded']);
    expect(missingIds('steg2', withAnswers(a, { 'b2.split': 'ja' }))).toEqual([]);
  });

  it('come back when the condition holds again: child-rights answers survive "Nej" and back', () => {
    const a = goodAnswers({ 'c.affects': 'nej', 'c.noReason': 'Påverkar inte barn.' });
    expect(status('barn', a)).toEqual({ kind: 'not-applicable', reason: 'Påverkar inte barn.' });
    expect(visiblePages(section('barn'), a, ctx).map((p) => p.id)).toEqual([
      'c-affects',
      'c-no-reason',
    ]);
    expect(status('barn', withAnswers(a, { 'c.affects': 'direkt' }))).toEqual({ kind: 'complete' });
  });

  it('a hidden reason for no measures does not excuse blank measure rows', () => {
    const a = goodAnswers({
      'b4.measures': [blankMeasure],
      'b4.noMeasuresReason': 'Skrevs före raden.',
    });
    expect(missingIds('steg4', a)).toEqual(['b4.measures']);
  });

  it('a hidden "planned" dialogue does not make part D fall short when minorities are not affected', () => {
    const a = goodAnswers({ 'd.affects': 'nej', 'd.samrad': 'planerat' });
    expect(status('minoriteter', a)).toEqual({ kind: 'complete' });
    expect(status('minoriteter', withAnswers(a, { 'd.affects': 'ja' }))).toEqual({
      kind: 'needs-completion',
      reasons: ['shortfall.samradPlanned'],
    });
  });

  it('never change any status, whatever they hold (property)', () => {
    const arbitraryValue = (q: Question): fc.Arbitrary<AnswerValue> => {
      const opts = [...(q.options ?? ['x'])];
      switch (q.kind) {
        case 'choice':
          return fc.constantFrom(...opts, '');
        case 'multi':
          return fc.subarray(opts);
        case 'text':
        case 'textarea':
          return fc.constantFrom('', 'text');
        case 'date':
          return fc.constantFrom('', '2026-05-01');
        case 'statistics':
          return fc.constantFrom([], [statTable()]);
        case 'measures':
          return fc.constantFrom([], [blankMeasure], [measure()]);
        case 'consultations':
          return fc.constantFrom([], [blankConsultation], [consultation()]);
        case 'goals':
          return fc.constantFrom([], [{ id: 'national-1' }]);
      }
    };
    const randomArb = fc.record(
      Object.fromEntries(allQuestions.map((q) => [q.id, arbitraryValue(q)])),
      { requiredKeys: [] },
    ) as fc.Arbitrary<Answers>;
    // Nearly complete cases too, where a stray hidden answer would be most visible: the good
    // case with its gating choices redrawn.
    const choicesArb = fc.record(
      Object.fromEntries(
        allQuestions.filter((q) => q.kind === 'choice').map((q) => [q.id, arbitraryValue(q)]),
      ),
      { requiredKeys: [] },
    ) as fc.Arbitrary<Answers>;
    const answersArb = fc.oneof(
      randomArb,
      choicesArb.map((choices) => withAnswers(goodAnswers(), choices)),
    );
    const statuses = (a: Answers, c: RuleContext) => ({
      sections: sections.map((s) => sectionStatus(s, a, c)),
      gender: genderVerdict(a, c),
      missing: missingInCase(a, c),
      sami: samiConsultationMissing(a),
    });
    fc.assert(
      fc.property(answersArb, fc.boolean(), fc.nat(), (answers, inArea, pick) => {
        const c = inArea ? ctx : emptyContext;
        const visible = new Set(
          sections.flatMap((s) =>
            visiblePages(s, answers, c).flatMap((p) =>
              visibleQuestions(p, answers, c).map((q) => q.id),
            ),
          ),
        );
        const hidden = allQuestions.filter((q) => !visible.has(q.id));
        if (hidden.length === 0) return;
        const q = hidden[pick % hidden.length]!;
        const before = statuses(answers, c);
        const other = fc.sample(arbitraryValue(q), { numRuns: 3, seed: pick });
        for (const value of other) {
          expect(statuses(withAnswers(answers, { [q.id]: value }), c)).toEqual(before);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the Sami consultation warning', () => {
  it('appears when the case can matter particularly for the Sami and no consultation is documented', () => {
    const a = goodAnswers({ 'd.consultations': [] });
    expect(samiConsultationMissing(a)).toBe(true);
    expect(summarise(a, ctx).samiConsultationMissing).toBe(true);
    expect(status('minoriteter', a)).toEqual({
      kind: 'needs-completion',
      reasons: ['shortfall.sami.none'],
    });
    expect(minorityVerdict(a, ctx)).toEqual({
      kind: 'not-met',
      reasons: ['shortfall.sami.none'],
    });
  });

  it('is not silenced by a consultation row without a party or any date', () => {
    expect(samiConsultationMissing(goodAnswers({ 'd.consultations': [blankConsultation] }))).toBe(
      true,
    );
    const noDate = consultation({ date: '', requested: '' });
    expect(samiConsultationMissing(goodAnswers({ 'd.consultations': [noDate] }))).toBe(true);
  });

  it('disappears when a held consultation with Sametinget is logged', () => {
    const a = goodAnswers({ 'd.consultations': [blankConsultation, consultation()] });
    expect(samiConsultationMissing(a)).toBe(false);
    expect(status('minoriteter', a)).toEqual({ kind: 'complete' });
  });

  it('disappears when the officer answers that the case has no particular significance for the Sami', () => {
    const a = goodAnswers({ 'd.samiSignificance': 'nej', 'd.consultations': [] });
    expect(samiConsultationMissing(a)).toBe(false);
    expect(journey(a, ctx).map((p) => p.pageId)).not.toContain('d-consultation');
    expect(status('minoriteter', a)).toEqual({ kind: 'complete' });
  });

  it('"Vet inte ännu" about Sami significance does not warn but asks for completion', () => {
    const a = goodAnswers({ 'd.samiSignificance': 'vet-inte' });
    expect(samiConsultationMissing(a)).toBe(false);
    expect(status('minoriteter', a)).toEqual({
      kind: 'needs-completion',
      reasons: ['shortfall.samiUnknown'],
    });
  });

  it('the consultation plan is asked for only while no consultation is logged', () => {
    const pageQs = (a: Answers) =>
      visiblePages(section('minoriteter'), a, ctx)
        .filter((p) => p.id === 'd-consultation')
        .flatMap((p) => visibleQuestions(p, a, ctx).map((q) => q.id));
    expect(pageQs(goodAnswers({ 'd.consultations': [] }))).toEqual([
      'd.consultations',
      'd.consultationPlan',
    ]);
    expect(pageQs(goodAnswers())).toEqual(['d.consultations']);
  });
});

describe('child rights (Barnombudsmannen)', () => {
  const check = (a: Answers, id: string) => childChecks(a, ctx).find((c) => c.id === id)?.status;

  it('every check before the decision is met in the good case, compensating measures not applicable', () => {
    expect(childChecks(goodAnswers(), ctx)).toEqual([
      { id: 'childrenIdentified', status: 'met' },
      { id: 'articlesIdentified', status: 'met' },
      { id: 'knowledgeAnalysed', status: 'met' },
      { id: 'lawsAnalysed', status: 'met' },
      { id: 'childrenHeard', status: 'met' },
      { id: 'compensatingMeasures', status: 'not-applicable' },
    ]);
    expect(childVerdict(goodAnswers(), ctx)).toEqual({ kind: 'met' });
  });

  it.each(['nej', 'delvis'])(
    'compensating measures and a reason are required when the proposal is "%s" in line',
    (v) => {
      const a = goodAnswers({ 'c.inLine': v });
      expect(missingIds('barn', a)).toEqual(['c.reasonAgainst', 'c.compensating']);
      expect(check(a, 'compensatingMeasures')).toBe('not-met');
      expect(childVerdict(a, ctx)).toEqual({ kind: 'not-met', reasons: ['shortfall.unanswered'] });
      const done = withAnswers(a, {
        'c.reasonAgainst': 'Budgetläget.',
        'c.compensating': 'Chatt med kurator.',
      });
      expect(check(done, 'compensatingMeasures')).toBe('met');
      expect(childVerdict(done, ctx)).toEqual({ kind: 'met' });
    },
  );

  it("the compensating page is hidden when the proposal is in line with the child's best interests", () => {
    const pages = visiblePages(section('barn'), goodAnswers(), ctx).map((p) => p.id);
    expect(pages).not.toContain('c-compensating');
    expect(
      visiblePages(section('barn'), goodAnswers({ 'c.inLine': 'nej' }), ctx).map((p) => p.id),
    ).toContain('c-compensating');
  });

  it('the four basic principles always count as identified, ticked or not', () => {
    // New cases store no principle at all; an old case may have stored only some of them.
    for (const articles of [[], ['art24'], ['art3', 'art24']]) {
      const a = goodAnswers({ 'c.articles': articles });
      expect(check(a, 'articlesIdentified'), articles.join()).toBe('met');
      expect(status('barn', a)).toEqual({ kind: 'complete' });
    }
  });

  it('"Annan artikel" asks which article, and the articles check waits for it', () => {
    const a = goodAnswers({ 'c.articles': ['art24', 'annan'] });
    expect(missingIds('barn', a)).toEqual(['c.articlesOther']);
    expect(check(a, 'articlesIdentified')).toBe('not-met');
    const named = withAnswers(a, { 'c.articlesOther': 'Artikel 22 och artikel 34.' });
    expect(check(named, 'articlesIdentified')).toBe('met');
    expect(childVerdict(named, ctx)).toEqual({ kind: 'met' });
  });

  it('children not heard, with a stated reason, meets the check only when they are affected to a small degree', () => {
    const a = goodAnswers({
      'c.extent': 'liten',
      'c.heard': 'nej',
      'c.notHeardWhy': 'Tidsplanen tillät det inte.',
    });
    expect(check(a, 'childrenHeard')).toBe('met');
    expect(childVerdict(a, ctx)).toEqual({ kind: 'met' });
    expect(check(withAnswers(a, { 'c.notHeardWhy': '' }), 'childrenHeard')).toBe('not-met');
    expect(missingIds('barn', withAnswers(a, { 'c.notHeardWhy': '' }))).toEqual(['c.notHeardWhy']);
  });

  it.each(['stor', 'mattlig'])(
    'children affected to a "%s" degree and not heard: the check is not met, whatever the reason',
    (extent) => {
      const a = goodAnswers({
        'c.extent': extent,
        'c.heard': 'nej',
        'c.notHeardWhy': 'Tidsplanen tillät det inte. Befintlig kunskap används i stället.',
      });
      expect(missingIds('barn', a)).toEqual([]);
      expect(check(a, 'childrenHeard')).toBe('not-met');
      expect(childVerdict(a, ctx)).toEqual({ kind: 'not-met', reasons: ['shortfall.cNotHeard'] });
      // Hearing them meets it again.
      const heard = withAnswers(a, { 'c.heard': 'ja' });
      expect(childVerdict(heard, ctx)).toEqual({ kind: 'met' });
    },
  );

  it('the weighing against other interests and the alternatives considered are required', () => {
    const a = goodAnswers({ 'c.weight': '', 'c.alternatives': undefined });
    expect(missingIds('barn', a)).toEqual(['c.alternatives', 'c.weight']);
    expect(childVerdict(a, ctx)).toEqual({ kind: 'not-met', reasons: ['shortfall.unanswered'] });
  });

  it('a case that does not affect children makes the part and every check not applicable', () => {
    const a = goodAnswers({ 'c.affects': 'nej', 'c.noReason': 'Påverkar inte barn.' });
    expect(childVerdict(a, ctx)).toEqual({ kind: 'not-applicable', reason: 'Påverkar inte barn.' });
    expect(childChecks(a, ctx).every((c) => c.status === 'not-applicable')).toBe(true);
  });

  it('"Vet inte ännu" about children: the full assessment is asked for, and the part is not met', () => {
    const a = goodAnswers({ 'c.affects': 'vet-inte' });
    expect(missingIds('barn', a)).toEqual([]);
    expect(journey(a, ctx).filter((p) => p.sectionId === 'barn').length).toBeGreaterThan(5);
    expect(status('barn', a)).toEqual({
      kind: 'needs-completion',
      reasons: ['shortfall.cUnknown'],
    });
    expect(childVerdict(a, ctx)).toEqual({ kind: 'not-met', reasons: ['shortfall.cUnknown'] });
    expect(check(a, 'childrenIdentified')).toBe('not-met');
    expect(check(a, 'articlesIdentified')).toBe('not-met');
    expect(summarise(a, ctx).child.kind).toBe('not-met');
  });

  it('never calls the articles identified before it is known that children are affected', () => {
    expect(check(goodAnswers({ 'c.affects': '' }), 'articlesIdentified')).toBe('not-met');
    expect(check(goodAnswers({ 'c.affects': 'direkt' }), 'articlesIdentified')).toBe('met');
    expect(check(goodAnswers({ 'c.affects': 'indirekt' }), 'articlesIdentified')).toBe('met');
  });
});

describe('section statuses', () => {
  it('a section with nothing answered is not started', () => {
    expect(status('arendet', {})).toEqual({ kind: 'not-started' });
    expect(status('barn', {})).toEqual({ kind: 'not-started' });
  });

  it('a section with some answers is in progress and counts the missing questions', () => {
    expect(status('arendet', { 'a.title': 'FaR' })).toEqual({ kind: 'in-progress', missing: 4 });
    expect(missingIds('arendet', { 'a.title': 'FaR' })).toEqual([
      'a.proposal',
      'a.committee',
      'a.officer',
      'a.date',
    ]);
  });

  it('a fully answered section that falls short needs completion, with reasons', () => {
    expect(status('steg4', goodAnswers({ 'b4.unjustified': 'vet-inte' }))).toEqual({
      kind: 'needs-completion',
      reasons: ['shortfall.b4Unknown'],
    });
  });

  it('a fully answered section that meets its criteria is complete', () => {
    expect(status('sammanfattning', goodAnswers())).toEqual({ kind: 'complete' });
  });

  it('a section whose own gate says no is not applicable once the reason is given', () => {
    const a = { 'c.affects': 'nej' };
    expect(status('barn', a)).toEqual({ kind: 'in-progress', missing: 1 });
    expect(status('barn', { ...a, 'c.noReason': 'Inga barn.' })).toEqual({
      kind: 'not-applicable',
      reason: 'Inga barn.',
    });
  });

  it('steps 2-5 are not applicable as soon as step 1 says no, even before the reason', () => {
    expect(status('steg2', { 'b1.affects': 'nej' })).toEqual({
      kind: 'not-applicable',
      reason: '',
    });
  });

  it('the case where nothing applies is complete, not applicable where it should be, and ready', () => {
    const s = summarise(notAffectedAnswers(), ctx);
    expect(Object.fromEntries(s.sections.map((x) => [x.id, x.status.kind]))).toEqual({
      arendet: 'complete',
      steg1: 'complete',
      steg2: 'not-applicable',
      steg3: 'not-applicable',
      steg4: 'not-applicable',
      steg5: 'not-applicable',
      barn: 'not-applicable',
      minoriteter: 'complete',
      jamlikhet: 'not-started',
      sammanfattning: 'complete',
    });
    expect(s.missing).toEqual([]);
  });
});

describe('the optional part E', () => {
  it('left empty, it never makes the case incomplete', () => {
    const a = goodAnswers({ 'e.grounds': undefined, 'e.how': undefined, 'e.norms': undefined });
    expect(status('jamlikhet', a)).toEqual({ kind: 'not-started' });
    expect(otherGroundsVerdict(a, ctx)).toEqual({ kind: 'optional-empty' });
    expect(summarise(a, ctx).missing).toEqual([]);
  });

  it('once a ground is chosen, the description is asked for', () => {
    const a = goodAnswers({ 'e.how': '' });
    expect(status('jamlikhet', a)).toEqual({ kind: 'in-progress', missing: 1 });
    expect(otherGroundsVerdict(a, ctx)).toEqual({
      kind: 'not-met',
      reasons: ['shortfall.unanswered'],
    });
    // Optional sections are left out of what blocks the case.
    expect(missingInCase(a, ctx)).toEqual([]);
  });

  it('filled in, it is met', () => {
    expect(otherGroundsVerdict(goodAnswers(), ctx)).toEqual({ kind: 'met' });
  });
});

describe('verdict wording', () => {
  it('every verdict the rules give has a wording in both languages', async () => {
    const cases = [
      goodAnswers(),
      weakAnswers(),
      notAffectedAnswers(),
      {},
      goodAnswers({ 'b1.affects': 'nej' }),
    ];
    const keys = new Set<string>();
    for (const a of cases) {
      keys.add(genderVerdictKey(genderVerdict(a, ctx)));
      keys.add(partVerdictKey('child', childVerdict(a, ctx)));
      keys.add(partVerdictKey('minorities', minorityVerdict(a, ctx)));
      keys.add(partVerdictKey('otherGrounds', otherGroundsVerdict(a, ctx)));
    }
    expect(keys).toContain('verdict.gender.sufficient');
    expect(keys).toContain('verdict.gender.needsCompletion');
    expect(keys).toContain('verdict.gender.notApplicable');
    for (const lng of ['sv', 'en'] as const) {
      const i18n = await rulesT(lng);
      for (const key of keys) expect(i18n.exists(key), `${lng}: ${key}`).toBe(true);
    }
  });

  it("the Swedish verdicts read as in SKR's checklist", async () => {
    const i18n = await rulesT('sv');
    expect(i18n.t(genderVerdictKey(genderVerdict(goodAnswers(), ctx)))).toBe(
      'Underlaget ger förutsättningar för ett jämställt beslut',
    );
    const weak = genderVerdict(weakAnswers(), ctx);
    expect(
      weak.kind === 'needs-completion' &&
        i18n.t(genderVerdictKey(weak), { steps: weak.steps.join(' och ') }),
    ).toBe('Underlaget bör kompletteras i steg 2 och 4');
  });

  it('the unanswered count uses singular and plural forms', async () => {
    const sv = await rulesT('sv');
    expect(sv.t('inProgressCount', { count: 1 })).toBe('1 fråga obesvarad');
    expect(sv.t('inProgressCount', { count: 4 })).toBe('4 frågor obesvarade');
    const en = await rulesT('en');
    expect(en.t('inProgressCount', { count: 1 })).toBe('1 question unanswered');
    expect(en.t('inProgressCount', { count: 4 })).toBe('4 questions unanswered');
  });

  it('every status, step outcome and reason the rules produce has a wording in both languages (property)', async () => {
    const [sv, en] = [await rulesT('sv'), await rulesT('en')];
    const keys = new Set<string>();
    const collect = (st: SectionStatus) => {
      keys.add(`status.${st.kind}`);
      if (st.kind === 'needs-completion') st.reasons.forEach((r) => keys.add(r));
    };
    const choiceArb = fc.record(
      Object.fromEntries(
        allQuestions
          .filter((q) => q.kind === 'choice')
          .map((q) => [q.id, fc.constantFrom(...(q.options ?? []))]),
      ),
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(choiceArb, fc.boolean(), (choices, fill) => {
        const a = withAnswers(fill ? goodAnswers() : {}, choices as Answers);
        const s = summarise(a, ctx);
        s.sections.forEach((x) => collect(x.status));
        s.steps.forEach((x) => {
          keys.add(`step.${x.outcome.kind}`);
          if (x.outcome.kind === 'not-met') x.outcome.reasons.forEach((r) => keys.add(r));
        });
        s.childChecks.forEach((c) => keys.add(`childCheck.${c.id}`));
      }),
      { numRuns: 400 },
    );
    // Random choices reach the Sami shortfall only by chance: add that case for certain.
    const sami = summarise(
      withAnswers(goodAnswers(), { 'd.samiSignificance': 'ja', 'd.consultations': [] }),
      ctx,
    );
    sami.sections.forEach((x) => collect(x.status));
    expect(keys).toContain('shortfall.sami.none');
    for (const key of keys) {
      expect(sv.exists(key), `sv: ${key}`).toBe(true);
      expect(en.exists(key), `en: ${key}`).toBe(true);
    }
  });

  it('the Sami warning names the consultation duty and the law', async () => {
    const sv = await rulesT('sv');
    expect(sv.t('samiWarning')).toMatch(/Sametinget/);
    expect(sv.t('samiWarning')).toMatch(/2022:66/);
  });
});
