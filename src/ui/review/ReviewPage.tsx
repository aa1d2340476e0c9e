/**
 * "Granska en mottagen bilaga" for committee secretaries: open our .docx
 * appendix or a .json case file and see on one screen whether the paper is
 * complete: the case header, SKR's checklist for politicians with its
 * conclusion, the verdicts per step and part, the Sami warning and what is
 * missing. The case is NOT stored unless the secretary makes it their own draft.
 * Every judgement comes from rules.ts (`summarise`); this screen only words it.
 */
import { useId, useMemo, useRef, useState } from 'react';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrgConfig } from '../../config/config-context';
import { useRuleContext } from '../../session/rule-context';
import { useSession } from '../../session/session-context';
import { navigate, paths } from '../../routing/router';
import { useDocumentTitle } from '../../routing/use-document-title';
import { buildAppendix } from '../../appendix/model';
import type { ExportLanguage, HeaderField } from '../../appendix/model';
import { questionById, sectionById } from '../../checklist/question-bank';
import { caseConclusion, summarise } from '../../checklist/rules';
import type { CaseSummary, PartVerdict, StepOutcome } from '../../checklist/rules';
import type { Case } from '../../checklist/schema';
import { saveMessage } from '../../storage/messages';
import type { StorageMessage } from '../../storage/messages';
import { TableScroll } from '../common/TableScroll';
import { formatDate } from '../common/format-answer';
import { CaseVerdicts, ChildCheckList, useListFormat } from '../common/verdicts';
import { readFile, receivedMessage } from '../../storage/read-file';
import '../common/checklist.css';
import './review.css';

type State =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'error'; key: string; values?: Record<string, unknown> }
  | { kind: 'ok'; case: Case; fileName: string; source: 'docx' | 'json' };

export const ACCEPTED_FILES =
  '.docx,.json,application/json,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function ReviewPage() {
  const { t } = useTranslation('review');
  useDocumentTitle(t('title'));
  const [state, setState] = useState<State>({ kind: 'idle' });
  const inputId = useId();
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;

  async function onFile(e: ChangeEvent<HTMLInputElement>) {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setState({ kind: 'reading' });
    const r = await readFile(file);
    // Let the same file be chosen again (after fixing it elsewhere).
    input.value = '';
    if (r.status === 'case') {
      setState({ kind: 'ok', case: r.case, fileName: file.name, source: r.source });
    } else if (r.status === 'failed') {
      const m = receivedMessage(r);
      setState({ kind: 'error', key: m.key, ...(m.values ? { values: m.values } : {}) });
    }
  }

  const error = state.kind === 'error' ? state : null;

  return (
    <>
      <h1>{t('title')}</h1>
      <div className="no-print">
        <p>{t('intro')}</p>
        <div className={`form-group${error ? ' form-group--error' : ''}`}>
          <label className="label" htmlFor={inputId}>
            {t('file.label')}
          </label>
          <div className="hint" id={hintId}>
            {t('file.hint')}
          </div>
          {error ? (
            <p className="error-message" id={errorId} role="alert">
              <span className="visually-hidden">{t('file.errorPrefix')} </span>
              {t(error.key, error.values ?? {})}
            </p>
          ) : null}
          <input
            id={inputId}
            className="file-input"
            type="file"
            accept={ACCEPTED_FILES}
            aria-describedby={error ? `${hintId} ${errorId}` : hintId}
            onChange={(e) => void onFile(e)}
          />
        </div>
        {state.kind === 'reading' ? <p role="status">{t('file.reading')}</p> : null}
        <p className="review-privacy">{t('notStored')}</p>
      </div>
      {state.kind === 'ok' ? (
        <ReceivedCase
          // A new file is a new screen: focus and messages start afresh.
          key={`${state.fileName}-${state.case.id}-${state.case.updatedAt}`}
          received={state.case}
          fileName={state.fileName}
          source={state.source}
        />
      ) : null}
    </>
  );
}

interface ReceivedCaseProps {
  received: Case;
  fileName: string;
  source: 'docx' | 'json';
}

function ReceivedCase({ received, fileName, source }: ReceivedCaseProps) {
  const { t, i18n } = useTranslation(['review', 'questions', 'rules', 'storage']);
  const ctx = useRuleContext();
  const { effective } = useOrgConfig();
  const lng: ExportLanguage = i18n.language === 'en' ? 'en' : 'sv';
  const list = useListFormat();
  const [saveError, setSaveError] = useState<string | null>(null);
  const session = useSession();

  const model = useMemo(() => {
    const fixed = i18n.getFixedT(lng);
    return buildAppendix(received, {
      t: (key, params) => String(fixed(key, params ?? {})),
      lng,
      ctx,
      org: {
        name: effective.organisation.name,
        labelFormat: effective.appendix.labelFormat,
      },
    });
  }, [received, i18n, lng, ctx, effective]);
  const summary: CaseSummary = useMemo(() => summarise(received.answers, ctx), [received, ctx]);

  // Move the reader to the result once it is shown.
  const focused = useRef(false);
  const focusHeading = (el: HTMLHeadingElement | null) => {
    if (el && !focused.current) {
      focused.current = true;
      el.focus();
    }
  };

  function makeOwnDraft() {
    // Through the app's session (not a second repository): the copy lands in the same
    // storage the case gate reads (also the in-memory fallback), and other tabs hear of it.
    // importCopies saves `copyCase(received)`: a new id, never the sender's.
    const report = session.importCopies([received]);
    const done = report.imported[0];
    if (done) {
      navigate(paths.tasks(done.id));
      return;
    }
    const failed = report.failed[0];
    const m: StorageMessage =
      failed?.status === 'save-failed'
        ? saveMessage(failed.result)
        : { key: 'storage:save.unavailable' };
    setSaveError(t(m.key, m.values ?? {}));
  }

  const g = summary.gender;
  const conclusion = caseConclusion(summary);
  const canGoOn = conclusion.kind === 'can-go-on';
  const otherParts = conclusion.parts;
  const samiBlocked = conclusion.kind === 'send-back' && conclusion.samiBlocked;

  return (
    <article className="review" aria-labelledby="review-case-heading">
      <h2 id="review-case-heading" tabIndex={-1} ref={focusHeading}>
        {t('result.heading', { title: model.caseTitle })}
      </h2>
      <p className="review-source">
        {t(source === 'docx' ? 'result.sourceDocx' : 'result.sourceJson', { file: fileName })}
      </p>

      <section className="review-part" aria-labelledby="review-header-heading">
        <h3 id="review-header-heading">{t('result.headerHeading')}</h3>
        <dl className="summary-list review-header">
          <div className="summary-list__row">
            <dt className="summary-list__key">{t('result.appendixLabel')}</dt>
            <dd className="summary-list__value">{model.label}</dd>
          </div>
          {model.header.fields.map((f) => (
            <div className="summary-list__row" key={f.id}>
              <dt className="summary-list__key">{f.label}</dt>
              <dd className="summary-list__value">{headerValue(f, i18n.language)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section
        className={`review-conclusion ${canGoOn ? 'review-conclusion--ok' : 'review-conclusion--back'}`}
        aria-labelledby="review-conclusion-heading"
      >
        <h3 id="review-conclusion-heading">{t('conclusion.heading')}</h3>
        {samiBlocked ? (
          <p className="review-conclusion__text">
            <strong>{t('sami.blocked', { ns: 'rules' })}</strong>
          </p>
        ) : null}
        {conclusion.kind === 'can-go-on' ? (
          <p className="review-conclusion__text">
            <strong>{t('conclusion.canGoOn')}</strong>
          </p>
        ) : conclusion.steps.length > 0 ? (
          <p className="review-conclusion__text">
            <strong>
              {t('conclusion.sendBack', { steps: list(conclusion.steps.map(String)) })}
            </strong>
          </p>
        ) : !samiBlocked ? (
          <p className="review-conclusion__text">
            <strong>{t('conclusion.sendBackParts')}</strong>
          </p>
        ) : null}
        <p>
          {g.kind === 'sufficient'
            ? t('conclusion.allMet')
            : g.kind === 'not-applicable'
              ? t('conclusion.notApplicable')
              : t('conclusion.stepsNotMet', { count: g.steps.length })}
        </p>
        {otherParts.length > 0 ? (
          <>
            <p>{t('conclusion.otherParts')}</p>
            <ul>
              {otherParts.map((key) => (
                <li key={key}>{t(`verdict.${key}.notMet`, { ns: 'rules' })}</li>
              ))}
            </ul>
          </>
        ) : null}
        {samiBlocked ? <p>{t('conclusion.sami')}</p> : null}
        {summary.samiDuty.kind === 'unknown' ? <p>{t('sami.unknown', { ns: 'rules' })}</p> : null}
      </section>

      <PoliticianChecklist steps={summary.steps} />

      <div className="print-break-before">
        <CaseVerdicts summary={summary} headingLevel={3} reader="reviewer" />
      </div>

      <PartReasons summary={summary} />

      <section className="review-part" aria-labelledby="review-missing-heading">
        <h3 id="review-missing-heading">{t('missing.heading')}</h3>
        <MissingList summary={summary} />
      </section>

      <div className="button-group no-print">
        <button type="button" className="button" onClick={makeOwnDraft}>
          {t('actions.makeOwn')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('actions.print')}
        </button>
      </div>
      <p className="hint no-print">{t('actions.makeOwnHint')}</p>
      {saveError ? (
        <p className="error-message no-print" role="alert">
          {saveError}
        </p>
      ) : null}
    </article>
  );
}

function headerValue(f: HeaderField, language: string): string {
  return f.id === 'date' || f.id === 'meetingDate' ? formatDate(f.value, language) : f.value;
}

const answerClass: Record<StepOutcome['kind'], string> = {
  met: 'tag tag--complete',
  'not-met': 'tag tag--needs-completion',
  'not-applicable': 'tag tag--not-applicable',
};

/** SKR's checklist for politicians: one question per step, answered from the step outcome. */
function PoliticianChecklist({ steps }: { steps: CaseSummary['steps'] }) {
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
function PartReasons({ summary }: { summary: CaseSummary }) {
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
function MissingList({ summary }: { summary: CaseSummary }) {
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
