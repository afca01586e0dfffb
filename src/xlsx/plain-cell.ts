/**
 * The start of a worksheet cell read from its bytes, for sheet-stream.ts: the usual cell in one pass
 * (« <c r="B12" s="3" t="s"><v>42</v></c> »), and any other cell's attributes walked in place. Both
 * are on the hot path: one call per cell.
 */
import { MAX_COLS, MAX_ROWS, T_NUMBER, T_SHARED, cellType, parseNumber, parseRef } from "./cell-bytes";
import { XmlError, decodeText, sameAscii, type Attrs } from "./xml-bytes";

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;

/** What is known of a cell once its start is read. */
export interface CellHead {
  /** Column, from 0. */
  col: number;
  /** T_NUMBER, T_SHARED… (cell-bytes.ts). */
  type: number;
  /** Style index (cellXfs). */
  style: number;
  /** The value of a usual cell (a number, or a shared text's index). */
  value: number;
}

/** « </v></c> » at `p` (8 bytes, which the caller checked are there). */
function isEndOfValueAndCell(buf: Buffer, p: number): boolean {
  return (
    buf[p] === LT &&
    buf[p + 1] === SLASH &&
    buf[p + 2] === 0x76 &&
    buf[p + 3] === GT &&
    buf[p + 4] === LT &&
    buf[p + 5] === SLASH &&
    buf[p + 6] === 0x63 &&
    buf[p + 7] === GT
  );
}

/**
 * The usual cell, read in one pass from its « < » at `lt`: its address in row `inRow` (from 0), `s`
 * and `t` (« s » or « n ») optional, a whole number of at most 15 digits. Returns the position after
 * « </c> » with `out` filled, or 0 for any other cell (or one cut by the chunk's end): nothing is
 * changed before the whole cell is known to be of this kind.
 */
export function readPlainCell(buf: Buffer, lt: number, inRow: number, out: CellHead): number {
  const n = buf.length;
  let p = lt + 2;
  if (p + 4 > n || buf[p] !== 0x20 || buf[p + 1] !== 0x72 || buf[p + 2] !== 0x3d || buf[p + 3] !== 0x22) return 0;
  p += 4;
  let col = 0;
  let b = buf[p] ?? 0;
  while (b >= 65 && b <= 90 && col <= MAX_COLS) {
    col = col * 26 + (b - 64);
    b = buf[++p] ?? 0;
  }
  let row = 0;
  while (b >= 48 && b <= 57 && row <= MAX_ROWS) {
    row = row * 10 + (b - 48);
    b = buf[++p] ?? 0;
  }
  if (b !== 0x22 || col < 1 || col > MAX_COLS || row - 1 !== inRow) return 0;
  p++;
  let type = T_NUMBER;
  let style = 0;
  let seen = 0;
  for (;;) {
    if (p + 4 > n) return 0;
    b = buf[p] as number;
    if (b === GT) break;
    if (b !== 0x20 || buf[p + 2] !== 0x3d || buf[p + 3] !== 0x22) return 0;
    const name = buf[p + 1];
    p += 4;
    // An attribute given twice (not well-formed XML) is left to the general reader, where the last one wins.
    const bit = name === 0x73 ? 1 : name === 0x74 ? 2 : 0;
    if ((seen & bit) !== 0) return 0;
    seen |= bit;
    if (name === 0x73) {
      style = 0;
      let digits = 0;
      while ((b = buf[p] ?? 0) >= 48 && b <= 57 && digits < 9) {
        style = style * 10 + (b - 48);
        p++;
        digits++;
      }
      if (digits === 0) return 0;
    } else if (name === 0x74) {
      b = buf[p] ?? 0;
      if (b === 0x73) type = T_SHARED;
      else if (b === 0x6e) type = T_NUMBER;
      else return 0;
      p++;
    } else return 0;
    if (buf[p] !== 0x22) return 0;
    p++;
  }
  // « ><v> », the digits, « </v></c> ».
  if (p + 4 > n || buf[p + 1] !== LT || buf[p + 2] !== 0x76 || buf[p + 3] !== GT) return 0;
  p += 4;
  const from = p;
  let value = 0;
  while (p < n && (b = buf[p] as number) >= 48 && b <= 57) {
    value = value * 10 + (b - 48);
    p++;
  }
  const digits = p - from;
  if (digits === 0 || digits > 15 || p + 8 > n || !isEndOfValueAndCell(buf, p)) return 0;
  out.col = col - 1;
  out.type = type;
  out.style = style;
  out.value = value;
  return p + 8;
}

/**
 * The attributes of a `<c>` tag between `from` and `to`, walked in place (r, s, t; cm, vm and ph are
 * skipped) into `out`: its column is `next` (the one after the previous cell) unless « r » says
 * otherwise, its type a number and its style 0 unless « t » and « s » say otherwise.
 * @throws XmlError for a malformed attribute or an address out of Excel's bounds or out of its row
 */
export function readCellAttributes(
  buf: Buffer,
  from: number,
  to: number,
  row: number,
  next: number,
  out: CellHead,
  ref: Int32Array,
): CellHead {
  out.col = next;
  out.type = T_NUMBER;
  out.style = 0;
  let p = from;
  for (;;) {
    while (p < to && (buf[p] === 0x20 || buf[p] === 0x0a || buf[p] === 0x0d || buf[p] === 0x09)) p++;
    if (p >= to || buf[p] === SLASH) break;
    const ns = p;
    while (p < to && buf[p] !== 0x3d) p++;
    let ne = p;
    while (ne > ns && (buf[ne - 1] === 0x20 || buf[ne - 1] === 0x09)) ne--;
    p++;
    while (p < to && buf[p] !== 0x22 && buf[p] !== 0x27) p++;
    const q = buf[p];
    const vs = p + 1;
    let ve = vs;
    while (ve < to && buf[ve] !== q) ve++;
    if (p >= to || ve >= to) throw new XmlError(`attribut de cellule mal formé, ligne ${row + 1}`);
    p = ve + 1;
    if (ne - ns !== 1) continue;
    const name = buf[ns];
    if (name === 0x72) {
      if (!parseRef(buf, vs, ve, ref) || (ref[1] !== -1 && ref[1] !== row))
        throw new XmlError(
          `adresse de cellule « ${buf.toString("utf8", vs, Math.min(ve, vs + 20))} » hors des limites d'Excel ou hors de sa ligne ${row + 1}`,
        );
      out.col = ref[0] as number;
    } else if (name === 0x74) out.type = cellType(buf, vs, ve);
    else if (name === 0x73) out.style = parseNumber(buf, vs, ve);
  }
  return out;
}

/** An `<f>` tag: whether it is shared (« t="shared" »), its group (« si »), and its text. */
export function readFormulaTag(
  a: Attrs,
  buf: Buffer,
  text: [number, number] | undefined,
): { shared: boolean; si?: string; f: string } {
  let shared = false;
  let si: string | undefined;
  while (a.next()) {
    if (a.is("t")) shared = sameAscii(buf, a.vs, a.ve, "shared");
    else if (a.is("si")) si = a.value();
  }
  return {
    shared,
    f: text === undefined ? "" : decodeText(buf, text[0], text[1]),
    ...(si === undefined ? {} : { si }),
  };
}
