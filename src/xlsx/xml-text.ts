/**
 * The one gate of every text `gef` writes into an .xlsx (docs/choix.md « Textes écrits dans un .xlsx »): cells, shared
 * strings, sheet names, formulas, chart titles and series, drawing names. XML 1.0 forbids C0 control characters other
 * than tab, line feed and carriage return, the non-characters U+FFFE and U+FFFF, and lone surrogates (half
 * an emoji): a part holding one does not parse, and Excel « repairs » or refuses the file.
 *
 * Such characters are removed, not written as Excel's `_xHHHH_` escapes: a chart title or a drawing
 * name does not read that notation back, and nothing a user means can be said with them (they come
 * from a terminal's escape sequences or a broken export). The command's summary says how many were
 * removed (« 2 caractères invalides retirés… »), so that nothing is lost silently.
 */

const FORBIDDEN =
  "[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ufffe\\uffff]|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]";
const FORBIDDEN_ONE = new RegExp(FORBIDDEN);
const FORBIDDEN_ALL = new RegExp(FORBIDDEN, "g");

/** A running count of the characters removed from the texts of one output. */
export interface XmlTally {
  removed: number;
}

/** A new tally, at zero. */
export const xmlTally = (): XmlTally => ({ removed: 0 });

/**
 * `text` without the characters XML 1.0 forbids; each removal counted in `tally` when given.
 * A text without any is returned as it is (one regular-expression test).
 */
export function xmlText(text: string, tally?: XmlTally): string {
  if (!FORBIDDEN_ONE.test(text)) return text;
  let removed = 0;
  const clean = text.replace(FORBIDDEN_ALL, () => {
    removed++;
    return "";
  });
  if (tally !== undefined) tally.removed += removed;
  return clean;
}

/** {@link xmlText}, then escaped for an XML text node or attribute value (« & < > " »). */
export const escapeXml = (s: string, tally?: XmlTally): string =>
  xmlText(s, tally).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
