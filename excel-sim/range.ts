/**
 * Ranges of the simulated workbook, strict as Excel (learn.microsoft.com: Excel.Range, « Set and
 * get range values, text, or formulas », « Read or write to a large range »):
 * - a read of more than 5 000 000 cells is refused (RangeExceedsLimit), or, when the workbook is so
 *   configured, answered with `null` values as Excel sometimes does;
 * - a write whose array differs in shape from the range is refused (InvalidArgument); a single
 *   value (not an array) fills the whole range, as Excel allows;
 * - text written through `values` or `formulas` is read as if typed: « =… » is a formula, « +… » or
 *   « -… » a number or a formula, « 12.5 » a number, « 'texte » text, unless the cell is formatted
 *   "@" (text), where even « =… » stays text; NaN, Infinity and objects are refused, as JSON cannot
 *   carry them, and -0 arrives as 0;
 * - a cell holds 32 767 characters at most.
 */
import { columnLetters, parseCellAddress } from "../src/domain";
import type { RangeFormatLike, RangeLike } from "../src/excel/api";
import { SimProxy, type SimContext } from "./context";
import { simError } from "./errors";
import { isValidFormula } from "./formula";
import { CELL_READ_LIMIT } from "./limits";
import { MAX_COLUMNS, MAX_ROWS, type Box, type Cell, type SheetModel } from "./model";
import { SimDataValidation } from "./validation";

/** Column letters of a 0-based index (the domain's A1 rule). */
export const colName = columnLetters;

/** Parses "B3", "B3:D7", "$B$3", "Feuil1!B3" (the sheet part is ignored here). */
export function parseA1(address: string): Box {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b] = local.replace(/\$/g, "").split(":");
  const one = (s: string): [number, number] => {
    const p = parseCellAddress(s);
    if (!p && !/^[A-Z]{1,3}0+$/i.test(s)) throw simError("InvalidArgument", `Adresse invalide : ${address}`);
    if (!p || p.row >= MAX_ROWS || p.col >= MAX_COLUMNS)
      throw simError("InvalidArgument", `Adresse hors de la grille d'Excel : ${address}`);
    return [p.row, p.col];
  };
  const [r0, c0] = one(a ?? "");
  const [r1, c1] = b ? one(b) : [r0, c0];
  return { r0: Math.min(r0, r1), c0: Math.min(c0, c1), r1: Math.max(r0, r1), c1: Math.max(c0, c1) };
}

/** "B3" or "B3:D7". */
export function boxAddress(b: Box): string {
  const one = `${colName(b.c0)}${b.r0 + 1}`;
  return b.r1 > b.r0 || b.c1 > b.c0 ? `${one}:${colName(b.c1)}${b.r1 + 1}` : one;
}

const quoteSheet = (name: string): string =>
  /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;

const NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i;
const MAX_TEXT = 32_767;

/** What Excel stores for a value typed (or written through `values`) into a cell. */
export function typedContent(v: unknown, textFormat: boolean): Partial<Cell> {
  if (v === null || v === undefined) return { value: "", formula: undefined };
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw simError("InvalidArgument", `Valeur non représentable : ${String(v)}`);
    // JSON carries -0 as « 0 » (JSON.stringify(-0)): Excel never receives a negative zero.
    return { value: v === 0 ? 0 : v, formula: undefined };
  }
  if (typeof v === "boolean") return { value: v, formula: undefined };
  if (typeof v !== "string")
    throw simError("InvalidArgument", "Excel n'accepte que des nombres, du texte et des booléens dans une cellule.");
  if (v.length > MAX_TEXT)
    throw simError(
      "InvalidArgument",
      `Texte de ${v.length} caractères : une cellule Excel en contient 32 767 au plus.`,
    );
  if (textFormat) return { value: v, formula: undefined };
  if (v.startsWith("'")) return { value: v.slice(1), formula: undefined };
  if (v.length > 1 && v.startsWith("=")) {
    if (!isValidFormula(v)) throw simError("InvalidArgument", `Formule refusée par Excel : ${v}`);
    return { formula: v, value: 0 };
  }
  if (NUMBER.test(v)) return { value: Number(v), formula: undefined };
  if (v.length > 1 && (v.startsWith("+") || v.startsWith("-")) && isValidFormula(`=${v}`))
    return { formula: `=${v}`, value: 0 };
  return { value: v, formula: undefined };
}

export interface RangeTarget {
  readonly sheet: SheetModel;
  readonly box: Box;
}

export class SimRange extends SimProxy implements RangeLike {
  private target: RangeTarget | undefined;

  /** `locate` runs at sync, in order with the other commands; undefined: a null object (if allowed). */
  constructor(ctx: SimContext, what: string, locate: () => RangeTarget | undefined, orNull: boolean) {
    super(ctx, what);
    ctx.enqueue(() => {
      const t = locate();
      if (t === undefined && !orNull) throw simError("ItemNotFound", `Plage introuvable (${what}).`);
      this.target = t;
      this.resolved(t === undefined);
    });
  }

  /** The sheet and cells, once resolved (inside commands). */
  resolvedTarget(): RangeTarget | undefined {
    if (this.target && !this.ctx.book.sheets.has(this.target.sheet.name))
      throw simError("ItemNotFound", `La feuille de ${this.what} a été supprimée.`);
    return this.target;
  }
  private t(): RangeTarget {
    const t = this.resolvedTarget();
    if (!t) throw simError("InvalidOperation", `${this.what} est un objet nul.`);
    return t;
  }

  protected defaultProps(): string[] {
    return ["address", "values", "formulas", "numberFormat", "rowIndex", "columnIndex", "rowCount", "columnCount"];
  }

  private grid(
    f: (cell: Cell | undefined) => unknown,
    plain?: (sheet: SheetModel, r: number, c: number) => unknown,
  ): unknown[][] | null {
    const { sheet, box } = this.t();
    const cells = (box.r1 - box.r0 + 1) * (box.c1 - box.c0 + 1);
    if (cells > CELL_READ_LIMIT) {
      if (this.ctx.host.model.nullAboveCellLimit) return null;
      throw simError(
        "RangeExceedsLimit",
        `Lecture de ${cells} cellules : au-delà de la limite de 5 000 000 cellules d'Excel.`,
      );
    }
    const out: unknown[][] = [];
    for (let r = box.r0; r <= box.r1; r++) {
      const row: unknown[] = [];
      for (let c = box.c0; c <= box.c1; c++) row.push(plain ? plain(sheet, r, c) : f(sheet.get(r, c)));
      out.push(row);
    }
    return out;
  }

  protected snapshot(prop: string): unknown {
    const { sheet, box } = this.t();
    switch (prop) {
      case "values":
        return this.grid(
          () => "",
          (s, r, c) => s.valueAt(r, c),
        );
      case "formulas":
        return this.grid((c) => (c === undefined ? "" : (c.formula ?? c.value)));
      case "numberFormat":
        return this.grid((c) => c?.numberFormat ?? "General");
      case "address":
        return `${quoteSheet(sheet.name)}!${boxAddress(box)}`;
      case "rowIndex":
        return box.r0;
      case "columnIndex":
        return box.c0;
      case "rowCount":
        return box.r1 - box.r0 + 1;
      case "columnCount":
        return box.c1 - box.c0 + 1;
      case "format/font/bold": {
        const all = this.grid((c) => c?.bold === true)?.flat() ?? [];
        return all.every((b) => b) ? true : all.some((b) => b) ? null : false;
      }
      case "format/columnWidth":
        return sheet.widths.get(box.c0) ?? 48;
      default:
        return undefined;
    }
  }

  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get isNullObject(): boolean {
    return this.readNull();
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }

  /** Queues a write of a grid (or of one value for every cell) through `apply`. */
  private write(
    grid: unknown,
    what: string,
    apply: (sheet: SheetModel, r: number, c: number, v: unknown) => void,
  ): void {
    this.ctx.log(
      this.what,
      what,
      Array.isArray(grid) ? `${grid.length} × ${(grid[0] as unknown[] | undefined)?.length ?? 0}` : "1 valeur",
    );
    this.ctx.enqueue(() => {
      const { sheet, box } = this.t();
      const rows = box.r1 - box.r0 + 1;
      const cols = box.c1 - box.c0 + 1;
      const scalar = !Array.isArray(grid);
      if (!scalar && (grid.length !== rows || grid.some((row) => !Array.isArray(row) || row.length !== cols))) {
        throw simError(
          "InvalidArgument",
          `Le tableau écrit dans ${this.what} n'a pas la forme de la plage (${rows} × ${cols}).`,
        );
      }
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++)
          apply(sheet, box.r0 + r, box.c0 + c, scalar ? grid : (grid as unknown[][])[r]?.[c]);
      }
      this.ctx.book.changed();
    }, grid);
  }

  set values(grid: unknown[][]) {
    this.write(grid, "values", (s, r, c, v) => s.set(r, c, typedContent(v, s.get(r, c)?.numberFormat === "@")));
  }
  set formulas(grid: unknown[][]) {
    this.write(grid, "formulas", (s, r, c, v) => s.set(r, c, typedContent(v, s.get(r, c)?.numberFormat === "@")));
  }
  set numberFormat(grid: unknown[][]) {
    this.write(grid, "numberFormat", (s, r, c, v) => {
      if (typeof v !== "string")
        throw simError("InvalidArgument", "Un format de nombre est un texte (« 0 », « 0 % », « @ »…).");
      s.set(r, c, { numberFormat: v });
    });
  }

  readonly format: RangeFormatLike = ((range: SimRange) => {
    const set = (what: string, apply: (t: RangeTarget) => void, payload: unknown): void => {
      range.ctx.log(range.what, what, String(payload));
      range.ctx.enqueue(() => apply(range.t()), payload);
    };
    return {
      font: {
        get bold(): boolean | null {
          return range.read("format/font/bold");
        },
        set bold(v: boolean | null) {
          set(
            "format.font.bold",
            ({ sheet, box }) => {
              for (let r = box.r0; r <= box.r1; r++)
                for (let c = box.c0; c <= box.c1; c++) sheet.set(r, c, { bold: v === true });
            },
            v,
          );
        },
        get color(): string | null {
          return range.read("format/font/color");
        },
        set color(_v: string | null) {
          set("format.font.color", () => undefined, _v);
        },
      },
      fill: {
        get color(): string | null {
          return range.read("format/fill/color");
        },
        set color(_v: string | null) {
          set("format.fill.color", () => undefined, _v);
        },
      },
      get columnWidth(): number | null {
        return range.read("format/columnWidth");
      },
      set columnWidth(w: number | null) {
        set(
          "format.columnWidth",
          ({ sheet, box }) => {
            for (let c = box.c0; c <= box.c1; c++) sheet.widths.set(c, w ?? 0);
          },
          w,
        );
      },
      get wrapText(): boolean | null {
        return range.read("format/wrapText");
      },
      set wrapText(_v: boolean | null) {
        set("format.wrapText", () => undefined, _v);
      },
      autofitColumns: (): void => set("format.autofitColumns", () => undefined, null),
    };
  })(this);

  load(props?: string | string[]): RangeLike {
    this.queueLoad(props);
    return this;
  }

  /** ExcelApi 1.8 (validation.ts). */
  get dataValidation(): SimDataValidation {
    return new SimDataValidation(this.ctx, this.what, {
      target: () => this.t(),
      sourceOf: (source) => {
        const t = source instanceof SimRange ? source.resolvedTarget() : undefined;
        return t && { box: t.box, address: `${quoteSheet(t.sheet.name)}!${boxAddress(t.box)}` };
      },
    });
  }

  getIntersectionOrNullObject(other: RangeLike | string): RangeLike {
    return new SimRange(
      this.ctx,
      `l'intersection de ${this.what}`,
      () => {
        const a = this.t();
        let b: Box;
        if (typeof other === "string") b = parseA1(other);
        else if (other instanceof SimRange) {
          const o = other.resolvedTarget();
          if (o === undefined) return undefined;
          if (o.sheet !== a.sheet)
            throw simError("InvalidArgument", "Les deux plages ne sont pas sur la même feuille.");
          b = o.box;
        } else throw simError("InvalidArgument", "Plage d'un autre classeur.");
        const box = {
          r0: Math.max(a.box.r0, b.r0),
          c0: Math.max(a.box.c0, b.c0),
          r1: Math.min(a.box.r1, b.r1),
          c1: Math.min(a.box.c1, b.c1),
        };
        return box.r0 > box.r1 || box.c0 > box.c1 ? undefined : { sheet: a.sheet, box };
      },
      true,
    );
  }

  select(): void {
    this.ctx.log(this.what, "select", "");
    this.ctx.enqueue(() => {
      const { sheet, box } = this.t();
      if (sheet.visibility !== "Visible")
        throw simError("InvalidOperation", "Excel ne peut pas sélectionner une cellule d'une feuille masquée.");
      this.ctx.book.active = sheet.name;
      this.ctx.book.selection = { sheet: sheet.name, address: `${colName(box.c0)}${box.r0 + 1}` };
    });
  }

  clear(): void {
    this.ctx.log(this.what, "clear", "");
    this.ctx.enqueue(() => {
      const { sheet, box } = this.t();
      for (let r = box.r0; r <= box.r1; r++) for (let c = box.c0; c <= box.c1; c++) sheet.remove(r, c);
      this.ctx.book.changed();
    });
  }
}
