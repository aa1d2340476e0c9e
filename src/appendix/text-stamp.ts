/**
 * The writer's one hook for the text fingerprint (text-fingerprint.ts): after the .docx is
 * written (and a template applied), cut its document.xml into parts as a reader will, and
 * add one fingerprint per part to docProps/custom.xml. Post-processing the finished zip keeps
 * the rest of the writer unaware of it: whatever headings and texts it writes are covered.
 */
import {
  addCustomProperties,
  documentParts,
  headingStyleIds,
  toTextProperties,
} from './text-fingerprint';

export async function addTextFingerprint(
  docx: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(docx);
  const doc = zip.file('word/document.xml');
  const custom = zip.file('docProps/custom.xml');
  if (!doc || !custom) return docx;
  const styles = zip.file('word/styles.xml');
  const parts = documentParts(
    await doc.async('string'),
    headingStyleIds(styles ? await styles.async('string') : null),
  );
  zip.file(
    'docProps/custom.xml',
    addCustomProperties(await custom.async('string'), toTextProperties(parts)),
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }) as Promise<
    Uint8Array<ArrayBuffer>
  >;
}
