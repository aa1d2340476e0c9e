/**
 * "Uppföljning" (issue 14): the strategist picks or drops many appendices and case files, they
 * are read and counted in a Web Worker (with progress and cancel), and the screen shows the
 * counts per committee and year with filters, the files not counted and their reasons, and
 * exports the CSV and the Word report. Nothing leaves the machine; only summaries are kept.
 *
 * "Also count the cases stored in this browser" reads the case records through the same worker
 * (followup-stored.ts), as a run of its own: its summaries are kept beside the files' and the
 * two are counted together (a case in both counts once, the newest), so ticking or unticking
 * it never reads the files again.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ChangeEvent, DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRuleContext } from '../../session/rule-context';
import { useSession, useSessionState } from '../../session/session-context';
import { useDocumentTitle } from '../../routing/use-document-title';
import { aggregateCounted } from '../../format/followup/aggregate';
import type { FollowupFilters, Tertial } from '../../format/followup/aggregate';
import { followupCsv } from '../../format/followup/csv';
import type { FollowupTranslate } from '../../format/followup/measures';
import type { Rejection } from '../../format/followup/read-json';
import { rejectionText } from '../../format/followup/rejection-text';
import { downloadFile } from '../../storage/case-files';
import { countFollowupFiles, droppedFiles, pickedFiles } from '../../storage/followup-files';
import type { FollowupRun, NamedFile } from '../../storage/followup-files';
import { countStoredCases, storedCaseCount } from '../../storage/followup-stored';
import type { StoredLabel } from '../../storage/followup-stored';
import { Notice } from '../common/Notice';
import { FollowupResults } from './FollowupResults';
import './followup.css';

const ACCEPT = '.docx,.json';

function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

interface Done extends FollowupRun {
  total: number;
}

type Source = 'files' | 'stored';

export function FollowupPage() {
  const { t, i18n } = useTranslation('followup');
  useDocumentTitle(t('screen.title'));
  const ctx = useRuleContext();
  const session = useSession();
  const { listVersion } = useSessionState();
  const inputId = useId();
  const progressId = useId();
  const [progress, setProgress] = useState<{
    done: number;
    total: number;
    source: Source;
  } | null>(null);
  const [filesRun, setFilesRun] = useState<Done | null>(null);
  const [storedRun, setStoredRun] = useState<Done | null>(null);
  const [includeStored, setIncludeStored] = useState(false);
  const [finished, setFinished] = useState(0);
  const [filters, setFilters] = useState<FollowupFilters>({});
  const [docx, setDocx] = useState<'idle' | 'working' | 'failed'>('idle');
  const abort = useRef<AbortController | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => () => abort.current?.abort(), []);
  useEffect(() => {
    if (finished > 0) resultHeading.current?.focus();
  }, [finished]);
  const storedCount = useMemo(
    () => storedCaseCount(session.repo),
    [session, listVersion], // eslint-disable-line react-hooks/exhaustive-deps
  );

  async function start(
    source: Source,
    total: number,
    work: (opts: {
      signal: AbortSignal;
      onProgress: (done: number, total: number) => void;
    }) => Promise<FollowupRun>,
  ) {
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ done: 0, total, source });
    let seen = total; // the stored records may have changed since they were counted
    const result = await work({
      signal: controller.signal,
      onProgress: (done, all) => {
        seen = all;
        setProgress({ done, total: all, source });
      },
    });
    abort.current = null;
    setProgress(null);
    setFilters({});
    (source === 'files' ? setFilesRun : setStoredRun)({ ...result, total: seen });
    setFinished((n) => n + 1);
  }

  function count(files: NamedFile[]) {
    if (files.length === 0 || abort.current) return;
    void start('files', files.length, (opts) => countFollowupFiles(files, ctx, opts));
  }

  function countStored() {
    if (abort.current) return;
    session.flush(); // the open case as last typed
    const label: StoredLabel = (meta, id) =>
      t('stored.file', {
        title: meta?.title.trim() || meta?.dnr.trim() || t('stored.untitled', { id }),
      });
    void start('stored', storedCount, (opts) => countStoredCases(session.repo, ctx, label, opts));
  }

  function onStoredToggle(e: ChangeEvent<HTMLInputElement>) {
    const on = e.currentTarget.checked;
    setIncludeStored(on);
    if (on) countStored();
    else setStoredRun(null);
  }

  // The files' and the stored cases' summaries, counted together.
  const stored = includeStored ? storedRun : null;
  const run = useMemo(
    () =>
      filesRun || stored
        ? {
            counted: [...(filesRun?.counted ?? []), ...(stored?.counted ?? [])],
            rejected: [...(filesRun?.rejected ?? []), ...(stored?.rejected ?? [])],
          }
        : null,
    [filesRun, stored],
  );

  function onPick(e: ChangeEvent<HTMLInputElement>) {
    const input = e.currentTarget;
    const files = input.files ? pickedFiles(input.files) : [];
    input.value = '';
    void count(files);
  }

  function onDrop(e: DragEvent<HTMLDivElement>) {
    e.preventDefault();
    void droppedFiles(e.dataTransfer).then(count);
  }

  const result = useMemo(
    () => (run ? aggregateCounted(run.counted, filters) : null),
    [run, filters],
  );
  const options = useMemo(() => {
    const departments = new Map<string, string>();
    const years = new Set<number>();
    for (const c of run?.counted ?? []) {
      const d = c.summary.department.trim();
      if (d) departments.set(d.toLocaleLowerCase('sv'), d);
      if (/^\d{4}-/.test(c.date)) years.add(Number(c.date.slice(0, 4)));
    }
    return {
      departments: [...departments.values()].sort((a, b) => a.localeCompare(b, 'sv')),
      years: [...years].sort(),
    };
  }, [run]);

  const tr = t as unknown as FollowupTranslate;
  const rejected = useMemo(() => {
    if (!run || !result) return [];
    const all: Rejection[] = [
      ...run.rejected,
      ...result.duplicates.map((d) => ({
        file: d.file,
        reason: 'duplicate' as const,
        keptFile: d.keptFile,
      })),
    ];
    return all.map((r) => ({ file: r.file, reason: rejectionText(r, tr) }));
  }, [run, result, tr]);

  const counted = result?.groups.reduce((s, g) => s + g.cases.length, 0) ?? 0;
  const differs = result?.groups.reduce((s, g) => s + g.differs.length, 0) ?? 0;

  function downloadCsv() {
    if (!result) return;
    const text = followupCsv(result.groups, tr);
    downloadFile({
      blob: new Blob([text], { type: 'text/csv;charset=utf-8' }),
      fileName: `uppfoljning-${today()}.csv`,
    });
  }

  async function downloadDocx() {
    if (!result) return;
    setDocx('working');
    try {
      const lng = i18n.language === 'en' ? 'en' : 'sv';
      const fixed = i18n.getFixedT(lng) as unknown as FollowupTranslate;
      const period =
        filters.tertial !== undefined
          ? `T${filters.tertial}${filters.year ? ` ${filters.year}` : ''}`
          : filters.year !== undefined
            ? String(filters.year)
            : '';
      const { renderFollowupReport } = await import('../../appendix/followup-report');
      const bytes = await renderFollowupReport(result.groups, {
        t: fixed,
        lng,
        rejected,
        filters: { department: filters.department ?? '', period },
      });
      downloadFile({
        blob: new Blob([bytes], {
          type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        }),
        fileName: `uppfoljning-${today()}.docx`,
      });
      setDocx('idle');
    } catch {
      setDocx('failed');
    }
  }

  const reading = progress !== null;
  const setFilter = (patch: Partial<FollowupFilters>) =>
    setFilters((f) => {
      const next = { ...f, ...patch };
      for (const k of Object.keys(next) as (keyof FollowupFilters)[]) {
        if (next[k] === undefined) delete next[k];
      }
      return next;
    });

  return (
    <>
      <h1>{t('screen.title')}</h1>
      <p>{t('screen.intro')}</p>
      <p className="followup-privacy">{t('screen.local')}</p>
      <div
        className="followup-drop no-print"
        onDragOver={(e) => e.preventDefault()}
        onDrop={onDrop}
      >
        <div className="form-group">
          <label className="label" htmlFor={inputId}>
            {t('screen.pick')}
          </label>
          <div className="hint" id={`${inputId}-hint`}>
            {t('screen.pickHint')}
          </div>
          <input
            id={inputId}
            className="file-input"
            type="file"
            multiple
            accept={ACCEPT}
            aria-describedby={`${inputId}-hint`}
            disabled={reading}
            onChange={onPick}
          />
        </div>
        <p className="followup-drop__text" aria-hidden="true">
          {t('screen.drop')}
        </p>
      </div>
      <div className="form-group no-print">
        <div className="choice">
          <input
            type="checkbox"
            id={`${inputId}-stored`}
            checked={includeStored}
            disabled={reading || (storedCount === 0 && !includeStored)}
            aria-describedby={`${inputId}-stored-hint`}
            onChange={onStoredToggle}
          />
          <label htmlFor={`${inputId}-stored`}>{t('stored.option', { count: storedCount })}</label>
        </div>
        <div className="hint" id={`${inputId}-stored-hint`}>
          {storedCount === 0 ? t('stored.none') : t('stored.hint')}
        </div>
      </div>
      <div role="status" className="followup-status">
        {progress && (
          <p id={progressId}>
            {t('screen.progressLabel')}:{' '}
            {t(progress.source === 'files' ? 'screen.progress' : 'stored.progress', progress)}
          </p>
        )}
      </div>
      {progress && (
        <div className="followup-progress">
          <progress aria-labelledby={progressId} max={progress.total} value={progress.done} />
          <button
            type="button"
            className="button button--secondary"
            onClick={() => abort.current?.abort()}
          >
            {t('screen.cancel')}
          </button>
        </div>
      )}
      {run && result && (
        <section aria-labelledby={`${inputId}-result`}>
          <h2 id={`${inputId}-result`} ref={resultHeading} tabIndex={-1}>
            {t('screen.resultHeading')}
          </h2>
          {filesRun?.cancelled && (
            <Notice variant="warning" as="p">
              {t('screen.cancelled', { done: filesRun.done, total: filesRun.total })}
            </Notice>
          )}
          {stored?.cancelled && (
            <Notice variant="warning" as="p">
              {t('stored.cancelled', { done: stored.done, total: stored.total })}
            </Notice>
          )}
          <p>
            {stored
              ? t('stored.summary', {
                  files: t('screen.summaryFiles', { count: filesRun?.done ?? 0 }),
                  stored: t('stored.summaryStored', { count: stored.done }),
                  counted: t('screen.summaryCounted', { count: counted }),
                  rejected: t('stored.summaryRejected', { count: rejected.length }),
                })
              : t('screen.summary', {
                  files: t('screen.summaryFiles', { count: filesRun?.done ?? 0 }),
                  counted: t('screen.summaryCounted', { count: counted }),
                  rejected: t('screen.summaryRejected', { count: rejected.length }),
                })}
          </p>
          {differs > 0 && (
            <Notice variant="warning" as="p">
              {t('screen.differs', { count: differs })}
            </Notice>
          )}
          <fieldset className="followup-filters no-print">
            <legend>{t('screen.filters')}</legend>
            <div className="form-group">
              <label className="label" htmlFor={`${inputId}-dep`}>
                {t('screen.department')}
              </label>
              <select
                id={`${inputId}-dep`}
                className="select"
                value={filters.department ?? ''}
                onChange={(e) => setFilter({ department: e.target.value || undefined })}
              >
                <option value="">{t('screen.allDepartments')}</option>
                {options.departments.map((d) => (
                  <option key={d} value={d}>
                    {d}
                  </option>
                ))}
              </select>
            </div>
            <div className="form-group">
              <label className="label" htmlFor={`${inputId}-year`}>
                {t('screen.year')}
              </label>
              <select
                id={`${inputId}-year`}
                className="select"
                value={filters.year ?? ''}
                onChange={(e) =>
                  setFilter({ year: e.target.value ? Number(e.target.value) : undefined })
                }
              >
                <option value="">{t('screen.allYears')}</option>
                {options.years.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </div>
            <div className="form-group">
              <label className="label" htmlFor={`${inputId}-tertial`}>
                {t('screen.tertial')}
              </label>
              <select
                id={`${inputId}-tertial`}
                className="select"
                value={filters.tertial ?? ''}
                onChange={(e) =>
                  setFilter({
                    tertial: e.target.value ? (Number(e.target.value) as Tertial) : undefined,
                  })
                }
              >
                <option value="">{t('screen.wholeYear')}</option>
                {[1, 2, 3].map((n) => (
                  <option key={n} value={n}>
                    {t('screen.tertialN', { n })}
                  </option>
                ))}
              </select>
            </div>
          </fieldset>
          {result.filteredOut > 0 && (
            <p>{t('screen.filteredOut', { count: result.filteredOut })}</p>
          )}
          <div className="button-group no-print">
            <button type="button" className="button" onClick={downloadCsv}>
              {t('screen.csv')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={docx === 'working'}
              onClick={() => void downloadDocx()}
            >
              {t('screen.docx')}
            </button>
          </div>
          <div role="status">{docx === 'working' && <p>{t('screen.docxWorking')}</p>}</div>
          {docx === 'failed' && (
            <Notice variant="error" as="p" role="alert">
              {t('screen.docxFailed')}
            </Notice>
          )}
          <FollowupResults
            groups={result.groups}
            rejected={rejected}
            withStored={stored !== null}
          />
        </section>
      )}
    </>
  );
}
