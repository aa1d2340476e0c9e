/**
 * Every shipped example, as the committee reads it: page one of the Word file itself (up to the
 * first page break) prints, for each step and part, the same status as the rules and the review
 * screen, and the Sami consultation warning exactly when the case conclusion is blocked by it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/appendix/docx-writer';
import { buildAppendix } from '../../src/appendix/model';
import { nodeTranslator } from '../../src/appendix/node-i18n';
import { caseConclusion, summarise } from '../../src/checklist/rules';
import { examplesDir, loadExample, shippedContext, unzipText } from '../helpers/appendix-fixtures';

const index = JSON.parse(readFileSync(`${examplesDir}index.json`, 'utf8')) as {
  file: string;
  lang: 'sv' | 'en';
}[];
const ctx = shippedContext();

const text = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1])
    .join('')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");

describe.each(index)('page one of the Word file of $file', ({ file, lang }) => {
  it('states each step and part as the rules and the review screen do', async () => {
    const c = loadExample(file);
    const model = buildAppendix(c, { t: nodeTranslator(lang), lng: lang, ctx });
    const xml = await unzipText(await renderDocx(model, c), 'word/document.xml');
    // Page one ends at the first page break; a short body (a case where gender equality and
    // children do not apply) follows on page one, and the summary ends where its first part starts.
    const bodyStart = model.bodyOnNewPage
      ? xml.indexOf('<w:pageBreakBefore/>')
      : xml.indexOf(`<w:t xml:space="preserve">${model.parts[0]!.heading}</w:t>`);
    expect(bodyStart, 'page one ends where the body starts').toBeGreaterThan(0);
    const pageOne = xml.slice(0, bodyStart);
    const rows = pageOne.split('<w:tr>').slice(1).map(text);
    for (const r of model.verdict.rows) {
      const row = rows.find((x) => x.startsWith(r.label));
      expect(row, r.id).toBeDefined();
      expect(row, r.id).toContain(r.statusText);
    }
    const conclusion = caseConclusion(summarise(c.answers, ctx));
    const blocked = conclusion.kind === 'send-back' && conclusion.samiBlocked;
    const warning = model.verdict.samiWarning;
    expect(Boolean(warning), 'the model warns exactly when the conclusion is blocked').toBe(
      blocked,
    );
    if (warning) expect(text(pageOne)).toContain(warning);
  });
});
