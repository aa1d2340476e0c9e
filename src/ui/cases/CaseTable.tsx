/**
 * The case list's table (title, Dnr, committee, last change, status, actions) and its search.
 * Under 600 px the table is laid out as a list of cards (`table-stack`,
 * ui/common/table-stack.css): every element carries its ARIA role, so screen readers still
 * get rows and cells when CSS makes them blocks, and each cell shows its column's name
 * (`cell-label`).
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { paths } from '../../routing/router';
import type { CaseListEntry } from '../../storage/case-storage';
import { CellLabel } from '../common/CellLabel';
import { TableScroll } from '../common/TableScroll';
import { displayTitle } from './case-list-text';

/** Rows shown before "Show all": the list opens as fast with 1,000 cases as with 10. */
const FIRST_ROWS = 50;

function matches(entry: CaseListEntry, query: string): boolean {
  const q = query.trim().toLocaleLowerCase();
  if (!q) return true;
  const meta = entry.meta;
  return (
    (meta?.title ?? '').toLocaleLowerCase().includes(q) ||
    (meta?.dnr ?? '').toLocaleLowerCase().includes(q)
  );
}

function CaseStatus({ entry }: { entry: CaseListEntry }) {
  const { t } = useTranslation('cases');
  if (entry.result.status === 'too-new') {
    return <strong className="tag tag--not-applicable">{t('list.readOnly')}</strong>;
  }
  const status = entry.status;
  if (entry.result.status !== 'ok' || !status) return null;
  const gender =
    status.gender === 'sufficient' ? (
      <strong className="tag tag--complete">{t('status.sufficient')}</strong>
    ) : status.gender === 'not-applicable' ? (
      <strong className="tag tag--not-applicable">{t('status.notApplicable')}</strong>
    ) : (
      <strong className="tag tag--needs-completion">
        {t('status.needsCompletion', { steps: status.steps.join(', ') })}
      </strong>
    );
  const missing = status.missing;
  // The same conclusion as the review screen (kept in the list index, case-index.ts).
  return (
    <ul className="case-status">
      {status.samiBlocked ? (
        <li>
          <strong className="tag tag--sami-blocked">{t('status.samiBlocked')}</strong>
        </li>
      ) : null}
      <li>{gender}</li>
      {status.parts.map((p) => (
        <li key={p}>
          <strong className="tag tag--needs-completion">{t(`status.parts.${p}`)}</strong>
        </li>
      ))}
      <li>{missing === 0 ? t('status.complete') : t('status.missing', { count: missing })}</li>
    </ul>
  );
}

/** The words every row repeats, translated once per table rather than once per row. */
function rowWords(t: TFunction<'cases'>) {
  return {
    dnr: t('list.dnr'),
    committee: t('list.committee'),
    updated: t('list.updated'),
    status: t('list.status'),
    actions: t('list.actions'),
    none: t('list.none'),
    open: t('list.open'),
    copy: t('list.copy'),
    delete: t('list.delete'),
  };
}
type RowWords = ReturnType<typeof rowWords>;

function CaseRow({
  entry,
  words: w,
  onCopy,
  onDelete,
}: {
  entry: CaseListEntry;
  words: RowWords;
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
    <tr role="row">
      <th scope="row" role="rowheader" className="cases-table__title">
        <a href={paths.tasks(entry.id)}>{title}</a>
      </th>
      <td role="cell" className="cases-table__meta">
        <CellLabel>{w.dnr}</CellLabel>
        {entry.meta?.dnr || w.none}
      </td>
      <td role="cell" className="cases-table__meta">
        <CellLabel>{w.committee}</CellLabel>
        {entry.meta?.committee || w.none}
      </td>
      <td role="cell" className="cases-table__meta">
        <CellLabel>{w.updated}</CellLabel>
        {updated && !Number.isNaN(updated.getTime()) ? (
          <time dateTime={entry.meta?.updatedAt}>{t('list.updatedAt', { date: updated })}</time>
        ) : (
          w.none
        )}
      </td>
      <td role="cell">
        <CellLabel>{w.status}</CellLabel>
        <CaseStatus entry={entry} />
      </td>
      <td role="cell">
        <CellLabel>{w.actions}</CellLabel>
        <div className="case-actions">
          <a className="link-button" href={paths.tasks(entry.id)}>
            {w.open}
            {forCase}
          </a>
          {readable ? (
            <button type="button" className="link-button" onClick={() => onCopy(entry)}>
              {w.copy}
              {forCase}
            </button>
          ) : null}
          <button type="button" className="link-button" onClick={() => onDelete(entry)}>
            {w.delete}
            {forCase}
          </button>
        </div>
      </td>
    </tr>
  );
}

interface CaseTableProps {
  entries: CaseListEntry[];
  onCopy: (entry: CaseListEntry) => void;
  onDelete: (entry: CaseListEntry) => void;
}

/** The search field (when there are cases) and the table of the cases that match. */
export function CaseTable({ entries, onCopy, onDelete }: CaseTableProps) {
  const { t } = useTranslation('cases');
  const [query, setQuery] = useState('');
  const [showAll, setShowAll] = useState(false);
  const ids = { search: useId(), hint: useId() };
  const matching = entries.filter((e) => matches(e, query));
  // A long list opens with the most recently changed cases; the rest on request (or by search).
  const shown = showAll ? matching : matching.slice(0, FIRST_ROWS);
  const words = useMemo(() => rowWords(t), [t]);
  return (
    <>
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
              ? matching.length === 0
                ? t('search.noMatch', { query: query.trim() })
                : t('search.count', { count: matching.length, total: entries.length })
              : ''}
          </p>
        </div>
      ) : null}
      {shown.length > 0 ? (
        <TableScroll labelledBy="cases-caption">
          <table className="table table-stack cases-table" role="table">
            <caption className="visually-hidden" id="cases-caption">
              {t('list.caption')}
            </caption>
            <thead role="rowgroup">
              <tr role="row">
                {(['title', 'dnr', 'committee', 'updated', 'status', 'actions'] as const).map(
                  (col) => (
                    <th scope="col" role="columnheader" key={col}>
                      {t(`list.${col}`)}
                    </th>
                  ),
                )}
              </tr>
            </thead>
            <tbody role="rowgroup">
              {shown.map((entry) => (
                <CaseRow
                  key={entry.id}
                  entry={entry}
                  words={words}
                  onCopy={onCopy}
                  onDelete={onDelete}
                />
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      {shown.length < matching.length ? (
        <div className="button-group">
          <p>{t('list.firstRows', { shown: shown.length, count: matching.length })}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setShowAll(true)}
          >
            {t('list.showAll', { count: matching.length })}
          </button>
        </div>
      ) : null}
    </>
  );
}
