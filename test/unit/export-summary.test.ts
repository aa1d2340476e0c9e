import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/appendix/docx-writer';
import { SUMMARY_PART, fromSummaryXml, toSummaryXml } from '../../src/appendix/embed';
import { buildAppendix } from '../../src/appendix/model';
import { nodeTranslator } from '../../src/appendix/node-i18n';
import { readAppendixContents } from '../../src/appendix/read-appendix';
import { summarise } from '../../src/checklist/conclusion';
import {
  SUMMARY_FORMAT,
  SUMMARY_VERSION,
  buildExportSummary,
  parseExportSummary,
  serializeExportSummary,
  summaryDifferences,
} from '../../src/format/export-summary';
import { examplesDir, loadExample, shippedContext } from '../helpers/appendix-fixtures';

const ctx = shippedContext();
const now = new Date('2026-12-02T10:00:00.000Z');
const index = JSON.parse(readFileSync(`${examplesDir}index.json`, 'utf8')) as { file: string }[];

describe('the export summary', () => {
  it.each(index.map((e) => e.file))('%s: says what the rules say, field by field', (file) => {
    const c = loadExample(file);
    const s = buildExportSummary(c, ctx, { organisation: 'Region Norrbotten', now });
    const rules = summarise(c.answers, ctx);
    expect(s).toMatchObject({
      format: SUMMARY_FORMAT,
      version: SUMMARY_VERSION,
      caseId: c.id,
      questionSet: { caseVersion: 3 },
      savedAt: '2026-12-02T10:00:00.000Z',
      organisation: 'Region Norrbotten',
      committee: String(c.answers['a.committee']).trim(),
      title: String(c.answers['a.title']).trim(),
      date: c.answers['a.date'],
      decision: null,
    });
    expect(s.steps.map((x) => x.outcome)).toEqual(rules.steps.map((x) => x.outcome.kind));
    expect(s.parts.child).toBe(rules.child.kind);
    expect(s.parts.minorities).toBe(rules.minorities.kind);
    expect(s.sami.duty).toBe(rules.samiDuty.kind);
    expect(s.sami.triggered).toBe(['met', 'not-met'].includes(rules.samiDuty.kind));
    expect(s.sami.met).toBe(rules.samiDuty.kind === 'met');
    // It decodes as itself.
    expect(parseExportSummary(serializeExportSummary(s))).toEqual({
      status: 'ok',
      value: s,
      version: 1,
    });
  });

  it('carries the recorded decision', () => {
    const c = {
      ...loadExample('snorojning.sv.json'),
      decision: {
        outcome: 'aterremiss' as const,
        date: '2026-03-01',
        paragraph: '§ 3',
        steps: [3 as const],
        parts: [],
      },
    };
    expect(buildExportSummary(c, ctx).decision).toEqual(c.decision);
  });

  it('is too new when a later build wrote it, and not ours without its marker', () => {
    const s = buildExportSummary(loadExample('snorojning.sv.json'), ctx, { now });
    expect(parseExportSummary({ ...s, version: 2 })).toMatchObject({ status: 'too-new' });
    expect(parseExportSummary({ ...s, format: 'x' })).toEqual({ status: 'not-ours' });
    expect(parseExportSummary({ ...s, steps: [] })).toMatchObject({ status: 'invalid' });
    expect(parseExportSummary('{')).toMatchObject({ status: 'invalid' });
  });

  it('names the judged fields where a stored summary differs from today’s', () => {
    const s = buildExportSummary(loadExample('snorojning.sv.json'), ctx, { now });
    expect(summaryDifferences(s, s)).toEqual([]);
    const flip = s.steps[1]!.outcome === 'met' ? ('not-met' as const) : ('met' as const);
    const older = {
      ...s,
      steps: s.steps.map((x) => (x.n === 2 ? { ...x, outcome: flip } : x)),
      sami: s.sami.met
        ? { duty: 'not-triggered' as const, triggered: false, met: false }
        : { duty: 'met' as const, triggered: true, met: true },
    };
    expect(summaryDifferences(older, s)).toEqual(['steps', 'sami']);
  });
});

describe('the summary in the Word appendix', () => {
  const sv = nodeTranslator('sv');
  const c = loadExample('far-niva1.sv.json');
  const render = () =>
    renderDocx(buildAppendix(c, { t: sv, lng: 'sv', ctx, org: { name: 'Region Norrbotten' } }), c, {
      now,
    });

  it('is its own part beside the embedded case, not in docProps/custom.xml', async () => {
    const bytes = await render();
    const zip = await JSZip.loadAsync(bytes);
    expect(zip.file(SUMMARY_PART)).not.toBeNull();
    const custom = await zip.file('docProps/custom.xml')!.async('string');
    expect(custom).not.toContain(SUMMARY_FORMAT);
    const contents = await readAppendixContents(bytes);
    expect(contents.result).toMatchObject({ status: 'ok', case: { id: c.id } });
    expect(contents.summary.status).toBe('ok');
    if (contents.summary.status !== 'ok') return;
    expect(parseExportSummary(contents.summary.json)).toEqual({
      status: 'ok',
      version: 1,
      value: buildExportSummary(c, ctx, { organisation: 'Region Norrbotten', now }),
    });
  });

  it('is absent from an appendix re-saved without it, and damaged when its bytes change', async () => {
    const zip = await JSZip.loadAsync(await render());
    zip.remove(SUMMARY_PART);
    const without = await zip.generateAsync({ type: 'uint8array' });
    expect((await readAppendixContents(without)).summary).toEqual({ status: 'absent' });
    zip.file(SUMMARY_PART, toSummaryXml('{"a":1}').replace('eyJh', 'eyJi'));
    const flipped = await readAppendixContents(await zip.generateAsync({ type: 'uint8array' }));
    expect(flipped.summary).toMatchObject({ status: 'damaged' });
    expect(flipped.result).toMatchObject({ status: 'ok' });
  });

  it('refuses a summary part that inflates past its cap without reading it all', async () => {
    const zip = await JSZip.loadAsync(await render());
    zip.file(SUMMARY_PART, '<summary>' + 'A'.repeat(2_000_000) + '</summary>', {
      compression: 'DEFLATE',
    });
    const r = await readAppendixContents(
      await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }),
    );
    expect(r.summary).toMatchObject({ status: 'damaged' });
    expect(r.result).toMatchObject({ status: 'ok' });
  });

  it('reads back what it wrote, and refuses other XML', () => {
    expect(fromSummaryXml(toSummaryXml('{"å":"ä"}'))).toEqual({ status: 'ok', json: '{"å":"ä"}' });
    expect(fromSummaryXml('<x/>')).toMatchObject({ status: 'damaged' });
  });
});
