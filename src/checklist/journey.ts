/**
 * Journey navigation: the order of the pages the officer walks through, where Continue, Back and
 * a task-list link lead, which statuses count as done and the progress over the sections.
 * Pure; the screens turn a target into a URL and render it.
 */
import { missingInSection, visiblePages } from './answered';
import { quickRoadAllNo } from './bank/quick-road';
import { pageById, quickRoadSection, sections } from './question-bank';
import { sectionStatus } from './step-rules';
import type { SectionStatus } from './step-rules';
import type { Answers, Page, RuleContext, Section } from './types';

/** A change made from a check page: Continue leads back there (`null`: the whole case's). */
export interface CheckReturn {
  sectionId: string | null;
}

/** Where a link of the journey leads. */
export type JourneyTarget =
  | { kind: 'page'; pageId: string; returnTo: CheckReturn | null }
  | { kind: 'check'; sectionId: string | null }
  | { kind: 'tasks' };

/** The whole journey: every visible page of every section, in order. */
export function journey(a: Answers, ctx: RuleContext): { sectionId: string; pageId: string }[] {
  return sections.flatMap((s) =>
    visiblePages(s, a, ctx).map((p) => ({ sectionId: s.id, pageId: p.id })),
  );
}

/** The page and its section when the page is shown for these answers, else null. */
export function shownPage(
  pageId: string,
  a: Answers,
  ctx: RuleContext,
): { section: Section; page: Page } | null {
  const entry = pageById.get(pageId);
  if (!entry || !visiblePages(entry.section, a, ctx).some((p) => p.id === pageId)) return null;
  return entry;
}

/**
 * Where Continue leads: the next page, or the section's check page after the last one.
 * Coming from a check page (`returnTo`), it leads back there, unless the change opened
 * pages that were not shown before and still need answers (Nej on step 1 asks for a
 * reason): those are asked first, still carrying `returnTo`.
 */
export function continueTarget(
  section: Section,
  pageId: string,
  returnTo: CheckReturn | null,
  answers: Answers,
  ctx: RuleContext,
  /** The answers when the page was opened. */
  before: Answers = answers,
): JourneyTarget {
  if (section.id === quickRoadSection.id) return quickRoadTarget(answers, ctx);
  const pages = visiblePages(section, answers, ctx);
  const later = pages.slice(pages.findIndex((p) => p.id === pageId) + 1);
  if (returnTo) {
    const shownBefore = new Set(visiblePages(section, before, ctx).map((p) => p.id));
    const missing = new Set(missingInSection(section, answers, ctx).map((m) => m.pageId));
    const opened = later.find((p) => !shownBefore.has(p.id) && missing.has(p.id));
    return opened
      ? { kind: 'page', pageId: opened.id, returnTo }
      : { kind: 'check', sectionId: returnTo.sectionId };
  }
  const next = later[0];
  return next
    ? { kind: 'page', pageId: next.id, returnTo: null }
    : { kind: 'check', sectionId: section.id };
}

/** The gates of the one-page road, with the page each is asked on in the ordinary road. */
const quickRoadGates = [
  ['b1.affects', 'b1-affects'],
  ['c.affects', 'c-affects'],
  ['d.affects', 'd-affects'],
  ['d.samiSignificance', 'd-sami'],
] as const;

/**
 * Where Continue on the one-page road leads: with every gate "Nej", to the whole case's check
 * page (then the preview); with any "Ja" or "Vet inte", into the ordinary road where the first
 * such gate leads (its next page), every answer given on the page kept.
 */
export function quickRoadTarget(answers: Answers, ctx: RuleContext): JourneyTarget {
  const open = quickRoadGates.find(([id]) => answers[id] !== 'nej');
  const entry = open ? pageById.get(open[1]) : undefined;
  if (quickRoadAllNo(answers, ctx) || !entry) return { kind: 'check', sectionId: null };
  return continueTarget(entry.section, entry.page.id, null, answers, ctx);
}

/**
 * Whether the task list offers the one-page road: none of its gates says the case affects
 * women and men, children or the minorities (or may: "Vet inte").
 */
export function quickRoadOffered(answers: Answers): boolean {
  return quickRoadGates.every(([id]) => {
    const v = answers[id];
    return v === undefined || v === '' || v === 'nej';
  });
}

/**
 * "Fortsätt till nästa del" on a section's check page: the next section that has pages to
 * show, where its task-list link leads (its first page, the first missing one, or its check
 * page when done); after the last section, the whole case's check page.
 */
export function nextSectionTarget(
  sectionId: string,
  answers: Answers,
  ctx: RuleContext,
): JourneyTarget {
  const i = sections.findIndex((s) => s.id === sectionId);
  for (const next of sections.slice(i + 1)) {
    const entry = sectionEntry(next, sectionStatus(next, answers, ctx), answers, ctx);
    if (entry) return entry;
  }
  return { kind: 'check', sectionId: null };
}

/** Where Back leads: the check page it came from, the previous shown page, or the task list. */
export function backTarget(
  section: Section,
  pageId: string,
  returnTo: CheckReturn | null,
  answers: Answers,
  ctx: RuleContext,
): JourneyTarget {
  if (returnTo) return { kind: 'check', sectionId: returnTo.sectionId };
  const pages = visiblePages(section, answers, ctx);
  const i = pages.findIndex((p) => p.id === pageId);
  const previous = i > 0 ? pages[i - 1] : undefined;
  return previous ? { kind: 'page', pageId: previous.id, returnTo: null } : { kind: 'tasks' };
}

const doneKinds: ReadonlySet<SectionStatus['kind']> = new Set([
  'complete',
  'needs-completion',
  'not-applicable',
]);

/**
 * Whether a section counts as done on the task list: every question answered (it may still fall
 * short of the criterion: that is the verdict's business) or not applicable.
 */
export function isSectionDone(status: SectionStatus): boolean {
  return doneKinds.has(status.kind);
}

/**
 * Where a section's task-list link leads: its check page when done, its first missing page while
 * in progress, else its first page; null when none of its pages is shown (steps 2-5 after No on
 * step 1).
 */
export function sectionEntry(
  section: Section,
  status: SectionStatus,
  answers: Answers,
  ctx: RuleContext,
): JourneyTarget | null {
  const first = visiblePages(section, answers, ctx)[0];
  if (!first) return null;
  if (isSectionDone(status)) return { kind: 'check', sectionId: section.id };
  const missing = status.kind === 'in-progress' ? missingInSection(section, answers, ctx)[0] : null;
  return { kind: 'page', pageId: missing ? missing.pageId : first.id, returnTo: null };
}

/** Progress on the task list: done sections of those that count (optional ones do not). */
export function progress(statuses: readonly { id: string; status: SectionStatus }[]): {
  done: number;
  total: number;
} {
  const statusOf = new Map(statuses.map((s) => [s.id, s.status]));
  const counted = sections.filter((s) => !s.optional);
  const done = counted.filter((s) => {
    const status = statusOf.get(s.id);
    return status ? isSectionDone(status) : false;
  });
  return { done: done.length, total: counted.length };
}
