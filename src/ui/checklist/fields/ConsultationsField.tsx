/**
 * The Sami consultation log (lag 2022:66): one row per party. Sametinget is the party the
 * duty is owed to; a sameby or Sami organisation is consulted in addition, as its own row
 * with its name. Each row records the request, the reply (asks for consultation / declines),
 * and once held: form, date, outcome and what came out of it. Same row pattern as the
 * measures. Whether the log meets the duty is `samiDuty` (rules), shown above the field.
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  consultationForms,
  consultationOutcomes,
  consultationParties,
  consultationReplies,
} from '../../../checklist/types';
import type { Consultation } from '../../../checklist/types';
import type { FieldProps } from './field-props';
import { newId } from '../../../storage/ids';
import { QuestionFrame } from './QuestionFrame';

type TextKey = 'requested' | 'date' | 'partyName' | 'notes';

export function emptyConsultation(id: string): Consultation {
  return {
    id,
    party: '',
    partyName: '',
    requested: '',
    reply: '',
    form: '',
    date: '',
    outcome: '',
    notes: '',
  };
}

export function ConsultationsField(props: FieldProps<Consultation[]>) {
  const { id, value, onChange } = props;
  const { t } = useTranslation(['checklist', 'questions']);
  const addRef = useRef<HTMLButtonElement>(null);

  const update = (rowId: string, patch: Partial<Consultation>) =>
    onChange(value.map((c) => (c.id === rowId ? { ...c, ...patch } : c)));

  const add = () => {
    // The first row is the one with Sametinget: it is the party the duty is owed to.
    const row: Consultation = {
      ...emptyConsultation(newId()),
      ...(value.length === 0 ? { party: 'sametinget' as const } : {}),
    };
    onChange([...value, row]);
    window.setTimeout(() => document.getElementById(`${id}-${row.id}-party`)?.focus(), 0);
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
            const dateField = (key: 'requested' | 'date') => (
              <div className="repeat-row__field">
                {label(key)}
                <div id={`${fieldId(key)}-hint`} className="hint">
                  {t('question.dateHint')}
                </div>
                <input
                  type="date"
                  className="input input--short"
                  aria-describedby={`${fieldId(key)}-hint`}
                  {...text(key)}
                />
              </div>
            );
            const declined = c.reply === 'avstar';
            const named = c.party === 'sameby' || c.party === 'organisation';
            return (
              <fieldset key={c.id} className="repeat-row">
                <legend className="legend">{rowLabel}</legend>
                <div className="repeat-row__field">
                  {label('party')}
                  <select
                    id={fieldId('party')}
                    className="select"
                    value={c.party}
                    onChange={(e) =>
                      update(c.id, { party: e.target.value as Consultation['party'] })
                    }
                  >
                    <option value="">{t('consultations.choose')}</option>
                    {consultationParties.map((p) => (
                      <option key={p} value={p}>
                        {t(`options.consultationParty.${p}`, { ns: 'questions' })}
                      </option>
                    ))}
                  </select>
                </div>
                {c.legacy?.parties.trim() ? (
                  <p className="hint">
                    {t('consultations.legacyParties', { parties: c.legacy.parties.trim() })}
                  </p>
                ) : null}
                {named ? (
                  <div className="repeat-row__field">
                    {label('partyName')}
                    <input type="text" className="input" {...text('partyName')} />
                  </div>
                ) : null}
                {dateField('requested')}
                <div className="repeat-row__field">
                  {label('reply')}
                  <select
                    id={fieldId('reply')}
                    className="select"
                    value={c.reply}
                    onChange={(e) =>
                      update(c.id, { reply: e.target.value as Consultation['reply'] })
                    }
                  >
                    <option value="">{t('consultations.choose')}</option>
                    {consultationReplies.map((r) => (
                      <option key={r} value={r}>
                        {t(`options.consultationReply.${r}`, { ns: 'questions' })}
                      </option>
                    ))}
                  </select>
                </div>
                {declined ? null : (
                  <>
                    <div className="repeat-row__field">
                      {label('form')}
                      <select
                        id={fieldId('form')}
                        className="select"
                        value={c.form}
                        onChange={(e) =>
                          update(c.id, { form: e.target.value as Consultation['form'] })
                        }
                      >
                        <option value="">{t('consultations.choose')}</option>
                        {consultationForms.map((f) => (
                          <option key={f} value={f}>
                            {t(`options.consultationForm.${f}`, { ns: 'questions' })}
                          </option>
                        ))}
                      </select>
                    </div>
                    {c.legacy?.form ? (
                      <p className="hint">
                        {t('consultations.legacyForm', { form: c.legacy.form })}
                      </p>
                    ) : null}
                    {dateField('date')}
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
                  </>
                )}
                <div className="repeat-row__field">
                  {label('notes')}
                  <div id={`${fieldId('notes')}-hint`} className="hint">
                    {t(declined ? 'consultations.notesHintDeclined' : 'consultations.notesHint')}
                  </div>
                  <textarea
                    className="textarea textarea--short"
                    rows={3}
                    aria-describedby={`${fieldId('notes')}-hint`}
                    {...text('notes')}
                  />
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
