/**
 * The Sami consultation duty (lag 2022:66 om konsultation i frågor som rör det samiska folket),
 * as one pure judgement that every screen, the appendix and the summary texts read: the rules'
 * minority verdict, the consultation page, check-answers, the review screen, the case list.
 *
 * - The duty is triggered when the officer says the case can have particular significance for
 *   the Sami (`d.samiSignificance` = "ja"). "Vet inte ännu" is not an answer: contact Sametinget.
 * - It binds regions and municipalities for decisions from 2024-03-01, judged by the meeting date
 *   (`a.meetingDate`), else the decision date (`a.date`); an older decision is outside it.
 * - Only a consultation with Sametinget meets it. A sameby or Sami organisation is consulted in
 *   addition, so a log with only them leaves the duty unmet. Sametinget may decline, once it has
 *   been informed: that is a recorded outcome that meets the duty.
 * - A held consultation needs its date, form, outcome and what came out of it. One still running
 *   ("pågående") at the decision, or dated after the meeting, does not meet the duty.
 * - Only visible consultations count: the log is shown only when the answer is "ja".
 *
 * Pure: no React, no browser APIs, and no import from the question bank (which uses this).
 */
import type { Answers, Consultation, ConsultationParty } from './types';

/** The day lag (2022:66) started to apply to regions and municipalities. */
export const SAMI_DUTY_FROM = '2024-03-01';

export type SamiDutyReason =
  /** Nothing is logged at all. */
  | 'none'
  /** Consultations are logged, but only with a sameby or a Sami organisation. */
  | 'onlyOthers'
  /** Sametinget has been asked but has not replied yet. */
  | 'noReply'
  /** Sametinget has asked for consultation, but it has not been held yet. */
  | 'notHeld'
  /** The consultation with Sametinget is still running. */
  | 'ongoing'
  /** The consultation with Sametinget is dated after the meeting. */
  | 'afterMeeting'
  /** The consultation with Sametinget lacks its date, form, outcome or what came out of it. */
  | 'incomplete';

export type SamiDuty =
  /** The officer says No, or has not answered the question yet. */
  | { kind: 'not-triggered' }
  /** "Vet inte ännu": not assessed; the officer should contact Sametinget. */
  | { kind: 'unknown' }
  /** The decision falls before 2024-03-01; `date` is the date it was judged by. */
  | { kind: 'before-law'; date: string }
  /** `declined`: Sametinget was informed and declined consultation. */
  | { kind: 'met'; declined: boolean }
  | { kind: 'not-met'; reasons: SamiDutyReason[] };

const str = (a: Answers, id: string): string => {
  const v = a[id];
  return typeof v === 'string' ? v : '';
};

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** The date the decision is judged by: the meeting date, else the decision date; '' when neither. */
export function decisionDate(a: Answers): string {
  const meeting = str(a, 'a.meetingDate');
  if (isoDate.test(meeting)) return meeting;
  const date = str(a, 'a.date');
  return isoDate.test(date) ? date : '';
}

/** A row the officer has started: a party (or the old free text) and at least one date. */
export function isConsultationLogged(c: Consultation): boolean {
  const party = c.party !== '' || (c.legacy?.parties.trim() ?? '') !== '';
  return party && (c.requested !== '' || c.date !== '');
}

/** The consultations that count: the log as shown (only when the Sami question is "ja"), started rows. */
export function visibleConsultations(a: Answers): Consultation[] {
  if (str(a, 'd.samiSignificance') !== 'ja') return [];
  const v = a['d.consultations'];
  return (Array.isArray(v) ? (v as Consultation[]) : []).filter(isConsultationLogged);
}

/** Whether Sametinget declined this consultation (the reply, as recorded). */
export function isDeclined(c: Consultation): boolean {
  return c.reply === 'avstar';
}

/** Why one consultation with Sametinget does not meet the duty; empty when it does. */
export function consultationShortfalls(c: Consultation, meetingDate: string): SamiDutyReason[] {
  const after = (d: string) => meetingDate !== '' && d !== '' && d > meetingDate;
  if (isDeclined(c)) {
    if (c.requested === '') return ['incomplete'];
    return after(c.requested) ? ['afterMeeting'] : [];
  }
  const held = c.date !== '' || c.outcome !== '' || c.form !== '' || c.notes.trim() !== '';
  if (!held) return [c.reply === 'begar' ? 'notHeld' : 'noReply'];
  if (c.outcome === 'pagaende') return ['ongoing'];
  const out: SamiDutyReason[] = [];
  if (c.date === '' || c.form === '' || c.outcome === '' || c.notes.trim() === '') {
    out.push('incomplete');
  }
  if (after(c.date)) out.push('afterMeeting');
  return out;
}

export function samiDuty(a: Answers): SamiDuty {
  const significance = str(a, 'd.samiSignificance');
  if (significance !== 'ja' && significance !== 'vet-inte') return { kind: 'not-triggered' };
  const date = decisionDate(a);
  if (date !== '' && date < SAMI_DUTY_FROM) return { kind: 'before-law', date };
  if (significance === 'vet-inte') return { kind: 'unknown' };

  const logged = visibleConsultations(a);
  const withSametinget = logged.filter((c) => c.party === 'sametinget');
  if (withSametinget.length === 0) {
    return { kind: 'not-met', reasons: [logged.length > 0 ? 'onlyOthers' : 'none'] };
  }
  const meeting = isoDate.test(str(a, 'a.meetingDate')) ? str(a, 'a.meetingDate') : '';
  // One consultation with Sametinget that meets the duty is enough; otherwise say why none does.
  const judged = withSametinget.map((c) => ({ c, reasons: consultationShortfalls(c, meeting) }));
  const ok = judged.find((j) => j.reasons.length === 0);
  if (ok) return { kind: 'met', declined: isDeclined(ok.c) };
  const reasons = [...new Set(judged.flatMap((j) => j.reasons))];
  return { kind: 'not-met', reasons };
}

/**
 * A consultation's party as a reader sees it: "Sametinget", "Sameby: Vilhelmina norra sameby".
 * A migrated row without a party shows its old free text. `label` names a party kind.
 */
export function consultationPartyText(
  c: Consultation,
  label: (party: ConsultationParty) => string,
): string {
  if (c.party === '') return c.legacy?.parties.trim() ?? '';
  const name = c.partyName.trim();
  return c.party !== 'sametinget' && name ? `${label(c.party)}: ${name}` : label(c.party);
}
