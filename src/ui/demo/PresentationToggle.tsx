import { useTranslation } from 'react-i18next';
import { setPresentation, usePresentation } from '../common/presentation';

/** A toggle button (aria-pressed) for presentation mode; the label stays the same. */
export function PresentationToggle({
  className = 'button button--secondary',
}: {
  className?: string;
}) {
  const { t } = useTranslation('demo');
  const on = usePresentation();
  return (
    <button
      type="button"
      className={`${className} presentation-toggle`}
      aria-pressed={on}
      onClick={() => setPresentation(!on)}
    >
      {t('presentation.toggle')}
      <span className="presentation-toggle__state" aria-hidden="true">
        {on ? t('presentation.on') : t('presentation.off')}
      </span>
    </button>
  );
}
