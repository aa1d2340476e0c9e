/**
 * "Registrera beslut" on the review screen: the secretary records the committee's decision in
 * a COPY of the received case and saves that copy as a new case file. The received file (and
 * the case shown above) is never changed, and the screen says so.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision } from '../../checklist/decision';
import type { Case } from '../../checklist/schema';
import { caseToFile, downloadFile } from '../../storage/case-files';
import { DecisionForm } from '../common/DecisionForm';
import { DecisionSummary } from '../common/DecisionSummary';

interface ReviewDecisionProps {
  received: Case;
  fileName: string;
}

type Mode = 'closed' | 'form' | 'recorded';

/** The copy to save: the received case with the decision, stamped now (so it counts as newer). */
function copyWithDecision(received: Case, decision: Decision, now: Date): Case {
  return { ...received, decision, updatedAt: now.toISOString() };
}

export function ReviewDecision({ received, fileName }: ReviewDecisionProps) {
  const { t } = useTranslation('decision');
  const [mode, setMode] = useState<Mode>('closed');
  const [decision, setDecision] = useState<Decision | undefined>(undefined);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const recordedRef = useRef<HTMLDivElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    if (!moved.current) return;
    if (mode === 'form') headingRef.current?.focus();
    if (mode === 'recorded') recordedRef.current?.focus();
  }, [mode]);
  const go = (next: Mode) => {
    moved.current = true;
    setMode(next);
  };

  function saveCopy() {
    if (!decision) return;
    try {
      const file = caseToFile(copyWithDecision(received, decision, new Date()));
      const named = {
        ...file,
        fileName: file.fileName.replace(/\.json$/, `-${t('review.fileSuffix')}.json`),
      };
      downloadFile(named);
      setMessage({ text: t('review.saved', { fileName: named.fileName }), error: false });
    } catch (e) {
      console.error(e);
      setMessage({ text: t('review.saveFailed'), error: true });
    }
  }

  return (
    <section
      className="review-part review-decision no-print"
      aria-labelledby="review-decision-heading"
    >
      <h3 id="review-decision-heading" tabIndex={-1} ref={headingRef}>
        {t('review.heading')}
      </h3>
      {received.decision && mode !== 'recorded' ? (
        <>
          <p>{t('review.inFile')}</p>
          <DecisionSummary decision={received.decision} />
        </>
      ) : null}
      {mode === 'closed' ? (
        <>
          <p>{t('review.intro')}</p>
          <button type="button" className="button button--secondary" onClick={() => go('form')}>
            {t('review.open')}
          </button>
        </>
      ) : null}
      {mode === 'form' ? (
        <>
          <p>{t('review.intro')}</p>
          <DecisionForm
            idPrefix="review-decision"
            initial={decision ?? received.decision}
            submitLabel={t('review.save')}
            onSave={(d) => {
              setDecision(d);
              setMessage(null);
              go('recorded');
            }}
          >
            <button
              type="button"
              className="button button--secondary"
              onClick={() => go(decision ? 'recorded' : 'closed')}
            >
              {t('review.cancel')}
            </button>
          </DecisionForm>
        </>
      ) : null}
      {mode === 'recorded' && decision ? (
        <div ref={recordedRef} tabIndex={-1} className="review-decision__recorded">
          <p>
            <strong>{t('review.recorded', { file: fileName })}</strong>
          </p>
          <DecisionSummary decision={decision} />
          <div className="button-group">
            <button type="button" className="button" onClick={saveCopy}>
              {t('review.download')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => go('form')}>
              {t('review.change')}
            </button>
          </div>
          <p className="hint">{t('review.downloadHint')}</p>
          <div role="status">{message && !message.error ? <p>{message.text}</p> : null}</div>
        </div>
      ) : null}
      {message?.error ? (
        <p className="error-message" role="alert">
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
