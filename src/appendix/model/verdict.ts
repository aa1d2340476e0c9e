/**
 * The verdict of the appendix in words: a row of the verdict table per step and part, the
 * overall sentences (SKR, Barnombudsmannen, minorities), the Sami duty, status lines.
 */
import type { CaseSummary, PartVerdict, StepOutcome } from '../../checklist/rules';
import type { SamiDuty } from '../../checklist/sami-duty';
import { xmlSafe } from '../sanitize';
import { tx } from './text';
import type { Block, OrgOptions, RowStatus, Translate, VerdictRow } from './types';

export function statusText(t: Translate, status: RowStatus): string {
  return tx(t, `appendix:status.${status}`);
}

export function reasonsText(t: Translate, reasons: readonly string[]): string {
  return reasons.map((r) => tx(t, `rules:${r}`)).join(tx(t, 'appendix:verdict.reasonsJoin'));
}

export function rowFromOutcome(
  t: Translate,
  id: string,
  outcome: StepOutcome | PartVerdict,
): VerdictRow {
  const label = tx(t, `appendix:rows.${id}`);
  switch (outcome.kind) {
    case 'met':
      return { id, label, status: 'met', statusText: statusText(t, 'met'), comment: '' };
    case 'not-met': {
      // The officer's stated reason (step 4) is shown after the shortfall it does not excuse.
      const stated =
        'statedReason' in outcome && outcome.statedReason
          ? tx(t, 'appendix:verdict.statedReason', { reason: xmlSafe(outcome.statedReason) })
          : '';
      return {
        id,
        label,
        status: 'not-met',
        statusText: statusText(t, 'not-met'),
        comment: [reasonsText(t, outcome.reasons), stated].filter((x) => x !== '').join(' '),
      };
    }
    case 'not-applicable':
      return {
        id,
        label,
        status: 'not-applicable',
        statusText: statusText(t, 'not-applicable'),
        comment: xmlSafe(outcome.reason),
      };
    case 'optional-empty':
      return {
        id,
        label,
        status: 'optional-empty',
        statusText: statusText(t, 'optional-empty'),
        comment: '',
      };
  }
}

/** Part D's row; a samråd not held (5 §) shows the officer's reason in the comment. */
export function minorityRow(t: Translate, summary: CaseSummary, samradReason: string): VerdictRow {
  const row = rowFromOutcome(t, 'minoriteter', summary.minorities);
  if (!samradReason || row.status === 'not-applicable') return row;
  const extra = tx(t, 'appendix:verdict.samradNotHeld', { reason: xmlSafe(samradReason) });
  return {
    ...row,
    comment: row.comment ? `${row.comment}${tx(t, 'appendix:verdict.reasonsJoin')}${extra}` : extra,
  };
}

export function appendixLabel(raw: string, t: Translate, org?: OrgOptions): string {
  const n = raw.trim();
  if (n === '') return tx(t, 'appendix:labelNoNumber');
  if (/^\d+[a-z]?$/i.test(n)) {
    return org?.labelFormat
      ? xmlSafe(org.labelFormat.replace(/\{n\}/g, n))
      : tx(t, 'appendix:label', { n });
  }
  return xmlSafe(n);
}

/**
 * The Sami consultation duty in words for the appendix: the warning (with its reasons) when it
 * applies and is not met, a note when the decision is older than the law; null otherwise.
 */
export function samiDutyText(
  duty: SamiDuty,
  t: Translate,
): { text: string; warning: boolean } | null {
  switch (duty.kind) {
    case 'not-met':
      return {
        text: [
          tx(t, 'appendix:sami.warning'),
          ...duty.reasons.map((r) => tx(t, `rules:shortfall.sami.${r}`)),
        ].join(' '),
        warning: true,
      };
    case 'before-law':
      return {
        text: tx(t, 'appendix:sami.beforeLaw', { date: xmlSafe(duty.date) }),
        warning: false,
      };
    default:
      return null;
  }
}

export function statusParagraph(row: VerdictRow, t: Translate): Block {
  const text = row.comment
    ? tx(t, 'appendix:statusLineReason', { status: row.statusText, reason: row.comment })
    : tx(t, 'appendix:statusLine', { status: row.statusText });
  return { kind: 'paragraph', text, tone: 'status' };
}

// ---- verdict sentences -------------------------------------------------------------------

function joinSteps(t: Translate, steps: number[]): string {
  const names = steps.map((n) => t('appendix:gender.stepName', { n }));
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')}${t('appendix:gender.and')}${names[names.length - 1]}`;
}

export function genderSentence(s: CaseSummary, t: Translate): string {
  switch (s.gender.kind) {
    case 'sufficient':
      return tx(t, 'appendix:gender.sufficient');
    case 'not-applicable':
      return tx(t, 'appendix:gender.notApplicable', { reason: xmlSafe(s.gender.reason) });
    case 'needs-completion':
      return tx(
        t,
        s.gender.steps.length === 1
          ? 'appendix:gender.needsCompletionOne'
          : 'appendix:gender.needsCompletion',
        {
          steps: joinSteps(t, s.gender.steps),
        },
      );
  }
}

export function childSentence(s: CaseSummary, t: Translate): string {
  switch (s.child.kind) {
    case 'met':
      return tx(t, 'appendix:child.met');
    case 'not-applicable':
      return tx(t, 'appendix:child.notApplicable', { reason: xmlSafe(s.child.reason) });
    default:
      return tx(t, 'appendix:child.notMet');
  }
}

export function minoritiesSentence(s: CaseSummary, t: Translate): string {
  return tx(
    t,
    s.minorities.kind === 'met' || s.minorities.kind === 'not-applicable'
      ? 'appendix:minorities.met'
      : 'appendix:minorities.notMet',
  );
}
