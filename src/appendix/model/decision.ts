/**
 * The committee's decision as the appendix prints it (a short section at the end), when it has
 * been recorded: the outcome, what an återremiss sends back for, the date and the paragraph.
 */
import type { Decision } from '../../checklist/decision';
import { xmlSafe } from '../sanitize';
import { tx } from './text';
import type { Translate } from './types';

export interface DecisionSection {
  heading: string;
  fields: { label: string; value: string }[];
}

/** What an återremiss names, in words: "Steg 2, Steg 4, Barnrätt (del C)"; '' when nothing. */
export function sentBackForText(d: Pick<Decision, 'steps' | 'parts'>, t: Translate): string {
  return [
    ...d.steps.map((n) => tx(t, 'followup:decision.step', { n })),
    ...d.parts.map((p) => tx(t, `followup:decision.parts.${p}`)),
  ].join(', ');
}

export function decisionSection(d: Decision | undefined, t: Translate): DecisionSection | null {
  if (!d) return null;
  const notGiven = tx(t, 'followup:decision.notGiven');
  const fields = [
    {
      label: tx(t, 'followup:decision.outcome'),
      value: tx(t, `followup:decision.outcomes.${d.outcome}`),
    },
  ];
  if (d.outcome === 'aterremiss') {
    fields.push({
      label: tx(t, 'followup:decision.sentBackFor'),
      value: sentBackForText(d, t) || notGiven,
    });
  }
  fields.push(
    { label: tx(t, 'followup:decision.date'), value: d.date || notGiven },
    { label: tx(t, 'followup:decision.paragraph'), value: xmlSafe(d.paragraph) || notGiven },
  );
  return { heading: tx(t, 'followup:decision.heading'), fields };
}
