/**
 * Step 5 goals: the six national sub-goals and the organisation's own goals as
 * checkboxes. An own goal is stored with a snapshot of its Swedish text, so a
 * goal later removed from the organisation config is still shown (checked, with
 * its stored text and a note) and never silently lost.
 */
import { useTranslation } from 'react-i18next';
import { useRuleContext } from '../../../session/rule-context';
import { nationalGoalIds } from '../../../checklist/question-bank';
import { orgGoalRefId } from '../../../checklist/goals';
import type { GoalRef } from '../../../checklist/types';
import type { FieldProps } from './field-props';
import { QuestionFrame } from './QuestionFrame';

interface GoalOption {
  ref: GoalRef;
  label: string;
  stale: boolean;
}

export function GoalsField(props: FieldProps<GoalRef[]>) {
  const { id, value, onChange } = props;
  const { t, i18n } = useTranslation(['questions', 'checklist']);
  const { orgGoals } = useRuleContext();
  const en = i18n.language === 'en';

  const national: GoalOption[] = nationalGoalIds.map((g) => ({
    ref: { id: g },
    label: t(`options.goals.${g}`, { ns: 'questions' }),
    stale: false,
  }));
  const own: GoalOption[] = orgGoals.map((g) => ({
    ref: { id: orgGoalRefId(g), text: g.sv },
    label: (en ? g.en : undefined) || g.sv,
    stale: false,
  }));
  const knownIds = new Set([...national, ...own].map((o) => o.ref.id));
  const stale: GoalOption[] = value
    .filter((v) => !knownIds.has(v.id))
    .map((v) => ({ ref: v, label: v.text ?? v.id, stale: true }));

  const checked = new Set(value.map((v) => v.id));
  const toggle = (option: GoalOption, on: boolean) => {
    if (on) onChange([...value.filter((v) => v.id !== option.ref.id), option.ref]);
    else onChange(value.filter((v) => v.id !== option.ref.id));
  };

  const renderOption = (option: GoalOption, index: number) => {
    const optionId = `${id}-${index}`;
    const noteId = `${optionId}-note`;
    return (
      <div className="choice" key={option.ref.id}>
        <input
          type="checkbox"
          id={optionId}
          name={id}
          value={option.ref.id}
          checked={checked.has(option.ref.id)}
          onChange={(e) => toggle(option, e.target.checked)}
          aria-describedby={option.stale ? noteId : undefined}
        />
        <label htmlFor={optionId}>
          {option.label}
          {option.stale ? (
            <span id={noteId} className="hint choice__note">
              {t('goals.stale', { ns: 'checklist' })}
            </span>
          ) : null}
        </label>
      </div>
    );
  };

  const ownOptions = [...own, ...stale];
  return (
    <QuestionFrame {...props} group>
      {() => (
        <>
          <h2 className="goals__heading">{t('goals.national', { ns: 'checklist' })}</h2>
          <div className="choices">{national.map((o, i) => renderOption(o, i))}</div>
          {ownOptions.length > 0 ? (
            <>
              <h2 className="goals__heading">{t('goals.own', { ns: 'checklist' })}</h2>
              <div className="choices">
                {ownOptions.map((o, i) => renderOption(o, national.length + i))}
              </div>
            </>
          ) : null}
        </>
      )}
    </QuestionFrame>
  );
}
