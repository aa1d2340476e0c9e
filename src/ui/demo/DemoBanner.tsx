/**
 * The band shown while a sandbox (demo) case is open, on every screen: says
 * that nothing is saved, and offers one-click reset, presentation mode and
 * leaving the demo. Renders nothing when no sandbox case is open.
 *
 * After "Återställ exemplet" a visible confirmation says so (in a polite live region) for
 * as long as it is true: until the first change to the example. Focus goes where the reset
 * takes the user, the task list's heading (the layout moves it on navigation).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseStore, useOpenCase } from '../../session/case-store';
import type { Answers } from '../../checklist/types';
import { Notice } from '../common/Notice';
import { navigate, paths } from '../../routing/router';
import { endDemo, resetDemo, useDemoSession } from './demo-session';
import { PresentationToggle } from './PresentationToggle';
import './demo.css';

export function DemoBanner() {
  const { t } = useTranslation('demo');
  const open = useOpenCase();
  const session = useDemoSession();
  // The answers right after the last reset: the confirmation shows while they are unchanged.
  const [resetTo, setResetTo] = useState<Answers | null>(null);
  if (!open?.sandbox) return null;
  const resetShown = resetTo !== null && open.case.answers === resetTo;
  const canReset = session !== null && session.demoId === open.case.id;

  return (
    <section className="demo-banner" aria-labelledby="demo-banner-title">
      <div className="demo-banner__inner">
        <p className="demo-banner__title" id="demo-banner-title">
          <strong>{t('banner.title')}</strong>
        </p>
        <p className="demo-banner__text no-print">{t('banner.text')}</p>
        <div className="demo-banner__actions no-print">
          {canReset ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                if (resetDemo()) setResetTo(caseStore.getSnapshot()?.case.answers ?? null);
                navigate(paths.tasks(session.demoId));
              }}
            >
              {t('banner.reset')}
            </button>
          ) : null}
          <PresentationToggle />
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              endDemo();
              navigate(paths.home());
            }}
          >
            {t('banner.end')}
          </button>
        </div>
      </div>
      {/* Outside the flex row: empty, it takes no room. */}
      <div className="demo-banner__status no-print" role="status">
        {resetShown ? (
          <Notice variant="success" as="p" data-notice="demo-reset">
            {t('banner.resetDone')}
          </Notice>
        ) : null}
      </div>
    </section>
  );
}
