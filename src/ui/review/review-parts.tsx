/**
 * The review screen's parts below the conclusion: SKR's checklist for politicians, the reasons
 * why parts C, D and E fall short, and the unanswered required questions. Words only: every
 * judgement comes from rules.ts (`summarise`).
 */
import { useTranslation } from 'react-i18next';
import type { HeaderField } from '../../appendix/model';
import { questionById, sectionById } from '../../checklist/question-bank';
import type { CaseSummary, PartVerdict, StepOutcome } from '../../checklist/rules';
import { TableScroll } from '../common/TableScroll';
import { formatDate } from '../common/format-answer';
import { ChildCheckList } from '../common/verdicts';

export function headerValue(f: HeaderField, language: string): string {
  return f.id === 'date' || f.id === 'meetingDate' ? formatDate(f.value, language) : f.value;
}

const answerClass: Record<StepOutcome['kind'], string> = {
  met: 'tag tag--complete',
  'not-met': 'tag tag--needs-completion',
  'not-applicable': 'tag tag--not-applicable',
};

/** SKR's checklist for politicians: one question per step, answered from the step outcome. */
export function PoliticianChecklist({ steps }: { steps: CaseSummary['steps'] }) {
  const { t } = useTranslation(['review', 'rules']);
  return (
    <section className="review-part" aria-labelledby="review-politicians-heading">
      <h3 id="review-politicians-heading">{t('politicians.heading')}</h3>
      <p>{t('politicians.intro')}</p>
      <TableScroll labelledBy="review-politicians-heading">
        <table className="table review-checklist">
          <thead>
            <tr>
              <th scope="col">{t('politicians.step')}</th>
              <th scope="col">{t('politicians.question')}</th>
              <th scope="col">{t('politicians.answer')}</th>
              <th scope="col">{t('politicians.why')}</th>
            </tr>
          </thead>
          <tbody>
            {steps.map((s) => (
              <tr key={s.id}>
                <td>{s.n}</td>
                <th scope="row">{t(`politicians.questions.${s.id}`)}</th>
                <td>
                  <strong className={answerClass[s.outcome.kind]}>
                    {t(`politicians.answers.${s.outcome.kind}`)}
                  </strong>
                </td>
                <td>
                  <OutcomeReasons outcome={s.outcome} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

function OutcomeReasons({ outcome }: { outcome: StepOutcome | PartVerdict }) {
  const { t } = useTranslation(['review', 'rules']);
  if (outcome.kind === 'not-met') {
    // The officer's stated reason (step 4) is shown, but it never turns the answer into a yes.
    const stated = 'statedReason' in outcome ? outcome.statedReason : undefined;
    if (outcome.reasons.length === 1 && !stated) {
      return <>{t(outcome.reasons[0] ?? '', { ns: 'rules' })}</>;
    }
    return (
      <ul className="review-reasons">
        {outcome.reasons.map((r) => (
          <li key={r}>{t(r, { ns: 'rules' })}</li>
        ))}
        {stated ? <li>{t('reasons.stated', { reason: stated })}</li> : null}
      </ul>
    );
  }
  if (outcome.kind === 'not-applicable' && outcome.reason) {
    return <>{t('reasons.stated', { reason: outcome.reason })}</>;
  }
  return null;
}

/** Why parts C, D and E fall short: the child checks and the reasons of the rules. */
export function PartReasons({ summary }: { summary: CaseSummary }) {
  const { t } = useTranslation(['review', 'checklist']);
  const parts = (
    [
      ['minoriteter', 'minorities', summary.minorities],
      ['jamlikhet', 'otherGrounds', summary.otherGrounds],
    ] as const
  ).filter(([, , v]) => v.kind === 'not-met');
  const showChild = summary.child.kind === 'not-met';
  // The specific reasons ("Vet inte ännu", children not heard); the checks are listed above them.
  const childSpecific =
    summary.child.kind === 'not-met'
      ? summary.child.reasons.filter((r) => r.startsWith('shortfall.c'))
      : [];
  if (!showChild && parts.length === 0) return null;
  return (
    <section className="review-part" aria-labelledby="review-reasons-heading">
      <h3 id="review-reasons-heading">{t('reasons.heading')}</h3>
      {showChild ? <ChildCheckList checks={summary.childChecks} /> : null}
      {childSpecific.length > 0 ? (
        <OutcomeReasons outcome={{ kind: 'not-met', reasons: childSpecific }} />
      ) : null}
      {parts.map(([id, key, v]) => (
        <div key={id}>
          <h4>{t(`verdicts.${key}`, { ns: 'checklist' })}</h4>
          <OutcomeReasons outcome={v} />
        </div>
      ))}
    </section>
  );
}

/** Unanswered required questions, grouped by section, with the questions' own labels. */
export function MissingList({ summary }: { summary: CaseSummary }) {
  const { t } = useTranslation(['review', 'questions']);
  if (summary.missing.length === 0) return <p>{t('missing.none')}</p>;
  const bySection = new Map<string, string[]>();
  for (const m of summary.missing) {
    const ids = bySection.get(m.sectionId) ?? [];
    ids.push(m.questionId);
    bySection.set(m.sectionId, ids);
  }
  return (
    <>
      <p>{t('missing.intro', { count: summary.missing.length })}</p>
      {[...bySection].map(([sectionId, ids]) => {
        const section = sectionById.get(sectionId);
        return (
          <div key={sectionId} className="review-missing">
            <h4>{section ? t(section.titleKey, { ns: 'questions' }) : sectionId}</h4>
            <ul>
              {ids.map((id) => {
                const q = questionById.get(id);
                return <li key={id}>{q ? t(q.labelKey, { ns: 'questions' }) : id}</li>;
              })}
            </ul>
          </div>
        );
      })}
    </>
  );
}
