/**
 * The publish check on the export screen: every personnummer, samordningsnummer, e-mail address
 * and phone number found in the answers, each with a link to its question and a tick box "marked
 * as intended". The domain (src/checklist/publish-check.ts) finds the hits; this only shows them.
 */
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { PUBLISH_INTENDED_KEY, publishCounts, withIntended } from '../../checklist/publish-check';
import type { PublishHit } from '../../checklist/publish-check';
import { questionById } from '../../checklist/question-bank';
import type { Answers } from '../../checklist/types';
import { paths } from '../../routing/router';
import { caseStore } from '../../session/case-store';
import { Notice } from '../common/Notice';

interface Props {
  caseId: string;
  answers: Answers;
  hits: readonly PublishHit[];
  readOnly: boolean;
}

/** "The appendix contains 1 e-mail address you have marked as intended and …". */
export function publishSummary(t: TFunction, hits: readonly PublishHit[]): string {
  const parts = publishCounts(hits).flatMap((c) => [
    ...(c.intended
      ? [t('publish.intendedPart', { what: t(`publish.kinds.${c.kind}`, { count: c.intended }) })]
      : []),
    ...(c.open
      ? [t('publish.openPart', { what: t(`publish.kinds.${c.kind}`, { count: c.open }) })]
      : []),
  ]);
  if (parts.length === 0) return '';
  const list =
    parts.length === 1
      ? parts[0]!
      : t('publish.and', { first: parts.slice(0, -1).join(', '), last: parts[parts.length - 1] });
  return t('publish.contains', { list });
}

export function PublishCheck({ caseId, answers, hits, readOnly }: Props) {
  const { t } = useTranslation(['preview', 'questions']);
  const open = hits.filter((h) => !h.intended).length;
  const toggle = (hit: PublishHit, intended: boolean) =>
    caseStore.setAnswer(PUBLISH_INTENDED_KEY, withIntended(answers, hit.key, intended));

  return (
    <section aria-labelledby="publish-check-heading" className="preview-publish">
      <h2 id="publish-check-heading">{t('publish.heading')}</h2>
      {hits.length === 0 ? (
        <p>{t('publish.none')}</p>
      ) : (
        <Notice variant={open > 0 ? 'warning' : 'info'}>
          <p>
            <strong>{t('publish.found', { count: hits.length })}</strong> {t('publish.explain')}
          </p>
          <ul className="preview-publish__list">
            {hits.map((hit, i) => {
              const q = questionById.get(hit.questionId);
              const question = q ? t(q.labelKey, { ns: 'questions' }) : hit.questionId;
              const boxId = `publish-intended-${i}`;
              return (
                <li key={hit.key}>
                  <p>
                    {t('publish.hit', { what: t(`publish.kind.${hit.kind}`), text: hit.text })}{' '}
                    <a href={paths.page(caseId, hit.pageId)}>{t('publish.fix', { question })}</a>
                  </p>
                  {!readOnly && (
                    <div className="choice">
                      <input
                        type="checkbox"
                        id={boxId}
                        checked={hit.intended}
                        onChange={(e) => toggle(hit, e.target.checked)}
                      />
                      <label htmlFor={boxId}>{t('publish.intended', { text: hit.text })}</label>
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </Notice>
      )}
    </section>
  );
}
