/**
 * Journey navigation: the order of the pages the officer walks through and where each link
 * leads. Pure; the screens turn a target into a URL.
 */
import { visiblePages } from './answered';
import { sectionById, sections } from './question-bank';
import type { Answers, RuleContext } from './types';

/** The whole journey: every visible page of every section, in order. */
export function journey(a: Answers, ctx: RuleContext): { sectionId: string; pageId: string }[] {
  return sections.flatMap((s) =>
    visiblePages(s, a, ctx).map((p) => ({ sectionId: s.id, pageId: p.id })),
  );
}

export function previousPageId(
  sectionId: string,
  pageId: string,
  a: Answers,
  ctx: RuleContext,
): string | null {
  const section = sectionById.get(sectionId);
  if (!section) return null;
  const pages = visiblePages(section, a, ctx);
  const i = pages.findIndex((p) => p.id === pageId);
  return i > 0 ? (pages[i - 1]?.id ?? null) : null;
}
