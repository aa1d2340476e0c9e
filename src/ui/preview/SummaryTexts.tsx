/**
 * Ready-to-paste paragraphs for the tjänsteskrivelse (summaryTexts from the appendix
 * model), one read-only text field per part with a copy button. The result of a copy
 * is announced through the page's status region (`onAnnounce`).
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportLanguage, SummaryText } from '../../appendix/model';
import { copyText } from './copy-text';

export interface SummaryTextsProps {
  texts: SummaryText[];
  lng: ExportLanguage;
  onAnnounce: (message: string) => void;
}

function SummaryItem(
  props: { item: SummaryText; lng: ExportLanguage } & Pick<SummaryTextsProps, 'onAnnounce'>,
) {
  const { item, lng, onAnnounce } = props;
  const { t } = useTranslation('preview');
  const field = useRef<HTMLTextAreaElement>(null);
  const fieldId = `summary-text-${item.id}`;
  const onCopy = async () => {
    const ok = await copyText(item.text, field.current);
    onAnnounce(ok ? t('summary.copied') : t('summary.copyFailed'));
  };
  return (
    <div className="form-group preview-summary">
      <label className="label" htmlFor={fieldId} lang={lng === 'en' ? 'en-GB' : 'sv-SE'}>
        {item.title}
      </label>
      <textarea
        id={fieldId}
        ref={field}
        className="textarea preview-summary__text"
        readOnly
        rows={Math.min(10, Math.max(3, Math.ceil(item.text.length / 80)))}
        value={item.text}
        lang={lng === 'en' ? 'en-GB' : 'sv-SE'}
      />
      <button type="button" className="button button--secondary" onClick={() => void onCopy()}>
        {t('summary.copy')} <span className="visually-hidden">{item.title}</span>
      </button>
    </div>
  );
}

export function SummaryTexts({ texts, lng, onAnnounce }: SummaryTextsProps) {
  const { t } = useTranslation('preview');
  return (
    <section className="no-print preview-summaries" aria-labelledby="preview-summary-heading">
      <h2 id="preview-summary-heading">{t('summary.heading')}</h2>
      <p className="hint">{t('summary.intro')}</p>
      {texts.map((item) => (
        <SummaryItem key={item.id} item={item} lng={lng} onAnnounce={onAnnounce} />
      ))}
    </section>
  );
}
