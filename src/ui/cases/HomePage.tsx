/**
 * "Mina ärenden": every case on this computer with its status at a glance,
 * search, new / open / copy / delete (with undo), case files and backups.
 *
 * All writes go through the session (useSession()), which tells other tabs
 * and bumps `listVersion`; this page re-reads the list on every bump.
 * Nothing existing is overwritten without asking: an imported case whose id
 * is taken gives the choice Replace / Save as a copy / Cancel (the import
 * flow: import-flow.ts, run by use-import-flow.ts).
 */
import { Suspense, lazy, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRuleContext } from '../../session/rule-context';
import { navigate, paths } from '../../routing/router';
import { useSession, useSessionState } from '../../session/session-context';
import { useDocumentTitle } from '../../routing/use-document-title';
import type { CaseListEntry } from '../../storage/case-storage';
import { caseKey } from '../../storage/case-storage';
import { saveMessage } from '../../storage/messages';
import { chooseArchive, shouldWarn } from '../../storage/quota';
import { Notice } from '../common/Notice';
import { CaseFiles } from './CaseFiles';
import { CaseTable } from './CaseTable';
import { CasesMessage } from './CasesMessage';
import type { Message } from './CasesMessage';
import { ImportQuestion } from './ImportQuestion';
import { Quarantine } from './Quarantine';
import { displayTitle } from './case-list-text';
import { useImportFlow } from './use-import-flow';
import './cases.css';
import { CaseListIntro } from './CaseListIntro';

// Shown only when storage is nearly full: loaded then, not with the first paint.
const ArchiveNotice = lazy(() =>
  import('./ArchiveNotice').then((m) => ({ default: m.ArchiveNotice })),
);

export function HomePage() {
  const { t, i18n } = useTranslation(['cases', 'storage']);
  const ctx = useRuleContext();
  const session = useSession();
  const { listVersion } = useSessionState();
  const [message, setMessage] = useState<Message | null>(null);
  const messageRef = useRef<HTMLElement>(null);
  const askRef = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(t('home.title'));

  // Pending keystrokes of the open case go to disk first, so the list shows the latest title.
  useLayoutEffect(() => {
    session.flush();
  }, [session]);

  // Damaged records are moved aside after the render (never while rendering), then re-listed.
  const [setAside, setSetAside] = useState(0);
  useLayoutEffect(() => {
    const moved = session.repo.setAsideDamaged();
    if (typeof moved === 'number' && moved > 0) setSetAside((n) => n + 1);
  }, [session, listVersion]);

  // eslint-disable-next-line react-hooks/exhaustive-deps -- listVersion and setAside are change signals
  const list = useMemo(() => session.repo.list(ctx), [session, ctx, listVersion, setAside]);

  const show = (m: Message) => {
    setMessage(m);
    // After the render: move focus to the outcome so keyboard and reader users hear it.
    setTimeout(() => messageRef.current?.focus(), 0);
  };

  const retitle = (title: string) => t('copyTitle', { title: displayTitle(t, title) });

  const flow = useImportFlow({
    session,
    i18n,
    retitle,
    onReport: show,
    onAsk: () => {
      setMessage(null);
      setTimeout(() => askRef.current?.focus(), 0);
    },
  });

  function newCase() {
    const { case: c, save } = session.createCase();
    if (save.status !== 'ok')
      show({ tone: 'warning', lines: [{ key: 'cases:home.newCaseFailed' }] });
    navigate(paths.tasks(c.id));
  }

  function copy(entry: CaseListEntry) {
    const result = session.duplicateCase(entry.id, { retitle });
    if (result.status === 'ok') {
      const title = retitle(entry.meta?.title ?? '');
      show({ tone: 'info', lines: [{ key: 'cases:copied', values: { title } }] });
    } else {
      show({
        tone: 'error',
        lines: [result.status === 'missing' ? { key: 'cases:copyFailed' } : saveMessage(result)],
      });
    }
  }

  function remove(entry: CaseListEntry) {
    const title = displayTitle(t, entry.meta?.title);
    const result = session.removeCase(entry.id);
    if (result.status === 'ok') {
      show({
        tone: 'info',
        lines: [{ key: 'cases:deleted', values: { title } }],
        undo: { removed: result.removed, title },
      });
    } else if (result.status === 'missing') {
      show({ tone: 'warning', lines: [{ key: 'storage:remove.missing' }] });
    } else {
      show({ tone: 'error', lines: [{ key: 'cases:deleteFailed' }] });
    }
  }

  function undo() {
    const u = message?.undo;
    if (!u) return;
    const result = session.restoreCase(u.removed);
    if (result.status === 'ok')
      show({ tone: 'info', lines: [{ key: 'cases:undone', values: { title: u.title } }] });
    else if (result.status === 'exists')
      show({ tone: 'error', lines: [{ key: 'storage:remove.restoreExists' }] });
    else show({ tone: 'error', lines: [saveMessage({ status: result.status })] });
  }

  function backup() {
    const result = session.downloadBackup();
    if (result.status === 'ok')
      show({
        tone: 'info',
        lines: [{ key: 'cases:files.backupCreated', values: { count: result.count } }],
      });
    else show({ tone: 'error', lines: [{ key: 'storage:backup.unavailable' }] });
  }

  const entries = list.status === 'ok' ? list.entries.filter((e) => e.meta !== null) : [];
  const brokenInPlace =
    list.status === 'ok'
      ? list.entries
          .filter((e) => e.meta === null)
          .map((e) => ({ key: caseKey(e.id), id: e.id, at: null, bytes: 0 }))
      : [];
  const quarantined = list.status === 'ok' ? [...list.quarantined, ...brokenInPlace] : [];
  const isEmpty = list.status === 'ok' && entries.length === 0;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- recomputed with the list
  const usage = useMemo(() => session.repo.usage(), [session, list]);
  const archiveIds =
    usage !== 'unavailable' && shouldWarn(usage)
      ? chooseArchive(
          entries.map((e) => ({ id: e.id, updatedAt: e.meta?.updatedAt ?? '', size: e.size })),
          usage,
        )
      : [];

  function archiveDownload(ids: string[]) {
    const file = session.downloadArchive(ids);
    return file.status === 'ok' && file.count > 0
      ? { ok: true as const, fileName: file.fileName }
      : { ok: false as const };
  }

  function archiveRemove(ids: string[]) {
    const count = session.removeArchived(ids);
    show({ tone: 'info', lines: [{ key: 'cases:archive.removed', values: { count } }] });
  }
  const newCaseButton = (
    <button type="button" className="button" onClick={newCase}>
      {t('home.newCase')}
    </button>
  );

  return (
    <div className="home">
      <CaseListIntro />

      {message ? <CasesMessage message={message} boxRef={messageRef} onUndo={undo} /> : null}

      {flow.state.kind === 'asking' ? (
        <ImportQuestion asking={flow.state} headingRef={askRef} onAnswer={flow.answer} />
      ) : null}

      {usage !== 'unavailable' && archiveIds.length > 0 ? (
        <Suspense fallback={null}>
          <ArchiveNotice
            share={usage.share}
            chosen={archiveIds}
            onDownload={archiveDownload}
            onRemove={archiveRemove}
          />
        </Suspense>
      ) : null}

      {list.status === 'unavailable' ? (
        <Notice variant="error">{t('storage:load.unavailable')}</Notice>
      ) : null}

      {isEmpty ? (
        <section className="cases-empty" aria-labelledby="empty-heading">
          <h2 id="empty-heading">{t('empty.heading')}</h2>
          <p>{t('empty.body')}</p>
          {newCaseButton}
        </section>
      ) : (
        <>
          <div className="button-group">{newCaseButton}</div>
          <CaseTable entries={entries} onCopy={copy} onDelete={remove} />
        </>
      )}

      <Quarantine entries={quarantined} />

      <CaseFiles
        canBackUp={!isEmpty}
        onOpen={(f) => void flow.pick(f, 'open')}
        onBackup={backup}
        onRestore={(f) => void flow.pick(f, 'restore')}
      />
    </div>
  );
}
