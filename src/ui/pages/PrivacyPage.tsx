/**
 * What the app stores, where and for how long, and the "delete all my data on this
 * computer" action for shared machines. The page only asks for confirmation and calls
 * `onDeleteAll`; the caller does the actual clearing of storage.
 */
import { useEffect, useRef, useState } from 'react';
import { useDocumentTitle } from '../../routing/use-document-title';
import { Paragraphs, TextList, usePageText } from './page-text';
import { Notice } from '../common/Notice';

export interface PrivacyPageProps {
  /** Clears everything the app stored on this computer. Without it, no delete button is shown. */
  onDeleteAll?: () => void | Promise<void>;
}

type DeleteStep = 'idle' | 'confirming' | 'deleting' | 'done' | 'failed';

export function PrivacyPage({ onDeleteAll }: PrivacyPageProps) {
  const { t, list } = usePageText();
  const title = t('privacy.title');
  useDocumentTitle(title);

  return (
    <article>
      <h1>{title}</h1>
      <p>{t('privacy.intro')}</p>

      <section>
        <h2>{t('privacy.stored.heading')}</h2>
        <p>{t('privacy.stored.intro')}</p>
        <TextList items={list('privacy.stored.items')} />
        <p>{t('privacy.stored.offline')}</p>
      </section>

      <section>
        <h2>{t('privacy.notDone.heading')}</h2>
        <TextList items={list('privacy.notDone.items')} />
      </section>

      <section>
        <h2>{t('privacy.files.heading')}</h2>
        <p>{t('privacy.files.body')}</p>
      </section>

      <section>
        <h2>{t('privacy.retention.heading')}</h2>
        <Paragraphs items={list('privacy.retention.body')} />
      </section>

      <section>
        <h2>{t('privacy.whoCanSee.heading')}</h2>
        <Paragraphs items={list('privacy.whoCanSee.body')} />
      </section>

      <section>
        <h2>{t('privacy.deleteAll.heading')}</h2>
        <Paragraphs items={list('privacy.deleteAll.body')} />
        {onDeleteAll ? <DeleteAll onDeleteAll={onDeleteAll} /> : null}
      </section>
    </article>
  );
}

function DeleteAll({ onDeleteAll }: { onDeleteAll: () => void | Promise<void> }) {
  const { t } = usePageText();
  const [step, setStep] = useState<DeleteStep>('idle');
  const startRef = useRef<HTMLButtonElement>(null);
  const confirmHeadingRef = useRef<HTMLHeadingElement>(null);
  const outcomeRef = useRef<HTMLParagraphElement>(null);
  const previous = useRef<DeleteStep>(step);

  useEffect(() => {
    // Keep keyboard and screen-reader users where the action is: on the question when it
    // appears, back on the start button when they cancel, on the outcome when it is known.
    if (step === 'confirming') confirmHeadingRef.current?.focus();
    if (step === 'done' || step === 'failed') outcomeRef.current?.focus();
    if (step === 'idle' && previous.current === 'confirming') startRef.current?.focus();
    previous.current = step;
  }, [step]);

  async function confirm() {
    if (step !== 'confirming') return;
    setStep('deleting');
    try {
      await onDeleteAll();
      setStep('done');
    } catch {
      setStep('failed');
    }
  }

  return (
    <div className="no-print">
      {step === 'confirming' || step === 'deleting' ? (
        <Notice variant="warning" role="group" aria-labelledby="delete-all-confirm">
          <h3 id="delete-all-confirm" ref={confirmHeadingRef} tabIndex={-1}>
            {t('privacy.deleteAll.confirmHeading')}
          </h3>
          <p>{t('privacy.deleteAll.confirmBody')}</p>
          <div className="button-group">
            <button
              type="button"
              className="button button--warning"
              disabled={step === 'deleting'}
              onClick={() => void confirm()}
            >
              {t('privacy.deleteAll.confirm')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={step === 'deleting'}
              onClick={() => setStep('idle')}
            >
              {t('privacy.deleteAll.cancel')}
            </button>
          </div>
        </Notice>
      ) : (
        <div className="button-group">
          <button
            type="button"
            ref={startRef}
            className="button button--warning"
            onClick={() => setStep('confirming')}
          >
            {t('privacy.deleteAll.button')}
          </button>
        </div>
      )}
      <div role="status" aria-live="polite">
        {step === 'done' ? (
          <Notice as="p" ref={outcomeRef} tabIndex={-1}>
            {t('privacy.deleteAll.done')}
          </Notice>
        ) : null}
      </div>
      <div role="alert">
        {step === 'failed' ? (
          <Notice variant="error" as="p" ref={outcomeRef} tabIndex={-1}>
            {t('privacy.deleteAll.failed')}
          </Notice>
        ) : null}
      </div>
    </div>
  );
}
