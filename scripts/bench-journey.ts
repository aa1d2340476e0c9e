/**
 * Screens and interactions of two scripted journeys, driven headlessly through the journey
 * module (src/checklist/journey.ts) the screens use, not through a browser:
 *   - full: the largest example (ungdomsmottagning.sv) typed in from a new case;
 *   - trivial: a case where step 1, Part C and Part D are all "Nej" (delegationsordning.sv),
 *     on the one-page road ("snabbväg");
 *   - Part C alone of far-niva1.sv (children affected indirectly, a little) on the full and on
 *     the short child-rights road.
 * A screen is a distinct screen shown (case list, task list, a question page, a check page,
 * the preview); an interaction is a click or a field filled: one per choice, text or date,
 * one per ticked option, per statistics table, per filled part of a measure or consultation
 * row, plus every button or link that moves on (the export is the last). Printed by
 * `npm run bench` (part "journey"), never enforced.
 *
 *   npx tsx scripts/bench-journey.ts
 */
import { readFileSync } from 'node:fs';
import { isAnswered, visibleQuestions } from '../src/checklist/answered';
import { continueTarget, nextSectionTarget, shownPage } from '../src/checklist/journey';
import type { JourneyTarget } from '../src/checklist/journey';
import { chosenOptions, list, pageById, quickRoadSection } from '../src/checklist/question-bank';
import type { Answers, Question, RuleContext } from '../src/checklist/types';
import { parseCaseText } from '../src/format/case-envelope';
import { parseConfig, ruleContextFrom } from '../src/config/config-schema';

const ctx: RuleContext = ruleContextFrom(
  parseConfig(JSON.parse(readFileSync('public/config.json', 'utf8'))).config,
);

function example(file: string): Answers {
  const r = parseCaseText(readFileSync(`public/examples/${file}`, 'utf8'));
  if (r.status !== 'ok') throw new Error(`${file} does not decode`);
  return r.case.answers;
}

/** The clicks and keystroke runs to fill one question as it stands in the answers. */
function fillCost(q: Question, a: Answers): number {
  if (!isAnswered(q, a)) return 0;
  switch (q.kind) {
    case 'multi':
      return chosenOptions(q, a).filter((o) => !(q.fixedOptions ?? []).includes(o)).length;
    case 'goals':
      return list(a, q.id).length;
    case 'statistics':
      return list(a, q.id).length;
    case 'measures':
      return list(a, q.id).length * 5;
    case 'consultations':
      return list(a, q.id).length * 7;
    default:
      return 1;
  }
}

interface Walk {
  screens: Set<string>;
  /** Screens shown, a screen shown again counted again. */
  views: number;
  interactions: number;
}

/**
 * The ordinary road as the screens lead it: the task list once, each section's link from there
 * only for the first, then every shown page, the section's check page and its "Fortsätt till
 * nästa del" (journey.ts nextSectionTarget) to the next section; after the last, the whole
 * case's check page, the preview and the download.
 */
function walkOrdinary(all: Answers): Walk {
  // The answers as typed so far: where the screens lead depends on them, not on the finished case.
  const a: Answers = {};
  const screens = new Set<string>(['cases', 'tasks']);
  let views = 2;
  let interactions = 2; // "Nytt ärende", then the first section's link on the task list
  let target: JourneyTarget = { kind: 'page', pageId: 'a-arende', returnTo: null };
  for (
    let guard = 0;
    guard < 200 && !(target.kind === 'check' && target.sectionId === null);
    guard++
  ) {
    if (target.kind === 'page') {
      const entry = pageById.get(target.pageId);
      for (const q of entry?.page.questions ?? []) if (all[q.id] !== undefined) a[q.id] = all[q.id];
      const shown = shownPage(target.pageId, a, ctx);
      if (!shown) throw new Error(`page ${target.pageId} is not shown`);
      screens.add(`page:${target.pageId}`);
      views += 1;
      interactions +=
        visibleQuestions(shown.page, a, ctx).reduce((n, q) => n + fillCost(q, a), 0) + 1;
      target = continueTarget(shown.section, target.pageId, null, a, ctx);
    } else if (target.kind === 'check' && target.sectionId !== null) {
      screens.add(`check:${target.sectionId}`);
      views += 1;
      interactions += 1; // "Fortsätt till nästa del"
      target = nextSectionTarget(target.sectionId, a, ctx);
    } else {
      throw new Error('the walk reached the task list');
    }
  }
  screens.add('check:all');
  screens.add('preview');
  interactions += 2; // to the preview, download
  return { screens, views: views + 2, interactions };
}

/** The one-page road: the task list's "Snabbväg" link, the page, check answers, preview, download. */
function walkQuick(a: Answers): Walk {
  const page = quickRoadSection.pages[0]!;
  const target = continueTarget(quickRoadSection, page.id, null, a, ctx);
  if (target.kind !== 'check' || target.sectionId !== null) throw new Error('not a trivial case');
  const fill = visibleQuestions(page, a, ctx).reduce((n, q) => n + fillCost(q, a), 0);
  return {
    screens: new Set(['cases', 'tasks', `page:${page.id}`, 'check:all', 'preview']),
    views: 5,
    interactions: 1 + 1 + fill + 1 + 1 + 1,
  };
}

/** Screens of Part C alone. */
const partCScreens = (w: Walk) =>
  [...w.screens].filter((s) => /^page:c-|^check:barn$/.test(s)).length;

const print = (name: string, w: Walk) => {
  console.log(`journey-${name}-screens: ${w.screens.size}`);
  console.log(`journey-${name}-views: ${w.views}`);
  console.log(`journey-${name}-interactions: ${w.interactions}`);
};
print('full', walkOrdinary(example('ungdomsmottagning.sv.json')));
print('trivial', walkQuick(example('delegationsordning.sv.json')));
const farFull = walkOrdinary({ ...example('far-niva1.sv.json'), 'c.road': 'full' });
const farShort = walkOrdinary({ ...example('far-niva1.sv.json'), 'c.road': 'kort' });
console.log(`journey-childFull-partC-screens: ${partCScreens(farFull)}`);
console.log(`journey-childShort-partC-screens: ${partCScreens(farShort)}`);
