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
import * as cells from "./plain-cell";
import { slideFormula } from "./sheet-xml";
import * as bytes from "./xml-bytes";
import { Attrs, XmlError } from "./xml-bytes";
import {
  MAX_COLS,
  MAX_ROWS,
  T_NUMBER,
  T_SHARED,
  cellValue,
  parseNumber,
  readMergeRef,
  readRowNumber,
  sharedIndex,
  type MergedArea,
  type SheetContext,
} from "./cell-bytes";

export { MAX_COLS, MAX_ROWS, serialToDate, type MergedArea, type SharedTexts, type SheetContext } from "./cell-bytes";

// Local bindings (docs/choix.md « Lecteur .xlsx de GEF et mémoire »): read once, not through a module namespace in the
// per-byte loops (a transpiler's CommonJS output turns every imported name into a getter call).
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const { decodeText, nextTag, sameAscii } = bytes;
const { readCellAttributes, readFormulaTag, readPlainCell } = cells;

/**
 * Merged areas kept per sheet (docs/choix.md « Fichiers d'inconnus : limites »): more would only be a hostile file's.
 */
const MAX_MERGES = 100_000;

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
  /** The cell read by the fast path or the attribute walk (plain-cell.ts), reused. */
  private readonly plain: cells.CellHead = { col: 0, type: T_NUMBER, style: 0, value: 0 };
  rows = 0;

  /** @param stopAt the row (from 0) at which reading stops, its cells and the rest left unread */
  constructor(
    name: string,
    private readonly ctx: SheetContext,
    private readonly stopAt = Infinity,
  ) {
    this.sheet = new CompactSheet(name, ctx.strings);
  }

  /** Parses what it can of `buf`; returns how many bytes were used (the rest comes back with the next chunk). */
  feed(buf: Buffer): number {
    let p = 0;
    const n = buf.length;
    const tag = this.tag;
    for (;;) {
      if (this.row >= this.stopAt) return p;
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
          if (
            end + 7 < n &&
            buf[end + 1] === SLASH &&
            buf[end + 2] === 0x76 &&
            buf[end + 3] === GT &&
            buf[end + 4] === LT &&
            buf[end + 5] === SLASH &&
            buf[end + 6] === 0x63 &&
            buf[end + 7] === GT
          ) {
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

  /** The row being read or last read, from 0 (-1 before the first). */
  get currentRow(): number {
    return this.row;
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
        if (!Number.isInteger(r) || r < 0 || r >= MAX_ROWS)
          throw new XmlError(`numéro de ligne hors des limites d'Excel (${a.value()})`);
        // The first « r » counts; a second one (not well-formed XML) is ignored.
        break;
      }
    }
    if (this.inRow)
      throw new XmlError(`ligne ${r + 1} ouverte avant la fin de la ligne ${this.row + 1} (XML mal formé)`);
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
    const cell = readCellAttributes(buf, from, to, this.row, this.col + 1, this.plain, this.ref);
    if (cell.col < 0 || cell.col >= MAX_COLS)
      throw new XmlError(`colonne hors des limites d'Excel, ligne ${this.row + 1}`);
    this.type = cell.type;
    this.style = cell.style;
    this.openCell(cell.col, !selfClosing);
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
   * The usual cell, read in one pass (plain-cell.ts); returns the position after « </c> », or 0 for
   * any other cell, which {@link startCell} then reads attribute by attribute.
   */
  private plainCell(buf: Buffer, lt: number): number {
    if (!this.inRow) return 0;
    const end = readPlainCell(buf, lt, this.row, this.plain);
    if (end === 0) return 0;
    this.type = this.plain.type;
    this.style = this.plain.style;
    this.openCell(this.plain.col, true);
    this.raw = this.plain.value;
    this.endCell();
    return end;
  }

  private readRaw(buf: Buffer, from: number, to: number): string | number {
    return this.type === T_NUMBER || this.type === T_SHARED ? parseNumber(buf, from, to) : decodeText(buf, from, to);
  }

  private startFormula(buf: Buffer, from: number, to: number, text: [number, number] | undefined): void {
    if (!this.inCell) return;
    const { shared, si, f } = readFormulaTag(
      this.attrs.reset(buf, from, buf[to - 1] === SLASH ? to - 1 : to),
      buf,
      text,
    );
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
