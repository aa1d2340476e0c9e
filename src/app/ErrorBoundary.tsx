/**
 * A crash in one screen must not cost the officer their work. The case lives
 * in caseStore (outside React), so it survives the crash untouched; the
 * fallback flushes the pending autosave, offers to reload the page and to
 * save the case as a file. Navigating elsewhere clears the error so the rest
 * of the app keeps working: the boundary is given the route as `resetKey`, and
 * a new key resets it in the same render that shows the new route (a hash
 * change event alone could be processed after that render and show the crash
 * again).
 */
import { Component, useContext } from 'react';
import type { ContextType, ErrorInfo, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenCase } from '../session/case-store';
import { SessionContext } from '../session/session-context';
import { Notice } from '../ui/common/Notice';

function CrashMessage() {
  const { t } = useTranslation('cases');
  const open = useOpenCase();
  // Never throws, even outside the provider: this is the screen of last resort.
  const session = useContext(SessionContext);
  return (
    <Notice variant="error" role="alert" data-keep-focus>
      <h1>{t('crash.title')}</h1>
      <p>{open ? t('crash.bodyCase') : t('crash.body')}</p>
      <div className="button-group">
        <button
          type="button"
          className="button"
          onClick={() => {
            session?.flush();
            window.location.reload();
          }}
        >
          {t('crash.reload')}
        </button>
        {open ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => session?.saveOpenCaseAsFile()}
          >
            {t('crash.saveAsFile')}
          </button>
        ) : null}
      </div>
    </Notice>
  );
}

interface State {
  error: unknown;
  failed: boolean;
  /** The resetKey the state belongs to. */
  key: string | undefined;
}

interface Props {
  children: ReactNode;
  /** A new value (the next route) clears a crash. */
  resetKey?: string;
}

export class AppErrorBoundary extends Component<Props, State> {
  static override contextType = SessionContext;
  declare context: ContextType<typeof SessionContext>;

  override state: State = { error: null, failed: false, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error, failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (props.resetKey === state.key) return null;
    return { key: props.resetKey, error: null, failed: false };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // Put what was typed on disk now: the officer may well close the tab next.
    try {
      this.context?.flush();
    } catch {
      // The storage layer does not throw; this is belt and braces.
    }
    console.error('Screen crashed', error, info.componentStack);
  }

  override componentDidMount() {
    window.addEventListener('hashchange', this.reset);
  }

  override componentWillUnmount() {
    window.removeEventListener('hashchange', this.reset);
  }

  private reset = () => {
    if (this.state.failed) this.setState({ error: null, failed: false });
  };

  override render() {
    return this.state.failed ? <CrashMessage /> : this.props.children;
  }
}
