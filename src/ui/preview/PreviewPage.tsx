/**
 * "Förhandsgranska och exportera bilagan": the export controls (language, Word
 * download, case file, print), the summary paragraphs for the tjänsteskrivelse and
 * the live preview. All three renderers read ONE AppendixModel built by buildAppendix.
 *
 * The preview reads a deferred copy of the case (useDeferredValue), so rebuilding the
 * model never slows down typing elsewhere; the Word export always uses the latest case.
 * The .docx is written in a Web Worker (use-word-export.ts), with a progress message.
 */
import { memo, useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { appendixFileName, buildAppendix, summaryTexts } from '../../appendix/model';
import type { ExportLanguage, OrgOptions } from '../../appendix/model';
import { useOpenCase } from '../../session/case-store';
import type { OpenCase } from '../../session/case-store';
import { paths } from '../../routing/router';
import { useDocumentTitle } from '../../routing/use-document-title';
import { missingInCase } from '../../checklist/rules';
import { publishCheck } from '../../checklist/publish-check';
import { useOrgConfig } from '../../config/config-context';
import { loadLanguage } from '../../i18n/i18n';
import { caseToFile, downloadFile } from '../../storage/case-files';
import { CaseNotOpen } from '../common/CaseNotOpen';
import { AppendixView } from './AppendixView';
import { PublishCheck, publishSummary } from './PublishCheck';
import { SummaryTexts } from './SummaryTexts';
import { fixedTranslator, useExportT } from './use-export-t';
import { useWordExport } from './use-word-export';
import './preview.css';
import { Notice } from '../common/Notice';

// The preview of a large case takes long to render: the export's state changes (progress, done)
// must not render it again, only the controls.
const Preview = memo(AppendixView);
const Summaries = memo(SummaryTexts);

export interface PreviewPageProps {
  caseId: string;
}

export function PreviewPage({ caseId }: PreviewPageProps) {
  const open = useOpenCase();
  const { t } = useTranslation('preview');
  useDocumentTitle(t('title'));
  if (!open || open.case.id !== caseId) return <CaseNotOpen />;
  return <PreviewContent open={open} />;
}

interface Announcement {
  text: string;
  /** Bumped on every message so a repeated text ("Texten är kopierad") is read again. */
  n: number;
}

function PreviewContent({ open }: { open: OpenCase }) {
  const { t, i18n } = useTranslation(['preview', 'decision']);
  const { effective, ruleContext: ctx } = useOrgConfig();
  const uiLng: ExportLanguage = (i18n.resolvedLanguage ?? i18n.language ?? 'sv').startsWith('en')
    ? 'en'
    : 'sv';
  const [exportLng, setExportLng] = useState<ExportLanguage>(uiLng);
  const exportT = useExportT(exportLng);
  const exporter = useWordExport();
  const [templateFailed, setTemplateFailed] = useState(false);
  const templatePath = effective.appendix.template;
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<Announcement>({ text: '', n: 0 });
  const announce = useCallback((text: string) => setStatus((s) => ({ text, n: s.n + 1 })), []);

  const orgName = effective.organisation.name;
  const labelFormat = effective.appendix.labelFormat;
  const footer = effective.appendix.footer;
  const org = useMemo<OrgOptions>(
    () => ({
      name: orgName,
      labelFormat,
      ...(footer ? { footer } : {}),
    }),
    [orgName, labelFormat, footer],
  );

  const current = open.case;
  const deferred = useDeferredValue(current);
  const stale = deferred !== current;
  const model = useMemo(
    () => buildAppendix(deferred, { t: exportT.t, lng: exportT.lng, ctx, org }),
    [deferred, exportT.t, exportT.lng, ctx, org],
  );
  const summaries = useMemo(() => summaryTexts(model), [model]);
  const missing = useMemo(() => missingInCase(current.answers, ctx).length, [current, ctx]);
  const hits = useMemo(() => publishCheck(current.answers, ctx), [current, ctx]);

  const onExport = async () => {
    if (exporter.busy) return;
    const end = await exporter.start({
      onBusy: () => {
        setError(null);
        announce(t('export.working'));
      },
      language: () => loadLanguage(i18n, exportLng),
      // The preview's model is the one to export when it shows the latest case in that language.
      model: () =>
        deferred === current && exportT.lng === exportLng
          ? model
          : buildAppendix(current, {
              t: fixedTranslator(i18n, exportLng),
              lng: exportLng,
              ctx,
              org,
            }),
      caseForEmbedding: current,
      // The organisation's template, when it passes the checks; otherwise the built-in look.
      template: async () => {
        if (!templatePath) return undefined;
        const { loadTemplate } = await import('../../appendix/template/load');
        const checked = await loadTemplate(templatePath);
        setTemplateFailed(!checked.ok);
        return checked.ok ? checked.template : undefined;
      },
      fileName: appendixFileName(current),
    });
    if (end?.phase === 'done') {
      announce(
        [t('export.done', { fileName: end.fileName }), publishSummary(t, hits)].join(' ').trim(),
      );
    }
    if (end?.phase === 'failed') {
      announce('');
      setError(t('export.failed', { reason: t(`export.because.${end.reason}`) }));
    }
  };

  const onSaveCase = () => {
    setError(null);
    try {
      const file = caseToFile(current);
      downloadFile(file);
      announce(t('export.saved', { fileName: file.fileName }));
    } catch (e) {
      console.error(e);
      setError(t('export.saveFailed'));
    }
  };

  return (
    <>
      <div className="no-print">
        <a className="back-link" href={paths.tasks(current.id)}>
          {t('backToTasks')}
        </a>
        <h1>{t('title')}</h1>
        <p>{t('intro')}</p>

        {missing > 0 && (
          <Notice variant="warning">
            <p>
              <strong>{t('incomplete.text', { count: missing })}</strong> {t('incomplete.allowed')}
            </p>
            <p>
              <a href={paths.check(current.id)}>{t('incomplete.link')}</a>
            </p>
          </Notice>
        )}

        <PublishCheck
          caseId={current.id}
          answers={current.answers}
          hits={hits}
          readOnly={open.readOnly}
        />

        <section aria-labelledby="preview-export-heading" className="preview-export">
          <h2 id="preview-export-heading">{t('export.heading')}</h2>
          <fieldset className="form-group" aria-describedby="export-language-hint">
            <legend className="legend">{t('export.language')}</legend>
            <p className="hint" id="export-language-hint">
              {t('export.languageHint')}
            </p>
            <div className="choices">
              {(['sv', 'en'] as const).map((lng) => (
                <div className="choice" key={lng}>
                  <input
                    type="radio"
                    id={`export-language-${lng}`}
                    name="export-language"
                    value={lng}
                    checked={exportLng === lng}
                    onChange={() => setExportLng(lng)}
                  />
                  <label htmlFor={`export-language-${lng}`} lang={lng}>
                    {t(`export.${lng}`)}
                  </label>
                </div>
              ))}
            </div>
            {exportT.state === 'loading' && <p className="hint">{t('export.languageLoading')}</p>}
            {exportT.state === 'failed' && (
              <p className="error-message">{t('export.languageFailed')}</p>
            )}
          </fieldset>

          {hits.length > 0 && <p className="hint">{publishSummary(t, hits)}</p>}
          <div className="preview-actions">
            <button
              type="button"
              className="button"
              aria-disabled={exporter.busy || undefined}
              onClick={() => void onExport()}
            >
              {t('export.download')}
            </button>
            <button type="button" className="button button--secondary" onClick={onSaveCase}>
              {t('export.saveCase')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => window.print()}
            >
              {t('export.print')}
            </button>
          </div>

          {templateFailed && (
            <Notice>
              <p>{t('export.templateFailed')}</p>
            </Notice>
          )}
          {error && (
            <Notice variant="error" role="alert">
              <p>{error}</p>
            </Notice>
          )}
          <div className="preview-status-region" role="status" aria-live="polite">
            {status.text && (
              <Notice as="p" key={status.n}>
                {status.text}
              </Notice>
            )}
          </div>
        </section>

        <Summaries texts={summaries} lng={exportT.lng} onAnnounce={announce} />

        {open.readOnly ? null : (
          <p>
            <a href={paths.decision(current.id)}>{t('preview.link', { ns: 'decision' })}</a>
          </p>
        )}
      </div>

      <Preview model={model} label={t('view.label')} stale={stale} />
    </>
  );
}
