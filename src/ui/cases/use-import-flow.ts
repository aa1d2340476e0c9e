/**
 * Runs the import flow of the case list (import-flow.ts): reads the file with
 * the one file reader, stores what it read through the session, asks when an
 * id is taken and hands each report to the page (`onReport`), opening the
 * case when the flow says so.
 */
import { useRef, useState } from 'react';
import type { i18n as I18n } from 'i18next';
import { navigate, paths } from '../../routing/router';
import type { Session } from '../../session/session';
import type { CopyOptions } from '../../storage/case-files';
import { readFile } from '../../storage/read-file';
import { idle, importFlow } from './import-flow';
import type { ImportEvent, ImportPurpose, ImportState, Report } from './import-flow';

interface Options {
  session: Session;
  i18n: I18n;
  retitle: NonNullable<CopyOptions['retitle']>;
  onReport: (report: Report) => void;
  /** The flow asks the user (replace / copy / cancel). */
  onAsk: () => void;
}

export function useImportFlow({ session, i18n, retitle, onReport, onAsk }: Options) {
  const [state, setState] = useState<ImportState>(idle);
  const current = useRef<ImportState>(idle);

  function dispatch(event: ImportEvent) {
    const next = importFlow(current.current, event);
    current.current = next;
    setState(next);
    if (next.kind === 'asking') onAsk();
    if (next.kind === 'report') {
      onReport(next.report);
      if (next.navigateTo) navigate(paths.tasks(next.navigateTo));
    }
  }

  async function pick(file: File, purpose: ImportPurpose) {
    dispatch({ type: 'picked', purpose });
    const read = await readFile(file, purpose === 'restore' ? 'backup' : 'case');
    if (read.status === 'failed') {
      // A failed appendix is worded as on the review screen.
      if (read.source === 'docx') await i18n.loadNamespaces('review');
      dispatch({ type: 'read-failed', failure: read });
      return;
    }
    const entries =
      read.status === 'case'
        ? [{ index: 0, status: 'ok' as const, case: read.case, migrated: read.migrated }]
        : read.backup.entries;
    dispatch({ type: 'stored', read, report: session.importEntries(entries) });
  }

  function answer(choice: 'replace' | 'copy' | 'cancel') {
    const s = current.current;
    if (s.kind !== 'asking') return;
    if (choice === 'cancel') {
      dispatch({ type: 'cancelled' });
      return;
    }
    const report =
      choice === 'replace'
        ? session.importReplacing(s.cases)
        : session.importCopies(s.cases, { retitle });
    dispatch({ type: 'answered', choice, report });
  }

  return { state, pick, answer };
}
