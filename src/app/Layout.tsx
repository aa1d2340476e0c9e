import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n/i18n';
import { paths } from '../routing/router';

interface LayoutProps {
  children: ReactNode;
  /** Changes on every navigation; focus then moves to the main content. */
  routeKey: string;
  organisationName?: string;
  /** A line announced politely to screen readers (autosave, export). */
  status?: ReactNode;
  banner?: ReactNode;
  /**
   * The prerendered first paint (src/app/first-paint.tsx): the language button is
   * disabled until the app runs, and the footer waits for the screen's content (it
   * would otherwise be pushed down when the case list renders: a layout shift).
   */
  firstPaint?: boolean;
}

export function Layout({
  children,
  routeKey,
  organisationName,
  status,
  banner,
  firstPaint = false,
}: LayoutProps) {
  const { t, i18n } = useTranslation('common');
  const mainRef = useRef<HTMLElement>(null);
  const first = useRef(true);

  useEffect(() => {
    // After a client-side navigation, start the reader at the new content (not at the top of the old page).
    if (first.current) {
      first.current = false;
      return;
    }
    const main = mainRef.current;
    if (!main) return;
    if (main.contains(document.activeElement) && document.activeElement !== document.body) {
      // A page that moved focus itself (the error summary) keeps it.
      if (document.activeElement?.closest('[data-keep-focus]')) return;
    }
    // Only a rendered heading: while a lazy screen loads, the old page stays in the DOM hidden
    // (display: none), and focusing its heading would silently leave the focus on <body>.
    const visibleHeading = () =>
      Array.from(main.querySelectorAll<HTMLElement>('h1')).find(
        (h) => h.getClientRects().length > 0,
      ) ?? null;
    const focusOn = (target: HTMLElement) => {
      target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: false });
    };
    const heading = visibleHeading();
    focusOn(heading ?? main);
    window.scrollTo(0, 0);
    if (heading) return;
    // The new screen is still loading: move on to its heading when it shows, unless the user has moved.
    const observer = new MutationObserver(() => {
      const h = visibleHeading();
      if (!h) return;
      observer.disconnect();
      if (document.activeElement === main || document.activeElement === document.body) focusOn(h);
    });
    observer.observe(main, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['style', 'hidden'],
    });
    const stop = window.setTimeout(() => observer.disconnect(), 10_000);
    return () => {
      observer.disconnect();
      window.clearTimeout(stop);
    };
  }, [routeKey]);

  const other = i18n.language === 'en' ? 'sv' : 'en';

  return (
    <>
      <a
        className="skip-link"
        href="#main-content"
        onClick={(e) => {
          e.preventDefault();
          mainRef.current?.focus();
        }}
      >
        {t('skipLink')}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <div className="app-header__row">
            <a className="app-header__title" href={paths.home()}>
              {t('appName')}
              <span className="app-header__org">{organisationName ?? ''}</span>
            </a>
            {/* At the right end of the title row; before the menu in the tab order too. */}
            <button
              type="button"
              className="lang-switch"
              lang={other}
              disabled={firstPaint}
              onClick={() => void setLanguage(i18n, other)}
            >
              {t('switchLanguage')}
            </button>
          </div>
          <nav className="app-header__nav" aria-label={t('nav.label')}>
            <ul>
              <li>
                <a href={paths.home()}>{t('nav.cases')}</a>
              </li>
              <li>
                <a href={paths.review()}>{t('nav.review')}</a>
              </li>
              <li>
                <a href={paths.followup()}>{t('nav.followup')}</a>
              </li>
              <li>
                <a href={paths.demo()}>{t('nav.demo')}</a>
              </li>
              <li>
                <a href={paths.about()}>{t('nav.about')}</a>
              </li>
              <li>
                <a href={paths.settings()}>{t('nav.settings')}</a>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      {banner}
      <main id="main-content" className="app-main" ref={mainRef} tabIndex={-1}>
        <div className="status-line no-print" role="status" aria-live="polite">
          {status}
        </div>
        {children}
      </main>
      {!firstPaint && (
        <footer className="app-footer">
          <div className="app-footer__inner">
            <ul>
              <li>
                <a href={paths.about()}>{t('nav.about')}</a>
              </li>
              <li>
                <a href={paths.privacy()}>{t('nav.privacy')}</a>
              </li>
              <li>
                <a href={paths.accessibility()}>{t('nav.accessibility')}</a>
              </li>
            </ul>
            <p>{t('footer.local')}</p>
          </div>
        </footer>
      )}
    </>
  );
}
