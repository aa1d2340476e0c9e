/** "Files": open a case file or appendix, make a backup, restore a backup. */
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../routing/router';

function FilePicker({
  id,
  label,
  buttonText,
  onFile,
  accept = '.json,application/json',
}: {
  id: string;
  label: string;
  buttonText: string;
  onFile: (file: File) => void;
  accept?: string;
}) {
  const ref = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => ref.current?.click()}
      >
        {buttonText}
      </button>
      <label className="visually-hidden" htmlFor={id}>
        {label}
      </label>
      <input
        ref={ref}
        id={id}
        className="visually-hidden"
        type="file"
        accept={accept}
        tabIndex={-1}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          // Reset so choosing the same file again fires another change.
          e.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}

/** A case file, or our Word appendix (it carries the case). */
const CASE_FILES =
  '.json,application/json,.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function CaseFiles({
  canBackUp,
  onOpen,
  onBackup,
  onRestore,
}: {
  canBackUp: boolean;
  onOpen: (file: File) => void;
  onBackup: () => void;
  onRestore: (file: File) => void;
}) {
  const { t } = useTranslation('cases');
  const ids = { file: useId(), backup: useId() };
  return (
    <section aria-labelledby="files-heading" className="cases-files">
      <h2 id="files-heading">{t('files.heading')}</h2>
      <p>{t('files.intro')}</p>
      <div className="button-group">
        <FilePicker
          id={ids.file}
          label={t('files.openFileLabel')}
          buttonText={t('files.openFile')}
          accept={CASE_FILES}
          onFile={onOpen}
        />
        {canBackUp ? (
          <button type="button" className="button button--secondary" onClick={onBackup}>
            {t('files.backup')}
          </button>
        ) : null}
        <FilePicker
          id={ids.backup}
          label={t('files.restoreLabel')}
          buttonText={t('files.restore')}
          onFile={onRestore}
        />
      </div>
      <p>
        <a href={paths.privacy()}>{t('files.privacy')}</a>
      </p>
    </section>
  );
}
