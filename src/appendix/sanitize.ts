/**
 * Text on its way into Word XML. XML 1.0 allows tab, newline, carriage return,
 * U+0020-U+D7FF, U+E000-U+FFFD and properly paired surrogates; anything else
 * makes Word and LibreOffice refuse the whole file. The docx package drops most
 * C0 controls but passes U+FFFE/U+FFFF and lone surrogates, so every string
 * that reaches the writer goes through `xmlSafe` first.
 *
 * Pure and dependency-free: used by the model, the writer and the tests.
 */

// C0 controls except tab (09), LF (0A) and CR (0D); the two non-characters;
// a high surrogate not followed by a low one; a low surrogate not preceded by a high one.
const ILLEGAL =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Remove every character XML 1.0 forbids; nothing else changes. */
export function withoutXmlIllegal(text: string): string {
  return text.replace(ILLEGAL, '');
}

/** Remove every character XML 1.0 forbids and normalise line ends to "\n". Keeps tabs, emoji, RTL text. */
export function xmlSafe(text: string): string {
  return withoutXmlIllegal(text).replace(/\r\n?/g, '\n');
}

/** True when the text contains nothing XML 1.0 forbids. */
export function isXmlSafe(text: string): boolean {
  ILLEGAL.lastIndex = 0;
  const bad = ILLEGAL.test(text);
  ILLEGAL.lastIndex = 0;
  return !bad;
}

/** One piece of a line: text, or a tab. */
export type LinePiece = { kind: 'text'; text: string } | { kind: 'tab' };

/**
 * Split sanitised text into Word paragraphs (blank lines), lines within a
 * paragraph (single line breaks) and tabs, so the writer can emit real
 * paragraphs, <w:br/> and <w:tab/> instead of raw control characters.
 */
export function toParagraphs(text: string): LinePiece[][][] {
  const clean = xmlSafe(text).replace(/^\n+|\n+$/g, '');
  if (clean === '') return [[[]]];
  return clean.split(/\n[ \t]*\n+/).map((para) =>
    para.split('\n').map((line) =>
      line.split('\t').flatMap((part, i): LinePiece[] => {
        const pieces: LinePiece[] = i > 0 ? [{ kind: 'tab' }] : [];
        if (part !== '') pieces.push({ kind: 'text', text: part });
        return pieces;
      }),
    ),
  );
}
