/**
 * The question bank: every section, page and question of the checklist as data.
 *
 * Parts follow docs/domain.md: A the case, B the five SKR steps of
 * "jämställda beslutsunderlag", C child rights (Barnombudsmannen's method for
 * decisions on a general level), D national minorities and the Sami, E the other
 * grounds of discrimination, S the officer's concluding assessment.
 *
 * Texts are i18n keys in the `questions` namespace, derived from the id:
 * `<id>.label`, `<id>.hint`, `<id>.example`, `<id>.why`. The UI renders what is
 * here; the rules in rules.ts read the same data.
 */
import { samiDuty } from './sami-duty';
import { emptyContext } from './types';
import type { Answers, Page, Predicate, Question, QuestionKind, Section } from './types';

type QuestionInit = Partial<Omit<Question, 'id' | 'kind'>> & {
  example?: boolean;
  why?: boolean;
};

function q(id: string, kind: QuestionKind, init: QuestionInit = {}): Question {
  const { example = false, why = false, ...rest } = init;
  return {
    required: false,
    labelKey: `${id}.label`,
    hintKey: `${id}.hint`,
    ...(example ? { exampleKey: `${id}.example` } : {}),
    ...(why ? { whyKey: `${id}.why` } : {}),
    ...rest,
    id,
    kind,
  };
}

function page(id: string, questions: Question[], titleKey?: string): Page {
  return { id, questions, ...(titleKey ? { titleKey } : {}) };
}

// ---- small predicates over answers ---------------------------------------

export function str(a: Answers, id: string): string {
  const v = a[id];
  return typeof v === 'string' ? v : '';
}

export function list<T = unknown>(a: Answers, id: string): T[] {
  const v = a[id];
  return Array.isArray(v) ? (v as T[]) : [];
}

const is =
  (id: string, ...values: string[]): Predicate =>
  (a) =>
    values.includes(str(a, id));
const includes =
  (id: string, value: string): Predicate =>
  (a) =>
    list<string>(a, id).includes(value);
const nonEmpty =
  (id: string): Predicate =>
  (a) =>
    list(a, id).length > 0;

/**
 * The options of a multi question that count as chosen: the fixed ones (always included),
 * then the stored ones in display order, then stored ids the bank no longer lists (an old case).
 */
export function chosenOptions(question: Question, a: Answers): string[] {
  const stored = list<string>(a, question.id);
  const fixed = question.fixedOptions ?? [];
  const options = question.options ?? [];
  const known = options.filter((o) => fixed.includes(o) || stored.includes(o));
  const unknown = stored.filter((v) => !options.includes(v));
  return [...known, ...unknown.filter((v, i) => unknown.indexOf(v) === i)];
}

/** The case's title as the officer wrote it (trimmed); '' when not given yet. */
export function caseTitle(a: Answers): string {
  return str(a, 'a.title').trim();
}

// ---- option sets -------------------------------------------------------------

export const yesNoUnknown = ['ja', 'nej', 'vet-inte'] as const;
export const yesNo = ['ja', 'nej'] as const;

export const nationalGoalIds = [
  'national-1',
  'national-2',
  'national-3',
  'national-4',
  'national-5',
  'national-6',
] as const;

export const basicPrinciples = ['art2', 'art3', 'art6', 'art12'] as const;

// ---- Part A: the case ----------------------------------------------------------

const partA: Section = {
  id: 'arendet',
  part: 'A',
  titleKey: 'sections.arendet',
  pages: [
    page(
      'a-arende',
      [
        q('a.title', 'text', { required: true, maxLength: 200, example: true }),
        q('a.dnr', 'text', { maxLength: 60, example: true }),
      ],
      'pages.a-arende',
    ),
    page('a-proposal', [
      q('a.proposal', 'textarea', { required: true, maxLength: 2000, example: true }),
    ]),
    page(
      'a-committee',
      [
        q('a.committee', 'text', {
          required: true,
          maxLength: 200,
          example: true,
          suggestions: 'committees',
        }),
        q('a.department', 'text', { maxLength: 200, example: true }),
        q('a.officer', 'text', { required: true, maxLength: 200 }),
      ],
      'pages.a-committee',
    ),
    page(
      'a-dates',
      [
        q('a.date', 'date', { required: true }),
        q('a.meetingDate', 'date'),
        q('a.appendixNumber', 'text', { maxLength: 20, example: true }),
      ],
      'pages.a-dates',
    ),
  ],
};

// ---- Part B: the five SKR steps ----------------------------------------------------

const b1No = is('b1.affects', 'nej');
const b1Yes = is('b1.affects', 'ja', 'vet-inte');

const stepsNotApplicable = (a: Answers) =>
  b1No(a, emptyContext) ? { reasonQuestionId: 'b1.noReason' } : null;

const b1: Section = {
  id: 'steg1',
  part: 'B',
  titleKey: 'sections.steg1',
  pages: [
    page('b1-affects', [
      q('b1.affects', 'choice', {
        options: yesNoUnknown,
        optionSet: 'yesNoUnknown',
        required: true,
        why: true,
        example: true,
      }),
    ]),
    page('b1-reason', [
      q('b1.noReason', 'textarea', { when: b1No, required: true, maxLength: 2000, example: true }),
    ]),
    page(
      'b1-groups',
      [
        q('b1.groups', 'multi', {
          when: b1Yes,
          required: true,
          options: [
            'invanare',
            'patienter',
            'brukare',
            'elever',
            'medarbetare',
            'foretagare',
            'andra',
          ],
          optionSet: 'groups',
        }),
        q('b1.groupsOther', 'text', {
          when: (a, c) => b1Yes(a, c) && includes('b1.groups', 'andra')(a, c),
          required: true,
          maxLength: 200,
        }),
        q('b1.how', 'textarea', { when: b1Yes, maxLength: 2000, example: true }),
      ],
      'pages.b1-groups',
    ),
  ],
};

const b2: Section = {
  id: 'steg2',
  part: 'B',
  titleKey: 'sections.steg2',
  notApplicable: stepsNotApplicable,
  pages: [
    page('b2-split', [
      q('b2.split', 'choice', {
        options: ['ja', 'delvis', 'nej', 'ingen'],
        optionSet: 'split',
        required: true,
        why: true,
      }),
    ]),
    page('b2-tables', [
      q('b2.tables', 'statistics', { when: is('b2.split', 'ja', 'delvis'), required: true }),
    ]),
    page(
      'b2-analysis',
      [
        q('b2.differences', 'textarea', {
          when: is('b2.split', 'ja', 'delvis'),
          required: true,
          maxLength: 3000,
          example: true,
          why: true,
        }),
        q('b2.konPlus', 'textarea', {
          when: is('b2.split', 'ja', 'delvis'),
          maxLength: 3000,
          example: true,
          why: true,
        }),
      ],
      'pages.b2-analysis',
    ),
    page(
      'b2-missing',
      [
        q('b2.missingWhy', 'textarea', {
          when: is('b2.split', 'delvis', 'nej', 'ingen'),
          required: true,
          maxLength: 2000,
          example: true,
        }),
        // Also when no individual-based statistics exist: förordning (2001:100) 14 § expects it.
        q('b2.missingNeeded', 'textarea', {
          when: is('b2.split', 'delvis', 'nej', 'ingen'),
          required: true,
          maxLength: 2000,
          example: true,
        }),
      ],
      'pages.b2-missing',
    ),
  ],
};

const b3: Section = {
  id: 'steg3',
  part: 'B',
  titleKey: 'sections.steg3',
  notApplicable: stepsNotApplicable,
  pages: [
    page(
      'b3-women-men',
      [
        q('b3.women', 'textarea', { required: true, maxLength: 3000, example: true }),
        q('b3.men', 'textarea', { required: true, maxLength: 3000, example: true }),
      ],
      'pages.b3-women-men',
    ),
    page(
      'b3-girls-boys',
      [
        q('b3.girlsBoys', 'textarea', { maxLength: 3000, example: true }),
        q('b3.otherGender', 'textarea', { maxLength: 2000 }),
      ],
      'pages.b3-girls-boys',
    ),
    page(
      'b3-direction',
      [
        q('b3.directionWomen', 'choice', {
          options: ['positiv', 'negativ', 'neutral', 'blandad'],
          optionSet: 'direction',
          required: true,
        }),
        q('b3.directionMen', 'choice', {
          options: ['positiv', 'negativ', 'neutral', 'blandad'],
          optionSet: 'direction',
          required: true,
        }),
        q('b3.term', 'textarea', { maxLength: 2000, example: true }),
      ],
      'pages.b3-direction',
    ),
    page(
      'b3-areas',
      [
        q('b3.areas', 'multi', {
          required: true,
          options: ['resurser', 'bemotande', 'makt', 'halsa', 'ekonomi', 'obetalt', 'vald'],
          optionSet: 'areas',
          why: true,
        }),
        q('b3.intersectional', 'textarea', { maxLength: 3000, example: true, why: true }),
      ],
      'pages.b3-areas',
    ),
    page('b3-nothing', [
      q('b3.ifNothing', 'textarea', { required: true, maxLength: 2000, example: true }),
    ]),
  ],
};

const b4Yes = is('b4.unjustified', 'ja');
const b4: Section = {
  id: 'steg4',
  part: 'B',
  titleKey: 'sections.steg4',
  notApplicable: stepsNotApplicable,
  pages: [
    page('b4-unjustified', [
      q('b4.unjustified', 'choice', {
        options: yesNoUnknown,
        optionSet: 'yesNoUnknown',
        required: true,
        why: true,
      }),
    ]),
    page('b4-describe', [
      q('b4.describe', 'textarea', { when: b4Yes, required: true, maxLength: 3000, example: true }),
    ]),
    // The reason is asked while no measure row exists; it is shown with the verdict but never
    // makes the step met (rules.ts: shortfall.b4NoMeasures). A hidden reason never counts.
    page('b4-measures', [
      q('b4.measures', 'measures', {
        when: b4Yes,
        required: (a) =>
          list(a, 'b4.measures').length > 0 || str(a, 'b4.noMeasuresReason').trim() === '',
      }),
    ]),
    page('b4-no-measures', [
      q('b4.noMeasuresReason', 'textarea', {
        when: (a, c) => b4Yes(a, c) && list(a, 'b4.measures').length === 0,
        required: true,
        maxLength: 2000,
      }),
    ]),
    page('b4-objective', [
      q('b4.objective', 'textarea', {
        when: is('b4.unjustified', 'nej'),
        maxLength: 2000,
        example: true,
      }),
    ]),
  ],
};

const b5: Section = {
  id: 'steg5',
  part: 'B',
  titleKey: 'sections.steg5',
  notApplicable: stepsNotApplicable,
  pages: [
    page('b5-goals', [q('b5.goals', 'goals', { required: true, why: true })]),
    page('b5-contribution', [
      q('b5.contribution', 'textarea', { required: true, maxLength: 3000, example: true }),
    ]),
    page(
      'b5-followup',
      [
        q('b5.followUp', 'textarea', { required: true, maxLength: 2000, example: true }),
        q('b5.followUpDate', 'date'),
      ],
      'pages.b5-followup',
    ),
  ],
};

// ---- Part C: child rights -------------------------------------------------------------

const cApplies = is('c.affects', 'direkt', 'indirekt', 'vet-inte');
const cNotInLine = is('c.inLine', 'delvis', 'nej');

const partC: Section = {
  id: 'barn',
  part: 'C',
  titleKey: 'sections.barn',
  notApplicable: (a) =>
    is('c.affects', 'nej')(a, emptyContext) ? { reasonQuestionId: 'c.noReason' } : null,
  pages: [
    page('c-affects', [
      q('c.affects', 'choice', {
        options: ['direkt', 'indirekt', 'nej', 'vet-inte'],
        optionSet: 'childAffects',
        required: true,
        why: true,
      }),
    ]),
    page('c-no-reason', [
      q('c.noReason', 'textarea', {
        when: is('c.affects', 'nej'),
        required: true,
        maxLength: 2000,
        example: true,
      }),
    ]),
    page('c-extent', [
      q('c.extent', 'choice', {
        when: cApplies,
        options: ['liten', 'mattlig', 'stor'],
        optionSet: 'extent',
        required: true,
      }),
    ]),
    page(
      'c-children',
      [
        q('c.ageGroups', 'multi', {
          when: cApplies,
          options: ['0-5', '6-12', '13-17'],
          optionSet: 'ageGroups',
          required: true,
        }),
        q('c.vulnerable', 'multi', {
          when: cApplies,
          options: [
            'funktionsnedsattning',
            'fattigdom',
            'placerade',
            'vald',
            'nyanlanda',
            'minoritet',
            'andra',
          ],
          optionSet: 'vulnerable',
          why: true,
        }),
        q('c.girlsBoys', 'textarea', { when: cApplies, maxLength: 2000, example: true }),
      ],
      'pages.c-children',
    ),
    page(
      'c-articles',
      [
        // The four basic principles are always assessed: fixed, so no tick (or old untick) changes that.
        q('c.articles', 'multi', {
          when: cApplies,
          options: [
            ...basicPrinciples,
            'art19',
            'art23',
            'art24',
            'art27',
            'art28',
            'art30',
            'art31',
            'annan',
          ],
          fixedOptions: basicPrinciples,
          optionSet: 'articles',
          why: true,
        }),
        q('c.articlesOther', 'text', {
          when: (a, c) => cApplies(a, c) && includes('c.articles', 'annan')(a, c),
          required: true,
          maxLength: 200,
          example: true,
        }),
        q('c.principles', 'textarea', { when: cApplies, maxLength: 3000, example: true }),
      ],
      'pages.c-articles',
    ),
    page(
      'c-knowledge',
      [
        q('c.knowledge', 'textarea', {
          when: cApplies,
          required: true,
          maxLength: 3000,
          example: true,
        }),
        q('c.laws', 'textarea', { when: cApplies, required: true, maxLength: 2000, example: true }),
      ],
      'pages.c-knowledge',
    ),
    page(
      'c-heard',
      [
        q('c.heard', 'choice', {
          when: cApplies,
          options: yesNo,
          optionSet: 'yesNo',
          required: true,
          why: true,
        }),
        q('c.heardHow', 'textarea', {
          when: (a, c) => cApplies(a, c) && is('c.heard', 'ja')(a, c),
          required: true,
          maxLength: 3000,
          example: true,
        }),
        q('c.notHeardWhy', 'textarea', {
          when: (a, c) => cApplies(a, c) && is('c.heard', 'nej')(a, c),
          required: true,
          maxLength: 2000,
          example: true,
        }),
      ],
      'pages.c-heard',
    ),
    page(
      'c-consequences',
      [
        q('c.alternatives', 'textarea', {
          when: cApplies,
          required: true,
          maxLength: 3000,
          example: true,
          why: true,
        }),
        q('c.effect', 'choice', {
          when: cApplies,
          options: ['starks', 'forsvagas', 'paverkas-ej', 'blandat'],
          optionSet: 'rightsEffect',
          required: true,
        }),
        q('c.consequences', 'textarea', {
          when: cApplies,
          required: true,
          maxLength: 3000,
          example: true,
        }),
      ],
      'pages.c-consequences',
    ),
    page(
      'c-assessment',
      [
        q('c.bestInterest', 'textarea', {
          when: cApplies,
          required: true,
          maxLength: 3000,
          example: true,
        }),
        q('c.weight', 'textarea', {
          when: cApplies,
          required: true,
          maxLength: 2000,
          example: true,
          why: true,
        }),
        q('c.inLine', 'choice', {
          when: cApplies,
          options: ['ja', 'delvis', 'nej'],
          optionSet: 'inLine',
          required: true,
        }),
      ],
      'pages.c-assessment',
    ),
    page(
      'c-compensating',
      [
        q('c.reasonAgainst', 'textarea', {
          when: (a, c) => cApplies(a, c) && cNotInLine(a, c),
          required: true,
          maxLength: 2000,
        }),
        q('c.compensating', 'textarea', {
          when: (a, c) => cApplies(a, c) && cNotInLine(a, c),
          required: true,
          maxLength: 3000,
          example: true,
          why: true,
        }),
      ],
      'pages.c-compensating',
    ),
    page('c-feedback', [
      q('c.feedback', 'textarea', { when: cApplies, maxLength: 2000, example: true }),
    ]),
  ],
};

// ---- Part D: national minorities and the Sami -------------------------------------------

const dYes = is('d.affects', 'ja', 'vet-inte');
const partD: Section = {
  id: 'minoriteter',
  part: 'D',
  titleKey: 'sections.minoriteter',
  pages: [
    page('d-affects', [
      q('d.affects', 'choice', {
        options: yesNoUnknown,
        optionSet: 'yesNoUnknown',
        required: true,
        why: true,
      }),
    ]),
    page(
      'd-which',
      [
        q('d.minorities', 'multi', {
          when: dYes,
          options: ['judar', 'romer', 'samer', 'sverigefinnar', 'tornedalingar'],
          optionSet: 'minorities',
          required: true,
        }),
        q('d.languages', 'multi', {
          when: dYes,
          options: ['jiddisch', 'romani', 'samiska', 'finska', 'meankieli'],
          optionSet: 'languages',
        }),
        q('d.how', 'textarea', { when: dYes, required: true, maxLength: 3000, example: true }),
      ],
      'pages.d-which',
    ),
    page(
      'd-samrad',
      [
        q('d.samrad', 'choice', {
          when: dYes,
          options: ['ja', 'planerat', 'nej'],
          optionSet: 'samrad',
          required: true,
          why: true,
        }),
        q('d.samradDetails', 'textarea', {
          when: (a, c) => dYes(a, c) && is('d.samrad', 'ja', 'planerat')(a, c),
          required: true,
          maxLength: 3000,
          example: true,
        }),
        q('d.samradWhyNot', 'textarea', {
          when: (a, c) => dYes(a, c) && is('d.samrad', 'nej')(a, c),
          required: true,
          maxLength: 2000,
        }),
      ],
      'pages.d-samrad',
    ),
    page(
      'd-children',
      [
        q('d.culture', 'textarea', { when: dYes, maxLength: 2000, example: true, why: true }),
        q('d.childrenInfluence', 'textarea', { when: dYes, maxLength: 2000, example: true }),
      ],
      'pages.d-children',
    ),
    page(
      'd-admin',
      [
        q('d.adminRights', 'choice', {
          when: (_a, c) => c.adminLanguages.length > 0,
          // A kommun also owes förskola and äldreomsorg in the language; a region mainly the
          // language in contacts with it. The hint names the configured languages.
          contextHint: (c) => ({
            key:
              c.orgKind === 'kommun'
                ? 'd.adminRights.hintKommun'
                : c.orgKind === 'region'
                  ? 'd.adminRights.hintRegion'
                  : 'd.adminRights.hint',
            languages: c.adminLanguages,
          }),
          options: yesNoUnknown,
          optionSet: 'yesNoUnknown',
          required: true,
          why: true,
        }),
        q('d.adminRightsHow', 'textarea', {
          when: (a, c) =>
            c.adminLanguages.length > 0 && is('d.adminRights', 'ja', 'vet-inte')(a, c),
          required: true,
          maxLength: 2000,
        }),
      ],
      'pages.d-admin',
    ),
    page('d-sami', [
      q('d.samiSignificance', 'choice', {
        options: yesNoUnknown,
        optionSet: 'yesNoUnknown',
        required: true,
        why: true,
        example: true,
      }),
    ]),
    page(
      'd-consultation',
      [
        // Not required on purpose, so Continue never blocks an officer who has not consulted yet:
        // an unmet duty is a content shortfall with its own plain reasons (samiDuty, lag 2022:66),
        // and check-answers and the appendix read it as a legal duty, never as optional
        // (rules.ts `unansweredKind`).
        q('d.consultations', 'consultations', { when: is('d.samiSignificance', 'ja'), why: true }),
        q('d.consultationPlan', 'textarea', {
          when: (a, c) => is('d.samiSignificance', 'ja')(a, c) && samiDuty(a).kind === 'not-met',
          maxLength: 2000,
        }),
      ],
      'pages.d-consultation',
    ),
  ],
};

// ---- Part E: other grounds of discrimination ---------------------------------------------

const partE: Section = {
  id: 'jamlikhet',
  part: 'E',
  titleKey: 'sections.jamlikhet',
  optional: true,
  pages: [
    page('e-grounds', [
      q('e.grounds', 'multi', {
        options: [
          'kon',
          'konsoverskridande',
          'etnisk',
          'religion',
          'funktionsnedsattning',
          'sexuell-laggning',
          'alder',
        ],
        optionSet: 'grounds',
        why: true,
      }),
    ]),
    page(
      'e-how',
      [
        q('e.how', 'textarea', {
          when: nonEmpty('e.grounds'),
          required: true,
          maxLength: 3000,
          example: true,
        }),
        q('e.norms', 'multi', {
          when: nonEmpty('e.grounds'),
          options: ['mansnorm', 'cisnorm', 'heteronorm', 'funktionsnorm', 'vithetsnorm'],
          optionSet: 'norms',
          why: true,
        }),
      ],
      'pages.e-how',
    ),
  ],
};

// ---- Summary: the officer's concluding assessment ---------------------------------------------

const summary: Section = {
  id: 'sammanfattning',
  part: 'S',
  titleKey: 'sections.sammanfattning',
  pages: [
    page('s-conclusion', [
      q('s.conclusion', 'textarea', { required: true, maxLength: 3000, example: true, why: true }),
    ]),
  ],
};

export const sections: readonly Section[] = [
  partA,
  b1,
  b2,
  b3,
  b4,
  b5,
  partC,
  partD,
  partE,
  summary,
];

export const sectionById = new Map(sections.map((s) => [s.id, s]));

export const allPages: readonly { section: Section; page: Page }[] = sections.flatMap((section) =>
  section.pages.map((p) => ({ section, page: p })),
);

export const pageById = new Map(allPages.map((e) => [e.page.id, e]));

export const allQuestions: readonly Question[] = allPages.flatMap((e) => e.page.questions);

export const questionById = new Map(allQuestions.map((qq) => [qq.id, qq]));

/** The part each SKR step belongs to, in order; used by verdicts and the appendix. */
export const skrStepSectionIds = ['steg1', 'steg2', 'steg3', 'steg4', 'steg5'] as const;
export type SkrStepId = (typeof skrStepSectionIds)[number];
