/** The outcome of the last action on the case list (focused when shown, so it is heard). */
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { RemovedRecord } from '../../storage/case-storage';
import { paths } from '../../routing/router';
import { Notice } from '../common/Notice';
import { lineText } from './case-list-text';
import type { Report } from './import-flow';

export interface Message extends Report {
  /** Present after a delete: the record to write back on Undo. */
  undo?: { removed: RemovedRecord; title: string };
}

export function CasesMessage({
  message,
  boxRef,
  onUndo,
}: {
  message: Message;
  boxRef: RefObject<HTMLElement | null>;
  onUndo: () => void;
}) {
  const { t } = useTranslation(['cases', 'storage']);
  const [first, ...rest] = message.lines;
  return (
    <Notice
      ref={boxRef}
      variant={message.tone}
      className="cases-message"
      tabIndex={-1}
      data-keep-focus
      data-testid="cases-message"
    >
      <p>{first ? lineText(t, first) : null}</p>
      {rest.length > 0 ? (
        <ul>
          {rest.map((line, i) => (
            <li key={i}>{lineText(t, line)}</li>
          ))}
        </ul>
      ) : null}
      {message.openLink ? (
        <p>
          <a href={paths.tasks(message.openLink)}>{t('files.openImported')}</a>
        </p>
      ) : null}
      {message.undo ? (
        <button type="button" className="button button--secondary" onClick={onUndo}>
          {t('undo')}
        </button>
      ) : null}
    </Notice>
  );
}
