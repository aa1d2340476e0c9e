/**
 * What kind of damage a file (or stored record) has that could not be read, said where the
 * damage is found: the readers also keep a technical detail (English, for tests and debugging),
 * but what a user is shown is worded from this kind (followup:damage.*, rejection-text.ts).
 */
export type DamageKind =
  /** Not a zip archive that can be opened. */
  | 'zip'
  /** The archive declares or inflates to more than an appendix holds (a zip bomb). */
  | 'too-much-data'
  /** The embedded case is missing parts, fails its checksum or is not readable. */
  | 'embedding'
  /** The case does not follow the format (the envelope's own checks and the schema). */
  | 'case-content'
  /** A backup file without a valid version or without its cases. */
  | 'backup'
  /** A stored record that is not a case. */
  | 'not-case-record'
  /** A stored record the case list has set aside as damaged. */
  | 'set-aside'
  /** A stored record removed while it was being read. */
  | 'gone'
  /** The file could not be read from the disk. */
  | 'read'
  /** Anything unforeseen (an exception, a reader that took too long). */
  | 'other';
