/**
 * "Mina ärenden": every case on this computer with its status at a glance,
 * search, new / open / copy / delete (with undo), case files and backups.
 *
 * All writes go through the session (src/session/session.ts), which tells other
 * tabs and bumps `listVersion`; this page re-reads the list on every bump.
 * Nothing existing is overwritten without asking: an imported case whose id
 * is taken gives the choice Replace / Save as a copy / Cancel.
 */
import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useRuleContext } from '../../session/rule-context';
import { navigate, paths } from '../../routing/router';
import { getSession, useSessionState } from '../../session/session';
import { useDocumentTitle } from '../../routing/use-document-title';
import { caseConclusion, summarise } from '../../checklist/rules';
import { caseTitle } from '../../checklist/question-bank';
import type { Case } from '../../checklist/schema';
import type { RuleContext } from '../../checklist/types';
import { downloadFile, isZipFile, openCaseFile, readBackupFile } from '../../storage/case-files';
import type { BackupEntry, ImportReport } from '../../storage/case-files';
import type { CaseListEntry, QuarantineEntry, RemovedRecord } from '../../storage/case-storage';
import { caseKey } from '../../storage/case-storage';
import {
  backupFileMessage,
  issueMessage,
  openFileMessage,
  saveMessage,
} from '../../storage/messages';
import type { StorageMessage } from '../../storage/messages';
import { TableScroll } from '../common/TableScroll';
import './cases.css';

type Tone = 'info' | 'warning' | 'error';

interface Message {
  tone: Tone;
  lines: string[];
  /** Present after a delete: the record to write back on Undo. */
  undo?: { removed: RemovedRecord; title: string };
  /** A link to open a case (an import that needs a note read before opening). */
  open?: { href: string; label: string };
}

/** Cases waiting for the user's answer because their ids are taken. */
interface Pending {
  cases: Case[];
  /** A single opened case file: open it after the choice. */
  openAfter: boolean;
  prefix: string[];
}

const msg = (t: TFunction, m: StorageMessage) => t(m.key, m.values ?? {}) as string;

function displayTitle(t: TFunction, title: string | undefined): string {
  return title?.trim() || t('list.untitled');
}

function matches(entry: CaseListEntry, query: string): boolean {
  const q = query.trim().toLocaleLowerCase();
  if (!q) return true;
  const meta = entry.meta;
  return (
    (meta?.title ?? '').toLocaleLowerCase().includes(q) ||
    (meta?.dnr ?? '').toLocaleLowerCase().includes(q)
  );
}

function CaseStatus({ entry, ctx }: { entry: CaseListEntry; ctx: RuleContext }) {
  const { t } = useTranslation('cases');
  if (entry.result.status === 'too-new') {
    return <strong className="tag tag--not-applicable">{t('list.readOnly')}</strong>;
  }
  if (entry.result.status !== 'ok') return null;
  const summary = summarise(entry.result.case.answers, ctx);
  const g = summary.gender;
  const gender =
    g.kind === 'sufficient' ? (
      <strong className="tag tag--complete">{t('status.sufficient')}</strong>
    ) : g.kind === 'not-applicable' ? (
      <strong className="tag tag--not-applicable">{t('status.notApplicable')}</strong>
    ) : (
      <strong className="tag tag--needs-completion">
        {t('status.needsCompletion', { steps: g.steps.join(', ') })}
      </strong>
    );
  const missing = summary.missing.length;
  // The same conclusion as the review screen: parts C-E that fall short are named too.
  const conclusion = caseConclusion(summary);
  const parts = conclusion.parts;
  return (
    <ul className="case-status">
      {conclusion.kind === 'send-back' && conclusion.samiBlocked ? (
        <li>
          <strong className="tag tag--sami-blocked">{t('status.samiBlocked')}</strong>
        </li>
      ) : null}
      <li>{gender}</li>
      {parts.map((p) => (
        <li key={p}>
          <strong className="tag tag--needs-completion">{t(`status.parts.${p}`)}</strong>
        </li>
      ))}
      <li>{missing === 0 ? t('status.complete') : t('status.missing', { count: missing })}</li>
    </ul>
  );
}

function CaseRow({
  entry,
  ctx,
  onCopy,
  onDelete,
}: {
  entry: CaseListEntry;
  ctx: RuleContext;
  onCopy: (entry: CaseListEntry) => void;
  onDelete: (entry: CaseListEntry) => void;
}) {
  const { t } = useTranslation('cases');
  const title = displayTitle(t, entry.meta?.title);
  // The space sits outside the hidden span: accessible-name computation trims inside it.
  const forCase = (
    <>
      {' '}
      <span className="visually-hidden">{t('list.forCase', { title })}</span>
    </>
  );
  const updated = entry.meta?.updatedAt ? new Date(entry.meta.updatedAt) : null;
  const readable = entry.result.status === 'ok';
  return (
    <tr>
      <th scope="row">
        <a href={paths.tasks(entry.id)}>{title}</a>
      </th>
      <td>{entry.meta?.dnr || t('list.none')}</td>
      <td>{entry.meta?.committee || t('list.none')}</td>
      <td>
        {updated && !Number.isNaN(updated.getTime()) ? (
          <time dateTime={entry.meta?.updatedAt}>{t('list.updatedAt', { date: updated })}</time>
        ) : (
          t('list.none')
        )}
      </td>
      <td>
        <CaseStatus entry={entry} ctx={ctx} />
      </td>
      <td>
        <div className="case-actions">
          <a className="link-button" href={paths.tasks(entry.id)}>
            {t('list.open')}
            {forCase}
          </a>
          {readable ? (
            <button type="button" className="link-button" onClick={() => onCopy(entry)}>
              {t('list.copy')}
              {forCase}
            </button>
          ) : null}
          <button type="button" className="link-button" onClick={() => onDelete(entry)}>
            {t('list.delete')}
            {forCase}
          </button>
        </div>
      </td>
    </tr>
  );
}

function Quarantine({ entries }: { entries: QuarantineEntry[] }) {
  const { t } = useTranslation('cases');
  if (entries.length === 0) return null;
  return (
    <section className="notice notice--warning" aria-labelledby="quarantine-heading">
      <h2 id="quarantine-heading">{t('quarantine.heading')}</h2>
      <p>{t('quarantine.body', { count: entries.length })}</p>
      <ul className="quarantine-list">
        {entries.map((q) => (
          <li key={q.key}>
            {q.at
              ? t('quarantine.entry', { id: q.id, at: new Date(q.at) })
              : t('quarantine.entryNoDate', { id: q.id })}{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                const text = getSession().repo.readQuarantined(q.key);
                if (text === null) return;
                downloadFile({
                  blob: new Blob([text], { type: 'application/octet-stream' }),
                  fileName: `underlagskollen-damaged-${q.id.replace(/[^\w-]+/g, '-')}.txt`,
                });
              }}
            >
              {t('quarantine.download')}{' '}
              <span className="visually-hidden">{t('quarantine.downloadFor', { id: q.id })}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function MessageBox({
  message,
  boxRef,
  onUndo,
}: {
  message: Message;
  boxRef: React.RefObject<HTMLDivElement | null>;
  onUndo: () => void;
}) {
  const { t } = useTranslation('cases');
  const [first, ...rest] = message.lines;
  const tone =
    message.tone === 'error'
      ? 'notice--error'
      : message.tone === 'warning'
        ? 'notice--warning'
        : '';
  return (
    <div
      ref={boxRef}
      className={`notice ${tone} cases-message`}
      tabIndex={-1}
      data-keep-focus
      data-testid="cases-message"
    >
      <p>{first}</p>
      {rest.length > 0 ? (
        <ul>
          {rest.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      ) : null}
      {message.open ? (
        <p>
          <a href={message.open.href}>{message.open.label}</a>
        </p>
      ) : null}
      {message.undo ? (
        <button type="button" className="button button--secondary" onClick={onUndo}>
          {t('undo')}
        </button>
      ) : null}
    </div>
  );
}

function reportLines(t: TFunction, report: ImportReport): string[] {
  const lines: string[] = [];
  if (report.imported.length > 0)
    lines.push(t('storage:import.imported', { count: report.imported.length }));
  for (const c of report.imported) {
    if (c.freshIds)
      lines.push(`${c.title || c.id}: ${t('storage:import.freshIds', { count: c.freshIds })}`);
  }
  if (report.identical.length > 0)
    lines.push(t('storage:import.identical', { count: report.identical.length }));
  if (report.failed.length > 0) {
    lines.push(t('storage:import.failed', { count: report.failed.length }));
    for (const f of report.failed) {
      switch (f.status) {
        case 'too-new':
          lines.push(`${f.title ?? f.id ?? f.index + 1}: ${t('storage:import.entryTooNew')}`);
          break;
        case 'invalid':
          lines.push(`${f.id ?? f.index + 1}: ${t('storage:import.entryInvalid')}`);
          break;
        case 'not-a-case':
          lines.push(`${f.index + 1}: ${t('storage:import.entryNotACase')}`);
          break;
        case 'save-failed':
          lines.push(
            `${f.id}: ${
              f.result.status === 'refused-too-new'
                ? t('ask.existingTooNew')
                : f.result.status === 'quota'
                  ? // Nothing was opened: "your work is kept while the tab is open" would be untrue.
                    t('storage:import.entryQuota')
                  : f.result.status === 'unavailable'
                    ? t('storage:import.entryUnavailable')
                    : msg(t, saveMessage(f.result))
            }`,
          );
          break;
      }
    }
  }
  return lines;
}

function FilePicker({
  id,
  label,
  buttonText,
  onFile,
  accept = '.json,application/json',
}: {
  id: string;
  label: string;
  buttonText: string;
  onFile: (file: File) => void;
  accept?: string;
}) {
  const ref = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => ref.current?.click()}
      >
        {buttonText}
      </button>
      <label className="visually-hidden" htmlFor={id}>
        {label}
      </label>
      <input
        ref={ref}
        id={id}
        className="visually-hidden"
        type="file"
        accept={accept}
        tabIndex={-1}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          // Reset so choosing the same file again fires another change.
          e.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}

export function HomePage() {
  const { t, i18n } = useTranslation(['cases', 'storage']);
  const ctx = useRuleContext();
  const { listVersion } = useSessionState();
  const session = getSession();
  const [query, setQuery] = useState('');
  const [message, setMessage] = useState<Message | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const askRef = useRef<HTMLHeadingElement>(null);
  const ids = { search: useId(), hint: useId(), file: useId(), backup: useId() };
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
  const list = useMemo(() => session.repo.list(), [session, listVersion, setAside]);

  const show = (m: Message) => {
    setMessage(m);
    // After the render: move focus to the outcome so keyboard and reader users hear it.
    setTimeout(() => messageRef.current?.focus(), 0);
  };

  const retitle = (title: string) => t('copyTitle', { title: displayTitle(t, title) });

  function newCase() {
    const { case: c, save } = session.createCase();
    if (save.status !== 'ok') show({ tone: 'warning', lines: [t('home.newCaseFailed')] });
    navigate(paths.tasks(c.id));
  }

  function copy(entry: CaseListEntry) {
    const result = session.duplicateCase(entry.id, { retitle });
    if (result.status === 'ok') {
      show({
        tone: 'info',
        lines: [t('copied', { title: retitle(entry.meta?.title ?? '') })],
      });
    } else {
      show({
        tone: 'error',
        lines: [result.status === 'missing' ? t('copyFailed') : msg(t, saveMessage(result))],
      });
    }
  }

  function remove(entry: CaseListEntry) {
    const title = displayTitle(t, entry.meta?.title);
    const result = session.removeCase(entry.id);
    if (result.status === 'ok') {
      show({
        tone: 'info',
        lines: [t('deleted', { title })],
        undo: { removed: result.removed, title },
      });
    } else if (result.status === 'missing') {
      show({ tone: 'warning', lines: [t('storage:remove.missing')] });
    } else {
      show({ tone: 'error', lines: [t('deleteFailed')] });
    }
  }

  function undo() {
    const u = message?.undo;
    if (!u) return;
    const result = session.restoreCase(u.removed);
    if (result.status === 'ok') show({ tone: 'info', lines: [t('undone', { title: u.title })] });
    else if (result.status === 'exists')
      show({ tone: 'error', lines: [t('storage:remove.restoreExists')] });
    else show({ tone: 'error', lines: [msg(t, saveMessage({ status: result.status }))] });
  }

  function ask(p: Pending) {
    setMessage(null);
    setPending(p);
    setTimeout(() => askRef.current?.focus(), 0);
  }

  async function openFile(file: File) {
    setPending(null);
    if (await isZipFile(file)) {
      await openAppendix(file);
      return;
    }
    const result = await openCaseFile(file);
    if (result.status !== 'ok') {
      const lines = [msg(t, openFileMessage(result))];
      if (result.status === 'invalid')
        lines.push(...result.issues.map((i) => msg(t, issueMessage(i))));
      show({ tone: 'error', lines });
      return;
    }
    storeOpened(
      result.case,
      result.migrated,
      msg(t, openFileMessage(result)),
      result.freshIds ? t('storage:import.freshIds', { count: result.freshIds }) : undefined,
    );
  }

  /** Our Word appendix carries the case: opening it restores the case to continue. */
  async function openAppendix(file: File) {
    const [{ readReceivedFile, receivedMessage }] = await Promise.all([
      import('../../storage/read-received'),
      i18n.loadNamespaces('review'),
    ]);
    const result = await readReceivedFile(file);
    if (result.status !== 'ok') {
      const m = receivedMessage(result);
      show({ tone: 'error', lines: [t(`review:${m.key}`, m.values ?? {})] });
      return;
    }
    storeOpened(result.case, result.migrated, t('files.appendixOpened'));
  }

  /** Store a case read from a file (asking first if its id exists) and open it. */
  function storeOpened(c: Case, migrated: boolean, openedLine: string, note?: string) {
    const entry: BackupEntry = { index: 0, status: 'ok', case: c, migrated };
    const report = session.importEntries([entry]);
    if (report.conflicts.length > 0) {
      ask({ cases: [c], openAfter: true, prefix: [] });
      return;
    }
    if (report.imported.length > 0 || report.identical.length > 0) {
      if (note) {
        // The note must be read: stay on the list and offer the case as a link.
        show({
          tone: 'warning',
          lines: [openedLine, note],
          open: { href: paths.tasks(c.id), label: t('files.openImported') },
        });
        return;
      }
      show({ tone: 'info', lines: [openedLine] });
      navigate(paths.tasks(c.id));
      return;
    }
    show({ tone: 'error', lines: reportLines(t, report) });
  }

  async function restoreBackup(file: File) {
    setPending(null);
    const result = await readBackupFile(file);
    if (result.status !== 'ok') {
      show({ tone: 'error', lines: [msg(t, backupFileMessage(result))] });
      return;
    }
    const report = session.importEntries(result.entries);
    const lines = [msg(t, backupFileMessage(result)), ...reportLines(t, report)];
    if (report.conflicts.length > 0) {
      ask({ cases: report.conflicts.map((c) => c.incoming), openAfter: false, prefix: lines });
      return;
    }
    show({ tone: report.failed.length > 0 ? 'warning' : 'info', lines });
  }

  function answer(choice: 'replace' | 'copy' | 'cancel') {
    const p = pending;
    if (!p) return;
    setPending(null);
    if (choice === 'cancel') {
      show({ tone: 'info', lines: [...p.prefix, t('ask.cancelled')] });
      return;
    }
    const report =
      choice === 'replace'
        ? session.importReplacing(p.cases)
        : session.importCopies(p.cases, { retitle });
    const lines = [...p.prefix, ...reportLines(t, report)];
    const first = report.imported[0];
    if (p.openAfter && first) {
      show({ tone: 'info', lines });
      navigate(paths.tasks(first.id));
      return;
    }
    show({ tone: report.failed.length > 0 ? 'warning' : 'info', lines });
  }

  function backup() {
    const result = session.downloadBackup();
    if (result.status === 'ok')
      show({ tone: 'info', lines: [t('files.backupCreated', { count: result.count })] });
    else show({ tone: 'error', lines: [t('storage:backup.unavailable')] });
  }

  const entries = list.status === 'ok' ? list.entries.filter((e) => e.meta !== null) : [];
  const brokenInPlace =
    list.status === 'ok'
      ? list.entries
          .filter((e) => e.meta === null)
          .map((e) => ({ key: caseKey(e.id), id: e.id, at: null, bytes: 0 }))
      : [];
  const quarantined = list.status === 'ok' ? [...list.quarantined, ...brokenInPlace] : [];
  const shown = entries.filter((e) => matches(e, query));
  const isEmpty = list.status === 'ok' && entries.length === 0;

  let pendingText: ReactNode = null;
  if (pending) {
    const only = pending.cases.length === 1 ? pending.cases[0] : undefined;
    pendingText = only
      ? t('ask.one', {
          title: displayTitle(t, caseTitle(only.answers)),
        })
      : t('ask.many', { count: pending.cases.length });
  }

  return (
    <div className="home">
      <h1>{t('home.title')}</h1>
      <p>{t('home.intro')}</p>

      {message ? <MessageBox message={message} boxRef={messageRef} onUndo={undo} /> : null}

      {pending ? (
        <section className="notice notice--warning" aria-labelledby="ask-heading">
          <h2 id="ask-heading" ref={askRef} tabIndex={-1}>
            {t('ask.heading')}
          </h2>
          {pending.prefix.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
          <p>{pendingText}</p>
          <div className="button-group">
            <button type="button" className="button" onClick={() => answer('replace')}>
              {t('ask.replace')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => answer('copy')}
            >
              {t('ask.copy')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => answer('cancel')}
            >
              {t('ask.cancel')}
            </button>
          </div>
        </section>
      ) : null}

      {list.status === 'unavailable' ? (
        <div className="notice notice--error">{t('storage:load.unavailable')}</div>
      ) : null}

      {isEmpty ? (
        <section className="cases-empty" aria-labelledby="empty-heading">
          <h2 id="empty-heading">{t('empty.heading')}</h2>
          <p>{t('empty.body')}</p>
          <button type="button" className="button" onClick={newCase}>
            {t('home.newCase')}
          </button>
        </section>
      ) : (
        <>
          <div className="button-group">
            <button type="button" className="button" onClick={newCase}>
              {t('home.newCase')}
            </button>
          </div>
          {entries.length > 0 ? (
            <div className="form-group cases-search">
              <label className="label" htmlFor={ids.search}>
                {t('search.label')}
              </label>
              <div className="hint" id={ids.hint}>
                {t('search.hint')}
              </div>
              <input
                id={ids.search}
                className="input"
                type="search"
                aria-describedby={ids.hint}
                value={query}
                onChange={(e) => setQuery(e.currentTarget.value)}
              />
              <p role="status" className="cases-count">
                {query.trim()
                  ? shown.length === 0
                    ? t('search.noMatch', { query: query.trim() })
                    : t('search.count', { count: shown.length, total: entries.length })
                  : ''}
              </p>
            </div>
          ) : null}
          {shown.length > 0 ? (
            <TableScroll labelledBy="cases-caption">
              <table className="table cases-table">
                <caption className="visually-hidden" id="cases-caption">
                  {t('list.caption')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('list.title')}</th>
                    <th scope="col">{t('list.dnr')}</th>
                    <th scope="col">{t('list.committee')}</th>
                    <th scope="col">{t('list.updated')}</th>
                    <th scope="col">{t('list.status')}</th>
                    <th scope="col">{t('list.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((entry) => (
                    <CaseRow
                      key={entry.id}
                      entry={entry}
                      ctx={ctx}
                      onCopy={copy}
                      onDelete={remove}
                    />
                  ))}
                </tbody>
              </table>
            </TableScroll>
          ) : null}
        </>
      )}

      <Quarantine entries={quarantined} />

      <section aria-labelledby="files-heading" className="cases-files">
        <h2 id="files-heading">{t('files.heading')}</h2>
        <p>{t('files.intro')}</p>
        <div className="button-group">
          <FilePicker
            id={ids.file}
            label={t('files.openFileLabel')}
            buttonText={t('files.openFile')}
            accept=".json,application/json,.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onFile={(f) => void openFile(f)}
          />
          {!isEmpty ? (
            <button type="button" className="button button--secondary" onClick={backup}>
              {t('files.backup')}
            </button>
          ) : null}
          <FilePicker
            id={ids.backup}
            label={t('files.restoreLabel')}
            buttonText={t('files.restore')}
            onFile={(f) => void restoreBackup(f)}
          />
        </div>
        <p>
          <a href={paths.privacy()}>{t('files.privacy')}</a>
        </p>
      </section>
    </div>
  );
}
