/**
 * Status tags and verdict panels. They only put words on what rules.ts derives
 * (`summarise`, `sectionStatus`, step outcomes): no rule lives here. Every tag
 * carries its word, so colour is never the only signal.
 */
import { useTranslation } from 'react-i18next';
import { sectionById } from '../../checklist/question-bank';
import type {
  CaseSummary,
  ChildCheck,
  PartVerdict,
  SectionStatus,
  StepOutcome,
  SamiDuty,
} from '../../checklist/rules';
import { formatDate } from './format-answer';
import { genderVerdictKey, partVerdictKey } from '../../checklist/verdict-wording';
import type { VerdictPart } from '../../checklist/verdict-wording';
import { Notice } from './Notice';

const statusClass: Record<SectionStatus['kind'] | 'optional', string> = {
  'not-started': 'tag',
  'in-progress': 'tag tag--in-progress',
  'needs-completion': 'tag tag--needs-completion',
  complete: 'tag tag--complete',
  'not-applicable': 'tag tag--not-applicable',
  optional: 'tag tag--optional',
};

export function StatusTag({
  status,
  optional = false,
  id,
}: {
  status: SectionStatus;
  optional?: boolean;
  id?: string;
}) {
  const { t } = useTranslation('rules');
  // An optional part nobody has started is not "not started" work: it is optional.
  const kind = optional && status.kind === 'not-started' ? 'optional' : status.kind;
  return (
    <strong className={statusClass[kind]} id={id}>
      {t(`status.${kind}`)}
    </strong>
  );
}

type OutcomeKind = 'met' | 'not-met' | 'not-applicable';
const outcomeClass: Record<OutcomeKind, string> = {
  met: 'tag tag--complete',
  'not-met': 'tag tag--needs-completion',
  'not-applicable': 'tag tag--not-applicable',
};

export function OutcomeTag({ kind }: { kind: OutcomeKind }) {
  const { t } = useTranslation('rules');
  return <strong className={outcomeClass[kind]}>{t(`step.${kind}`)}</strong>;
}

function partOutcome(v: PartVerdict): OutcomeKind {
  return v.kind === 'optional-empty' ? 'not-applicable' : v.kind;
}

/** "1, 3 och 5" / "1, 3 and 5". */
export function useListFormat(): (items: string[]) => string {
  const { i18n } = useTranslation();
  return (items) => {
    try {
      return new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(items);
    } catch {
      return items.join(', ');
    }
  };
}

function Reasons({ reasons }: { reasons: readonly string[] }) {
  const { t } = useTranslation('rules');
  if (reasons.length === 0) return null;
  return (
    <ul>
      {reasons.map((r) => (
        <li key={r}>{t(r)}</li>
      ))}
    </ul>
  );
}

function ReasonLine({ reason }: { reason: string }) {
  const { t } = useTranslation('checklist');
  return reason ? <p>{t('verdicts.reason', { reason })}</p> : null;
}

/**
 * What the Sami consultation duty (lag 2022:66) means for the case, from `samiDuty`: a
 * warning with its reasons when it applies and is not met, a note when the decision is
 * older than the law or the question is not assessed yet, nothing otherwise.
 */
/**
 * The Sami duty while it is unmet. The officer reads "Du har angett …"; a reviewer (the
 * secretary reading a received paper) reads of the officer in the third person.
 */
export function SamiDutyNotice({
  duty,
  reader = 'officer',
}: {
  duty: SamiDuty;
  reader?: 'officer' | 'reviewer';
}) {
  const { t, i18n } = useTranslation(['checklist', 'rules']);
  switch (duty.kind) {
    case 'not-met':
      return (
        <Notice variant="warning" className="sami-warning" role="note">
          <p>
            <strong>{t('verdicts.warning', { ns: 'checklist' })} </strong>
            <strong>{t('sami.blocked', { ns: 'rules' })}</strong>
          </p>
          <ul>
            {duty.reasons.map((r) => (
              <li key={r}>{t(`shortfall.sami.${r}`, { ns: 'rules' })}</li>
            ))}
          </ul>
          <p>{t(reader === 'officer' ? 'samiWarning' : 'samiWarningReviewer', { ns: 'rules' })}</p>
        </Notice>
      );
    case 'before-law':
      return (
        <Notice>
          <p>
            {t('sami.beforeLaw', {
              ns: 'rules',
              date: formatDate(duty.date, i18n.language),
            })}
          </p>
        </Notice>
      );
    case 'unknown':
      return (
        <Notice>
          <p>{t('sami.unknown', { ns: 'rules' })}</p>
        </Notice>
      );
    default:
      return null;
  }
}

/** The warning of a case whose duty applies and is not met (nothing otherwise). */
export function SamiWarning({ duty }: { duty: SamiDuty }) {
  return duty.kind === 'not-met' ? <SamiDutyNotice duty={duty} /> : null;
}

function StepList({ steps }: { steps: CaseSummary['steps'] }) {
  const { t } = useTranslation(['questions', 'rules']);
  return (
    <ul className="verdicts__steps">
      {steps.map((s) => (
        <li key={s.id}>
          {t(sectionById.get(s.id)?.titleKey ?? s.id, { ns: 'questions' })}:{' '}
          <OutcomeTag kind={s.outcome.kind} />
        </li>
      ))}
    </ul>
  );
}

export function ChildCheckList({ checks }: { checks: readonly ChildCheck[] }) {
  const { t } = useTranslation(['checklist', 'rules']);
  return (
    <>
      <h3>{t('verdicts.childChecks', { ns: 'checklist' })}</h3>
      <ul>
        {checks.map((c) => (
          <li key={c.id}>
            {t(`childCheck.${c.id}`, { ns: 'rules' })}: <OutcomeTag kind={c.status} />
          </li>
        ))}
      </ul>
    </>
  );
}

/** The whole case: SKR verdict, child rights, minorities, other grounds, the Sami warning. */
export function CaseVerdicts({
  summary,
  headingLevel = 2,
  samiWarning = true,
  reader = 'officer',
}: {
  summary: CaseSummary;
  headingLevel?: 2 | 3;
  /** The task list shows the warning prominently at the top instead. */
  samiWarning?: boolean;
  /** Who reads: the officer herself, or a reviewer of a received paper. */
  reader?: 'officer' | 'reviewer';
}) {
  const { t } = useTranslation(['checklist', 'rules']);
  const list = useListFormat();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const g = summary.gender;
  const genderOutcome: OutcomeKind =
    g.kind === 'sufficient' ? 'met' : g.kind === 'not-applicable' ? 'not-applicable' : 'not-met';
  const genderText = t(genderVerdictKey(g), {
    ns: 'rules',
    ...(g.kind === 'needs-completion' ? { steps: list(g.steps.map(String)) } : {}),
  });
  const part = (key: VerdictPart, v: PartVerdict) => (
    <>
      <p>
        <OutcomeTag kind={partOutcome(v)} /> {t(partVerdictKey(key, v), { ns: 'rules' })}
      </p>
      {v.kind === 'not-applicable' ? <ReasonLine reason={v.reason} /> : null}
    </>
  );
  return (
    <section className="verdicts" aria-labelledby="verdicts-heading">
      <H id="verdicts-heading">{t('verdicts.heading', { ns: 'checklist' })}</H>
      {samiWarning ? <SamiDutyNotice duty={summary.samiDuty} reader={reader} /> : null}
      <div className="verdicts__row">
        <h3>{t('verdicts.gender', { ns: 'checklist' })}</h3>
        <p>
          <OutcomeTag kind={genderOutcome} /> {genderText}
        </p>
        {g.kind === 'not-applicable' ? (
          <ReasonLine reason={g.reason} />
        ) : (
          <StepList steps={summary.steps} />
        )}
      </div>
      <div className="verdicts__row">
        <h3>{t('verdicts.child', { ns: 'checklist' })}</h3>
        {part('child', summary.child)}
      </div>
      <div className="verdicts__row">
        <h3>{t('verdicts.minorities', { ns: 'checklist' })}</h3>
        {part('minorities', summary.minorities)}
        {summary.samradNotHeldReason && summary.minorities.kind !== 'not-applicable' ? (
          <p>{t('samradNotHeld', { ns: 'rules', reason: summary.samradNotHeldReason })}</p>
        ) : null}
      </div>
      <div className="verdicts__row">
        <h3>{t('verdicts.otherGrounds', { ns: 'checklist' })}</h3>
        {part('otherGrounds', summary.otherGrounds)}
      </div>
    </section>
  );
}

/** The verdict for one section on its check-answers page. */
export function SectionVerdict({
  sectionId,
  summary,
}: {
  sectionId: string;
  summary: CaseSummary;
}) {
  const { t } = useTranslation(['checklist', 'rules']);
  const section = sectionById.get(sectionId);
  const status = summary.sections.find((s) => s.id === sectionId)?.status;
  if (!section || !status) return null;
  const step = summary.steps.find((s) => s.id === sectionId);
  const outcome: StepOutcome | null = step?.outcome ?? null;
  return (
    <section className="verdicts" aria-labelledby="verdicts-heading">
      <h2 id="verdicts-heading">{t('verdicts.sectionHeading', { ns: 'checklist' })}</h2>
      {sectionId === 'minoriteter' ? <SamiDutyNotice duty={summary.samiDuty} /> : null}
      <p>
        {t('verdicts.status', { ns: 'checklist' })}{' '}
        <StatusTag status={status} optional={section.optional ?? false} />
      </p>
      {status.kind === 'in-progress' ? (
        <p>{t('inProgressCount', { ns: 'rules', count: status.missing })}</p>
      ) : null}
      {outcome ? (
        <p>
          {t('verdicts.stepOutcome', { ns: 'checklist' })} <OutcomeTag kind={outcome.kind} />
        </p>
      ) : null}
      {status.kind === 'needs-completion' ? <Reasons reasons={status.reasons} /> : null}
      {status.kind === 'not-applicable' ? <ReasonLine reason={status.reason} /> : null}
      {sectionId === 'barn' && status.kind !== 'not-applicable' ? (
        <ChildCheckList checks={summary.childChecks} />
      ) : null}
    </section>
  );
}
