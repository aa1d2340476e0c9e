/**
 * What the session says to the user: `SessionStatus` is the polite status
 * line (autosave, reloads from another tab) and `SessionBanner` the notices
 * that need a decision or an action (storage off, quota full, conflict,
 * read-only record from a newer version).
 *
 * The status line is an aria-live region, so every change of its text is read
 * out. "Sparar …" is never shown (it would be read on every keystroke) and
 * "Sparat kl. 14:32" changes at most once per STATUS_MIN_INTERVAL_MS. The line is
 * shown on the open case's own pages only (never on the case list, review, settings or
 * in the demo) and is rendered in the current UI language, its clock time included
 * (i18next formats the time in its current language).
 */
import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useCaseSelector } from '../session/case-store';
import { useSession, useSessionState } from '../session/session-context';
import type { Session, SessionState } from '../session/session';
import { questionById } from '../checklist/question-bank';
import { saveMessage } from '../storage/messages';
import { Notice } from '../ui/common/Notice';

/** The visible label of a question (its id when it is not in this build's bank). */
function questionLabel(t: TFunction, id: string): string {
  const q = questionById.get(id);
  return q ? (t(q.labelKey, { ns: 'questions' }) as string) : id;
}

export const STATUS_MIN_INTERVAL_MS = 5000;

function text(t: TFunction, m: { key: string; values?: Record<string, unknown> }): string {
  return t(m.key, m.values ?? {}) as string;
}

/** What the line says, kept as data so it is rendered in the current UI language. */
type Shown =
  | { kind: 'saved'; at: number }
  | { kind: 'notice'; key: string; values?: Record<string, unknown> | undefined }
  | null;

/**
 * The save line of the case with id `caseId`. It belongs to that case's own pages only:
 * it says nothing when another case (or none) is open, and nothing for a sandbox (demo)
 * case, where nothing is ever saved.
 */
export function SessionStatus({ caseId }: { caseId: string }) {
  // Selects one boolean, so a keystroke in the case does not re-render the line.
  const own = useCaseSelector((open) => !!open && !open.sandbox && open.case.id === caseId);
  if (!own) return null;
  return <SaveLine />;
}

function SaveLine() {
  const { t } = useTranslation(['cases', 'storage']);
  const state = useSessionState();
  const [shown, setShown] = useState<Shown>(null);
  const lastShownAt = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const { save, notice } = state;

  useEffect(() => {
    const clear = () => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
    };
    if (save.kind === 'error' || save.kind === 'partial') {
      // The banner explains it; a stale "Saved" would be untrue.
      clear();
      setShown(null);
      return;
    }
    if (save.kind !== 'saved') return;
    const next: Shown = { kind: 'saved', at: new Date(save.at).getTime() };
    const wait = lastShownAt.current + STATUS_MIN_INTERVAL_MS - Date.now();
    const show = () => {
      timer.current = null;
      lastShownAt.current = Date.now();
      setShown(next);
    };
    clear();
    if (wait <= 0) show();
    else timer.current = setTimeout(show, wait);
    return clear;
  }, [save]);

  useEffect(() => {
    if (!notice) return;
    lastShownAt.current = Date.now();
    setShown({ kind: 'notice', key: notice.key, values: notice.values });
  }, [notice]);

  if (!shown) return null;
  return (
    <span>
      {shown.kind === 'saved'
        ? t('storage:status.saved', { time: new Date(shown.at) })
        : text(t, shown)}
    </span>
  );
}

function SaveAsFileButton() {
  const { t } = useTranslation('cases');
  const hasOpenCase = useCaseSelector((open) => open !== null);
  const session = useSession();
  return (
    <button
      type="button"
      className="button button--secondary"
      onClick={() => {
        if (!session.saveOpenCaseAsFile()) session.downloadBackup();
      }}
    >
      {hasOpenCase ? t('session.saveAsFile') : t('session.saveAllAsFile')}
    </button>
  );
}

interface BannerNotice {
  id: string;
  tone: 'warning' | 'error';
  message: string;
  /** Both tabs' texts of each answer the user is asked about. */
  details?: { label: string; mine: string; theirs: string }[] | undefined;
  actions: ReactNode;
}

/** An answer as text for the conflict banner (lists as a count). */
function answerText(t: TFunction, v: unknown): string {
  if (v === undefined || v === '') return t('cases:session.emptyAnswer');
  if (typeof v === 'string') return v.length > 1000 ? `${v.slice(0, 1000)}…` : v;
  if (Array.isArray(v)) return t('cases:session.listAnswer', { count: v.length });
  return String(v);
}

function notices(
  t: TFunction,
  session: Session,
  state: SessionState,
  hasOpenCase: boolean,
): BannerNotice[] {
  const out: BannerNotice[] = [];
  if (!state.persistent) {
    out.push({
      id: 'storage-off',
      tone: 'warning',
      message: t('cases:session.storageOff'),
      actions: <SaveAsFileButton />,
    });
  } else if (state.availability === 'quota' && state.save.kind !== 'error') {
    out.push({
      id: 'quota-start',
      tone: 'warning',
      message: t('storage:session.quota'),
      actions: <SaveAsFileButton />,
    });
  }
  const { save, conflict } = state;
  if (state.replaced) {
    const fields = state.replaced.questionIds.map((q) => `”${questionLabel(t, q)}”`).join(', ');
    out.push({
      id: 'replaced',
      tone: 'warning',
      message: t('cases:session.replaced', { count: state.replaced.questionIds.length, fields }),
      actions: (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => session.dismissReplaced()}
        >
          {t('cases:session.replacedOk')}
        </button>
      ),
    });
  }
  if (conflict) {
    if (conflict.kind === 'changed') {
      out.push({
        id: 'conflict',
        tone: 'error',
        message: conflict.answers ? t('cases:session.conflictAnswers') : t('storage:save.conflict'),
        details: conflict.answers?.map((a) => ({
          label: questionLabel(t, a.questionId),
          mine: answerText(t, a.mine),
          theirs: answerText(t, a.theirs),
        })),
        actions: (
          <>
            <button type="button" className="button" onClick={() => session.loadTheirs()}>
              {t('cases:session.loadTheirs')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => session.keepMine()}
            >
              {t('cases:session.keepMine')}
            </button>
          </>
        ),
      });
    } else {
      out.push({
        id: 'conflict',
        tone: 'error',
        message:
          conflict.kind === 'cleared'
            ? `${t('storage:tabSync.clearedElsewhere')} ${t('cases:session.keptHere')}`
            : t('storage:save.conflictDeleted'),
        actions: hasOpenCase ? (
          <>
            <button type="button" className="button" onClick={() => session.keepMine()}>
              {t('storage:actions.saveAgain')}
            </button>
            <SaveAsFileButton />
            <button
              type="button"
              className="button button--secondary"
              onClick={() => session.closeCase()}
            >
              {t('cases:session.closeCase')}
            </button>
          </>
        ) : null,
      });
    }
  } else if (save.kind === 'error' && save.result.status !== 'conflict') {
    out.push({
      id: 'save-error',
      tone: 'error',
      message: text(t, saveMessage(save.result)),
      actions: <SaveAsFileButton />,
    });
  }
  if (save.kind === 'partial' && !conflict) {
    out.push({
      id: 'save-partial',
      tone: 'error',
      message: t('storage:save.partial', {
        count: save.questionIds.length,
        fields: save.questionIds.map((q) => `”${questionLabel(t, q)}”`).join(', '),
      }),
      actions: <SaveAsFileButton />,
    });
  }
  if (state.tooNew) {
    out.push({
      id: 'too-new',
      tone: 'warning',
      message: t('storage:load.tooNew', { version: state.tooNew.version }),
      actions: <SaveAsFileButton />,
    });
  }
  return out;
}

export function SessionBanner() {
  const { t } = useTranslation(['cases', 'storage']);
  const session = useSession();
  const state = useSessionState();
  const openId = useCaseSelector((open) => open?.case.id ?? null);
  // The read-only notice belongs to the case it was raised for.
  const effective: SessionState =
    state.tooNew && openId !== state.tooNew.caseId ? { ...state, tooNew: null } : state;
  const list = notices(t, session, effective, openId !== null);
  if (list.length === 0) return null;
  return (
    <div className="session-banner no-print">
      {list.map((n) => (
        <Notice
          key={n.id}
          variant={n.tone}
          {...(n.tone === 'error' ? { role: 'alert' as const } : {})}
          data-notice={n.id}
        >
          <p>{n.message}</p>
          {n.details ? (
            <dl className="conflict-answers">
              {n.details.map((d) => (
                <div key={d.label}>
                  <dt>{d.label}</dt>
                  <dd>
                    {t('cases:session.yourText')} <q>{d.mine}</q>
                  </dd>
                  <dd>
                    {t('cases:session.theirText')} <q>{d.theirs}</q>
                  </dd>
                </div>
              ))}
            </dl>
          ) : null}
          {n.actions ? <div className="button-group">{n.actions}</div> : null}
        </Notice>
      ))}
    </div>
  );
}
