/**
 * A worksheet part read as a stream of bytes: rows and cells are found with `indexOf`, values decoded
 * only where they are (numbers parsed from their bytes, texts looked up in the shared strings), and
 * each row handed to a {@link CompactSheet}. Shared formulas are translated to each cell while
 * reading, merged areas collected. Memory follows the compact sheet, never the XML.
 *
 * Limits (docs/choix.md « Fichiers d'inconnus : limites »): a cell address past XFD1048576 and rows out of order are
 * refused, as Excel refuses them; a number under a date format becomes a date only within Excel's dates (1900 to 9999).
 */
import { CompactSheet, HEAD_ROWS } from "./compact-grid";
import { slideFormula } from "./sheet-xml";
import * as bytes from "./xml-bytes";
import { Attrs, XmlError } from "./xml-bytes";
import { MAX_COLS, MAX_ROWS, T_NUMBER, T_SHARED, cellType, cellValue, parseNumber, parseRef, readMergeRef, readRowNumber, sharedIndex, type MergedArea, type SheetContext } from "./cell-bytes";

export { MAX_COLS, MAX_ROWS, serialToDate, type MergedArea, type SharedTexts, type SheetContext } from "./cell-bytes";

// Local bindings (docs/choix.md « Lecteur .xlsx de GEF et mémoire »): read once, not through a module namespace in the
// per-byte loops (a transpiler's CommonJS output turns every imported name into a getter call).
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const { decodeText, nextTag, sameAscii } = bytes;

/**
 * Merged areas kept per sheet (docs/choix.md « Fichiers d'inconnus : limites »): more would only be a hostile file's.
 */
const MAX_MERGES = 100_000;

/** « </v></c> » at `p` (8 bytes, which the caller checked are there). */
function isEndOfValueAndCell(buf: Buffer, p: number): boolean {
  return buf[p] === LT && buf[p + 1] === SLASH && buf[p + 2] === 0x76 && buf[p + 3] === GT && buf[p + 4] === LT && buf[p + 5] === SLASH && buf[p + 6] === 0x63 && buf[p + 7] === GT;
}

/** Reads one worksheet's XML, fed in chunks. */
export class SheetReader {
  readonly sheet: CompactSheet;
  readonly merges: MergedArea[] = [];
  private readonly attrs = new Attrs();
  private readonly ref = new Int32Array(2);
  private readonly tag = new Int32Array(3);
  private row = -1;
  private col = -1;
  private values: unknown[] = [];
  private formulas: unknown[] = [];
  private cols: number[] = [];
  private inRow = false;
  /** The compact sheet has started the current row (below the head rows). */
  private bodyStarted = false;
  // The open cell.
  private inCell = false;
  private type = T_NUMBER;
  private style = 0;
  private raw: string | number | undefined;
  private formula: string | undefined;
  private sharedIndex: string | undefined;
  private inInline = false;
  private inPhonetic = false;
  private inline = "";
  private readonly masters = new Map<string, { formula: string; row: number; col: number }>();
  rows = 0;

  constructor(
    name: string,
    private readonly ctx: SheetContext,
  ) {
    this.sheet = new CompactSheet(name, ctx.strings);
  }

  /** Parses what it can of `buf`; returns how many bytes were used (the rest comes back with the next chunk). */
  feed(buf: Buffer): number {
    let p = 0;
    const n = buf.length;
    const tag = this.tag;
    for (;;) {
      // Runs of usual cells are read one after the other without the general tag reader.
      if (buf[p] === LT && buf[p + 1] === 0x63 && buf[p + 2] === 0x20) {
        const after = this.plainCell(buf, p);
        if (after > 0) {
          p = after;
          continue;
        }
      }
      const lt = nextTag(buf, p, tag);
      if (lt < 0) return -1 - lt;
      const closing = buf[lt + 1] === SLASH;
      const s = tag[0] as number;
      const e = tag[1] as number;
      const gt = tag[2] as number;
      const selfClosing = buf[gt - 1] === SLASH;
      const len = e - s;
      const c0 = buf[s];
      if (closing) {
        if (len === 1 && c0 === 0x63) this.endCell();
        else if (len === 3 && c0 === 0x72 && buf[s + 1] === 0x6f) this.endRow();
        else if (len === 2 && sameAscii(buf, s, e, "is")) this.inInline = false;
        else if (len === 3 && sameAscii(buf, s, e, "rPh")) this.inPhonetic = false;
        p = gt + 1;
        continue;
      }
      if (len === 1 && (c0 === 0x76 || c0 === 0x74 || c0 === 0x66)) {
        // <v>, <t>, <f>: their text runs to the next « < ».
        let end = gt + 1;
        if (!selfClosing) {
          while (end < n && buf[end] !== LT) end++;
          if (end >= n) return lt;
        }
        if (c0 === 0x66) this.startFormula(buf, e, gt, selfClosing ? undefined : [gt + 1, end]);
        else if (!selfClosing && this.inCell) {
          if (c0 === 0x76) this.raw = this.readRaw(buf, gt + 1, end);
          else if (this.inInline && !this.inPhonetic) this.inline += decodeText(buf, gt + 1, end);
        }
        p = end;
        continue;
      }
      if (len === 1 && c0 === 0x63) {
        // Tried already above when the cell came right at `p`.
        const after = lt === p ? 0 : this.plainCell(buf, lt);
        if (after > 0) {
          p = after;
          continue;
        }
        this.startCell(buf, e, gt, selfClosing);
        // Fast path for the common cell, « <c …><v>12</v></c> »: value and end read at once.
        if (!selfClosing && buf[gt + 1] === LT && buf[gt + 2] === 0x76 && buf[gt + 3] === GT) {
          let end = gt + 4;
          while (end < n && buf[end] !== LT) end++;
          if (end + 7 < n && buf[end + 1] === SLASH && buf[end + 2] === 0x76 && buf[end + 3] === GT && buf[end + 4] === LT && buf[end + 5] === SLASH && buf[end + 6] === 0x63 && buf[end + 7] === GT) {
            this.raw = this.readRaw(buf, gt + 4, end);
            this.endCell();
            p = end + 8;
            continue;
          }
        }
      } else if (len === 3 && c0 === 0x72 && buf[s + 1] === 0x6f && buf[s + 2] === 0x77) {
        this.startRow(buf, e, gt, readRowNumber(buf, e, gt));
        if (selfClosing) this.endRow();
      } else if (len === 2 && sameAscii(buf, s, e, "is")) this.inInline = !selfClosing;
      else if (len === 3 && sameAscii(buf, s, e, "rPh")) this.inPhonetic = !selfClosing;
      else if (len === 9 && sameAscii(buf, s, e, "mergeCell")) this.addMerge(buf, e, gt);
      p = gt + 1;
    }
  }

  /** Ends the sheet. @throws XmlError when the XML stops inside a row */
  end(rest: number): void {
    if (this.inRow || rest > 0) throw new XmlError("feuille incomplète (XML interrompu)");
  }

  /** @param known the row's number when its tag begins with it (« <row r="12" »), or 0 */
  private startRow(buf: Buffer, from: number, to: number, known: number): void {
    let r = known - 1;
    if (known === 0) {
      r = this.row + 1;
      const a = this.attrs.reset(buf, from, to);
      while (a.next()) {
        if (!a.is("r")) continue;
        r = parseNumber(buf, a.vs, a.ve) - 1;
        if (!Number.isInteger(r) || r < 0 || r >= MAX_ROWS) throw new XmlError(`numéro de ligne hors des limites d'Excel (${a.value()})`);
        // The first « r » counts; a second one (not well-formed XML) is ignored.
        break;
      }
    }
    if (this.inRow) throw new XmlError(`ligne ${r + 1} ouverte avant la fin de la ligne ${this.row + 1} (XML mal formé)`);
    if (r <= this.row) throw new XmlError(`ligne ${r + 1} placée après la ligne ${this.row + 1}`);
    this.row = r;
    this.col = -1;
    if (r < HEAD_ROWS) {
      // Head rows are kept as they are: each gets its own arrays.
      this.values = [];
      this.formulas = [];
      this.cols.length = 0;
    }
    // Rows below go cell by cell into the compact columns, the row started at its first cell.
    this.bodyStarted = false;
    this.inRow = true;
  }

  private endRow(): void {
    if (!this.inRow) return;
    this.inRow = false;
    if (this.row >= HEAD_ROWS) {
      if (this.bodyStarted) {
        this.sheet.endRow();
        this.rows++;
      }
    } else if (this.cols.length > 0) {
      this.sheet.addRow(this.row, this.values, this.row < HEAD_ROWS ? this.formulas : undefined, this.cols);
      this.rows++;
    }
  }

  private startCell(buf: Buffer, from: number, to: number, selfClosing: boolean): void {
    if (!this.inRow) throw new XmlError("cellule hors d'une ligne");
    let col = this.col + 1;
    this.type = T_NUMBER;
    this.style = 0;
    // The attributes of <c>, walked in place (r, s, t; cm, vm and ph are skipped): one per cell, the hot path.
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
      if (p >= to || ve >= to) throw new XmlError(`attribut de cellule mal formé, ligne ${this.row + 1}`);
      p = ve + 1;
      if (ne - ns !== 1) continue;
      const name = buf[ns];
      if (name === 0x72) {
        if (!parseRef(buf, vs, ve, this.ref) || (this.ref[1] !== -1 && this.ref[1] !== this.row)) throw new XmlError(`adresse de cellule « ${buf.toString("utf8", vs, Math.min(ve, vs + 20))} » hors des limites d'Excel ou hors de sa ligne ${this.row + 1}`);
        col = this.ref[0] as number;
      } else if (name === 0x74) this.type = cellType(buf, vs, ve);
      else if (name === 0x73) this.style = parseNumber(buf, vs, ve);
    }
    if (col < 0 || col >= MAX_COLS) throw new XmlError(`colonne hors des limites d'Excel, ligne ${this.row + 1}`);
    this.openCell(col, !selfClosing);
  }

  /** Opens cell `col` (its type and style already set): no value, formula nor text yet. */
  private openCell(col: number, open: boolean): void {
    this.col = col;
    this.raw = undefined;
    this.formula = undefined;
    this.sharedIndex = undefined;
    this.inline = "";
    this.inInline = false;
    this.inCell = open;
  }

  /**
   * The usual cell, read in one pass from its « < » at `lt`: « <c r="B12" s="3" t="s"><v>42</v></c> »,
   * its address in this row, `s` and `t` (« s » or « n ») optional, a whole number of at most 15
   * digits. Returns the position after « </c> », or 0 for any other cell (or one cut by the chunk's
   * end), which {@link startCell} then reads attribute by attribute: nothing is changed before the
   * whole cell is known to be of this kind.
   */
  private plainCell(buf: Buffer, lt: number): number {
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
    if (b !== 0x22 || col < 1 || col > MAX_COLS || row - 1 !== this.row || !this.inRow) return 0;
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
    this.type = type;
    this.style = style;
    this.openCell(col - 1, true);
    this.raw = value;
    this.endCell();
    return p + 8;
  }

  private readRaw(buf: Buffer, from: number, to: number): string | number {
    return this.type === T_NUMBER || this.type === T_SHARED ? parseNumber(buf, from, to) : decodeText(buf, from, to);
  }

  private startFormula(buf: Buffer, from: number, to: number, text: [number, number] | undefined): void {
    if (!this.inCell) return;
    let shared = false;
    let si: string | undefined;
    const a = this.attrs.reset(buf, from, buf[to - 1] === SLASH ? to - 1 : to);
    while (a.next()) {
      if (a.is("t")) shared = sameAscii(buf, a.vs, a.ve, "shared");
      else if (a.is("si")) si = a.value();
    }
    const f = text === undefined ? "" : decodeText(buf, text[0], text[1]);
    if (f !== "") this.formula = f;
    if (shared && si !== undefined) {
      if (f !== "") this.masters.set(si, { formula: f, row: this.row, col: this.col });
      else this.sharedIndex = si;
    }
  }

  private endCell(): void {
    if (!this.inCell) return;
    this.inCell = false;
    if (this.row >= HEAD_ROWS) {
      this.bodyCell();
      return;
    }
    const value = cellValue(this.type, this.raw, this.style, this.inline, this.ctx);
    if (value === null && this.formula === undefined && this.sharedIndex === undefined) return;
    if (this.values[this.col] === undefined) this.cols.push(this.col);
    this.values[this.col] = value;
    let formula = this.formula;
    if (formula === undefined && this.sharedIndex !== undefined) {
      const m = this.masters.get(this.sharedIndex);
      if (m !== undefined) formula = slideFormula(m.formula, this.row - m.row, this.col - m.col);
    }
    this.formulas[this.col] = formula === undefined ? value : `=${formula}`;
  }

  /** A cell below the head rows: into the compact sheet, a shared text as its index (decoded when read). */
  private bodyCell(): void {
    const raw = this.raw;
    if (this.type === T_SHARED && raw !== undefined) {
      const text = sharedIndex(raw, this.ctx.strings);
      this.startBodyRow();
      this.sheet.putText(this.col, text);
      return;
    }
    const value = cellValue(this.type, raw, this.style, this.inline, this.ctx);
    // A formula without its value still makes the row count, as in the head rows; it blanks a
    // cell given before at the same address (not well-formed), as the head rows' last copy wins.
    if (value === null && this.formula === undefined && this.sharedIndex === undefined) return;
    this.startBodyRow();
    if (value !== null) this.sheet.put(this.col, value);
    else this.sheet.clear(this.col);
  }

  private startBodyRow(): void {
    if (this.bodyStarted) return;
    this.sheet.startRow(this.row);
    this.bodyStarted = true;
  }

  private addMerge(buf: Buffer, from: number, to: number): void {
    if (this.merges.length >= MAX_MERGES) return;
    const area = readMergeRef(this.attrs.reset(buf, from, to), this.ref);
    if (area !== undefined) this.merges.push(area);
  }
}
