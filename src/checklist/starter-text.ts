/**
 * Starting texts the app offers for a long answer, computed from the other answers: the
 * sentences on the statistics tables for "Vad visar statistiken?" (step 2) and the follow-up of
 * the proposed measures for the follow-up of step 5. Pure; the officer decides whether to use
 * them, and the question page only ever adds them after what she has typed.
 */
import { isMeasureFilled } from './answered';
import { list } from './bank/helpers';
import { endSentence } from './sentences';
import { effectiveSentence } from './statistics/sentence';
import type { Lng, Translate } from './statistics/format';
import type { Answers, Measure, StarterKind, StatTable } from './types';

function statisticsStarter(a: Answers, t: Translate, lng: Lng): string {
  return list<StatTable>(a, 'b2.tables')
    .map((table) => {
      const sentence = effectiveSentence(table, t, lng).trim();
      if (sentence === '') return '';
      const indicator = table.indicator.trim();
      return indicator
        ? t('stats:starter.table', { indicator: indicator.replace(/[.:]+$/u, ''), sentence })
        : sentence;
    })
    .filter(Boolean)
    .join('\n\n');
}

function followUpStarter(a: Answers, t: Translate): string {
  return list<Measure>(a, 'b4.measures')
    .filter((m) => isMeasureFilled(m) && m.followUp.trim() !== '')
    .map((m) =>
      t('checklist:starter.followUpLine', {
        measure: endSentence(m.measure),
        followUp: endSentence(m.followUp),
      }),
    )
    .join('\n');
}

/**
 * The one answer each starting text is computed from: a screen subscribes to that answer only,
 * so that typing elsewhere on the page does not recompute the statistics sentences.
 */
export const starterSource: Readonly<Record<StarterKind, string>> = {
  statistics: 'b2.tables',
  measuresFollowUp: 'b4.measures',
};

/** The starting text of a question, or '' when there is nothing to offer yet. */
export function starterText(kind: StarterKind, a: Answers, t: Translate, lng: Lng): string {
  switch (kind) {
    case 'statistics':
      return statisticsStarter(a, t, lng);
    case 'measuresFollowUp':
      return followUpStarter(a, t);
  }
}

/**
 * The answer with the starting text added: the starter alone when nothing is typed, otherwise
 * after the typed text, on a paragraph of its own. Typed text is never replaced.
 */
export function withStarter(value: string, starter: string): string {
  const typed = value.replace(/\s+$/u, '');
  return typed === '' ? starter : `${typed}\n\n${starter}`;
}

/** Whether the answer already holds the starting text (then it is not offered again). */
export const holdsStarter = (value: string, starter: string): boolean =>
  starter.trim() !== '' && value.includes(starter.trim());
