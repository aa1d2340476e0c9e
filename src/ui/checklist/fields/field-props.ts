/** The contract every question field follows: one answer in, one answer out. */
import type { Question } from '../../../checklist/types';

export interface FieldProps<V> {
  question: Question;
  /** DOM id of the field; error summary links point here. */
  id: string;
  value: V;
  onChange: (value: V) => void;
  error?: string | undefined;
  /** The only question on its page: its label or legend is the page's h1. */
  asHeading: boolean;
  /** Open "Visa ett exempel" / "Varför frågar vi?" from the start (trainers' demo). */
  showHelpOpen?: boolean | undefined;
}

/** Join ids for aria-describedby, dropping the absent ones. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const list = ids.filter((x): x is string => typeof x === 'string' && x !== '');
  return list.length > 0 ? list.join(' ') : undefined;
}
