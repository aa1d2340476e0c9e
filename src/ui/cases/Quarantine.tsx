/** Damaged records set aside (never overwritten), each downloadable as it was stored. */
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/session-context';
import { downloadFile } from '../../storage/case-files';
import type { QuarantineEntry } from '../../storage/case-storage';
import { Notice } from '../common/Notice';

export function Quarantine({ entries }: { entries: QuarantineEntry[] }) {
  const { t } = useTranslation('cases');
  const session = useSession();
  if (entries.length === 0) return null;
  return (
    <Notice variant="warning" heading={t('quarantine.heading')} headingId="quarantine-heading">
      <p>{t('quarantine.body', { count: entries.length })}</p>
      <ul className="quarantine-list">
        {entries.map((q) => (
          <li key={q.key}>
            {q.at
              ? t('quarantine.entry', { id: q.id, at: new Date(q.at) })
              : t('quarantine.entryNoDate', { id: q.id })}{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                const text = session.repo.readQuarantined(q.key);
                if (text === null) return;
                downloadFile({
                  blob: new Blob([text], { type: 'application/octet-stream' }),
                  fileName: `underlagskollen-damaged-${q.id.replace(/[^\w-]+/g, '-')}.txt`,
                });
              }}
            >
              {t('quarantine.download')}{' '}
              <span className="visually-hidden">{t('quarantine.downloadFor', { id: q.id })}</span>
            </button>
          </li>
        ))}
      </ul>
    </Notice>
  );
}
