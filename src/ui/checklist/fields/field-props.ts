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
  /**
   * Where a long text field writes what is typed, written later (after a pause); without it
   * every keystroke goes to `onChange`.
   */
  typing?: Typing<V> | undefined;
}

/** A deferred writer of typed answers (the case store's setAnswerSoon / flushPending). */
export interface Typing<V> {
  write(value: V): void;
  /** Write what waits, now. */
  flush(): void;
  /** Whether typed text of this field waits to be written. */
  pending(): boolean;
}

/** Join ids for aria-describedby, dropping the absent ones. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const list = ids.filter((x): x is string => typeof x === 'string' && x !== '');
  return list.length > 0 ? list.join(' ') : undefined;
}
