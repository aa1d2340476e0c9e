/**
 * Editor of one statistics table: its description, which groups it has, the grid of
 * values with computed columns, paste from a spreadsheet, the chart and the sentence on
 * differences and similarities. All maths comes from `checklist/statistics`; this file
 * only renders it and turns events into a new StatTable.
 */
import { useRef, useState } from 'react';
import type { ClipboardEvent } from 'react';
import { limits } from '../../../checklist/limits';
import { statColumns } from '../../../checklist/statistics/columns';
import { computeTable } from '../../../checklist/statistics/compute';
import type { Lng, Translate } from '../../../checklist/statistics/format';
import { mergePaste, parsePaste } from '../../../checklist/statistics/paste';
import type { PasteProblem } from '../../../checklist/statistics/paste';
import { autoSentence, renderSentence } from '../../../checklist/statistics/sentence';
import { groupKeys, statUnits } from '../../../checklist/statistics-schema';
import type { GroupKey, StatRow, StatTable, StatUnit } from '../../../checklist/statistics-schema';
import { TableScroll } from '../../common/TableScroll';
import { newId } from '../../../storage/ids';
import { StatGrid } from './StatGrid';
import { StatChart } from '../../common/StatChart';

interface Notice {
  message: string;
  problems: PasteProblem[];
  undoLabel: string;
  undo: () => void;
}

export interface StatTableEditorProps {
  table: StatTable;
  index: number;
  idPrefix: string;
  onChange: (next: StatTable) => void;
  onRemove: () => void;
  t: Translate;
  lng: Lng;
}

/** Block-like clipboard text (a tab or a line break inside) is handled as a paste of cells. */
function isBlock(text: string): boolean {
  return /[\t\n\r]/u.test(text.replace(/(\r?\n)+$/u, ''));
}

export function StatTableEditor(props: StatTableEditorProps) {
  const { table, index, idPrefix, onChange, onRemove, t, lng } = props;
  const [notice, setNotice] = useState<Notice | null>(null);
  const [pasteText, setPasteText] = useState('');
  const [ownDraft, setOwnDraft] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const addRowRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLFieldSetElement>(null);

  const id = (suffix: string) => `${idPrefix}-${suffix}`;
  const stats = computeTable(table);
  const groups = stats.groups;
  // Counts: the shares are the sex composition; a gap and a ratio only come from rates.
  const columns = statColumns(table);
  const name = table.indicator.trim() || t('stats:table.untitled');

  const set = (patch: Partial<StatTable>) => onChange({ ...table, ...patch });
  const setRow = (rowIndex: number, row: StatRow) =>
    set({ rows: table.rows.map((r, i) => (i === rowIndex ? row : r)) });
  const rowName = (row: StatRow, i: number) =>
    row.label.trim() || t('stats:grid.rowName', { n: i + 1 });

  const showNotice = (n: Notice) => {
    setNotice(n);
    // Let the notice render, then move focus to it so a screen reader announces the result.
    requestAnimationFrame(() => noticeRef.current?.focus());
  };

  const focusFirstCell = (rowIndex: number) =>
    requestAnimationFrame(() => document.getElementById(id(`r${rowIndex}-label`))?.focus());

  const applyPaste = (text: string, at?: { row: number; group: GroupKey | 'label' }) => {
    const startGroup = at && at.group !== 'label' ? groups.indexOf(at.group) : 0;
    const result = parsePaste(text, {
      targetGroups: groups.slice(Math.max(0, startGroup)),
      ...(at?.group === 'label' ? { labelColumn: true } : {}),
    });
    if (result.rows.length === 0 && result.problems.length === 0) {
      showNotice({
        message: t('stats:paste.nothing'),
        problems: [],
        undoLabel: '',
        undo: () => {},
      });
      return;
    }
    const before = table;
    onChange(mergePaste(table, result, newId, at ? { row: at.row } : undefined));
    showNotice({
      message: t('stats:paste.done', { count: result.rows.length }),
      problems: result.problems,
      undoLabel: t('stats:paste.undo'),
      undo: () => {
        onChange(before);
        setNotice({
          message: t('stats:paste.undone'),
          problems: [],
          undoLabel: '',
          undo: () => {},
        });
      },
    });
  };

  const onCellPaste = (
    e: ClipboardEvent<HTMLInputElement>,
    rowIndex: number,
    group: GroupKey | 'label',
  ) => {
    const text = e.clipboardData.getData('text/plain');
    if (!isBlock(text)) return; // A single value: the browser pastes it into the input.
    e.preventDefault();
    applyPaste(text, { row: rowIndex, group });
  };

  const addRow = () => {
    if (table.rows.length >= limits.statRows) return;
    set({ rows: [...table.rows, { id: newId(), label: '', values: {} }] });
    focusFirstCell(table.rows.length);
  };

  const removeRow = (rowIndex: number) => {
    const before = table;
    const row = table.rows[rowIndex];
    if (!row) return;
    set({ rows: table.rows.filter((_, i) => i !== rowIndex) });
    showNotice({
      message: t('stats:grid.rowRemoved', { row: rowName(row, rowIndex) }),
      problems: [],
      undoLabel: t('stats:table.undoRemove'),
      undo: () => {
        onChange(before);
        setNotice(null);
        focusFirstCell(rowIndex);
      },
    });
  };

  const toggleGroup = (g: GroupKey, on: boolean) => {
    // Values of a group switched off are kept in the rows; switching it on again shows them.
    set({ groups: groupKeys.filter((k) => (k === g ? on : table.groups.includes(k))) });
  };

  const autoParts = autoSentence(table, lng);
  const autoText = renderSentence(autoParts, t);

  const hintId = (k: string) => id(`${k}-hint`);

  return (
    <fieldset className="stat-table" ref={rootRef}>
      <legend className="stat-table-legend">
        {/* A heading too, so "Diagram" (h3) sits under its table in the outline. */}
        <h2>{t('stats:table.heading', { n: index + 1, indicator: name })}</h2>
      </legend>

      <div className="stat-meta">
        <div className="stat-field">
          <label htmlFor={id('indicator')}>{t('stats:table.indicator')}</label>
          <p className="stat-hint" id={hintId('indicator')}>
            {t('stats:table.indicatorHint')}
          </p>
          <input
            id={id('indicator')}
            type="text"
            value={table.indicator}
            maxLength={limits.shortText}
            aria-describedby={hintId('indicator')}
            onChange={(e) => set({ indicator: e.target.value })}
          />
        </div>
        <div className="stat-field">
          <label htmlFor={id('unit')}>{t('stats:table.unit')}</label>
          <p className="stat-hint" id={hintId('unit')}>
            {t('stats:table.unitHint')}
          </p>
          <select
            id={id('unit')}
            value={table.unit}
            aria-describedby={hintId('unit')}
            onChange={(e) => set({ unit: e.target.value as StatUnit })}
          >
            {statUnits.map((u) => (
              <option key={u} value={u}>
                {t(`stats:units.${u}`)}
              </option>
            ))}
          </select>
        </div>
        {table.unit === 'other' && (
          <div className="stat-field">
            <label htmlFor={id('unitOther')}>{t('stats:table.unitOther')}</label>
            <input
              id={id('unitOther')}
              type="text"
              value={table.unitOther ?? ''}
              maxLength={limits.shortText}
              onChange={(e) => set({ unitOther: e.target.value })}
            />
          </div>
        )}
        {(['period', 'source', 'breakdown'] as const).map((k) => (
          <div className="stat-field" key={k}>
            <label htmlFor={id(k)}>{t(`stats:table.${k}`)}</label>
            <p className="stat-hint" id={hintId(k)}>
              {t(`stats:table.${k}Hint`)}
            </p>
            <input
              id={id(k)}
              type="text"
              value={table[k]}
              maxLength={limits.shortText}
              aria-describedby={hintId(k)}
              onChange={(e) => set({ [k]: e.target.value })}
            />
          </div>
        ))}
      </div>

      <fieldset className="stat-groups" aria-describedby={hintId('groups')}>
        <legend>{t('stats:table.groupsLegend')}</legend>
        <p className="stat-hint" id={hintId('groups')}>
          {t('stats:table.groupsHint')}
        </p>
        {groupKeys.map((g) => {
          const fixed = g === 'women' || g === 'men';
          return (
            <div className="stat-check" key={g}>
              <input
                type="checkbox"
                id={id(`group-${g}`)}
                checked={fixed || table.groups.includes(g)}
                disabled={fixed}
                onChange={(e) => toggleGroup(g, e.target.checked)}
              />
              <label htmlFor={id(`group-${g}`)}>{t(`stats:groups.${g}`)}</label>
            </div>
          );
        })}
      </fieldset>

      {table.unit === 'count' && (
        <div className="stat-check stat-with-base">
          <input
            type="checkbox"
            id={id('with-base')}
            checked={table.withBase === true}
            aria-describedby={hintId('with-base')}
            onChange={(e) => set({ withBase: e.target.checked })}
          />
          <label htmlFor={id('with-base')}>{t('stats:table.withBase')}</label>
          <p className="stat-hint" id={hintId('with-base')}>
            {t('stats:table.withBaseHint')}
          </p>
        </div>
      )}

      <StatGrid
        table={table}
        stats={stats}
        columns={columns}
        id={id}
        hintId={hintId('grid')}
        name={name}
        rowName={rowName}
        setRow={setRow}
        removeRow={removeRow}
        onCellPaste={onCellPaste}
        t={t}
        lng={lng}
      />
      <div className="stat-actions">
        <button
          type="button"
          className="stat-button"
          ref={addRowRef}
          onClick={addRow}
          disabled={table.rows.length >= limits.statRows}
        >
          {t('stats:grid.addRow')}
        </button>
        {table.rows.length >= limits.statRows && (
          <p className="stat-hint">{t('stats:grid.rowLimit', { max: limits.statRows })}</p>
        )}
      </div>

      <div className="stat-paste">
        <label htmlFor={id('paste')}>{t('stats:paste.cellLabel')}</label>
        <p className="stat-hint" id={hintId('paste')}>
          {t('stats:paste.hint')}
        </p>
        <textarea
          id={id('paste')}
          rows={4}
          value={pasteText}
          aria-describedby={hintId('paste')}
          onChange={(e) => setPasteText(e.target.value)}
        />
        <button
          type="button"
          className="stat-button"
          onClick={() => {
            applyPaste(pasteText);
            setPasteText('');
          }}
        >
          {t('stats:paste.button')}
        </button>
      </div>

      {notice && (
        <div className="stat-notice" ref={noticeRef} tabIndex={-1} role="status" aria-live="polite">
          <p>{notice.message}</p>
          {notice.problems.length > 0 && (
            <>
              <p>{t('stats:paste.problems', { count: notice.problems.length })}</p>
              <ul className="stat-problems">
                {notice.problems.map((p, i) => (
                  <li key={i}>
                    {t('stats:paste.problemItem', {
                      row: p.row,
                      column: p.column,
                      raw: p.raw,
                      message: t(p.key),
                    })}
                  </li>
                ))}
              </ul>
            </>
          )}
          {notice.undoLabel !== '' && (
            <button type="button" className="stat-button" onClick={notice.undo}>
              {notice.undoLabel}
            </button>
          )}
        </div>
      )}

      <section className="stat-chart-wrap" aria-labelledby={id('chart-heading')}>
        <h3 id={id('chart-heading')} className="stat-subheading">
          {t('stats:chart.heading')}
        </h3>
        <TableScroll className="stat-chart-scroll" labelledBy={id('chart-heading')}>
          <StatChart table={table} idPrefix={idPrefix} />
        </TableScroll>
      </section>

      <fieldset className="stat-sentence" aria-describedby={hintId('sentence')}>
        <legend>{t('stats:sentence.legend')}</legend>
        <p className="stat-hint" id={hintId('sentence')}>
          {t('stats:sentence.hint')}
        </p>
        <div className="stat-check">
          <input
            type="radio"
            id={id('sentence-auto')}
            name={id('sentence-mode')}
            checked={table.sentence === null}
            onChange={() => {
              setOwnDraft(table.sentence);
              set({ sentence: null });
            }}
          />
          <label htmlFor={id('sentence-auto')}>{t('stats:sentence.auto')}</label>
        </div>
        {table.sentence === null && (
          <p className="stat-sentence-auto">{autoText || t('stats:sentence.none')}</p>
        )}
        <div className="stat-check">
          <input
            type="radio"
            id={id('sentence-own')}
            name={id('sentence-mode')}
            checked={table.sentence !== null}
            onChange={() => set({ sentence: ownDraft ?? autoText })}
          />
          <label htmlFor={id('sentence-own')}>{t('stats:sentence.own')}</label>
        </div>
        {table.sentence !== null && (
          <div className="stat-field">
            <label htmlFor={id('sentence')}>{t('stats:sentence.ownLabel')}</label>
            <textarea
              id={id('sentence')}
              rows={3}
              value={table.sentence}
              maxLength={limits.longText}
              onChange={(e) => set({ sentence: e.target.value })}
            />
          </div>
        )}
      </fieldset>

      <div className="stat-actions">
        <button type="button" className="stat-button stat-button-danger" onClick={onRemove}>
          {t('stats:table.remove')}
        </button>
      </div>
    </fieldset>
  );
}
