/**
 * The band shown while a sandbox (demo) case is open, on every screen: says
 * that nothing is saved, and offers one-click reset, presentation mode and
 * leaving the demo. Renders nothing when no sandbox case is open.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenCase } from '../../session/case-store';
import { navigate, paths } from '../../routing/router';
import { endDemo, resetDemo, useDemoSession } from './demo-session';
import { PresentationToggle } from './PresentationToggle';
import './demo.css';

export function DemoBanner() {
  const { t } = useTranslation('demo');
  const open = useOpenCase();
  const session = useDemoSession();
  const [announcement, setAnnouncement] = useState('');
  if (!open?.sandbox) return null;
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
                resetDemo();
                setAnnouncement(t('banner.resetDone'));
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
        <p className="visually-hidden" role="status">
          {announcement}
        </p>
      </div>
    </section>
  );
}
