/**
 * The settings page: the organisation's deployed settings (config.json), any problems in that
 * file for the administrator, and — where the deployment allows it — a form to override the
 * settings on this computer. The rules live in src/config; this page only shows and edits.
 */
import { useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import {
  diffOverrides,
  formatAppendixLabel,
  mergeOverrides,
  minorityLanguages,
} from '../../config/config-schema';
import type { OrgConfig } from '../../config/config-schema';
import { useOrgConfig } from '../../config/config-context';
import { ConfigProblemsMessage } from './ConfigProblemsMessage';
import { TemplateStatus } from './TemplateStatus';
import { PersonalSettings } from './PersonalSettings';
import { ErrorSummary } from '../common/ErrorSummary';
import { TableScroll } from '../common/TableScroll';
import type { ErrorSummaryItem } from '../common/ErrorSummary';
import { formValuesFrom, newGoalId, settingsFormSchema, wantedFrom } from './settings-form';
import type { SettingsFormValues } from './settings-form';
import './settings.css';
import { Notice } from '../common/Notice';

export function SettingsPage() {
  const { t } = useTranslation('settings');
  const cfg = useOrgConfig();
  return (
    <div className="settings">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {cfg.status === 'loading' && <p role="status">{t('loading')}</p>}
      <ConfigProblemsMessage problems={cfg.problems} />
      <PersonalSettings />
      <DeployedSettings config={cfg.deployed} found={cfg.found} />
      <section aria-labelledby="settings-local-heading">
        <h2 id="settings-local-heading">{t('local.heading')}</h2>
        {cfg.deployed.allowLocalOverrides ? (
          // A new form once the deployed settings have loaded, so its defaults are right.
          <LocalSettingsForm key={cfg.status} />
        ) : (
          <p>{t('local.notAllowed')}</p>
        )}
      </section>
    </div>
  );
}

function DeployedSettings({ config, found }: { config: OrgConfig; found: boolean }) {
  const { t } = useTranslation('settings');
  const notSet = <span className="settings__muted">{t('deployed.notSet')}</span>;
  return (
    <section aria-labelledby="settings-deployed-heading">
      <h2 id="settings-deployed-heading">{t('deployed.heading')}</h2>
      <p className="hint">{found ? t('deployed.hint') : t('deployed.noFile')}</p>

      <h3>{t('deployed.organisation')}</h3>
      <dl className="settings__list">
        <div>
          <dt>{t('deployed.name')}</dt>
          <dd>{config.organisation.name || notSet}</dd>
        </div>
        <div>
          <dt>{t('deployed.shortName')}</dt>
          <dd>{config.organisation.shortName ?? notSet}</dd>
        </div>
        <div>
          <dt>{t('deployed.kind')}</dt>
          <dd>
            {config.organisation.kind ? t(`deployed.kinds.${config.organisation.kind}`) : notSet}
          </dd>
        </div>
      </dl>

      <h3>{t('deployed.committees')}</h3>
      {config.committees.length > 0 ? (
        <ul>
          {config.committees.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      ) : (
        <p>{t('deployed.noCommittees')}</p>
      )}

      <h3>{t('deployed.goals')}</h3>
      {config.goals.length > 0 ? (
        <TableScroll labelledBy="settings-goals-caption">
          <table className="table">
            <caption className="visually-hidden" id="settings-goals-caption">
              {t('deployed.goalsCaption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('deployed.goalId')}</th>
                <th scope="col">{t('deployed.goalSv')}</th>
                <th scope="col">{t('deployed.goalEn')}</th>
              </tr>
            </thead>
            <tbody>
              {config.goals.map((g) => (
                <tr key={g.id}>
                  <td>
                    <code>{g.id}</code>
                  </td>
                  <td lang="sv">{g.sv}</td>
                  <td lang={g.en ? 'en' : undefined}>
                    {g.en ?? <span className="settings__muted">{t('deployed.noTranslation')}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <p>{t('deployed.noGoals')}</p>
      )}

      <h3>{t('deployed.adminLanguages')}</h3>
      {config.adminLanguages.length > 0 ? (
        <ul>
          {config.adminLanguages.map((l) => (
            <li key={l}>{t(`languages.${l}`)}</li>
          ))}
        </ul>
      ) : (
        <p>{t('deployed.noAdminLanguages')}</p>
      )}

      <h3>{t('deployed.appendix')}</h3>
      <dl className="settings__list">
        <div>
          <dt>{t('deployed.labelFormat')}</dt>
          <dd>
            <code>{config.appendix.labelFormat}</code>{' '}
            <span className="settings__muted">
              {t('deployed.labelExample', {
                example: formatAppendixLabel(config.appendix.labelFormat, 1),
              })}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('deployed.footer')}</dt>
          <dd>{config.appendix.footer ?? notSet}</dd>
        </div>
        <div>
          <dt>{t('template.label')}</dt>
          <TemplateStatus path={config.appendix.template} />
        </div>
        <div>
          <dt>{t('deployed.overrides')}</dt>
          <dd>
            {config.allowLocalOverrides
              ? t('deployed.overridesAllowed')
              : t('deployed.overridesNotAllowed')}
          </dd>
        </div>
      </dl>
    </section>
  );
}

const ID = 'settings';
const committeeId = (i: number) => `${ID}-committee-${i}`;
const goalSvId = (i: number) => `${ID}-goal-${i}-sv`;
const goalEnId = (i: number) => `${ID}-goal-${i}-en`;
const labelFormatId = `${ID}-label-format`;
const footerId = `${ID}-footer`;

const overrideFields = ['committees', 'goals', 'adminLanguages', 'appendix'] as const;

function LocalSettingsForm() {
  const { t } = useTranslation('settings');
  const { deployed, effective, localOverrides, overridesPersisted, setLocalOverrides } =
    useOrgConfig();
  const {
    register,
    control,
    handleSubmit,
    reset,
    getValues,
    formState: { errors },
  } = useForm<SettingsFormValues>({
    resolver: zodResolver(settingsFormSchema),
    defaultValues: formValuesFrom(effective),
    // Focus goes to the error summary instead (GOV.UK pattern), and errors change only on
    // submit, so the summary never moves focus away from a field while the user types.
    shouldFocusError: false,
    reValidateMode: 'onSubmit',
  });
  const committees = useFieldArray({ control, name: 'committees' });
  const goals = useFieldArray({ control, name: 'goals' });
  const addCommitteeRef = useRef<HTMLButtonElement>(null);
  const addGoalRef = useRef<HTMLButtonElement>(null);
  const [failedSubmits, setFailedSubmits] = useState(0);
  const [status, setStatus] = useState<'saved' | 'reset' | null>(null);

  // Errors in page order, for the summary and the inline messages.
  const errorItems: ErrorSummaryItem[] = [];
  const fieldError = (id: string, key: string | undefined): string | undefined => {
    if (!key) return undefined;
    const message = t(key);
    errorItems.push({ id, message });
    return message;
  };
  const committeeErrors = committees.fields.map((_, i) =>
    fieldError(committeeId(i), errors.committees?.[i]?.name?.message),
  );
  const goalErrors = goals.fields.map((_, i) => ({
    sv: fieldError(goalSvId(i), errors.goals?.[i]?.sv?.message),
    en: fieldError(goalEnId(i), errors.goals?.[i]?.en?.message),
  }));
  const labelFormatError = fieldError(labelFormatId, errors.labelFormat?.message);
  const footerError = fieldError(footerId, errors.footer?.message);

  const save = (values: SettingsFormValues) => {
    const overrides = diffOverrides(deployed, wantedFrom(values));
    setLocalOverrides(overrides);
    reset(formValuesFrom(mergeOverrides(deployed, overrides)));
    setStatus('saved');
  };
  const onInvalid = () => {
    setStatus(null);
    setFailedSubmits((n) => n + 1);
  };
  const resetToDeployed = () => {
    setLocalOverrides(null);
    reset(formValuesFrom(deployed));
    setStatus('reset');
  };

  const active = overrideFields.filter((f) => localOverrides?.[f] !== undefined);

  return (
    <>
      <p>{t('local.intro')}</p>
      {!overridesPersisted && (
        <Notice variant="warning" as="p">
          {t('local.sessionOnly')}
        </Notice>
      )}
      {active.length > 0 && (
        <Notice as="p">
          {t('local.active', { fields: active.map((f) => t(`local.fieldNames.${f}`)).join(', ') })}
        </Notice>
      )}
      <ErrorSummary errors={errorItems} focusKey={failedSubmits} />
      <div role="status">
        {status && (
          <Notice as="p">{status === 'saved' ? t('local.saved') : t('local.reset')}</Notice>
        )}
      </div>
      <form noValidate onSubmit={handleSubmit(save, onInvalid)}>
        <fieldset className="form-group" aria-describedby={`${ID}-committees-hint`}>
          <legend className="legend">{t('form.committees.legend')}</legend>
          <p className="hint" id={`${ID}-committees-hint`}>
            {t('form.committees.hint')}
          </p>
          {committees.fields.length === 0 && <p>{t('form.committees.empty')}</p>}
          {committees.fields.map((field, i) => (
            <div className="settings__row" key={field.id}>
              <Field
                id={committeeId(i)}
                label={t('form.committees.label', { n: i + 1 })}
                error={committeeErrors[i]}
              >
                {(describedBy) => (
                  <input
                    id={committeeId(i)}
                    className={committeeErrors[i] ? 'input input--error' : 'input'}
                    type="text"
                    autoComplete="off"
                    aria-invalid={committeeErrors[i] ? true : undefined}
                    aria-describedby={describedBy}
                    {...register(`committees.${i}.name`)}
                  />
                )}
              </Field>
              <RemoveButton
                context={t('form.committees.removeContext', { n: i + 1 })}
                onClick={() => {
                  committees.remove(i);
                  addCommitteeRef.current?.focus();
                }}
              />
            </div>
          ))}
          <button
            type="button"
            className="button button--secondary"
            ref={addCommitteeRef}
            onClick={() => committees.append({ name: '' })}
          >
            {t('form.committees.add')}
          </button>
        </fieldset>

        <fieldset className="form-group" aria-describedby={`${ID}-goals-hint`}>
          <legend className="legend">{t('form.goals.legend')}</legend>
          <p className="hint" id={`${ID}-goals-hint`}>
            {t('form.goals.hint')}
          </p>
          {goals.fields.length === 0 && <p>{t('form.goals.empty')}</p>}
          {goals.fields.map((field, i) => (
            <fieldset className="form-group settings__goal" key={field.id}>
              <legend className="legend">{t('form.goals.itemLegend', { n: i + 1 })}</legend>
              <Field id={goalSvId(i)} label={t('form.goals.sv')} error={goalErrors[i]?.sv}>
                {(describedBy) => (
                  <textarea
                    id={goalSvId(i)}
                    className={goalErrors[i]?.sv ? 'textarea textarea--error' : 'textarea'}
                    rows={3}
                    lang="sv"
                    aria-invalid={goalErrors[i]?.sv ? true : undefined}
                    aria-describedby={describedBy}
                    {...register(`goals.${i}.sv`)}
                  />
                )}
              </Field>
              <Field
                id={goalEnId(i)}
                label={t('form.goals.en')}
                hint={t('form.goals.enHint')}
                error={goalErrors[i]?.en}
              >
                {(describedBy) => (
                  <textarea
                    id={goalEnId(i)}
                    className={goalErrors[i]?.en ? 'textarea textarea--error' : 'textarea'}
                    rows={2}
                    lang="en"
                    aria-invalid={goalErrors[i]?.en ? true : undefined}
                    aria-describedby={describedBy}
                    {...register(`goals.${i}.en`)}
                  />
                )}
              </Field>
              <RemoveButton
                context={t('form.goals.removeContext', { n: i + 1 })}
                onClick={() => {
                  goals.remove(i);
                  addGoalRef.current?.focus();
                }}
              />
            </fieldset>
          ))}
          <button
            type="button"
            className="button button--secondary"
            ref={addGoalRef}
            onClick={() =>
              goals.append({
                goalId: newGoalId(getValues('goals').map((g) => g.goalId)),
                sv: '',
                en: '',
              })
            }
          >
            {t('form.goals.add')}
          </button>
        </fieldset>

        <fieldset className="form-group" aria-describedby={`${ID}-languages-hint`}>
          <legend className="legend">{t('form.adminLanguages.legend')}</legend>
          <p className="hint" id={`${ID}-languages-hint`}>
            {t('form.adminLanguages.hint')}
          </p>
          <div className="choices">
            {minorityLanguages.map((l) => (
              <div className="choice" key={l}>
                <input
                  id={`${ID}-language-${l}`}
                  type="checkbox"
                  value={l}
                  {...register('adminLanguages')}
                />
                <label htmlFor={`${ID}-language-${l}`}>{t(`languages.${l}`)}</label>
              </div>
            ))}
          </div>
        </fieldset>

        <Field
          id={labelFormatId}
          label={t('form.labelFormat.label')}
          hint={t('form.labelFormat.hint')}
          error={labelFormatError}
        >
          {(describedBy) => (
            <input
              id={labelFormatId}
              className={
                labelFormatError ? 'input input--short input--error' : 'input input--short'
              }
              type="text"
              autoComplete="off"
              aria-invalid={labelFormatError ? true : undefined}
              aria-describedby={describedBy}
              {...register('labelFormat')}
            />
          )}
        </Field>
        <Field
          id={footerId}
          label={t('form.footer.label')}
          hint={t('form.footer.hint')}
          error={footerError}
        >
          {(describedBy) => (
            <textarea
              id={footerId}
              className={footerError ? 'textarea textarea--error' : 'textarea'}
              rows={2}
              aria-invalid={footerError ? true : undefined}
              aria-describedby={describedBy}
              {...register('footer')}
            />
          )}
        </Field>

        <div className="button-group">
          <button type="submit" className="button">
            {t('form.save')}
          </button>
          <button type="button" className="button button--secondary" onClick={resetToDeployed}>
            {t('form.reset')}
          </button>
        </div>
      </form>
    </>
  );
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  /** Renders the control, given the ids that describe it (hint, error). */
  children: (describedBy: string | undefined) => ReactNode;
}

/** Label, hint, error message and control, GOV.UK order; the control is described by both. */
function Field({ id, label, hint, error, children }: FieldProps) {
  const { t } = useTranslation('settings');
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="error-message" id={errorId}>
          <span className="visually-hidden">{t('errorPrefix')}</span> {error}
        </p>
      )}
      {children(describedBy)}
    </div>
  );
}

function RemoveButton({ context, onClick }: { context: string; onClick: () => void }) {
  const { t } = useTranslation('settings');
  return (
    <button type="button" className="button button--secondary" onClick={onClick}>
      {t('form.remove')} <span className="visually-hidden">{context}</span>
    </button>
  );
}
