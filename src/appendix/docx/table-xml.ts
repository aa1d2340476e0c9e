import { FileChild } from 'docx';
import type { IXmlableObject } from 'docx';
import { toParagraphs, xmlSafe } from '../sanitize';
import { CONTENT_WIDTH, GREY, KEEP_TOGETHER_ROWS, autoWidths, widths } from './layout';
import type { RunStyle } from './layout';

// ---- tables as XML text ----------------------------------------------------------------------
//
// A docx `TableCell` is a tree of a dozen objects (properties, width, margins, paragraph, run,
// text), and the package then turns each into an intermediate object before writing XML: at the
// statistics limits (50 tables of 500 rows) that took gigabytes. The data tables are therefore
// written as XML text in one pass, the same elements docx writes (cell margins once per table
// instead of per cell), and handed to the package as one element whose content is that text.

const escText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escAttr = (s: string) => escText(s).replace(/"/g, '&quot;');

/** The run properties of a style, as XML. */
function rPrXml(style: RunStyle): string {
  const props = (style.bold ? '<w:b/><w:bCs/>' : '') + (style.italics ? '<w:i/><w:iCs/>' : '');
  return props ? `<w:rPr>${props}</w:rPr>` : '';
}

/** `textParagraphs` as XML text: paragraphs, <w:br/> between lines, <w:tab/> for tabs. */
function textParagraphsXml(text: string, style: RunStyle, pPr: string): string {
  const rPr = rPrXml(style);
  let out = '';
  for (const lines of toParagraphs(text)) {
    out += `<w:p>${pPr}`;
    lines.forEach((pieces, lineIndex) => {
      if (pieces.length === 0 && lineIndex > 0) out += `<w:r>${rPr}<w:br/></w:r>`;
      pieces.forEach((p, i) => {
        const brk = lineIndex > 0 && i === 0 ? '<w:br/>' : '';
        out +=
          p.kind === 'tab'
            ? `<w:r>${rPr}${brk}<w:tab/></w:r>`
            : `<w:r>${rPr}${brk}<w:t xml:space="preserve">${escText(p.text)}</w:t></w:r>`;
      });
    });
    out += '</w:p>';
  }
  return out;
}

const BORDER_XML = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
  .map((edge) => `<w:${edge} w:val="single" w:color="808080" w:sz="4"/>`)
  .join('');
const CELL_MARGIN_XML =
  '<w:tblCellMar><w:top w:type="dxa" w:w="20"/><w:left w:type="dxa" w:w="100"/>' +
  '<w:bottom w:type="dxa" w:w="20"/><w:right w:type="dxa" w:w="100"/></w:tblCellMar>';
const HEADER_SHADING = `<w:shd w:fill="${GREY}" w:color="auto" w:val="clear"/>`;
/** A table paragraph's properties: keep with next, right-aligned for a figure column. */
const pPrXml = (keepNext: boolean, right: boolean) =>
  '<w:pPr><w:pStyle w:val="TableText"/>' +
  (keepNext ? '<w:keepNext/>' : '') +
  (right ? '<w:jc w:val="right"/>' : '') +
  '</w:pPr>';

/**
 * A docx body element whose content is ready XML text: the package writes the text as it is
 * (a value that is not a string or an object is written with `String()`, unescaped, which
 * docx 9's XML writer does by design of its xml-package compatibility), inside `rootKey`.
 */
class RawXmlElement extends FileChild {
  private readonly inner: string;
  constructor(rootKey: string, inner: string) {
    super(rootKey);
    this.inner = inner;
  }
  override prepForXml(): IXmlableObject {
    const inner = this.inner;
    const content = Object.assign(() => inner, { toString: () => inner });
    return { [this.rootKey]: content };
  }
}

export interface TableLayout {
  /** Per column: figures, right-aligned and never wrapped (w:noWrap), wide enough for the longest. */
  numeric?: boolean[] | undefined;
  /** Keep the last row with what follows (the table's notes and chart). */
  keepLast?: boolean;
}

/**
 * A data table with a header row that repeats on each page, written as XML text. Its caption is
 * the table's title for screen readers (w:tblCaption). Short tables are kept on one page.
 */
export function table(
  head: string[],
  rows: string[][],
  colWeights?: number[],
  caption = '',
  keepTogether = rows.length <= KEEP_TOGETHER_ROWS,
  layout: TableLayout = {},
): FileChild {
  const numeric = head.map((_, i) => layout.numeric?.[i] === true);
  const w = colWeights ? widths(colWeights) : autoWidths(head, rows, numeric);
  const noWrap = (i: number) => (numeric[i] ? '<w:noWrap/>' : '');
  const tcPr = w.map((width, i) => `<w:tcW w:type="dxa" w:w="${width}"/>${noWrap(i)}`);
  const headTcPr = tcPr.map((p) => `<w:tcPr>${p}${HEADER_SHADING}</w:tcPr>`);
  const bodyTcPr = tcPr.map((p) => `<w:tcPr>${p}</w:tcPr>`);
  const safeCaption = xmlSafe(caption);
  const parts: string[] = [
    `<w:tblPr><w:tblW w:type="dxa" w:w="${CONTENT_WIDTH}"/><w:tblBorders>${BORDER_XML}</w:tblBorders>` +
      CELL_MARGIN_XML +
      (safeCaption ? `<w:tblCaption w:val="${escAttr(safeCaption)}"/>` : '') +
      '</w:tblPr>',
    `<w:tblGrid>${w.map((x) => `<w:gridCol w:w="${x}"/>`).join('')}</w:tblGrid>`,
    '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>' +
      head
        .map(
          (h, i) =>
            `<w:tc>${headTcPr[i]}${textParagraphsXml(h, { bold: true }, pPrXml(true, numeric[i]!))}</w:tc>`,
        )
        .join('') +
      '</w:tr>',
  ];
  rows.forEach((r, rowIndex) => {
    const keep = keepTogether && (rowIndex < rows.length - 1 || layout.keepLast === true);
    let row = '<w:tr><w:trPr><w:cantSplit/></w:trPr>';
    for (let i = 0; i < head.length; i++) {
      row += `<w:tc>${bodyTcPr[i]}${textParagraphsXml(r[i] ?? '', {}, pPrXml(keep, numeric[i]!))}</w:tc>`;
    }
    parts.push(row + '</w:tr>');
  });
  return new RawXmlElement('w:tbl', parts.join(''));
}
