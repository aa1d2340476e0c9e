/**
 * The statistics answer of SKR step 2: any number of sex-disaggregated tables. Removing
 * a table can be undone (the officer's figures are never lost to a slip of the mouse).
 */
import { useRef, useState } from 'react';
import { limits } from '../../../checklist/limits';
import { createTable } from '../../../checklist/statistics/paste';
import type { StatTable } from '../../../checklist/statistics-schema';
import { newId } from '../../../storage/ids';
import { StatTableEditor } from './StatTableEditor';
import { useStatsT } from '../../common/use-stats-t';
import './statistics.css';

export interface StatisticsFieldProps {
  value: StatTable[];
  onChange: (next: StatTable[]) => void;
  idPrefix: string;
}

export function StatisticsField({ value, onChange, idPrefix }: StatisticsFieldProps) {
  const { t, lng } = useStatsT();
  const [removed, setRemoved] = useState<{ table: StatTable; index: number } | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);

  const focusIndicator = (tableId: string) =>
    requestAnimationFrame(() =>
      document.getElementById(`${idPrefix}-${tableId}-indicator`)?.focus(),
    );

  const add = () => {
    if (value.length >= limits.statTables) return;
    const table = createTable(newId);
    onChange([...value, table]);
    setRemoved(null);
    focusIndicator(table.id);
  };

  const remove = (index: number) => {
    const table = value[index];
    if (!table) return;
    onChange(value.filter((_, i) => i !== index));
    setRemoved({ table, index });
    requestAnimationFrame(() => undoRef.current?.focus());
  };

  const undo = () => {
    if (!removed) return;
    const next = [...value];
    next.splice(Math.min(removed.index, next.length), 0, removed.table);
    onChange(next);
    focusIndicator(removed.table.id);
    setRemoved(null);
  };

  return (
    <div className="stat-field-root">
      {value.length === 0 && <p className="stat-hint">{t('stats:table.empty')}</p>}
      {value.map((table, i) => (
        <StatTableEditor
          key={table.id}
          table={table}
          index={i}
          idPrefix={`${idPrefix}-${table.id}`}
          onChange={(next) => onChange(value.map((x, j) => (j === i ? next : x)))}
          onRemove={() => remove(i)}
          t={t}
          lng={lng}
        />
      ))}
      <div role="status" aria-live="polite" className="stat-removed">
        {removed && (
          <>
            <p>
              {t('stats:table.removed', {
                name: removed.table.indicator.trim() || t('stats:table.untitled'),
              })}
            </p>
            <button type="button" className="stat-button" ref={undoRef} onClick={undo}>
              {t('stats:table.undoRemove')}
            </button>
          </>
        )}
      </div>
      <div className="stat-actions">
        <button
          type="button"
          className="stat-button"
          onClick={add}
          disabled={value.length >= limits.statTables}
        >
          {t('stats:table.add')}
        </button>
        {value.length >= limits.statTables && (
          <p className="stat-hint">{t('stats:table.limit', { max: limits.statTables })}</p>
        )}
      </div>
    </div>
  );
}
