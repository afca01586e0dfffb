/**
 * Text GEF writes into a cell (docs/choix.md « Textes écrits dans un .xlsx »): a text longer than Excel's limit of 32
 * 767 characters is cut, ending with « … », so that Excel never has to « repair » a file GEF wrote. Callers say so to
 * the user (« Problèmes » sheet, a note under the breakdowns). Characters XML 1.0 cannot hold are removed
 * where every workbook is written (xml-text.ts, through write-cells.ts), and counted there.
 */

/** Excel's most characters in one cell. */
export const EXCEL_MAX_CHARS = 32_767;

export interface CellText {
  readonly text: string;
  readonly truncated: boolean;
}

export function cellText(s: string): CellText {
  if (s.length <= EXCEL_MAX_CHARS) return { text: s, truncated: false };
  let cut = s.slice(0, EXCEL_MAX_CHARS - 1);
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return { text: `${cut}…`, truncated: true };
}

/** A cell value made safe: strings through {@link cellText}, `onTruncated` told of each cut. */
export function safeCell<T>(v: T | string, onTruncated?: (original: string) => void): T | string {
  if (typeof v !== "string") return v;
  const c = cellText(v);
  if (c.truncated) onTruncated?.(v);
  return c.text;
}
