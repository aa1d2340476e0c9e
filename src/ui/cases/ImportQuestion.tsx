/** "A case with this id exists": Replace / Save as a copy / Cancel. */
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { caseTitle } from '../../checklist/question-bank';
import { Notice } from '../common/Notice';
import { displayTitle, lineText } from './case-list-text';
import type { ImportState } from './import-flow';

export function ImportQuestion({
  asking,
  headingRef,
  onAnswer,
}: {
  asking: Extract<ImportState, { kind: 'asking' }>;
  headingRef: Ref<HTMLHeadingElement>;
  onAnswer: (choice: 'replace' | 'copy' | 'cancel') => void;
}) {
  const { t } = useTranslation(['cases', 'storage']);
  const only = asking.cases.length === 1 ? asking.cases[0] : undefined;
  return (
    <Notice
      variant="warning"
      heading={t('ask.heading')}
      headingId="ask-heading"
      headingRef={headingRef}
      headingFocusable
    >
      {asking.prefix.map((line, i) => (
        <p key={i}>{lineText(t, line)}</p>
      ))}
      <p>
        {only
          ? t('ask.one', { title: displayTitle(t, caseTitle(only.answers)) })
          : t('ask.many', { count: asking.cases.length })}
      </p>
      <div className="button-group">
        <button type="button" className="button" onClick={() => onAnswer('replace')}>
          {t('ask.replace')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onAnswer('copy')}>
          {t('ask.copy')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onAnswer('cancel')}
        >
          {t('ask.cancel')}
        </button>
      </div>
    </Notice>
  );
}
