import { describe, expect, it } from 'vitest';
import {
  EMBED_CHUNK_PREFIX,
  EMBED_FORMAT,
  EMBED_MARKER,
  fromCustomProperties,
  toCustomProperties,
} from '../../src/appendix/embed';

const json = JSON.stringify({
  format: 'underlagskollen-case',
  case: { answers: { 'a.officer': 'Anna Andersson', 'a.title': 'Ny simhall' } },
});

const toMap = (props: { name: string; value: string }[]) =>
  new Map(props.map((p) => [p.name, p.value]));

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One flipped base64 character that still decodes to valid JSON: a different, plausible case. */
function flipOne(props: Map<string, string>): Map<string, string> {
  const first = `${EMBED_CHUNK_PREFIX}0001`;
  const chunk = props.get(first)!;
  for (let i = 60; i < chunk.length; i++) {
    for (const c of B64) {
      if (c === chunk[i]) continue;
      const flipped = chunk.slice(0, i) + c + chunk.slice(i + 1);
      try {
        const bytes = Uint8Array.from(atob(flipped), (ch) => ch.charCodeAt(0));
        const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        JSON.parse(text);
        if (text !== json) return new Map(props).set(first, flipped);
      } catch {
        // not a plausible flip; try the next
      }
    }
  }
  throw new Error('no plausible flip found');
}

describe('the checksum of the embedded case', () => {
  it('reads an intact appendix', () => {
    expect(fromCustomProperties(toMap(toCustomProperties(json)))).toEqual({ status: 'ok', json });
  });

  it('calls one flipped base64 character damaged instead of reading a different case', () => {
    const r = fromCustomProperties(flipOne(toMap(toCustomProperties(json))));
    expect(r).toMatchObject({ status: 'damaged', detail: expect.stringMatching(/checksum/) });
  });

  it('still opens an appendix made before the checksum existed', () => {
    const props = toMap(toCustomProperties(json));
    const count = (props.get(EMBED_MARKER) ?? '').split(';')[2];
    props.set(EMBED_MARKER, `${EMBED_FORMAT};${count}`);
    expect(fromCustomProperties(props)).toEqual({ status: 'ok', json });
  });
});
