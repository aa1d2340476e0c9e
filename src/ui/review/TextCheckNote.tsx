/**
 * Whether the visible text of a received Word file still matches the case embedded in it
 * (appendix/text-fingerprint.ts). Edited: a plain warning naming the parts that differ, and
 * that the screen shows the embedded answers. Unchanged or unknown (an older build): one
 * quiet sentence after the file name, no alarm.
 */
import { useTranslation } from 'react-i18next';
import type { TextCheck } from '../../appendix/text-fingerprint';
import { Notice } from '../common/Notice';
import { useListFormat } from '../common/verdicts';

export function TextCheckNote({ text }: { text: TextCheck }) {
  const { t } = useTranslation('review');
  const list = useListFormat();
  if (text.status === 'unchanged') return <> {t('firstScreen.text.unchanged')}</>;
  if (text.status === 'unknown') return <> {t(`firstScreen.text.unknown.${text.reason}`)}</>;
  const names = text.parts.map((p) => p.heading ?? t('firstScreen.text.frontPart'));
  return (
    <Notice variant="warning" className="review-text-edited">
      <p>
        <strong>
          {names.length > 0
            ? t('firstScreen.text.edited', { parts: list(names) })
            : t('firstScreen.text.editedNoParts')}
        </strong>
      </p>
      <p>{t('firstScreen.text.basis')}</p>
    </Notice>
  );
}
