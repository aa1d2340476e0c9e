/**
 * Corrective measures (step 4) as repeating rows: measure, responsible, when,
 * follow-up. Every input's accessible name names its row ("Åtgärd 2: Ansvarig")
 * and each remove button names the row it removes. Focus follows the change:
 * a new row's first input after adding, the add button after removing.
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measure } from '../../../checklist/types';
import type { FieldProps } from './field-props';
import { newId } from '../../../storage/ids';
import { QuestionFrame } from './QuestionFrame';

const measureFields = ['measure', 'responsible', 'when', 'followUp'] as const;
type MeasureKey = (typeof measureFields)[number];
const multiline: ReadonlySet<MeasureKey> = new Set(['measure', 'followUp']);

export function MeasuresField(props: FieldProps<Measure[]>) {
  const { id, value, onChange } = props;
  const { t } = useTranslation('checklist');
  const addRef = useRef<HTMLButtonElement>(null);

  const update = (rowId: string, key: MeasureKey, text: string) =>
    onChange(value.map((m) => (m.id === rowId ? { ...m, [key]: text } : m)));

  const add = () => {
    const row: Measure = { id: newId(), measure: '', responsible: '', when: '', followUp: '' };
    onChange([...value, row]);
    // After React renders the row, start the officer in its first input.
    window.setTimeout(() => document.getElementById(`${id}-${row.id}-measure`)?.focus(), 0);
  };

  const remove = (rowId: string) => {
    onChange(value.filter((m) => m.id !== rowId));
    addRef.current?.focus();
  };

  return (
    <QuestionFrame {...props} group>
      {() => (
        <>
          {value.length === 0 ? <p>{t('measures.none')}</p> : null}
          {value.map((m, i) => {
            const n = i + 1;
            const rowLabel = t('measures.row', { n });
            return (
              <fieldset key={m.id} className="repeat-row">
                <legend className="legend">{rowLabel}</legend>
                {measureFields.map((key) => {
                  const inputId = `${id}-${m.id}-${key}`;
                  const common = {
                    id: inputId,
                    value: m[key],
                    onChange: (e: { target: { value: string } }) =>
                      update(m.id, key, e.target.value),
                  };
                  return (
                    <div className="repeat-row__field" key={key}>
                      <label className="label" htmlFor={inputId}>
                        <span className="visually-hidden">{rowLabel}:</span> {t(`measures.${key}`)}
                      </label>
                      {multiline.has(key) ? (
                        <textarea className="textarea textarea--short" rows={3} {...common} />
                      ) : (
                        <input type="text" className="input" {...common} />
                      )}
                    </div>
                  );
                })}
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => remove(m.id)}
                >
                  {t('measures.remove')} <span className="visually-hidden">{rowLabel}</span>
                </button>
              </fieldset>
            );
          })}
          <button type="button" className="button button--secondary" ref={addRef} onClick={add}>
            {value.length === 0 ? t('measures.addFirst') : t('measures.add')}
          </button>
        </>
      )}
    </QuestionFrame>
  );
}
