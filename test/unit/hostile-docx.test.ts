import { describe, expect, it } from 'vitest';
import { parseCustomXml } from '../../src/appendix/embed';
import { readAppendix } from '../../src/appendix/read-appendix';
import {
  declaredBombDocx,
  lyingBombDocx,
  unclosedTagsDocx,
} from '../../scripts/make-hostile-fixtures';

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
});
