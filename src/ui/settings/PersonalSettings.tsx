/**
 * The officer's personal settings: her own name, kept only in this browser (src/storage), never
 * in the organisation's config. A new case starts with it as its "Handläggare".
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  OFFICER_NAME_MAX,
  cleanOfficerName,
  readOfficerName,
  writeOfficerName,
} from '../../storage/officer-name';
import { Notice } from '../common/Notice';

const NAME_ID = 'settings-officer-name';

export function PersonalSettings() {
  const { t } = useTranslation('settings');
  const [name, setName] = useState(readOfficerName);
  const [status, setStatus] = useState<'saved' | 'cleared' | 'sessionOnly' | null>(null);

  const save = (e: FormEvent) => {
    e.preventDefault();
    const clean = cleanOfficerName(name);
    const persisted = writeOfficerName(clean);
    setName(clean);
    setStatus(!persisted ? 'sessionOnly' : clean === '' ? 'cleared' : 'saved');
  };

  return (
    <section aria-labelledby="settings-personal-heading">
      <h2 id="settings-personal-heading">{t('personal.heading')}</h2>
      <form noValidate onSubmit={save}>
        <div className="form-group">
          <label className="label" htmlFor={NAME_ID}>
            {t('personal.nameLabel')}
          </label>
          <p className="hint" id={`${NAME_ID}-hint`}>
            {t('personal.nameHint')}
          </p>
          <input
            id={NAME_ID}
            className="input"
            type="text"
            autoComplete="name"
            maxLength={OFFICER_NAME_MAX}
            aria-describedby={`${NAME_ID}-hint`}
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              setStatus(null);
            }}
          />
        </div>
        <div role="status">
          {status && (
            <Notice as="p" variant={status === 'sessionOnly' ? 'warning' : 'info'}>
              {t(`personal.${status}`)}
            </Notice>
          )}
        </div>
        <button type="submit" className="button">
          {t('personal.save')}
        </button>
      </form>
    </section>
  );
}
