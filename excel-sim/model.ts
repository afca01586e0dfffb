/**
 * The simulated workbook's state: sheets of sparse cells, their charts and widths, the settings, and
 * Excel's rules on sheet names and visibility. Formulas are recalculated after each change, as
 * Excel's automatic calculation does, so a cell's `value` is what Excel would show.
 */
import { evaluateFormula, isError, type Scalar } from "./formula";
import { simError } from "./errors";
import type { ChartDataLabelsLike } from "../src/excel/api";

export interface Cell {
  value: unknown;
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
}

/** A chart as drawn: what the pane asked Excel for. */
export interface FakeChart {
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  title: string;
  dataLabels: ChartDataLabelsLike;
  legend: { visible: boolean; position: string };
  position?: { start: string; end?: string };
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

/** A list rule of data validation over a box of cells (validation.ts): its literal items or its source cells. */
export interface Validation {
  readonly box: Box;
  readonly inCellDropDown: boolean;
  /** The comma-delimited text, or the source range as « 'Feuille'!A2:A9 ». */
  readonly source: string;
}

/** A sheet's page setup (page-layout.ts); margins in points. */
export interface PageSetup {
  orientation: string;
  paperSize: string;
  margins: Record<"top" | "bottom" | "left" | "right" | "header" | "footer", number>;
  centerHorizontally: boolean;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printArea?: Box;
  /** First and last title rows, 0-based. */
  titleRows?: readonly [number, number];
}

export interface Box {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

/** Excel's grid: 1 048 576 rows × 16 384 columns. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

let nextId = 1;

/** A cell with more than a plain value (a formula, a format, bold): stored as an object. */
class RichCell implements Cell {
  value: unknown = "";
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
}

/** A stored entry: a plain value (most cells of a table), or a {@link RichCell}. */
type Entry = RichCell | string | number | boolean | undefined;

export class SheetModel {
  /**
   * Cells by row then column (sparse arrays). A cell holding only a value is kept as that value, so
   * that a 200 000 × 60 table costs its values, not 12 million objects.
   */
  readonly rows: Entry[][] = [];
  readonly charts: FakeChart[] = [];
  readonly widths = new Map<number, number>();
  /** Data validation rules, in the order set (a later rule replaces an earlier one on the cells they share). */
  validations: Validation[] = [];
  /** Page setup, once GEF has set some of it (Excel's defaults otherwise). */
  page: PageSetup | undefined;
  readonly id = `{00000000-0000-4000-8000-${String(nextId++).padStart(12, "0")}}`;
  visibility: Visibility = "Visible";
  private bounds: { valuesOnly?: Box | null; all?: Box | null } = {};
  constructor(
    public name: string,
    private readonly onFormula: (sheet: SheetModel, r: number, c: number, has: boolean) => void,
  ) {}
  /** The cell at (r, c): its stored object, or a fresh one for a plain value. */
  get(r: number, c: number): Cell | undefined {
    const e = this.rows[r]?.[c];
    if (e === undefined || e instanceof RichCell) return e;
    return { value: e };
  }
  /** What Excel's `values` shows at (r, c): "" for an empty cell. */
  valueAt(r: number, c: number): unknown {
    const e = this.rows[r]?.[c];
    return e === undefined ? "" : e instanceof RichCell ? e.value : e;
  }
  set(r: number, c: number, patch: Partial<Cell>): void {
    const row = (this.rows[r] ??= []);
    const e = row[c];
    const had = e instanceof RichCell && e.formula !== undefined;
    const plain =
      patch.formula === undefined &&
      patch.numberFormat === undefined &&
      patch.bold === undefined &&
      !(e instanceof RichCell);
    const v = patch.value;
    if (plain && (typeof v === "string" || typeof v === "number" || typeof v === "boolean")) {
      row[c] = v === "" ? undefined : v;
    } else {
      const cell = e instanceof RichCell ? e : Object.assign(new RichCell(), { value: e ?? "" });
      Object.assign(cell, patch);
      if ("formula" in patch && patch.formula === undefined) delete cell.formula;
      row[c] = cell;
    }
    this.bounds = {};
    const has = row[c] instanceof RichCell && row[c].formula !== undefined;
    if (had !== has) this.onFormula(this, r, c, has);
  }
  remove(r: number, c: number): void {
    const row = this.rows[r];
    const e = row?.[c];
    if (!row || e === undefined) return;
    if (e instanceof RichCell && e.formula !== undefined) this.onFormula(this, r, c, false);
    row[c] = undefined;
    this.bounds = {};
  }
  /** Bounds of the used cells (values or formulas; formats too unless valuesOnly), cached until a change. */
  used(valuesOnly: boolean): Box | undefined {
    const key = valuesOnly ? "valuesOnly" : "all";
    const cached = this.bounds[key];
    if (cached !== undefined) return cached ?? undefined;
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    this.rows.forEach((row, r) =>
      row.forEach((e, c) => {
        if (e === undefined) return;
        const cell = e instanceof RichCell ? e : { value: e };
        const hasContent =
          cell.formula !== undefined || (cell.value !== "" && cell.value !== null && cell.value !== undefined);
        if (!hasContent && (valuesOnly || (cell.numberFormat === undefined && cell.bold === undefined))) return;
        if (r < r0) r0 = r;
        if (c < c0) c0 = c;
        if (r > r1) r1 = r;
        if (c > c1) c1 = c;
      }),
    );
    const box = r1 < 0 ? null : { r0, c0, r1, c1 };
    this.bounds[key] = box;
    return box ?? undefined;
  }
}

const FORBIDDEN = /[:\\/?*[\]]/;

/** Checks a new sheet name as Excel does (InvalidArgument otherwise). */
export function checkSheetName(name: string): void {
  if (
    name.trim() === "" ||
    name.length > 31 ||
    FORBIDDEN.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    name.toLowerCase() === "history"
  ) {
    throw simError(
      "InvalidArgument",
      `Nom de feuille refusé par Excel : « ${name} » (31 caractères au plus, sans : \\ / ? * [ ], ni apostrophe au début ou à la fin).`,
    );
  }
}

export class BookModel {
  readonly sheets = new Map<string, SheetModel>();
  /** Settings kept as JSON text, as Office keeps them. */
  readonly settings = new Map<string, string>();
  active = "";
  selection: { sheet: string; address: string } | undefined;
  /** Answer reads above 5 000 000 cells with null values (as Excel sometimes does) instead of RangeExceedsLimit. */
  nullAboveCellLimit = false;
  /**
   * The highest ExcelApi 1.x set this host supports (api-sets.ts): all of them by default; lower it
   * to play an older Excel, whose newer members fail with ApiNotFound.
   */
  excelApi = 99;
  private readonly formulaCells = new Map<SheetModel, Set<number>>();
  private memo = new Map<string, Scalar>();
  private computing = new Set<string>();
  private dirty = false;

  /** The sheet of that name (compared case-insensitively, as Excel does) or id (`getItem` takes both). */
  find(name: string): SheetModel | undefined {
    const exact = this.sheets.get(name);
    if (exact) return exact;
    const low = name.toLowerCase();
    for (const s of this.sheets.values()) if (s.name.toLowerCase() === low || s.id === name) return s;
    return undefined;
  }

  addSheet(name: string): SheetModel {
    checkSheetName(name);
    if (this.find(name))
      throw simError(
        "ItemAlreadyExists",
        `Une feuille « ${name} » existe déjà (Excel compare les noms sans tenir compte de la casse).`,
      );
    const s = new SheetModel(name, (sheet, r, c, has) => this.trackFormula(sheet, r, c, has));
    this.sheets.set(name, s);
    return s;
  }

  deleteSheet(sheet: SheetModel): void {
    const visible = [...this.sheets.values()].filter((s) => s.visibility === "Visible");
    if (sheet.visibility === "Visible" && visible.length <= 1) {
      throw simError("InvalidOperation", "Excel ne peut pas supprimer la dernière feuille visible d'un classeur.");
    }
    this.sheets.delete(sheet.name);
    this.formulaCells.delete(sheet);
    if (this.active.toLowerCase() === sheet.name.toLowerCase())
      this.active = [...this.sheets.values()].find((s) => s.visibility === "Visible")?.name ?? "";
    this.changed();
  }

  private trackFormula(sheet: SheetModel, r: number, c: number, has: boolean): void {
    let set = this.formulaCells.get(sheet);
    if (!set) this.formulaCells.set(sheet, (set = new Set()));
    const key = r * MAX_COLUMNS + c;
    if (has) set.add(key);
    else set.delete(key);
  }

  /** Marks the formulas for recalculation (any write). */
  changed(): void {
    this.dirty = true;
  }

  /** Recalculates every formula cell, storing its result as the cell's value (Excel's automatic calculation). */
  recalc(): void {
    if (!this.dirty) return;
    this.dirty = false;
    this.memo = new Map();
    for (const [sheet, keys] of this.formulaCells) {
      for (const key of keys) {
        const r = Math.floor(key / MAX_COLUMNS);
        const c = key % MAX_COLUMNS;
        const cell = sheet.get(r, c);
        if (cell?.formula !== undefined) cell.value = shown(this.valueOf(sheet, r, c));
      }
    }
  }

  private valueOf(sheet: SheetModel, r: number, c: number): Scalar {
    const cell = sheet.get(r, c);
    if (cell === undefined) return null;
    if (cell.formula === undefined) {
      const v = cell.value;
      if (v === "" || v === undefined || v === null) return null;
      if (typeof v === "string" && /^#(DIV\/0!|VALUE!|NAME\?|REF!|NUM!|N\/A)$/.test(v))
        return { error: v as "#VALUE!" };
      return typeof v === "number" || typeof v === "boolean" || typeof v === "string" ? v : JSON.stringify(v);
    }
    const key = `${sheet.id}:${r}:${c}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    // A circular reference: Excel warns and shows 0.
    if (this.computing.has(key)) return 0;
    this.computing.add(key);
    const v = evaluateFormula(cell.formula, (name, rr, cc) => {
      const target = name === undefined ? sheet : this.find(name);
      return target === undefined ? { error: "#REF!" } : this.valueOf(target, rr, cc);
    });
    this.computing.delete(key);
    this.memo.set(key, v);
    return v;
  }
}

/** A formula's result as the values API gives it: errors as their text, blank as 0. */
function shown(v: Scalar): unknown {
  if (v === null) return 0;
  return isError(v) ? v.error : v;
}
