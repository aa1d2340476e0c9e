/**
 * The Word export as a small state machine: idle → busy → done | failed. The
 * page announces a progress message while busy (role=status) and keeps the
 * button aria-disabled; at the end the file is handed over and "done"
 * announced, or the failure is shown with what went wrong. The case is never
 * touched: a failed export loses nothing.
 *
 * The .docx is written in a Web Worker (appendix/export-off-thread.ts); the
 * main thread only resolves the texts (buildAppendix, reusing the preview's
 * model when it is current) and posts them.
 */
import { useCallback, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { AppendixModel } from '../../appendix/model';
import { DOCX_MIME, DocxExportError, renderDocxOffThread } from '../../appendix/export-off-thread';
import { downloadFile } from '../../storage/case-files';
import type { Case } from '../../checklist/schema';
import type { LoadedTemplate } from '../../appendix/template/inspect';

/** What went wrong, each with its own sentence (preview.json, export.because). */
type WordExportFailure = 'language' | 'render' | 'timeout' | 'download';

/** How an export ended. */
type WordExportEnd =
  { phase: 'done'; fileName: string } | { phase: 'failed'; reason: WordExportFailure };

interface WordExportJob {
  /** State changes of the page that show the export is busy (the progress message). */
  onBusy: () => void;
  /** Load the export language's texts (English is fetched on demand). */
  language: () => Promise<void>;
  /** The appendix model in the export language, of the latest case. */
  model: () => AppendixModel;
  caseForEmbedding: Case;
  /** The organisation's Word template when it passed its checks (absent: the built-in look). */
  template?: () => Promise<LoadedTemplate | undefined>;
  fileName: string;
}

export interface WordExport {
  busy: boolean;
  /** Run one export; resolves when it has ended (null: another export was still running). */
  start: (job: WordExportJob) => Promise<WordExportEnd | null>;
}

export function useWordExport(): WordExport {
  const [busy, setBusy] = useState(false);
  // A ref as well as the state: a second click in the same tick must not start a second export.
  const running = useRef(false);

  const start = useCallback(async (job: WordExportJob): Promise<WordExportEnd | null> => {
    if (running.current) return null;
    running.current = true;
    // On screen before the work starts, however fast the export then is.
    flushSync(() => {
      setBusy(true);
      job.onBusy();
    });
    let step: 'language' | 'render' | 'download' = 'language';
    try {
      await job.language();
      step = 'render';
      const model = job.model();
      const template = job.template ? await job.template() : undefined;
      const bytes = await renderDocxOffThread({
        model,
        caseForEmbedding: job.caseForEmbedding,
        ...(template ? { template } : {}),
      });
      step = 'download';
      downloadFile({ blob: new Blob([bytes], { type: DOCX_MIME }), fileName: job.fileName });
      return { phase: 'done', fileName: job.fileName };
    } catch (e) {
      console.error(e);
      return { phase: 'failed', reason: e instanceof DocxExportError ? e.reason : step };
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);

  return { busy, start };
}
