/** Translating and sanitising helpers shared by the parts of the appendix model. */
import { isOptionOf } from '../../checklist/options';
import type { Question } from '../../checklist/types';
import { xmlSafe } from '../sanitize';
import type { Translate } from './types';

/** Translate and sanitise; keys missing in the bundle come back as the key itself (i18next). */
export function tx(t: Translate, key: string, params?: Record<string, unknown>): string {
  return xmlSafe(t(key, params));
}

/**
 * An option's label. Only a value that is one of the question's options is
 * looked up; any other value (from a hand-made file) is plain text, never a
 * translation key (i18next would evaluate `$t(…)` or an `ns:` prefix in it).
 */
export function optionLabel(
  t: Translate,
  q: Pick<Question, 'id' | 'optionSet' | 'options'> | undefined,
  value: string,
): string {
  const set = q?.optionSet;
  if (!set || !isOptionOf(q, value)) return xmlSafe(value);
  const key = `questions:options.${set}.${value}`;
  const label = t(key);
  return xmlSafe(label === key || label === `options.${set}.${value}` ? value : label);
}

export function sanitizeParams(params: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, xmlSafe(v)]));
}
