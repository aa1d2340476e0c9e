/**
 * The Sami consultation log (lag 2022:66): one row per consultation with date,
 * parties, form, outcome and notes. Same row pattern as the measures.
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { consultationForms, consultationOutcomes } from '../../../checklist/types';
import type { Consultation } from '../../../checklist/types';
import type { FieldProps } from './field-props';
import { newRowId } from './field-props';
import { QuestionFrame } from './QuestionFrame';

type TextKey = 'date' | 'parties' | 'notes';

export function ConsultationsField(props: FieldProps<Consultation[]>) {
  const { id, value, onChange } = props;
  const { t } = useTranslation(['checklist', 'questions']);
  const addRef = useRef<HTMLButtonElement>(null);

  const update = (rowId: string, patch: Partial<Consultation>) =>
    onChange(value.map((c) => (c.id === rowId ? { ...c, ...patch } : c)));

  const add = () => {
    const row: Consultation = {
      id: newRowId(),
      date: '',
      parties: '',
      form: '',
      outcome: '',
      notes: '',
    };
    onChange([...value, row]);
    window.setTimeout(() => document.getElementById(`${id}-${row.id}-date`)?.focus(), 0);
  };

  const remove = (rowId: string) => {
    onChange(value.filter((c) => c.id !== rowId));
    addRef.current?.focus();
  };

  return (
    <QuestionFrame {...props} group>
      {() => (
        <>
          {value.length === 0 ? <p>{t('consultations.none')}</p> : null}
          {value.map((c, i) => {
            const rowLabel = t('consultations.row', { n: i + 1 });
            const fieldId = (key: string) => `${id}-${c.id}-${key}`;
            const label = (key: string) => (
              <label className="label" htmlFor={fieldId(key)}>
                <span className="visually-hidden">{rowLabel}:</span> {t(`consultations.${key}`)}
              </label>
            );
            const text = (key: TextKey) => ({
              id: fieldId(key),
              value: c[key],
              onChange: (e: { target: { value: string } }) =>
                update(c.id, { [key]: e.target.value }),
            });
            return (
              <fieldset key={c.id} className="repeat-row">
                <legend className="legend">{rowLabel}</legend>
                <div className="repeat-row__field">
                  {label('date')}
                  <div id={`${fieldId('date')}-hint`} className="hint">
                    {t('question.dateHint')}
                  </div>
                  <input
                    type="date"
                    className="input input--short"
                    aria-describedby={`${fieldId('date')}-hint`}
                    {...text('date')}
                  />
                </div>
                <div className="repeat-row__field">
                  {label('parties')}
                  <input type="text" className="input" {...text('parties')} />
                </div>
                <div className="repeat-row__field">
                  {label('form')}
                  <select
                    id={fieldId('form')}
                    className="select"
                    value={c.form}
                    onChange={(e) => update(c.id, { form: e.target.value as Consultation['form'] })}
                  >
                    <option value="">{t('consultations.choose')}</option>
                    {consultationForms.map((f) => (
                      <option key={f} value={f}>
                        {t(`options.consultationForm.${f}`, { ns: 'questions' })}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="repeat-row__field">
                  {label('outcome')}
                  <select
                    id={fieldId('outcome')}
                    className="select"
                    value={c.outcome}
                    onChange={(e) =>
                      update(c.id, { outcome: e.target.value as Consultation['outcome'] })
                    }
                  >
                    <option value="">{t('consultations.choose')}</option>
                    {consultationOutcomes.map((o) => (
                      <option key={o} value={o}>
                        {t(`options.consultationOutcome.${o}`, { ns: 'questions' })}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="repeat-row__field">
                  {label('notes')}
                  <textarea className="textarea textarea--short" rows={3} {...text('notes')} />
                </div>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => remove(c.id)}
                >
                  {t('consultations.remove')} <span className="visually-hidden">{rowLabel}</span>
                </button>
              </fieldset>
            );
          })}
          <button type="button" className="button button--secondary" ref={addRef} onClick={add}>
            {value.length === 0 ? t('consultations.addFirst') : t('consultations.add')}
          </button>
        </>
      )}
    </QuestionFrame>
  );
}
