/**
 * Step 5 goals: the six national sub-goals and the organisation's own goals as
 * checkboxes. An own goal is stored with a snapshot of its Swedish text, so a
 * goal later removed from the organisation config is still shown (checked, with
 * its stored text and a note) and never silently lost.
 *
 * Each chosen goal reveals its own comment field (GOV.UK's conditionally revealed question):
 * how the proposal and its measures contribute to that goal. The comment is stored on the goal
 * (`GoalRef.comment`); unticking a goal by mistake and ticking it again brings it back.
 */
import { Fragment, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CharacterCount } from '../../common/CharacterCount';
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
  // Comments of goals unticked in this visit, so ticking again does not lose what was typed.
  const unticked = useRef(new Map<string, string>());
  const toggle = (option: GoalOption, on: boolean) => {
    const id = option.ref.id;
    if (on) {
      const kept = unticked.current.get(id);
      const ref = kept ? { ...option.ref, comment: kept } : option.ref;
      onChange([...value.filter((v) => v.id !== id), ref]);
    } else {
      const comment = value.find((v) => v.id === id)?.comment;
      if (comment?.trim()) unticked.current.set(id, comment);
      onChange(value.filter((v) => v.id !== id));
    }
  };
  const setComment = (goalId: string, comment: string) =>
    onChange(value.map((v) => (v.id === goalId ? { ...v, comment } : v)));

  const renderOption = (option: GoalOption, index: number) => {
    const optionId = `${id}-${index}`;
    const noteId = `${optionId}-note`;
    return (
      <Fragment key={option.ref.id}>
        <div className="choice">
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
        {checked.has(option.ref.id) ? (
          <GoalComment
            id={`${optionId}-comment`}
            goal={option.label}
            value={value.find((v) => v.id === option.ref.id)?.comment ?? ''}
            onChange={(comment) => setComment(option.ref.id, comment)}
          />
        ) : null}
      </Fragment>
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

/** The soft limit of one goal's comment (the hard cap is the case schema's). */
const COMMENT_MAX = 2000;

function GoalComment(props: {
  id: string;
  goal: string;
  value: string;
  onChange: (v: string) => void;
}) {
  const { id, goal, value, onChange } = props;
  const { t } = useTranslation('checklist');
  return (
    <div className="choice__conditional">
      <label className="label" htmlFor={id}>
        {t('goals.commentLabel')}{' '}
        <span className="visually-hidden">{t('goals.commentFor', { goal })}</span>
      </label>
      <div className="hint" id={`${id}-hint`}>
        {t('goals.commentHint')}
      </div>
      <textarea
        id={id}
        className="textarea textarea--short"
        rows={3}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={`${id}-hint ${id}-info`}
        spellCheck
      />
      <CharacterCount id={id} value={value} maxLength={COMMENT_MAX} />
    </div>
  );
}
