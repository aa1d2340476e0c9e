import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/appendix/docx-writer';
import { parseCustomXml } from '../../src/appendix/embed';
import { buildAppendix } from '../../src/appendix/model';
import { nodeTranslator } from '../../src/appendix/node-i18n';
import { readAppendix } from '../../src/appendix/read-appendix';
import {
  declaredBombDocx,
  lyingBombDocx,
  makeZip,
  unclosedTagsDocx,
} from '../../scripts/make-hostile-fixtures';
import type { ZipInput } from '../../scripts/make-hostile-fixtures';
import { loadExample, shippedContext } from '../helpers/appendix-fixtures';

const snow = loadExample('snorojning.sv.json');
const appendix = () =>
  renderDocx(
    buildAppendix(snow, { t: nodeTranslator('sv'), lng: 'sv', ctx: shippedContext() }),
    snow,
  );

/** A real appendix with some of its parts replaced (or, with null, removed). */
async function withParts(
  replace: Record<string, Uint8Array | string | null>,
  declared: Record<string, number> = {},
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await appendix());
  const entries: ZipInput[] = [];
  for (const [name, file] of Object.entries(zip.files)) {
    if (file.dir) continue;
    const r = replace[name];
    if (r === null) continue;
    const data =
      r === undefined ? await file.async('uint8array') : typeof r === 'string' ? utf8(r) : r;
    entries.push({ name, data, ...(declared[name] ? { declaredSize: declared[name] } : {}) });
  }
  return makeZip(entries);
}

const utf8 = (s: string) => new TextEncoder().encode(s);

async function customXml(): Promise<string> {
  const zip = await JSZip.loadAsync(await appendix());
  return zip.file('docProps/custom.xml')!.async('string');
}

async function textOf(bytes: Uint8Array) {
  const r = await readAppendix(bytes);
  expect(r.status).toBe('ok');
  return r.status === 'ok' ? r.text : null;
}

describe('reading a hostile .docx', () => {
  it('reads a .docx with 80,000 unclosed property tags in a moment, not 15 seconds', async () => {
    await readAppendix(unclosedTagsDocx(10)); // load jszip first: only the scan is timed
    const file = unclosedTagsDocx();
    const start = performance.now();
    const r = await readAppendix(file);
    expect(performance.now() - start).toBeLessThan(2500);
    expect(r).toEqual({ status: 'not-ours', reason: 'no-case' });
  });

  it('scans custom.xml in time proportional to its length', () => {
    const tag = '<property name="x">';
    const time = (n: number) => {
      const xml = tag.repeat(n);
      const start = performance.now();
      parseCustomXml(xml);
      return performance.now() - start;
    };
    time(10_000);
    // Eight times the input may not cost sixty-four times the time (it did: a lazy regex per tag).
    const small = Math.min(time(10_000), time(10_000), time(10_000));
    const large = Math.min(time(80_000), time(80_000));
    expect(large).toBeLessThan(small * 30 + 100);
  });

  it('refuses a zip whose custom.xml declares more than the cap, without inflating it', async () => {
    const r = await readAppendix(declaredBombDocx());
    expect(r).toMatchObject({ status: 'damaged', detail: expect.stringMatching(/declares/) });
  });

  it('stops inflating a custom.xml that hides its size once the cap is passed', async () => {
    const r = await readAppendix(lyingBombDocx());
    expect(r).toMatchObject({ status: 'damaged', detail: expect.stringMatching(/size cap/) });
  });

  it('still reads properties with any prefix, attribute order and quoting', () => {
    const xml =
      '<?xml version="1.0"?><op:Properties xmlns:op="x">' +
      '<op:property pid="2" name=\'A&amp;B\' fmtid="f"><vt:lpwstr>v&lt;1</vt:lpwstr></op:property>' +
      '<property name="empty"></property>' +
      '<property fmtid="f" name="B"><vt:bstr>two</vt:bstr></property>' +
      '<property name="unclosed"><vt:lpwstr>lost';
    expect([...parseCustomXml(xml)]).toEqual([
      ['A&B', 'v<1'],
      ['empty', ''],
      ['B', 'two'],
    ]);
  });

  it('gives "unknown" for a fingerprint that claims a million parts, or lists garbage', async () => {
    const xml = await customXml();
    const million = xml.replace(/(underlagskollen-text;[^;<]*;1;)\d+/, '$1999999');
    expect(million).not.toBe(xml);
    expect(await textOf(await withParts({ 'docProps/custom.xml': million }))).toEqual({
      status: 'unknown',
      parts: [],
      reason: 'unreadable',
    });
    const garbage = xml.replace(/(name="UnderlagskollenText_0002"><vt:lpwstr>)[^<]*/, '$1&lt;zz');
    expect(await textOf(await withParts({ 'docProps/custom.xml': garbage }))).toMatchObject({
      status: 'unknown',
    });
    // Fifty thousand extra fingerprint properties: read in a moment, still unknown.
    const flood = xml.replace(
      '</Properties>',
      '<property name="UnderlagskollenText_9"><vt:lpwstr>x</vt:lpwstr></property>'.repeat(50_000) +
        '</Properties>',
    );
    const start = performance.now();
    expect(
      await textOf(
        await withParts({
          'docProps/custom.xml': flood.replace(/(underlagskollen-text;[^;<]*;)1;/, '$1x;'),
        }),
      ),
    ).toMatchObject({ status: 'unknown' });
    expect(performance.now() - start).toBeLessThan(5000);
  });

  it('gives "unknown" when document.xml inflates past its cap, declared or hidden', async () => {
    const big = new Uint8Array(80 * 1024 * 1024).fill(0x20);
    expect(await textOf(await withParts({ 'word/document.xml': big }))).toEqual({
      status: 'unknown',
      parts: [],
      reason: 'unreadable',
    });
    const lying = await withParts({ 'word/document.xml': big }, { 'word/document.xml': 1024 });
    expect(await textOf(lying)).toMatchObject({ status: 'unknown', reason: 'unreadable' });
  }, 60_000);

  it('still checks the text without styles.xml, and calls a garbled document.xml edited', async () => {
    expect(await textOf(await withParts({ 'word/styles.xml': null }))).toEqual({
      status: 'unchanged',
      parts: [],
    });
    expect(await textOf(await withParts({ 'word/styles.xml': '<w:style'.repeat(10_000) }))).toEqual(
      { status: 'unchanged', parts: [] },
    );
    const start = performance.now();
    const garbled = await textOf(
      await withParts({ 'word/document.xml': '<w:p><w:t>'.repeat(100_000) }),
    );
    expect(performance.now() - start).toBeLessThan(5000);
    expect(garbled?.status).toBe('edited');
  });
});
