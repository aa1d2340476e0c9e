/**
 * "Granska en mottagen bilaga" for committee secretaries: open our .docx
 * appendix or a .json case file and see first of all whether the paper can go
 * on: the conclusion (with the Sami block) and SKR's checklist for politicians
 * come first, whether the Word text was edited after export is said plainly,
 * and the case details, the verdicts per part and what is missing are folded
 * below. The case is NOT stored unless the secretary makes it their own draft.
 * Every judgement comes from rules.ts (`summarise`); this screen only words it.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrgConfig } from '../../config/config-context';
import { useRuleContext } from '../../session/rule-context';
import { useSession } from '../../session/session-context';
import { navigate, paths } from '../../routing/router';
import { useDocumentTitle } from '../../routing/use-document-title';
import { buildAppendix } from '../../appendix/model';
import type { ExportLanguage } from '../../appendix/model';
import type { TextCheck } from '../../appendix/text-fingerprint';
import { caseConclusion, summarise } from '../../checklist/rules';
import type { CaseSummary } from '../../checklist/rules';
import type { Case } from '../../checklist/schema';
import { saveMessage } from '../../storage/messages';
import type { StorageMessage } from '../../storage/messages';
import { CaseVerdicts, useListFormat } from '../common/verdicts';
import { readFile, receivedMessage } from '../../storage/read-file';
import { MissingList, PartReasons, PoliticianChecklist, headerValue } from './review-parts';
import { TextCheckNote } from './TextCheckNote';
import { ReviewDecision } from './ReviewDecision';
import '../common/checklist.css';
import './review.css';

interface Opened {
  /** Counts the files read: every file read is a new screen, even the same one again. */
  n: number;
  case: Case;
  fileName: string;
  source: 'docx' | 'json';
  text?: TextCheck;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'error'; key: string; values?: Record<string, unknown> };

export const ACCEPTED_FILES =
  '.docx,.json,application/json,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function ReviewPage() {
  const { t } = useTranslation('review');
  useDocumentTitle(t('title'));
  // A file that fails to read keeps the case already open: bad input loses nothing.
  const [opened, setOpened] = useState<Opened | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  async function onFile(e: ChangeEvent<HTMLInputElement>) {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setStatus({ kind: 'reading' });
    const r = await readFile(file);
    // Let the same file be chosen again (after fixing it elsewhere).
    input.value = '';
    if (r.status === 'case') {
      setOpened((prev) => ({
        n: (prev?.n ?? 0) + 1,
        case: r.case,
        fileName: file.name,
        source: r.source,
        ...(r.text ? { text: r.text } : {}),
      }));
      setStatus({ kind: 'idle' });
    } else if (r.status === 'failed') {
      const m = receivedMessage(r);
      setStatus({ kind: 'error', key: m.key, ...(m.values ? { values: m.values } : {}) });
    }
  }

  const picker = (
    <FilePicker compact={opened !== null} status={status} onFile={(e) => void onFile(e)} />
  );

  return (
    <>
      <h1>{t('title')}</h1>
      {/* Polite, and always in the page: "reading", then "read", reach screen readers. */}
      <div role="status" className="review-status">
        {status.kind === 'reading' ? <p>{t('file.reading')}</p> : null}
        {status.kind === 'idle' && opened ? (
          <p className="visually-hidden">{t('firstScreen.announce', { file: opened.fileName })}</p>
        ) : null}
      </div>
      {opened ? (
        <>
          <ReceivedCase
            // A new file is a new screen: focus and messages start afresh.
            key={opened.n}
            received={opened.case}
            fileName={opened.fileName}
            source={opened.source}
            {...(opened.text ? { text: opened.text } : {})}
          />
          <div className="no-print review-another">
            {picker}
            <p className="review-privacy">{t('notStored')}</p>
          </div>
        </>
      ) : (
        <div className="no-print">
          <p>{t('intro')}</p>
          {picker}
          <p className="review-privacy">{t('notStored')}</p>
        </div>
      )}
    </>
  );
}

interface FilePickerProps {
  /** Once a file is open: one line, "Öppna en annan fil". */
  compact: boolean;
  status: Status;
  onFile: (e: ChangeEvent<HTMLInputElement>) => void;
}

function FilePicker({ compact, status, onFile }: FilePickerProps) {
  const { t } = useTranslation('review');
  const inputId = useId();
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const error = status.kind === 'error' ? status : null;
  return (
    <div
      className={`form-group${error ? ' form-group--error' : ''}${compact ? ' review-picker--compact' : ''}`}
    >
      <label className="label" htmlFor={inputId}>
        {t(compact ? 'firstScreen.another' : 'file.label')}
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
        onChange={onFile}
      />
    </div>
  );
}

interface ReceivedCaseProps {
  received: Case;
  fileName: string;
  source: 'docx' | 'json';
  text?: TextCheck;
}

function ReceivedCase({ received, fileName, source, text }: ReceivedCaseProps) {
  const { t, i18n } = useTranslation(['review', 'questions', 'rules', 'storage']);
  const ctx = useRuleContext();
  const { effective } = useOrgConfig();
  const lng: ExportLanguage = i18n.language === 'en' ? 'en' : 'sv';
  const [saveError, setSaveError] = useState<string | null>(null);
  const [detailsOpen, setDetailsOpen] = useState(false);
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

  // A printout holds everything: the folded details open before printing.
  useEffect(() => {
    const open = () => setDetailsOpen(true);
    window.addEventListener('beforeprint', open);
    return () => window.removeEventListener('beforeprint', open);
  }, []);

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

  return (
    <article className="review" aria-labelledby="review-case-heading">
      <h2 id="review-case-heading" tabIndex={-1} ref={focusHeading}>
        {t('result.heading', { title: model.caseTitle })}
      </h2>
      <p className="review-source">
        {t(source === 'docx' ? 'result.sourceDocx' : 'result.sourceJson', { file: fileName })}
        {text && text.status !== 'edited' ? <TextCheckNote text={text} /> : null}
      </p>
      {text?.status === 'edited' ? <TextCheckNote text={text} /> : null}

      <Conclusion summary={summary} />

      <PoliticianChecklist steps={summary.steps} />

      <details
        className="details review-details"
        open={detailsOpen}
        onToggle={(e) => setDetailsOpen(e.currentTarget.open)}
      >
        <summary className="review-details__summary">{t('firstScreen.details')}</summary>
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

        <div className="print-break-before">
          <CaseVerdicts summary={summary} headingLevel={3} reader="reviewer" />
        </div>

        <PartReasons summary={summary} />

        <section className="review-part" aria-labelledby="review-missing-heading">
          <h3 id="review-missing-heading">{t('missing.heading')}</h3>
          <MissingList summary={summary} />
        </section>
      </details>

      <ReviewDecision received={received} fileName={fileName} />

      <div className="button-group no-print">
        <button type="button" className="button" onClick={makeOwnDraft}>
          {t('actions.makeOwn')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setDetailsOpen(true);
            // After the details have rendered open.
            setTimeout(() => window.print(), 0);
          }}
        >
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

/** The conclusion of `caseConclusion`, the Sami block first when the duty is not met. */
function Conclusion({ summary }: { summary: CaseSummary }) {
  const { t } = useTranslation(['review', 'rules']);
  const list = useListFormat();
  const g = summary.gender;
  const conclusion = caseConclusion(summary);
  const canGoOn = conclusion.kind === 'can-go-on';
  const otherParts = conclusion.parts;
  const samiBlocked = conclusion.kind === 'send-back' && conclusion.samiBlocked;
  return (
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
          <strong>{t('conclusion.sendBack', { steps: list(conclusion.steps.map(String)) })}</strong>
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
      {samiBlocked && summary.samiDuty.kind === 'not-met' ? (
        <>
          <p>{t('conclusion.sami')}</p>
          <ul>
            {summary.samiDuty.reasons.map((r) => (
              <li key={r}>{t(`shortfall.sami.${r}`, { ns: 'rules' })}</li>
            ))}
          </ul>
        </>
      ) : null}
      {summary.samiDuty.kind === 'unknown' ? <p>{t('sami.unknown', { ns: 'rules' })}</p> : null}
    </section>
  );
}
