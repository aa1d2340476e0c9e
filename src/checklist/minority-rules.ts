/** Part D: national minorities and the Sami consultation duty (lag 2022:66). */
import { str } from './question-bank';
import { samiDuty } from './sami-duty';
import type { Answers, RuleContext } from './types';

/** Why a fully answered part D still falls short, as reason keys (namespace `rules`). */
export function minorityShortfalls(a: Answers, ctx: RuleContext): string[] {
  const out: string[] = [];
  const affected = ['ja', 'vet-inte'].includes(str(a, 'd.affects'));
  if (str(a, 'd.affects') === 'vet-inte') out.push('shortfall.dUnknown');
  // The förvaltningsområde question is only asked when the organisation is in one.
  if (ctx.adminLanguages.length > 0 && str(a, 'd.adminRights') === 'vet-inte') {
    out.push('shortfall.adminRightsUnknown');
  }
  const duty = samiDuty(a);
  if (duty.kind === 'unknown') out.push('shortfall.samiUnknown');
  if (duty.kind === 'not-met') out.push(...duty.reasons.map((r) => `shortfall.sami.${r}`));
  // d.samrad is only asked when the minorities are (or may be) affected; a hidden answer never counts.
  if (affected && str(a, 'd.samrad') === 'planerat') out.push('shortfall.samradPlanned');
  return out;
}

/**
 * True when the duty to consult Sametinget applies (lag 2022:66) and is not met: the case
 * cannot go to the meeting until Sametinget has been consulted. See `samiDuty`.
 */
export function samiConsultationMissing(a: Answers): boolean {
  return samiDuty(a).kind === 'not-met';
}

/**
 * The verdict comment's extra reason for Part D that does not make it fall short: why the
 * officer did not hold a samråd (5 §), in their own words. '' when not applicable.
 */
export function samradNotHeldReason(a: Answers): string {
  const shown = ['ja', 'vet-inte'].includes(str(a, 'd.affects')) && str(a, 'd.samrad') === 'nej';
  return shown ? str(a, 'd.samradWhyNot').trim() : '';
}
