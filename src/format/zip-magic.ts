/**
 * Whether bytes are a zip archive (a .docx is one): decided by content, never by the file name.
 * Pure: the appendix reader and the file opening in src/storage share it.
 */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** A zip (a .docx) starts with "PK\x03\x04". */
export function startsWithZipMagic(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((b, i) => bytes[i] === b);
}
