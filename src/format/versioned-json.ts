/**
 * One way to store and export versioned JSON: every record the app writes (a case envelope, a
 * backup file, the local settings overrides, the UI language) carries a `version`, and most a
 * `format` marker, and is read back through `decodeVersioned`.
 *
 * Decoding never throws. It returns a result union:
 * - `ok`        the record is of the current version and valid;
 * - `migrated`  it was of an older version, migrated step by step and valid;
 * - `too-new`   a newer build wrote it: do not guess at its meaning (the caller may show it
 *               read-only, but must never write it back);
 * - `invalid`   ours, but its version or content is broken;
 * - `not-ours`  not a record of this format at all (another program's JSON, a different format).
 *
 * Pure (no browser storage): storage, the appendix and the CLI share it.
 */

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** One step from a shipped version to the next. */
export interface Migration {
  from: number;
  to: number;
  migrate: (data: Record<string, unknown>) => Record<string, unknown>;
}

export type Validated<T, E> = { ok: true; value: T } | { ok: false; detail: string; error?: E };

export interface VersionedFormat<T, E = never> {
  /**
   * The value of the record's `format` field, or null for a record known by where it is stored
   * (a fixed browser-storage key) that has never carried a marker.
   */
  format: string | null;
  /** The version this build writes. */
  version: number;
  /** The field that holds the versioned data (e.g. `case`); the whole record when absent. */
  dataField?: string;
  /** Ordered migrations, one per shipped version: `from` v to v + 1. */
  migrations?: readonly Migration[];
  /** Check the (migrated) data against the current schema. */
  validate: (data: unknown) => Validated<T, E>;
}

export type Decoded<T, E = never> =
  | { status: 'ok'; value: T; version: number }
  /** `version` is the version the record was written with. */
  | { status: 'migrated'; value: T; version: number }
  /** `record` is the record as stored, for a read-only view. */
  | { status: 'too-new'; version: number; record: Record<string, unknown> }
  | { status: 'invalid'; detail: string; error?: E }
  | { status: 'not-ours' };

const invalid = <E>(detail: string, error?: E): { status: 'invalid'; detail: string; error?: E } =>
  error === undefined ? { status: 'invalid', detail } : { status: 'invalid', detail, error };

/** Whether a parsed JSON value carries this format's marker (a marker-less format: any object). */
export function hasFormat(f: Pick<VersionedFormat<unknown>, 'format'>, raw: unknown): boolean {
  return isRecord(raw) && (f.format === null || raw.format === f.format);
}

/** Decode a parsed JSON value. */
export function decodeVersioned<T, E>(f: VersionedFormat<T, E>, raw: unknown): Decoded<T, E> {
  if (!isRecord(raw) || !hasFormat(f, raw)) return { status: 'not-ours' };
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return invalid('invalid version');
  }
  if (version > f.version) return { status: 'too-new', version, record: raw };
  let data = f.dataField === undefined ? raw : raw[f.dataField];
  let v = version;
  // Nothing to migrate in data that is not an object: validation says what is wrong with it.
  if (isRecord(data)) {
    for (const m of f.migrations ?? []) {
      if (m.from !== v) continue;
      try {
        data = m.migrate(data as Record<string, unknown>);
      } catch (e) {
        return invalid(`migration from version ${v} failed: ${String(e)}`);
      }
      v = m.to;
    }
    if (v !== f.version) return invalid(`no migration from version ${v}`);
  }
  const checked = f.validate(data);
  if (!checked.ok) return invalid(checked.detail, checked.error);
  return { status: version === f.version ? 'ok' : 'migrated', value: checked.value, version };
}

/** Decode JSON text; text that is not JSON is `invalid` ("not valid JSON"). */
export function parseVersioned<T, E>(f: VersionedFormat<T, E>, text: string): Decoded<T, E> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return invalid('not valid JSON');
  }
  return decodeVersioned(f, raw);
}

/** A record of the current version: the marker (when the format has one), the version, the fields. */
export function encodeVersioned<F extends Record<string, unknown>>(
  f: Pick<VersionedFormat<unknown>, 'format' | 'version'>,
  fields: F,
): { format?: string; version: number } & F {
  return f.format === null
    ? { version: f.version, ...fields }
    : { format: f.format, version: f.version, ...fields };
}
