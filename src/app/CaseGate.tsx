/**
 * Opens the case named in the route before any case screen renders.
 *
 * - already open in caseStore (also a sandbox demo case with that id): render;
 * - stored and readable: open it (autosaved from then on) and render;
 * - written by a newer version: open it READ-ONLY (never saved) and render;
 *   the session banner says why;
 * - missing, corrupt (set aside, never overwritten) or storage unavailable:
 *   a message and a link home, nothing else is touched.
 *
 * The children are keyed by the session's `generation`, so a case reloaded
 * from another tab remounts the form with the new values.
 */
import { Fragment, useLayoutEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCaseSelector } from '../session/case-store';
import { paths } from '../routing/router';
import { useSession, useSessionState } from '../session/session-context';
import type { OpenCaseResult } from '../session/session';
import { useDocumentTitle } from '../routing/use-document-title';

type Failure = Exclude<OpenCaseResult, { status: 'ok' }>;

function GateMessage({ failure }: { failure: Failure }) {
  const { t } = useTranslation('cases');
  const kind =
    failure.status === 'too-new'
      ? 'tooNew'
      : failure.status === 'corrupt'
        ? failure.quarantineKey
          ? 'corrupt'
          : 'corruptKept'
        : failure.status;
  const title = t(`gate.${kind}.title`);
  useDocumentTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <p>
        {t(`gate.${kind}.body`, {
          version: failure.status === 'too-new' ? (failure.appVersion ?? failure.version) : '',
        })}
      </p>
      <p>
        <a href={paths.home()}>{t('gate.home')}</a>
      </p>
    </>
  );
}

export function CaseGate({ caseId, children }: { caseId: string; children: ReactNode }) {
  const isOpen = useCaseSelector((open) => open?.case.id === caseId);
  const session = useSession();
  const { generation } = useSessionState();
  const [failure, setFailure] = useState<{ id: string; failure: Failure } | null>(null);

  // Layout effect: the case is in the store before the first paint (no "not open" flash).
  useLayoutEffect(() => {
    if (isOpen) return;
    const result = session.openCaseById(caseId);
    const shown = result.status === 'ok' || (result.status === 'too-new' && result.shown);
    setFailure(shown ? null : { id: caseId, failure: result as Failure });
  }, [session, caseId, isOpen]);

  if (isOpen) return <Fragment key={generation}>{children}</Fragment>;
  if (failure && failure.id === caseId) return <GateMessage failure={failure.failure} />;
  return null;
}
