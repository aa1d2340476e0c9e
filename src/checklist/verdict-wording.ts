/**
 * Which translation (namespace `rules`) words a verdict: the one mapping the screens use, so a
 * test of the wording reads the same keys the user sees.
 */
import type { GenderVerdict, PartVerdict } from './rules';

export type VerdictPart = 'child' | 'minorities' | 'otherGrounds';

const genderKind: Record<GenderVerdict['kind'], string> = {
  sufficient: 'sufficient',
  'needs-completion': 'needsCompletion',
  'not-applicable': 'notApplicable',
};

const partKind: Record<PartVerdict['kind'], string> = {
  met: 'met',
  'not-met': 'notMet',
  'not-applicable': 'notApplicable',
  'optional-empty': 'optionalEmpty',
};

/** `verdict.gender.sufficient` and so on; the needs-completion wording takes `{{steps}}`. */
export function genderVerdictKey(v: Pick<GenderVerdict, 'kind'>): string {
  return `verdict.gender.${genderKind[v.kind]}`;
}

/** `verdict.child.met`, `verdict.minorities.notMet` and so on. */
export function partVerdictKey(part: VerdictPart, v: Pick<PartVerdict, 'kind'>): string {
  return `verdict.${part}.${partKind[v.kind]}`;
}
