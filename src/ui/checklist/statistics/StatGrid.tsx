/**
 * The grid of a statistics table: a row per kön+ category with the values per group, the
 * base population when the officer gave one, and the computed columns the unit has
 * (`statColumns`, decided in src/checklist/statistics/columns.ts), with the total row.
 */
import type { ClipboardEvent } from 'react';
import { limits } from '../../../checklist/limits';
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
  label: string;
  onChange: (value: string) => void;
  onPaste?: (e: ClipboardEvent<HTMLInputElement>) => void;
  t: Translate;
}) {
  const { id, raw, unit, label, onChange, onPaste, t } = props;
  const problem = validateCell(raw, unit);
  const msgId = `${id}-msg`;
  return (
    <td>
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

  const computedCells = (s: RowStats) => (
    <>
      {summable && (
        <td className="stat-computed">
          {dash(s.total, (v) => formatValue(v, table.unit, lng), t)}
        </td>
      )}
      {withShares &&
        groups.map((g) => (
          <td key={g} className="stat-computed">
            {dash(s.shares[g], (v) => formatPercent(v, lng), t)}
          </td>
        ))}
      {withBase &&
        groups.map((g) => (
          <td key={g} className="stat-computed">
            {dash(s.rates[g], (v) => formatPercent(v, lng), t)}
          </td>
        ))}
      {withGap &&
        pairsShown.map((p) => (
          <td key={p} className="stat-computed">
            {dash(s.gapPp[p], (v) => formatGap(v, lng), t)}
          </td>
        ))}
      {withRatio &&
        pairsShown.map((p) => (
          <td key={p} className="stat-computed">
            {dash(s.ratio[p], (v) => formatRatio(v, lng), t)}
          </td>
        ))}
    </>
  );

  return (
    <>
      <p className="stat-hint" id={hintId}>
        {t('stats:grid.computedHint')}
      </p>
      <TableScroll className="stat-grid-wrap" labelledBy={id('grid-caption')}>
        <table className="stat-grid" aria-describedby={hintId}>
          <caption id={id('grid-caption')}>{t('stats:grid.caption', { name })}</caption>
          <thead>
            <tr>
              <th scope="col">{table.breakdown.trim() || t('stats:grid.rowHeader')}</th>
              {groups.map((g) => (
                <th scope="col" key={g}>
                  {t(`stats:groups.${g}`)}
                </th>
              ))}
              {withBase &&
                groups.map((g) => (
                  <th scope="col" key={`base-${g}`}>
                    {t('stats:grid.base', { group: t(`stats:groups.${g}`) })}
                  </th>
                ))}
              {summable && <th scope="col">{t('stats:grid.total')}</th>}
              {withShares &&
                groups.map((g) => (
                  <th scope="col" key={g}>
                    {t('stats:grid.share', { group: t(`stats:groupsLower.${g}`) })}
                  </th>
                ))}
              {withBase &&
                groups.map((g) => (
                  <th scope="col" key={`rate-${g}`}>
                    {t('stats:grid.rate', { group: t(`stats:groupsLower.${g}`) })}
                  </th>
                ))}
              {withGap &&
                pairsShown.map((p) => (
                  <th scope="col" key={p}>
                    {t(p === 'womenMen' ? 'stats:grid.gapWomenMen' : 'stats:grid.gapGirlsBoys')}
                  </th>
                ))}
              {withRatio &&
                pairsShown.map((p) => (
                  <th scope="col" key={p}>
                    {t(p === 'womenMen' ? 'stats:grid.ratioWomenMen' : 'stats:grid.ratioGirlsBoys')}
                  </th>
                ))}
              <th scope="col">{t('stats:grid.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, ri) => {
              const s = stats.rows[ri];
              const rn = rowName(row, ri);
              const subset = s?.subset ?? false;
              return (
                <tr key={row.id} className={subset ? 'stat-row-subset' : undefined}>
                  <td>
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
                        label={t('stats:grid.baseCellLabel', {
                          group: t(`stats:groups.${g}`),
                          row: rn,
                        })}
                        onChange={(v) => setRow(ri, { ...row, base: { ...row.base, [g]: v } })}
                        t={t}
                      />
                    ))}
                  {s && computedCells(s)}
                  <td>
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
            <tfoot>
              <tr>
                <th scope="row">{t('stats:grid.sumRow')}</th>
                {groups.map((g) => (
                  <td key={g} className="stat-computed">
                    {dash(stats.total?.values[g], (v) => formatValue(v, table.unit, lng), t)}
                  </td>
                ))}
                {withBase &&
                  groups.map((g) => (
                    <td key={`base-${g}`} className="stat-computed">
                      {dash(stats.total?.base[g], (v) => formatValue(v, 'count', lng), t)}
                    </td>
                  ))}
                {computedCells(stats.total)}
                <td />
              </tr>
            </tfoot>
          )}
        </table>
      </TableScroll>
    </>
  );
}
