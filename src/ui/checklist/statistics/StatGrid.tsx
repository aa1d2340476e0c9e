/**
 * The grid of a statistics table: a row per kön+ category with the values per group, the
 * base population when the officer gave one, and the computed columns the unit has
 * (`statColumns`, decided in src/checklist/statistics/columns.ts), with the total row.
 * Under 600 px each row is a card with every column's name next to its cell
 * (`table-stack`, ui/common/table-stack.css), so no column hides in a side scroll on a
 * phone; the ARIA roles keep the table's semantics in that layout.
 */
import type { ClipboardEvent } from 'react';
import { limits } from '../../../checklist/limits';
import { CellLabel } from '../../common/CellLabel';
import { TableScroll } from '../../common/TableScroll';
import { validateCell } from '../../../checklist/statistics/cell';
import type { StatColumns } from '../../../checklist/statistics/columns';
import { looksLikeSubset } from '../../../checklist/statistics/compute';
import type { RowStats, TableStats } from '../../../checklist/statistics/compute';
import {
  formatGap,
  formatPercent,
  formatRatio,
  formatValue,
} from '../../../checklist/statistics/format';
import type { Lng, Translate } from '../../../checklist/statistics/format';
import type { GroupKey, StatRow, StatTable, StatUnit } from '../../../checklist/statistics-schema';

function dash(v: number | null | undefined, f: (v: number) => string, t: Translate): string {
  return v == null ? t('stats:grid.notComputed') : f(v);
}

/** One number cell of the grid: the input, its accessible name and the cell's own problem. */
function NumberCell(props: {
  id: string;
  raw: string;
  unit: StatUnit;
  /** The column's header (shown over the cell in the card layout). */
  column: string;
  label: string;
  onChange: (value: string) => void;
  onPaste?: (e: ClipboardEvent<HTMLInputElement>) => void;
  t: Translate;
}) {
  const { id, raw, unit, column, label, onChange, onPaste, t } = props;
  const problem = validateCell(raw, unit);
  const msgId = `${id}-msg`;
  return (
    <td role="cell">
      <label className="cell-label" htmlFor={id} aria-hidden="true">
        {column}
      </label>
      <input
        id={id}
        className="stat-input stat-input-number"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={raw}
        maxLength={limits.cell}
        aria-label={label}
        aria-invalid={problem?.severity === 'error' ? true : undefined}
        aria-describedby={problem ? msgId : undefined}
        onChange={(e) => onChange(e.target.value)}
        onPaste={onPaste}
      />
      {problem && (
        <p id={msgId} className={`stat-cell-msg stat-cell-msg-${problem.severity}`}>
          {t(problem.key)}
        </p>
      )}
    </td>
  );
}

export interface StatGridProps {
  table: StatTable;
  stats: TableStats;
  columns: StatColumns;
  /** Element id from a suffix, unique to this table. */
  id: (suffix: string) => string;
  hintId: string;
  name: string;
  rowName: (row: StatRow, i: number) => string;
  setRow: (rowIndex: number, row: StatRow) => void;
  removeRow: (rowIndex: number) => void;
  onCellPaste: (
    e: ClipboardEvent<HTMLInputElement>,
    rowIndex: number,
    group: GroupKey | 'label',
  ) => void;
  t: Translate;
  lng: Lng;
}

export function StatGrid(props: StatGridProps) {
  const { table, stats, columns, id, hintId, name, rowName, setRow, removeRow, onCellPaste } =
    props;
  const { t, lng } = props;
  const groups = stats.groups;
  const summable = columns.total;
  const withShares = columns.shares;
  const withBase = columns.rates;
  const withGap = columns.gap;
  const withRatio = columns.ratio;
  const pairsShown = columns.pairs;

  // Column headers, used by the header row and by each cell's name in the card layout.
  const head = {
    label: table.breakdown.trim() || t('stats:grid.rowHeader'),
    group: (g: GroupKey) => t(`stats:groups.${g}`),
    base: (g: GroupKey) => t('stats:grid.base', { group: t(`stats:groups.${g}`) }),
    total: t('stats:grid.total'),
    share: (g: GroupKey) => t('stats:grid.share', { group: t(`stats:groupsLower.${g}`) }),
    rate: (g: GroupKey) => t('stats:grid.rate', { group: t(`stats:groupsLower.${g}`) }),
    gap: (p: string) => t(p === 'womenMen' ? 'stats:grid.gapWomenMen' : 'stats:grid.gapGirlsBoys'),
    ratio: (p: string) =>
      t(p === 'womenMen' ? 'stats:grid.ratioWomenMen' : 'stats:grid.ratioGirlsBoys'),
    actions: t('stats:grid.actions'),
  };

  const computed = (key: string, column: string, value: string) => (
    <td key={key} role="cell" className="stat-computed">
      <CellLabel>{column}</CellLabel>
      {value}
    </td>
  );

  const computedCells = (s: RowStats) => (
    <>
      {summable &&
        computed(
          'total',
          head.total,
          dash(s.total, (v) => formatValue(v, table.unit, lng), t),
        )}
      {withShares &&
        groups.map((g) =>
          computed(
            `share-${g}`,
            head.share(g),
            dash(s.shares[g], (v) => formatPercent(v, lng), t),
          ),
        )}
      {withBase &&
        groups.map((g) =>
          computed(
            `rate-${g}`,
            head.rate(g),
            dash(s.rates[g], (v) => formatPercent(v, lng), t),
          ),
        )}
      {withGap &&
        pairsShown.map((p) =>
          computed(
            `gap-${p}`,
            head.gap(p),
            dash(s.gapPp[p], (v) => formatGap(v, lng), t),
          ),
        )}
      {withRatio &&
        pairsShown.map((p) =>
          computed(
            `ratio-${p}`,
            head.ratio(p),
            dash(s.ratio[p], (v) => formatRatio(v, lng), t),
          ),
        )}
    </>
  );

  return (
    <>
      <p className="stat-hint" id={hintId}>
        {t('stats:grid.computedHint')}
      </p>
      <TableScroll className="stat-grid-wrap" labelledBy={id('grid-caption')}>
        <table
          className="stat-grid table-stack"
          role="table"
          aria-labelledby={id('grid-caption')}
          aria-describedby={hintId}
        >
          <caption id={id('grid-caption')}>{t('stats:grid.caption', { name })}</caption>
          <thead role="rowgroup">
            <tr role="row">
              {[
                head.label,
                ...groups.map(head.group),
                ...(withBase ? groups.map(head.base) : []),
                ...(summable ? [head.total] : []),
                ...(withShares ? groups.map(head.share) : []),
                ...(withBase ? groups.map(head.rate) : []),
                ...(withGap ? pairsShown.map(head.gap) : []),
                ...(withRatio ? pairsShown.map(head.ratio) : []),
                head.actions,
              ].map((h, i) => (
                <th scope="col" role="columnheader" key={i}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody role="rowgroup">
            {table.rows.map((row, ri) => {
              const s = stats.rows[ri];
              const rn = rowName(row, ri);
              const subset = s?.subset ?? false;
              return (
                <tr key={row.id} role="row" className={subset ? 'stat-row-subset' : undefined}>
                  <td role="cell">
                    <label className="cell-label" htmlFor={id(`r${ri}-label`)} aria-hidden="true">
                      {head.label}
                    </label>
                    <input
                      id={id(`r${ri}-label`)}
                      className="stat-input stat-input-label"
                      type="text"
                      value={row.label}
                      maxLength={limits.shortText}
                      aria-label={t('stats:grid.rowLabel', { n: ri + 1 })}
                      onChange={(e) => setRow(ri, { ...row, label: e.target.value })}
                      onPaste={(e) => onCellPaste(e, ri, 'label')}
                    />
                    {ri > 0 && (
                      <div className="stat-check stat-subset">
                        <input
                          type="checkbox"
                          id={id(`r${ri}-subset`)}
                          checked={subset}
                          aria-label={t('stats:grid.subsetLabel', { row: rn })}
                          onChange={(e) =>
                            setRow(ri, {
                              ...row,
                              // Following the label again when the choice matches what it says.
                              subset:
                                e.target.checked === looksLikeSubset(row.label)
                                  ? undefined
                                  : e.target.checked,
                            })
                          }
                        />
                        <label htmlFor={id(`r${ri}-subset`)}>{t('stats:grid.subset')}</label>
                      </div>
                    )}
                  </td>
                  {groups.map((g) => {
                    const raw = row.values[g] ?? '';
                    return (
                      <NumberCell
                        key={g}
                        id={id(`r${ri}-${g}`)}
                        raw={raw}
                        unit={table.unit}
                        column={head.group(g)}
                        label={t('stats:grid.cellLabel', {
                          group: t(`stats:groups.${g}`),
                          row: rn,
                        })}
                        onChange={(v) => setRow(ri, { ...row, values: { ...row.values, [g]: v } })}
                        onPaste={(e) => onCellPaste(e, ri, g)}
                        t={t}
                      />
                    );
                  })}
                  {withBase &&
                    groups.map((g) => (
                      <NumberCell
                        key={`base-${g}`}
                        id={id(`r${ri}-base-${g}`)}
                        raw={row.base?.[g] ?? ''}
                        unit="count"
                        column={head.base(g)}
                        label={t('stats:grid.baseCellLabel', {
                          group: t(`stats:groups.${g}`),
                          row: rn,
                        })}
                        onChange={(v) => setRow(ri, { ...row, base: { ...row.base, [g]: v } })}
                        t={t}
                      />
                    ))}
                  {s && computedCells(s)}
                  <td role="cell" className="stat-row-actions">
                    <button
                      type="button"
                      className="stat-button stat-button-quiet"
                      onClick={() => removeRow(ri)}
                    >
                      <span aria-hidden="true">{t('stats:grid.removeRowShort')}</span>
                      <span className="visually-hidden">
                        {t('stats:grid.removeRow', { row: rn })}
                      </span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
          {stats.total && (
            <tfoot role="rowgroup">
              <tr role="row">
                <th scope="row" role="rowheader">
                  {t('stats:grid.sumRow')}
                </th>
                {groups.map((g) =>
                  computed(
                    `sum-${g}`,
                    head.group(g),
                    dash(stats.total?.values[g], (v) => formatValue(v, table.unit, lng), t),
                  ),
                )}
                {withBase &&
                  groups.map((g) =>
                    computed(
                      `sum-base-${g}`,
                      head.base(g),
                      dash(stats.total?.base[g], (v) => formatValue(v, 'count', lng), t),
                    ),
                  )}
                {computedCells(stats.total)}
                <td role="cell" className="stat-row-actions" />
              </tr>
            </tfoot>
          )}
        </table>
      </TableScroll>
    </>
  );
}
