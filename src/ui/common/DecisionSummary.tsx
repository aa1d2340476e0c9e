/** A recorded decision as a short summary list: outcome, what an återremiss names, date, §. */
import { useTranslation } from 'react-i18next';
import type { Decision } from '../../checklist/decision';

export function DecisionSummary({ decision }: { decision: Decision }) {
  const { t } = useTranslation(['followup']);
  const notGiven = t('decision.notGiven');
  const sentBack = [
    ...decision.steps.map((n) => t('decision.step', { n })),
    ...decision.parts.map((p) => t(`decision.parts.${p}`)),
  ].join(', ');
  const rows: [string, string][] = [
    [t('decision.outcome'), t(`decision.outcomes.${decision.outcome}`)],
    ...(decision.outcome === 'aterremiss'
      ? ([[t('decision.sentBackFor'), sentBack || notGiven]] as [string, string][])
      : []),
    [t('decision.date'), decision.date || notGiven],
    [t('decision.paragraph'), decision.paragraph || notGiven],
  ];
  return (
    <dl className="summary-list decision-summary">
      {rows.map(([label, value]) => (
        <div className="summary-list__row" key={label}>
          <dt className="summary-list__key">{label}</dt>
          <dd className="summary-list__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
