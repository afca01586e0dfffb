/**
 * A simulated Excel workbook implementing GEF's narrow Excel interfaces (src/excel/api.ts), for the
 * unit tests and the browser sandbox (one implementation, shared; the production pane never loads it).
 *
 * Semantics kept from Office: a property is readable only after `load` and `context.sync()`
 * (else an error with code PropertyNotLoaded); every sync is counted; `getItem` of a missing sheet
 * fails at the next sync (ItemNotFound); `…OrNullObject` gives `isNullObject` after a sync.
 * Simplifications (documented): writes are applied to the model at once; formulas are stored as
 * text and not evaluated (tests evaluate them with HyperFormula); a value written as a string
 * starting with "=" becomes a formula, as in Excel, unless the cell's number format is "@".
 */
import type {
  ChartCollectionLike,
  ChartDataLabelsLike,
  ChartLike,
  ChartSeriesLike,
  ExcelContext,
  ExcelRun,
  RangeLike,
  SettingLike,
  WorksheetCollectionLike,
  WorksheetLike,
} from "../src/excel/api";

interface Cell {
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
  position?: { start: string; end?: string };
}

class SheetModel {
  /** Cells by row then column (sparse arrays: a sheet of 200 000 rows reads fast). */
  readonly rows: (Cell | undefined)[][] = [];
  readonly charts: FakeChart[] = [];
  readonly widths = new Map<number, number>();
  constructor(public name: string) {}
  get(r: number, c: number): Cell | undefined {
    return this.rows[r]?.[c];
  }
  set(r: number, c: number, patch: Partial<Cell>): void {
    const row = (this.rows[r] ??= []);
    const cell = row[c] ?? { value: "" };
    Object.assign(cell, patch);
    row[c] = cell;
  }
  remove(r: number, c: number): void {
    const row = this.rows[r];
    if (row) row[c] = undefined;
  }
  /** Bounds of the used cells (values or formulas; formats too unless valuesOnly). */
  used(valuesOnly: boolean): { r0: number; c0: number; r1: number; c1: number } | undefined {
    let b: { r0: number; c0: number; r1: number; c1: number } | undefined;
    this.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell === undefined) return;
        const hasContent = cell.formula !== undefined || (cell.value !== "" && cell.value !== null && cell.value !== undefined);
        if (!hasContent && (valuesOnly || (cell.numberFormat === undefined && cell.bold === undefined))) return;
        if (!b) b = { r0: r, c0: c, r1: r, c1: c };
        else {
          if (r < b.r0) b.r0 = r;
          if (c < b.c0) b.c0 = c;
          if (r > b.r1) b.r1 = r;
          if (c > b.c1) b.c1 = c;
        }
      }),
    );
    return b;
  }
}

/** Column letters of a 0-based index. */
export function colName(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Parses "B3", "B3:D7", "$B$3", "Feuil1!B3" (the sheet part is ignored here). */
export function parseA1(address: string): { r0: number; c0: number; r1: number; c1: number } {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b] = local.replace(/\$/g, "").split(":");
  const one = (s: string): [number, number] => {
    const m = /^([A-Z]+)(\d+)$/i.exec(s);
    if (!m) throw Object.assign(new Error(`Adresse invalide : ${address}`), { code: "InvalidArgument" });
    let c = 0;
    for (const ch of (m[1] ?? "").toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
    return [Number(m[2]) - 1, c - 1];
  };
  const [r0, c0] = one(a ?? "");
  const [r1, c1] = b ? one(b) : [r0, c0];
  return { r0: Math.min(r0, r1), c0: Math.min(c0, c1), r1: Math.max(r0, r1), c1: Math.max(c0, c1) };
}

const notLoaded = (what: string, prop: string): Error =>
  Object.assign(new Error(`La propriété « ${prop} » de ${what} n'est pas chargée : appelez load("${prop}") puis context.sync().`), {
    code: "PropertyNotLoaded",
  });

/** One entry of the API log shown by the sandbox. */
export interface ApiCall {
  readonly objet: string;
  readonly methode: string;
  readonly details: string;
}

/** The base of every proxy: loads requested, values snapshotted at sync. */
abstract class Proxy {
  private readonly requested = new Set<string>();
  private readonly loaded = new Map<string, unknown>();
  constructor(
    protected readonly ctx: FakeContext,
    protected readonly what: string,
  ) {
    ctx.proxies.push(this);
  }
  protected request(props?: string | string[]): void {
    const list = props === undefined ? this.defaultProps() : Array.isArray(props) ? props : props.split(",");
    for (const p of list) this.requested.add(p.trim());
    this.ctx.log(this.what, "load", list.join(", "));
  }
  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw notLoaded(this.what, prop);
    return this.loaded.get(prop) as T;
  }
  /** Called by sync: resolves what was requested. */
  private fresh = true;
  /** Set by delete(): Office does not complain about an object deleted in the same batch. */
  protected deleted = false;
  resolve(): void {
    // Like Office, an invalid object fails at the first sync after it was asked for, or when loaded.
    if (!this.deleted && (this.fresh || this.requested.size > 0)) this.check();
    this.fresh = false;
    if (this.deleted) {
      this.requested.clear();
      return;
    }
    // As in Office, isNullObject is readable after any sync; a null object has no other property.
    const isNull = this.snapshot("isNullObject") === true;
    this.loaded.set("isNullObject", isNull);
    if (!isNull) for (const p of this.requested) if (p !== "isNullObject") this.loaded.set(p, this.snapshot(p));
    this.requested.clear();
  }
  /** Throws the error Office reports at sync for an invalid object (e.g. ItemNotFound). */
  protected check(): void {}
  protected abstract snapshot(prop: string): unknown;
  protected abstract defaultProps(): string[];
}

class FakeRange extends Proxy implements RangeLike {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => SheetModel | undefined,
    private readonly box: () => { r0: number; c0: number; r1: number; c1: number } | undefined,
    label: string,
  ) {
    super(ctx, label);
  }
  private model(): SheetModel {
    const s = this.sheet();
    if (!s) throw Object.assign(new Error(`Feuille introuvable (${this.what})`), { code: "ItemNotFound" });
    return s;
  }
  private b(): { r0: number; c0: number; r1: number; c1: number } {
    const b = this.box();
    if (!b) throw Object.assign(new Error(`Plage vide (${this.what})`), { code: "ItemNotFound" });
    return b;
  }
  protected override check(): void {
    this.model();
  }
  protected defaultProps(): string[] {
    return ["address", "values", "formulas", "numberFormat", "rowIndex", "columnIndex", "rowCount", "columnCount"];
  }
  private grid(f: (cell: Cell | undefined) => unknown): unknown[][] {
    const b = this.b();
    const s = this.model();
    const out: unknown[][] = [];
    for (let r = b.r0; r <= b.r1; r++) {
      const row: unknown[] = [];
      for (let c = b.c0; c <= b.c1; c++) row.push(f(s.get(r, c)));
      out.push(row);
    }
    return out;
  }
  protected snapshot(prop: string): unknown {
    if (prop === "isNullObject") return this.box() === undefined;
    const b = this.b();
    switch (prop) {
      case "values":
        return this.grid((c) => (c === undefined ? "" : c.formula !== undefined ? (c.value ?? 0) : c.value));
      case "formulas":
        return this.grid((c) => (c === undefined ? "" : (c.formula ?? c.value)));
      case "numberFormat":
        return this.grid((c) => c?.numberFormat ?? "General");
      case "address":
        return `${this.model().name}!${colName(b.c0)}${b.r0 + 1}${b.r1 > b.r0 || b.c1 > b.c0 ? `:${colName(b.c1)}${b.r1 + 1}` : ""}`;
      case "rowIndex":
        return b.r0;
      case "columnIndex":
        return b.c0;
      case "rowCount":
        return b.r1 - b.r0 + 1;
      case "columnCount":
        return b.c1 - b.c0 + 1;
      default:
        return undefined;
    }
  }
  /** The range's address without a load (the fake's own bookkeeping, e.g. a chart's source). */
  boxAddress(): string {
    const b = this.b();
    return `${colName(b.c0)}${b.r0 + 1}:${colName(b.c1)}${b.r1 + 1}`;
  }
  get address(): string { return this.read("address"); }
  get rowIndex(): number { return this.read("rowIndex"); }
  get columnIndex(): number { return this.read("columnIndex"); }
  get rowCount(): number { return this.read("rowCount"); }
  get columnCount(): number { return this.read("columnCount"); }
  get isNullObject(): boolean { return this.read("isNullObject"); }
  get values(): unknown[][] { return this.read("values"); }
  get formulas(): unknown[][] { return this.read("formulas"); }
  get numberFormat(): unknown[][] { return this.read("numberFormat"); }
  private write(grid: unknown[][], apply: (r: number, c: number, v: unknown) => void, what: string): void {
    const b = this.b();
    const single = grid.length === 1 && grid[0]?.length === 1;
    for (let r = b.r0; r <= b.r1; r++) {
      for (let c = b.c0; c <= b.c1; c++) apply(r, c, single ? grid[0]?.[0] : grid[r - b.r0]?.[c - b.c0]);
    }
    this.ctx.log(this.what, what, `${b.r1 - b.r0 + 1} × ${b.c1 - b.c0 + 1}`);
  }
  set values(grid: unknown[][]) {
    const s = this.model();
    this.write(grid, (r, c, v) => {
      const text = s.get(r, c)?.numberFormat === "@";
      if (typeof v === "string" && v.startsWith("=") && !text) s.set(r, c, { formula: v, value: 0 });
      else s.set(r, c, { value: typeof v === "string" && v.startsWith("'") ? v.slice(1) : v, formula: undefined });
    }, "values");
  }
  set formulas(grid: unknown[][]) {
    const s = this.model();
    this.write(grid, (r, c, v) => {
      if (typeof v === "string" && v.startsWith("=")) s.set(r, c, { formula: v, value: 0 });
      else s.set(r, c, { value: v ?? "", formula: undefined });
    }, "formulas");
  }
  set numberFormat(grid: unknown[][]) {
    const s = this.model();
    this.write(grid, (r, c, v) => s.set(r, c, { numberFormat: String(v) }), "numberFormat");
  }
  private setBold(v: boolean | null): void {
    const b = this.b();
    for (let r = b.r0; r <= b.r1; r++) for (let c = b.c0; c <= b.c1; c++) this.model().set(r, c, { bold: v === true });
  }
  private setWidth(w: number | null): void {
    const b = this.b();
    for (let c = b.c0; c <= b.c1; c++) this.model().widths.set(c, w ?? 0);
  }
  readonly format = ((setBold: (v: boolean | null) => void, setWidth: (w: number | null) => void) => ({
    font: {
      get bold(): boolean | null { return null; },
      set bold(v: boolean | null) { setBold(v); },
      color: null as string | null,
    },
    fill: { color: null as string | null },
    get columnWidth(): number | null { return null; },
    set columnWidth(w: number | null) { setWidth(w); },
    wrapText: null as boolean | null,
    autofitColumns: (): void => undefined,
  }))((v) => this.setBold(v), (w) => this.setWidth(w));
  load(props?: string | string[]): RangeLike {
    this.request(props);
    return this;
  }
  select(): void {
    const b = this.b();
    this.ctx.book.selection = { sheet: this.model().name, address: `${colName(b.c0)}${b.r0 + 1}` };
    this.ctx.log(this.what, "select", "");
  }
  clear(): void {
    const b = this.b();
    const s = this.model();
    for (let r = b.r0; r <= b.r1; r++) for (let c = b.c0; c <= b.c1; c++) s.remove(r, c);
  }
}

class FakeSeries implements ChartSeriesLike {
  name = "";
  readonly dataLabels: ChartDataLabelsLike = { showValue: false, showPercentage: false, showCategoryName: false, showSeriesName: false, showLegendKey: false, numberFormat: "" };
  setValues(): void {}
  setXAxisValues(): void {}
}

class FakeChartProxy extends Proxy implements ChartLike {
  constructor(ctx: FakeContext, readonly model: FakeChart) {
    super(ctx, `graphique « ${model.title || model.type} »`);
  }
  protected defaultProps(): string[] { return ["name"]; }
  protected snapshot(prop: string): unknown { return prop === "name" ? this.model.name : undefined; }
  get name(): string { return this.model.name; }
  set name(v: string) { this.model.name = v; }
  get title(): { text: string; visible: boolean } {
    const m = this.model;
    return { get text() { return m.title; }, set text(v: string) { m.title = v; }, visible: true };
  }
  readonly legend = { visible: true, position: "Right" as const };
  get dataLabels(): ChartDataLabelsLike { return this.model.dataLabels; }
  readonly series = { items: [] as ChartSeriesLike[], getItemAt: (): ChartSeriesLike => new FakeSeries(), load: (): unknown => undefined };
  setPosition(start: RangeLike | string, end?: RangeLike | string): void {
    const at = (x: RangeLike | string): string => (typeof x === "string" ? x : x instanceof FakeRange ? x.boxAddress() : "?");
    this.model.position = { start: at(start), ...(end === undefined ? {} : { end: at(end) }) };
  }
  delete(): void {
    for (const s of this.ctx.book.sheets.values()) {
      const i = s.charts.indexOf(this.model);
      if (i >= 0) s.charts.splice(i, 1);
    }
  }
  load(props?: string | string[]): ChartLike { this.request(props); return this; }
}

class FakeWorksheet extends Proxy implements WorksheetLike {
  constructor(ctx: FakeContext, private readonly lookup: () => SheetModel | undefined, label: string, private readonly orNull = false) {
    super(ctx, label);
  }
  private model(): SheetModel {
    const s = this.lookup();
    if (!s) throw Object.assign(new Error(`La feuille ${this.what} n'existe pas.`), { code: "ItemNotFound" });
    return s;
  }
  protected override check(): void { if (!this.orNull) this.model(); }
  protected defaultProps(): string[] { return ["name"]; }
  protected snapshot(prop: string): unknown {
    if (prop === "isNullObject") return this.lookup() === undefined;
    return prop === "name" ? this.lookup()?.name : undefined;
  }
  get name(): string { return this.read("name"); }
  get isNullObject(): boolean { return this.read("isNullObject"); }
  get charts(): ChartCollectionLike {
    const ctx = this.ctx;
    const sheet = (): SheetModel => this.model();
    const collection: ChartCollectionLike = {
      get items(): ChartLike[] { return sheet().charts.map((c) => new FakeChartProxy(ctx, c)); },
      add: (type, source, seriesBy) => {
        const model: FakeChart = { name: `Graphique ${sheet().charts.length + 1}`, type: String(type), source: source instanceof FakeRange ? source.boxAddress() : "?", seriesBy: String(seriesBy ?? "Auto"), title: "", dataLabels: new FakeSeries().dataLabels };
        sheet().charts.push(model);
        ctx.log(this.what, "charts.add", `${String(type)}`);
        return new FakeChartProxy(ctx, model);
      },
      load: () => collection,
    };
    return collection;
  }
  getRange(address?: string): RangeLike {
    const box = address ? parseA1(address) : undefined;
    return new FakeRange(this.ctx, () => this.lookup(), () => box, `la plage ${address ?? ""} de ${this.what}`);
  }
  getRangeByIndexes(r: number, c: number, rows: number, cols: number): RangeLike {
    const box = { r0: r, c0: c, r1: r + rows - 1, c1: c + cols - 1 };
    return new FakeRange(this.ctx, () => this.lookup(), () => box, `une plage de ${this.what}`);
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeLike {
    return new FakeRange(this.ctx, () => this.lookup(), () => this.lookup()?.used(valuesOnly), `la plage utilisée de ${this.what}`);
  }
  activate(): void { this.ctx.book.active = this.model().name; this.ctx.log(this.what, "activate", ""); }
  delete(): void {
    const name = this.model().name;
    this.deleted = true;
    this.ctx.book.sheets.delete(name);
    if (this.ctx.book.active === name) this.ctx.book.active = [...this.ctx.book.sheets.keys()][0] ?? "";
    this.ctx.log(this.what, "delete", "");
  }
  load(props?: string | string[]): WorksheetLike { this.request(props); return this; }
}

class FakeSheets extends Proxy implements WorksheetCollectionLike {
  protected defaultProps(): string[] { return ["items"]; }
  protected snapshot(prop: string): unknown {
    if (!prop.startsWith("items")) return undefined;
    return [...this.ctx.book.sheets.values()].map((s) => {
      const ws = new FakeWorksheet(this.ctx, () => this.ctx.book.sheets.get(s.name), `« ${s.name} »`);
      ws.load("name");
      ws.resolve();
      return ws;
    });
  }
  get items(): WorksheetLike[] { return this.read("items/name"); }
  getItem(key: string): WorksheetLike { return new FakeWorksheet(this.ctx, () => this.ctx.book.sheets.get(key), `« ${key} »`); }
  getItemOrNullObject(key: string): WorksheetLike { return new FakeWorksheet(this.ctx, () => this.ctx.book.sheets.get(key), `« ${key} »`, true); }
  getActiveWorksheet(): WorksheetLike { const name = this.ctx.book.active; return new FakeWorksheet(this.ctx, () => this.ctx.book.sheets.get(name), "la feuille active"); }
  add(name?: string): WorksheetLike {
    const n = name ?? `Feuil${this.ctx.book.sheets.size + 1}`;
    if (this.ctx.book.sheets.has(n)) throw Object.assign(new Error(`La feuille « ${n} » existe déjà.`), { code: "ItemAlreadyExists" });
    this.ctx.book.sheets.set(n, new SheetModel(n));
    this.ctx.log("le classeur", "worksheets.add", n);
    return this.getItem(n);
  }
  load(props?: string | string[]): WorksheetCollectionLike {
    // "items/name" is the only form GEF uses.
    const list = props === undefined ? ["items/name"] : (Array.isArray(props) ? props : props.split(",")).map((p) => (p.trim().startsWith("items") ? "items/name" : p));
    this.request(list);
    return this;
  }
}

class FakeSetting extends Proxy implements SettingLike {
  constructor(ctx: FakeContext, private readonly key: string) { super(ctx, `le réglage « ${key} »`); }
  protected defaultProps(): string[] { return ["value"]; }
  protected snapshot(prop: string): unknown {
    return prop === "isNullObject" ? !this.ctx.book.settings.has(this.key) : this.ctx.book.settings.get(this.key);
  }
  get value(): unknown { return this.read("value"); }
  get isNullObject(): boolean { return this.read("isNullObject"); }
  load(props?: string | string[]): SettingLike { this.request(props ?? ["value"]); this.request(["isNullObject"]); return this; }
}

class FakeContext implements ExcelContext {
  readonly proxies: Proxy[] = [];
  syncs = 0;
  constructor(readonly book: FakeWorkbook) {}
  log(objet: string, methode: string, details: string): void {
    this.book.calls.push({ objet, methode, details });
  }
  readonly workbook = {
    worksheets: new FakeSheets(this, "les feuilles du classeur"),
    settings: {
      add: (key: string, value: unknown): unknown => {
        this.book.settings.set(key, value);
        this.log("le classeur", "settings.add", key);
        return undefined;
      },
      getItemOrNullObject: (key: string): SettingLike => new FakeSetting(this, key),
    },
  };
  async sync(): Promise<void> {
    this.syncs++;
    this.book.syncCount++;
    this.log("contexte", "sync", `n° ${this.syncs}`);
    const pending = this.proxies.splice(0);
    for (const p of pending) p.resolve();
    this.proxies.push(...pending);
    await Promise.resolve();
  }
}

/** The simulated workbook: its sheets, settings, selection, and what the API did to it. */
export class FakeWorkbook {
  readonly sheets = new Map<string, SheetModel>();
  readonly settings = new Map<string, unknown>();
  readonly calls: ApiCall[] = [];
  active = "";
  selection: { sheet: string; address: string } | undefined;
  syncCount = 0;
  /** Syncs of each `run`, in order. */
  readonly runs: number[] = [];

  constructor(sheets: Record<string, unknown[][]> = {}, active?: string) {
    for (const [name, rows] of Object.entries(sheets)) this.setSheet(name, rows);
    this.active = active ?? Object.keys(sheets)[0] ?? "";
  }

  /** Replaces a sheet's content (a string "=…" is a formula). */
  setSheet(name: string, rows: readonly (readonly unknown[])[]): void {
    const s = new SheetModel(name);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined || v === "") return;
        if (typeof v === "string" && v.startsWith("=")) s.set(r, c, { formula: v, value: 0 });
        else s.set(r, c, { value: v });
      }),
    );
    this.sheets.set(name, s);
  }

  /** Excel.run for this workbook. */
  readonly run: ExcelRun = async (batch) => {
    const ctx = new FakeContext(this);
    try {
      return await batch(ctx);
    } finally {
      this.runs.push(ctx.syncs);
    }
  };

  /** Inspection without proxies (tests, sandbox display). */
  cell(sheet: string, address: string): { value: unknown; formula?: string; numberFormat?: string; bold?: boolean } | undefined {
    const { r0, c0 } = parseA1(address);
    return this.sheets.get(sheet)?.get(r0, c0);
  }

  /** A sheet's content as rows of formulas or values, from A1 to its last used cell. */
  grid(sheet: string, what: "values" | "formulas" = "formulas"): unknown[][] {
    const s = this.sheets.get(sheet);
    const b = s?.used(true);
    if (!s || !b) return [];
    const out: unknown[][] = [];
    for (let r = 0; r <= b.r1; r++) {
      const row: unknown[] = [];
      for (let c = 0; c <= b.c1; c++) {
        const cell = s.get(r, c);
        row.push(cell === undefined ? "" : what === "formulas" ? (cell.formula ?? cell.value) : cell.value);
      }
      out.push(row);
    }
    return out;
  }

  charts(sheet: string): readonly FakeChart[] {
    return this.sheets.get(sheet)?.charts ?? [];
  }
}
