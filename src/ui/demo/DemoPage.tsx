/**
 * "Demoläge för utbildning": the example cases, each opened as a sandbox case
 * that never touches the user's real cases, plus presentation mode and a
 * short script so a trainer can run a demo without preparation.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseStore, useOpenCase } from '../../session/case-store';
import { navigate, paths } from '../../routing/router';
import { useSession } from '../../session/session-context';
import { useDocumentTitle } from '../../routing/use-document-title';
import { useDemoSession, startDemo } from './demo-session';
import {
  exampleDescription,
  examplesFor,
  exampleTitle,
  loadExampleCase,
  loadExampleIndex,
} from './examples';
import type { ExampleEntry } from './examples';
import { PresentationToggle } from './PresentationToggle';
import './demo.css';
import { Notice } from '../common/Notice';

type IndexState = { kind: 'loading' } | { kind: 'error' } | { kind: 'ok'; entries: ExampleEntry[] };

export function DemoPage() {
  const { t, i18n } = useTranslation('demo');
  const app = useSession();
  useDocumentTitle(t('page.title'));
  const [index, setIndex] = useState<IndexState>({ kind: 'loading' });
  const [starting, setStarting] = useState<string | null>(null);
  const [startError, setStartError] = useState<string | null>(null);
  const open = useOpenCase();
  const session = useDemoSession();
  const running = open?.sandbox && session?.demoId === open.case.id ? session : null;

  const load = useCallback(() => {
    let cancelled = false;
    setIndex({ kind: 'loading' });
    void loadExampleIndex().then((r) => {
      if (!cancelled)
        setIndex(r.status === 'ok' ? { kind: 'ok', entries: r.entries } : { kind: 'error' });
    });
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => load(), [load]);

  const lng = i18n.language;
  const examples = index.kind === 'ok' ? examplesFor(index.entries, lng) : [];
  const runningEntry =
    running && index.kind === 'ok' ? index.entries.find((e) => e.file === running.file) : undefined;

  async function start(entry: ExampleEntry) {
    if (starting !== null) return;
    setStarting(entry.file);
    setStartError(null);
    const r = await loadExampleCase(entry.file);
    setStarting(null);
    if (r.status !== 'ok') {
      setStartError(entry.file);
      return;
    }
    // A real case that was open is saved and closed first: the demo replaces it in memory only.
    if (!caseStore.getSnapshot()?.sandbox) app.closeCase();
    const id = startDemo(r.case, entry.file);
    navigate(paths.tasks(id));
  }

  return (
    <>
      <h1>{t('page.title')}</h1>
      <p className="lead">{t('page.lead')}</p>
      <Notice>
        <h2 className="notice__heading">{t('page.safeHeading')}</h2>
        <ul>
          <li>{t('page.safe.nothingSaved')}</li>
          <li>{t('page.safe.realUntouched')}</li>
          <li>{t('page.safe.reset')}</li>
        </ul>
      </Notice>

      {running ? (
        <Notice variant="warning">
          <p>
            {t('page.running', {
              title: runningEntry ? exampleTitle(runningEntry, lng) : running.pristine.id,
            })}
          </p>
          <p>
            <a href={paths.tasks(running.demoId)}>{t('page.continue')}</a>
          </p>
        </Notice>
      ) : null}

      <h2>{t('presentation.heading')}</h2>
      <p>{t('presentation.hint')}</p>
      <p>
        <PresentationToggle />
      </p>

      <h2 id="demo-examples">{t('examples.heading')}</h2>
      <p>{t('examples.intro')}</p>
      {index.kind === 'loading' ? <p role="status">{t('examples.loading')}</p> : null}
      {index.kind === 'error' ? (
        <Notice variant="error" role="alert">
          <p>{t('examples.loadError')}</p>
          <p>
            <button type="button" className="button button--secondary" onClick={load}>
              {t('examples.retry')}
            </button>
          </p>
        </Notice>
      ) : null}
      {examples.length > 0 ? (
        <ul className="example-list" aria-labelledby="demo-examples">
          {examples.map((e) => {
            const title = exampleTitle(e, lng);
            return (
              <li key={e.file} className="example-card">
                <h3>{title}</h3>
                <p>
                  <strong
                    className={e.exercise ? 'tag tag--needs-completion' : 'tag tag--complete'}
                  >
                    {e.exercise ? t('examples.exercise') : t('examples.good')}
                  </strong>
                </p>
                <p>{exampleDescription(e, lng)}</p>
                {e.lang !== lng ? <p className="hint">{t('examples.otherLanguage')}</p> : null}
                {startError === e.file ? (
                  <p className="error-message" role="alert">
                    {t('examples.startError')}
                  </p>
                ) : null}
                <button type="button" className="button" onClick={() => void start(e)}>
                  {starting === e.file ? t('examples.starting') : t('examples.start')}
                  <span className="visually-hidden">: {title}</span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}

      <h2>{t('script.heading')}</h2>
      <ol>
        <li>{t('script.step1')}</li>
        <li>{t('script.step2')}</li>
        <li>{t('script.step3')}</li>
        <li>{t('script.step4')}</li>
        <li>{t('script.step5')}</li>
      </ol>
      <p>
        <a href={paths.review()}>{t('script.reviewLink')}</a>
      </p>
    </>
  );
}
