/**
 * A cell's bytes turned into values: numbers parsed in place, A1 addresses, cell types, and serial
 * numbers under a date format turned into dates within Excel's range (01/01/1900 to 31/12/9999).
 */
import { decodeXstring, XmlError, sameAscii, type Attrs } from "./xml-bytes";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;
/** Excel's last date, 31/12/9999, as a serial. */
const MAX_DATE_SERIAL = 2_958_465;

export const T_NUMBER = 0;
export const T_SHARED = 1;
export const T_BOOL = 2;
export const T_ERROR = 3;
export const T_STR = 4;
export const T_INLINE = 5;
export const T_DATE = 6;

/** A serial date as exceljs gives it (UTC midnight), or the number itself outside Excel's dates. */
export function serialToDate(serial: number, date1904: boolean): Date | number {
  const s = date1904 ? serial + 1462 : serial;
  if (!(s >= 0 && s <= MAX_DATE_SERIAL)) return serial;
  return new Date(Math.round((s - 25569) * 86_400_000));
}

/** A number's bytes: integers parsed in place, the rest through Number. */
export function parseNumber(buf: Buffer, from: number, to: number): number {
  let p = from;
  let neg = false;
  if (buf[p] === 0x2d) {
    neg = true;
    p++;
  }
  if (to - p > 0 && to - p <= 15) {
    let n = 0;
    let i = p;
    for (; i < to; i++) {
      const d = (buf[i] as number) - 48;
      if (d < 0 || d > 9) break;
      n = n * 10 + d;
    }
    if (i === to) return neg ? -n : n;
  }
  const n = Number(buf.toString("latin1", from, to).trim());
  if (Number.isNaN(n))
    throw new XmlError(`nombre illisible « ${buf.toString("latin1", from, Math.min(to, from + 30))} »`);
  return n;
}

/** « AB12 » → column and row, 0-based; undefined when the bytes are no address. */
export function parseRef(buf: Buffer, from: number, to: number, out: Int32Array): boolean {
  let col = 0;
  let p = from;
  while (p < to) {
    const b = buf[p] as number;
    if (b >= 65 && b <= 90) col = col * 26 + (b - 64);
    else if (b >= 97 && b <= 122) col = col * 26 + (b - 96);
    else break;
    if (col > MAX_COLS) return false;
    p++;
  }
  let row = 0;
  const digits = p;
  for (; p < to; p++) {
    const d = (buf[p] as number) - 48;
    if (d < 0 || d > 9) return false;
    row = row * 10 + d;
    if (row > MAX_ROWS) return false;
  }
  out[0] = col - 1;
  out[1] = p > digits ? row - 1 : -1;
  return true;
}

export function cellType(buf: Buffer, from: number, to: number): number {
  switch (to - from) {
    case 1:
      return buf[from] === 0x73
        ? T_SHARED
        : buf[from] === 0x62
          ? T_BOOL
          : buf[from] === 0x65
            ? T_ERROR
            : buf[from] === 0x64
              ? T_DATE
              : T_NUMBER;
    case 3:
      return sameAscii(buf, from, to, "str") ? T_STR : T_NUMBER;
    case 9:
      return sameAscii(buf, from, to, "inlineStr") ? T_INLINE : T_NUMBER;
    default:
      return T_NUMBER;
  }
}

/** The workbook's shared texts (xl/sharedStrings.xml), by index. */
export interface SharedTexts {
  /** Texts known so far (all of them, unless read lazily). */
  readonly count: number;
  text(index: number): string;
  /** For texts read lazily: finds text `index` if the part holds it. */
  reach?(index: number): boolean;
}

/** What a sheet's cells need from the rest of the workbook. */
export interface SheetContext {
  readonly strings: SharedTexts;
  /** Style indexes whose number format is a date. */
  readonly dateStyles: ReadonlySet<number>;
  readonly date1904: boolean;
}

/** A merged area, 0-based and inclusive. */
export interface MergedArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * The index of a shared text as a cell gives it. @throws XmlError for a text the workbook lacks
 */
export function sharedIndex(raw: string | number, texts: SharedTexts): number {
  if (
    typeof raw === "number" &&
    Number.isInteger(raw) &&
    raw >= 0 &&
    (raw < texts.count || texts.reach?.(raw) === true)
  )
    return raw;
  throw new XmlError(`texte partagé n° ${String(raw)} absent du classeur`);
}

/**
 * A cell's value from its type, its `<v>` (number or text as read), its style and its inline text.
 * @throws XmlError for a shared string the workbook lacks
 */
export function cellValue(
  type: number,
  raw: string | number | undefined,
  style: number,
  inline: string,
  ctx: SheetContext,
): unknown {
  switch (type) {
    case T_INLINE:
      return decodeXstring(inline);
    case T_SHARED:
      return raw === undefined ? null : ctx.strings.text(sharedIndex(raw, ctx.strings));
    case T_BOOL:
      return raw === undefined ? null : raw === "1" || raw === "true";
    case T_ERROR:
      return raw === undefined ? null : String(raw);
    case T_STR:
      return raw === undefined ? null : decodeXstring(String(raw));
    case T_DATE: {
      const d = raw === undefined ? undefined : new Date(String(raw));
      return d === undefined || Number.isNaN(d.getTime()) ? (raw ?? null) : d;
    }
    default:
      if (raw === undefined) return null;
      return ctx.dateStyles.has(style) ? serialToDate(raw as number, ctx.date1904) : raw;
  }
}

/** The area of a `<mergeCell ref="A1:C2">` (its attributes in `a`), or undefined when unreadable. */
export function readMergeRef(a: Attrs, ref: Int32Array): MergedArea | undefined {
  const buf = a.buf;
  while (a.next()) {
    if (!a.is("ref")) continue;
    const colon = buf.indexOf(0x3a, a.vs);
    if (colon < 0 || colon > a.ve) return undefined;
    if (!parseRef(buf, a.vs, colon, ref)) return undefined;
    const [left, top] = [ref[0] as number, ref[1] as number];
    if (!parseRef(buf, colon + 1, a.ve, ref)) return undefined;
    const [right, bottom] = [ref[0] as number, ref[1] as number];
    if (top < 0 || bottom < top || right < left) return undefined;
    return { top, left, bottom, right };
  }
  return undefined;
}

/**
 * The number of a row whose tag begins with it, « <row r="12" … », its attributes running from
 * `from` to `to`: 1 to 1 048 576, or 0 for any other tag (then read attribute by attribute). A
 * second « r » (not well-formed XML) is ignored, as the general reader ignores it.
 */
export function readRowNumber(buf: Buffer, from: number, to: number): number {
  if (to - from < 6 || buf[from] !== 0x20 || buf[from + 1] !== 0x72 || buf[from + 2] !== 0x3d || buf[from + 3] !== 0x22)
    return 0;
  let p = from + 4;
  let row = 0;
  let b = 0;
  while (p < to && (b = buf[p] as number) >= 48 && b <= 57 && row <= MAX_ROWS) {
    row = row * 10 + (b - 48);
    p++;
  }
  return b === 0x22 && p > from + 4 && row >= 1 && row <= MAX_ROWS ? row : 0;
}
