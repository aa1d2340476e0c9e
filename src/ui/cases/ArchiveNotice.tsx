/**
 * The storage warning of the case list (at ≥ 80 % of the localStorage quota, storage/quota.ts)
 * and its two-step archive: step 1 downloads the cases not changed for the longest time as one
 * backup file and removes nothing; step 2, only after the user confirms the file is saved,
 * removes them from the browser. The browser never tells whether a download was saved, hence
 * the question.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../common/Notice';

type Step = { kind: 'idle' } | { kind: 'downloaded'; ids: string[]; fileName: string };

export function ArchiveNotice({
  share,
  chosen,
  onDownload,
  onRemove,
}: {
  /** Used share of the quota (0–1). */
  share: number;
  /** The ids the archive would take (oldest first). */
  chosen: string[];
  onDownload: (ids: string[]) => { ok: true; fileName: string } | { ok: false };
  onRemove: (ids: string[]) => void;
}) {
  const { t } = useTranslation('cases');
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [failed, setFailed] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);

  function download() {
    const result = onDownload(chosen);
    if (!result.ok) {
      setFailed(true);
      return;
    }
    setFailed(false);
    setStep({ kind: 'downloaded', ids: chosen, fileName: result.fileName });
    setTimeout(() => questionRef.current?.focus(), 0);
  }

  return (
    <Notice variant="warning" heading={t('archive.heading')} className="cases-archive">
      <p>{t('archive.body', { percent: Math.round(share * 100) })}</p>
      {step.kind === 'idle' ? (
        <>
          <p>{t('archive.chosen', { count: chosen.length })}</p>
          {failed ? <p role="alert">{t('archive.failed')}</p> : null}
          <div className="button-group">
            <button type="button" className="button" onClick={download}>
              {t('archive.button')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p ref={questionRef} tabIndex={-1} role="status">
            {t('archive.downloaded', { count: step.ids.length, fileName: step.fileName })}
          </p>
          <div className="button-group">
            <button
              type="button"
              className="button button--warning"
              onClick={() => {
                setStep({ kind: 'idle' });
                onRemove(step.ids);
              }}
            >
              {t('archive.confirm')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setStep({ kind: 'idle' })}
            >
              {t('archive.cancel')}
            </button>
          </div>
        </>
      )}
    </Notice>
  );
}
