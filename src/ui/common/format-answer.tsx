/** An answer as a reader sees it on "Kontrollera dina svar": option labels, lists, long dates. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useRuleContext } from '../../session/rule-context';
import { isRealIsoDate } from '../../checklist/dates';
import { isNationalGoal, orgGoalText } from '../../checklist/goals';
import { endSentence } from '../../checklist/sentences';
import { chosenOptions } from '../../checklist/question-bank';
import { isConsultationLogged, isMeasureFilled } from '../../checklist/rules';
import { consultationPartyText } from '../../checklist/sami-duty';
import { isOptionOf } from '../../checklist/options';
import type {
  AnswerValue,
  Consultation,
  GoalRef,
  Measure,
  Question,
  StatTable,
} from '../../checklist/types';
import { useListFormat } from './verdicts';

/**
 * "15 mars 2026" / "15 March 2026". A value that is not a real calendar date (a damaged case,
 * 2025-02-31) is shown as typed, never rolled over into another date.
 */
export function formatDate(iso: string, language: string): string {
  if (!isRealIsoDate(iso)) return iso;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'sv-SE', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

function Items({ items }: { items: ReactNode[] }) {
  if (items.length === 1) return <>{items[0]}</>;
  return (
    <ul>
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

const list = <T,>(v: AnswerValue | undefined): T[] => (Array.isArray(v) ? (v as T[]) : []);

export function FormattedAnswer({
  question,
  value,
}: {
  question: Question;
  value: AnswerValue | undefined;
}) {
  const { t, i18n } = useTranslation(['checklist', 'questions']);
  const { orgGoals } = useRuleContext();
  const listFormat = useListFormat();
  // Only the question's own options are translation keys; any other stored value is plain text.
  const option = (o: string) =>
    isOptionOf(question, o)
      ? t(`options.${question.optionSet ?? question.id}.${o}`, { ns: 'questions', defaultValue: o })
      : o;
  const dash = (s: string) => (s.trim() === '' ? t('check.blank') : s);

  switch (question.kind) {
    case 'choice':
      return <>{typeof value === 'string' ? option(value) : ''}</>;
    case 'multi':
      return <Items items={chosenOptions(question, { [question.id]: value }).map(option)} />;
    case 'text':
    case 'textarea':
      return <>{typeof value === 'string' ? value : ''}</>;
    case 'date':
      return <>{typeof value === 'string' ? formatDate(value, i18n.language) : ''}</>;
    case 'statistics': {
      const tables = list<StatTable>(value);
      const names = tables.map((tb) => tb.indicator.trim()).filter((n) => n !== '');
      return (
        <>
          {t('check.tables', { count: tables.length })}
          {names.length > 0 ? `: ${listFormat(names)}` : ''}
        </>
      );
    }
    case 'measures':
      return (
        <Items
          items={list<Measure>(value)
            .filter(isMeasureFilled)
            .map((m) =>
              t('check.measure', {
                // Each part ends its own sentence, so a measure typed with a full stop has one.
                measure: endSentence(m.measure),
                responsible: endSentence(m.responsible),
                when: endSentence(dash(m.when)),
                followUp: dash(m.followUp),
              }),
            )}
        />
      );
    case 'consultations': {
      const date = (d: string) => (d ? formatDate(d, i18n.language) : t('check.blank'));
      return (
        <Items
          items={list<Consultation>(value)
            .filter(isConsultationLogged)
            .map((c) => {
              const party = consultationPartyText(c, (p) =>
                t(`options.consultationParty.${p}`, { ns: 'questions' }),
              );
              if (c.reply === 'avstar') {
                return t('check.consultationDeclined', { party, requested: date(c.requested) });
              }
              return t('check.consultation', {
                party,
                requested: date(c.requested),
                date: date(c.date),
                form: c.form
                  ? t(`options.consultationForm.${c.form}`, { ns: 'questions' })
                  : t('check.blank'),
                outcome: c.outcome
                  ? t(`options.consultationOutcome.${c.outcome}`, { ns: 'questions' })
                  : t('check.blank'),
                notes: dash(c.notes),
              });
            })}
        />
      );
    }
    case 'goals':
      return (
        <Items
          items={list<GoalRef>(value).map((g) =>
            t((g.comment ?? '').trim() ? 'check.goalWithComment' : 'check.goalNoComment', {
              goal: isNationalGoal(g)
                ? t(`options.goals.${g.id}`, { ns: 'questions' })
                : orgGoalText(g, orgGoals, i18n.language),
              comment: (g.comment ?? '').trim(),
            }),
          )}
        />
      );
  }
}
