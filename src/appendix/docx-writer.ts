/**
 * The .docx writer: renders an AppendixModel with the `docx` package. This is
 * the ONLY module that imports `docx`; the app loads it through a dynamic
 * `import()` at export time so it stays out of the first load.
 *
 * Layout: A4, Arial 11 pt (metric-compatible Liberation Sans on Linux). Page one:
 * the "Bilaga N" label, title, case header table, verdict table (its header row
 * repeats across pages), the verdict sentences and the officer's concluding
 * assessment. Each part then starts on a new page with Heading 1/Heading 2 styles.
 * Footer: Dnr and "Sida X av Y". The case envelope is embedded as custom
 * document properties (see embed.ts), the export summary (format/export-summary.ts) as a part
 * of its own (see embed.ts), and one fingerprint per part of the visible text (text-stamp.ts),
 * so the review screen can tell the text was edited after export.
 *
 * Works in Node and the browser (Packer.toArrayBuffer). This module is the entry (loaded
 * with a dynamic `import()`); its parts are in src/appendix/docx/: layout (page, paragraphs,
 * widths), table-xml (data tables as XML text), chart (shaded bars), document (the whole).
 */
import { Packer } from 'docx';
import type { Case } from '../checklist/schema';
import { exportSummaryFrom, serializeExportSummary } from '../format/export-summary';
import { buildDocument } from './docx/document';
import { SUMMARY_PART, toSummaryXml } from './embed';
import type { RenderOptions } from './docx/document';
import type { AppendixModel } from './model';
import { addTextFingerprint } from './text-stamp';

/** Render the appendix to .docx bytes (Node and browser). */
export async function renderDocx(
  model: AppendixModel,
  caseForEmbedding: Case,
  opts: RenderOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const doc = buildDocument(model, caseForEmbedding, opts);
  const organisation = model.header.fields.find((f) => f.id === 'organisation')?.value ?? '';
  const summary = exportSummaryFrom(caseForEmbedding, model.summary, {
    organisation,
    ...(opts.now ? { now: opts.now } : {}),
  });
  const bytes = new Uint8Array(
    await Packer.toArrayBuffer(doc, false, [
      { path: SUMMARY_PART, data: toSummaryXml(serializeExportSummary(summary)) },
    ]),
  );
  let out = bytes;
  if (opts.template) {
    const { applyTemplate } = await import('./template/apply');
    out = await applyTemplate(bytes, opts.template, model, caseForEmbedding);
  }
  // Last: the fingerprint of the text as written, so a reader can tell it was edited in Word.
  return addTextFingerprint(out);
}
