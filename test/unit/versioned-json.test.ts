import { describe, expect, it } from 'vitest';
import {
  decodeVersioned,
  encodeVersioned,
  hasFormat,
  isRecord,
  parseVersioned,
} from '../../src/format/versioned-json';
import type { VersionedFormat } from '../../src/format/versioned-json';

/** A made-up format: version 1 had `name`; version 2 `first` and `last`; version 3 adds `tags`. */
interface Person {
  first: string;
  last: string;
  tags: string[];
}

const personFormat: VersionedFormat<Person, { field: string }> = {
  format: 'test-person',
  version: 3,
  dataField: 'person',
  migrations: [
    {
      from: 1,
      to: 2,
      migrate: ({ name, ...rest }) => {
        const [first = '', ...last] = String(name).split(' ');
        return { ...rest, first, last: last.join(' ') };
      },
    },
    { from: 2, to: 3, migrate: (d) => ({ ...d, tags: [] }) },
  ],
  validate: (d) => {
    if (!isRecord(d)) return { ok: false, detail: 'missing person', error: { field: 'person' } };
    const { first, last, tags } = d;
    if (typeof first !== 'string' || typeof last !== 'string' || !Array.isArray(tags))
      return { ok: false, detail: 'not a person', error: { field: 'first' } };
    return { ok: true, value: { first, last, tags: tags.map(String) } };
  },
};

const record = (version: unknown, person: unknown) => ({ format: 'test-person', version, person });

describe('the versioned-JSON helper', () => {
  it('decodes a record of the current version as ok, with its value', () => {
    expect(
      decodeVersioned(personFormat, record(3, { first: 'Anna', last: 'Nilsson', tags: ['a'] })),
    ).toEqual({ status: 'ok', version: 3, value: { first: 'Anna', last: 'Nilsson', tags: ['a'] } });
  });

  it('migrates an old record step by step and says it was migrated from which version', () => {
    expect(decodeVersioned(personFormat, record(1, { name: 'Anna Maria Nilsson' }))).toEqual({
      status: 'migrated',
      version: 1,
      value: { first: 'Anna', last: 'Maria Nilsson', tags: [] },
    });
    expect(decodeVersioned(personFormat, record(2, { first: 'Per', last: 'Sandberg' }))).toEqual({
      status: 'migrated',
      version: 2,
      value: { first: 'Per', last: 'Sandberg', tags: [] },
    });
  });

  it('reports a newer record as too new with the record as stored, and never migrates it', () => {
    const newer = record(4, { whatever: true });
    expect(decodeVersioned(personFormat, newer)).toEqual({
      status: 'too-new',
      version: 4,
      record: newer,
    });
  });

  it('reports JSON without the format marker, or of another format, as not ours', () => {
    for (const raw of [
      null,
      'text',
      [record(3, {})],
      { version: 3, person: {} },
      { ...record(3, {}), format: 'other-format' },
    ]) {
      expect(decodeVersioned(personFormat, raw)).toEqual({ status: 'not-ours' });
    }
  });

  it('reports a missing, fractional, zero or text version as invalid', () => {
    for (const version of [undefined, 0, -1, 1.5, '3']) {
      expect(decodeVersioned(personFormat, record(version, {}))).toEqual({
        status: 'invalid',
        detail: 'invalid version',
      });
    }
  });

  it('reports what the validation found, with its details, as invalid', () => {
    expect(decodeVersioned(personFormat, record(3, { first: 1 }))).toEqual({
      status: 'invalid',
      detail: 'not a person',
      error: { field: 'first' },
    });
    expect(decodeVersioned(personFormat, record(1, 'Anna'))).toEqual({
      status: 'invalid',
      detail: 'missing person',
      error: { field: 'person' },
    });
  });

  it('reports a migration that throws, or a gap in the chain, as invalid instead of throwing', () => {
    const throwing: VersionedFormat<unknown> = {
      ...personFormat,
      migrations: [
        {
          from: 1,
          to: 2,
          migrate: () => {
            throw new Error('boom');
          },
        },
      ],
      validate: (d) => ({ ok: true, value: d }),
    };
    expect(decodeVersioned(throwing, record(1, {}))).toEqual({
      status: 'invalid',
      detail: 'migration from version 1 failed: Error: boom',
    });
    expect(decodeVersioned(throwing, record(2, {}))).toEqual({
      status: 'invalid',
      detail: 'no migration from version 2',
    });
  });

  it('parses text, and reports text that is not JSON as invalid', () => {
    expect(parseVersioned(personFormat, '{"format":"test-person","version":2,')).toEqual({
      status: 'invalid',
      detail: 'not valid JSON',
    });
    expect(
      parseVersioned(personFormat, JSON.stringify(record(2, { first: 'A', last: 'B' }))),
    ).toMatchObject({ status: 'migrated', value: { first: 'A', last: 'B', tags: [] } });
  });

  it('writes the marker and the current version first, and reads back what it wrote', () => {
    const written = encodeVersioned(personFormat, {
      savedAt: 'now',
      person: { first: 'A', last: 'B', tags: [] },
    });
    expect(Object.keys(written)).toEqual(['format', 'version', 'savedAt', 'person']);
    expect(decodeVersioned(personFormat, JSON.parse(JSON.stringify(written)))).toMatchObject({
      status: 'ok',
      value: { first: 'A', last: 'B', tags: [] },
    });
  });

  it('reads and writes a record without a marker (one known by its storage key)', () => {
    const keyed: VersionedFormat<unknown> = {
      format: null,
      version: 1,
      dataField: 'settings',
      validate: (d) => ({ ok: true, value: d }),
    };
    expect(encodeVersioned(keyed, { settings: { a: 1 } })).toEqual({
      version: 1,
      settings: { a: 1 },
    });
    expect(hasFormat(keyed, { version: 1 })).toBe(true);
    expect(hasFormat(keyed, [])).toBe(false);
    expect(decodeVersioned(keyed, { version: 1, settings: { a: 1 } })).toEqual({
      status: 'ok',
      version: 1,
      value: { a: 1 },
    });
    expect(decodeVersioned(keyed, { version: 2 })).toMatchObject({ status: 'too-new' });
  });
});
