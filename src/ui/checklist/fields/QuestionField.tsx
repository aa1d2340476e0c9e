/** Picks the field component for a question's kind and coerces the stored answer to its shape. */
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AnswerValue,
  Consultation,
  GoalRef,
  Measure,
  StatTable,
} from '../../../checklist/types';
import { useOrgUi } from '../../common/org-ui-context';
import { ChoiceField } from './ChoiceField';
import { ConsultationsField } from './ConsultationsField';
import { DateField } from './DateField';
import type { FieldProps, Typing } from './field-props';
import { GoalsField } from './GoalsField';
import { MeasuresField } from './MeasuresField';
import { MultiField } from './MultiField';
import { QuestionFrame } from './QuestionFrame';
import { TextareaField } from './TextareaField';
import { TextField } from './TextField';

// The statistics editor (tables, paste from Excel, chart) is the heaviest field: load it on demand.
const StatisticsField = lazy(() =>
  import('../statistics/StatisticsField').then((m) => ({ default: m.StatisticsField })),
);

interface QuestionFieldProps extends Omit<FieldProps<AnswerValue | undefined>, 'value' | 'typing'> {
  typing?: Typing<AnswerValue | undefined> | undefined;
  value: AnswerValue | undefined;
  onDateValidityChange?: ((invalid: boolean) => void) | undefined;
}

const asString = (v: AnswerValue | undefined): string => (typeof v === 'string' ? v : '');
function asList<T>(v: AnswerValue | undefined): T[] {
  return Array.isArray(v) ? (v as T[]) : [];
}

export function QuestionField({
  value,
  onChange,
  onDateValidityChange,
  typing,
  ...rest
}: QuestionFieldProps) {
  const { committees } = useOrgUi();
  const { t } = useTranslation('checklist');
  const { question } = rest;
  switch (question.kind) {
    case 'choice':
      return <ChoiceField {...rest} value={asString(value)} onChange={onChange} />;
    case 'multi':
      return <MultiField {...rest} value={asList<string>(value)} onChange={onChange} />;
    case 'text':
      return (
        <TextField
          {...rest}
          value={asString(value)}
          onChange={onChange}
          suggestions={question.suggestions === 'committees' ? committees : undefined}
        />
      );
    case 'textarea':
      return (
        <TextareaField {...rest} value={asString(value)} onChange={onChange} typing={typing} />
      );
    case 'date':
      return (
        <DateField
          {...rest}
          value={asString(value)}
          onChange={onChange}
          onValidityChange={onDateValidityChange}
        />
      );
    case 'measures':
      return <MeasuresField {...rest} value={asList<Measure>(value)} onChange={onChange} />;
    case 'consultations':
      return (
        <ConsultationsField {...rest} value={asList<Consultation>(value)} onChange={onChange} />
      );
    case 'goals':
      return <GoalsField {...rest} value={asList<GoalRef>(value)} onChange={onChange} />;
    case 'statistics':
      return (
        <QuestionFrame {...rest} group>
          {() => (
            <Suspense fallback={<p>{t('loading', { ns: 'common' })}</p>}>
              <StatisticsField
                value={asList<StatTable>(value)}
                onChange={onChange}
                idPrefix={rest.id}
              />
            </Suspense>
          )}
        </QuestionFrame>
      );
  }
}
