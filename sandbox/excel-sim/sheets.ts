/**
 * Worksheets, charts and settings of the simulated workbook (learn.microsoft.com: Excel.Worksheet,
 * Excel.WorksheetCollection, Excel.Chart, Excel.SettingCollection):
 * - sheet names are compared case-insensitively; a new name is checked (31 characters at most, none
 *   of `: \ / ? * [ ]`); adding a name that exists gives ItemAlreadyExists;
 * - sheets are Visible, Hidden or VeryHidden; the last visible sheet cannot be hidden or deleted, a
 *   hidden sheet cannot be activated (InvalidOperation);
 * - charts' properties, like every other, are readable only once loaded;
 * - settings round-trip through JSON, as Office stores them.
 */
import type {
  ChartCollectionLike,
  ChartDataLabelsLike,
  ChartLike,
  ChartSeriesLike,
  RangeLike,
  SettingCollectionLike,
  SettingLike,
  WorksheetCollectionLike,
  WorksheetLike,
} from "../../src/excel/api";
import { SimProxy, type SimContext } from "./context";
import { simError } from "./errors";
import type { FakeChart, SheetModel, Visibility } from "./model";
import { SimRange, boxAddress, parseA1 } from "./range";
import { MAX_COLUMNS, MAX_ROWS } from "./model";

export class SimWorksheet extends SimProxy implements WorksheetLike {
  private sheet: SheetModel | undefined;

  /** `locate` runs at sync (or now, for a sheet already known): undefined for a missing sheet. */
  constructor(ctx: SimContext, what: string, locate: (() => SheetModel | undefined) | SheetModel, orNull = false) {
    super(ctx, what);
    if (typeof locate !== "function") {
      this.sheet = locate;
      this.resolved(false);
      return;
    }
    ctx.enqueue(() => {
      const s = locate();
      if (s === undefined && !orNull) throw simError("ItemNotFound", `La feuille ${what} n'existe pas.`);
      this.sheet = s;
      this.resolved(s === undefined);
    });
  }

  /** The sheet, inside commands; ItemNotFound once deleted. */
  model(): SheetModel {
    const s = this.sheet;
    if (s === undefined) throw simError("InvalidOperation", `${this.what} est un objet nul.`);
    if (!this.ctx.book.sheets.has(s.name)) throw simError("ItemNotFound", `La feuille « ${s.name} » n'existe plus.`);
    return s;
  }
  private maybeModel(): SheetModel | undefined {
    return this.sheet === undefined ? undefined : this.model();
  }

  protected defaultProps(): string[] {
    return ["name", "id", "visibility", "position"];
  }
  protected snapshot(prop: string): unknown {
    const s = this.model();
    switch (prop) {
      case "name":
        return s.name;
      case "id":
        return s.id;
      case "visibility":
        return s.visibility;
      case "position":
        return [...this.ctx.book.sheets.values()].indexOf(s);
      default:
        return undefined;
    }
  }

  get name(): string { return this.read("name"); }
  get id(): string { return this.read("id"); }
  get isNullObject(): boolean { return this.readNull(); }
  get visibility(): Visibility { return this.read("visibility"); }
  set visibility(v: Visibility) {
    this.ctx.log(this.what, "visibility", v);
    this.ctx.enqueue(() => {
      const s = this.model();
      if (v !== "Visible" && s.visibility === "Visible" && [...this.ctx.book.sheets.values()].filter((x) => x.visibility === "Visible").length <= 1) {
        throw simError("InvalidOperation", "Excel ne peut pas masquer la dernière feuille visible d'un classeur.");
      }
      s.visibility = v;
    }, v);
  }

  get charts(): ChartCollectionLike {
    return new SimCharts(this.ctx, this);
  }

  getRange(address?: string): RangeLike {
    return new SimRange(this.ctx, `la plage ${address ?? ""} de ${this.what}`, () => {
      const sheet = this.model();
      if (address === undefined) return { sheet, box: { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLUMNS - 1 } };
      return { sheet, box: parseA1(address) };
    }, false);
  }
  getRangeByIndexes(r: number, c: number, rows: number, cols: number): RangeLike {
    return new SimRange(this.ctx, `une plage de ${this.what}`, () => {
      const sheet = this.model();
      const ok = [r, c, rows, cols].every(Number.isInteger) && r >= 0 && c >= 0 && rows >= 1 && cols >= 1 && r + rows <= MAX_ROWS && c + cols <= MAX_COLUMNS;
      if (!ok) throw simError("InvalidArgument", `getRangeByIndexes(${r}, ${c}, ${rows}, ${cols}) sort de la grille d'Excel.`);
      return { sheet, box: { r0: r, c0: c, r1: r + rows - 1, c1: c + cols - 1 } };
    }, false);
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeLike {
    return new SimRange(this.ctx, `la plage utilisée de ${this.what}`, () => {
      const sheet = this.maybeModel();
      const box = sheet?.used(valuesOnly);
      return sheet && box ? { sheet, box } : undefined;
    }, true);
  }
  activate(): void {
    this.ctx.log(this.what, "activate", "");
    this.ctx.enqueue(() => {
      const s = this.model();
      if (s.visibility !== "Visible") throw simError("InvalidOperation", `La feuille « ${s.name} » est masquée : Excel ne peut pas l'activer.`);
      this.ctx.book.active = s.name;
    });
  }
  delete(): void {
    this.ctx.log(this.what, "delete", "");
    this.ctx.enqueue(() => this.ctx.book.deleteSheet(this.model()));
  }
  load(props?: string | string[]): WorksheetLike {
    this.queueLoad(props);
    return this;
  }
}

export class SimWorksheets extends SimProxy implements WorksheetCollectionLike {
  constructor(ctx: SimContext) {
    super(ctx, "les feuilles du classeur");
    this.resolved(false);
  }
  protected defaultProps(): string[] {
    return ["items/name"];
  }
  protected snapshot(prop: string): unknown {
    const m = /^items(?:\/(name|id|visibility|position))?$/.exec(prop);
    if (!m) return undefined;
    const field = m[1];
    return [...this.ctx.book.sheets.values()].map((s, position) => {
      const all: Record<string, unknown> = { name: s.name, id: s.id, visibility: s.visibility, position };
      // What Office sends: the property asked for (all of them for a bare "items").
      const sent = field === undefined ? all : { [field]: all[field] };
      return Object.defineProperty(sent, "model", { value: s, enumerable: false });
    });
  }
  get items(): WorksheetLike[] {
    const loaded = ["items", "items/name", "items/id", "items/visibility", "items/position"].filter((p) => this.has(p));
    if (loaded.length === 0) return this.read("items");
    const lists = loaded.map((p) => this.read<(Record<string, unknown> & { model?: SheetModel })[]>(p));
    return (lists[0] ?? []).map((first, i) => {
      const s = first.model as SheetModel;
      const ws = new SimWorksheet(this.ctx, `« ${s.name} »`, s);
      ws.preload(Object.assign({}, ...lists.map((l) => l[i] ?? {})) as Record<string, unknown>);
      return ws;
    });
  }
  getItem(key: string): WorksheetLike {
    return new SimWorksheet(this.ctx, `« ${key} »`, () => this.ctx.book.find(key));
  }
  getItemOrNullObject(key: string): WorksheetLike {
    return new SimWorksheet(this.ctx, `« ${key} »`, () => this.ctx.book.find(key), true);
  }
  getActiveWorksheet(): WorksheetLike {
    return new SimWorksheet(this.ctx, "la feuille active", () => this.ctx.book.find(this.ctx.book.active));
  }
  add(name?: string): WorksheetLike {
    this.ctx.log("le classeur", "worksheets.add", name ?? "");
    let created: SheetModel | undefined;
    this.ctx.enqueue(() => {
      let n = name;
      for (let i = this.ctx.book.sheets.size + 1; n === undefined; i++) if (!this.ctx.book.find(`Feuil${i}`)) n = `Feuil${i}`;
      created = this.ctx.book.addSheet(n);
    }, name ?? "");
    return new SimWorksheet(this.ctx, `« ${name ?? "nouvelle feuille"} »`, () => created);
  }
  load(props?: string | string[]): WorksheetCollectionLike {
    this.queueLoad(props ?? ["items/name"]);
    return this;
  }
}

export class SimSetting extends SimProxy implements SettingLike {
  constructor(ctx: SimContext, private readonly key: string) {
    super(ctx, `le réglage « ${key} »`);
    ctx.enqueue(() => this.resolved(!ctx.book.settings.has(key)));
  }
  protected defaultProps(): string[] {
    return ["value"];
  }
  protected snapshot(prop: string): unknown {
    if (prop !== "value") return undefined;
    return JSON.parse(this.ctx.book.settings.get(this.key) ?? "null") as unknown;
  }
  get value(): unknown { return this.read("value"); }
  get isNullObject(): boolean { return this.readNull(); }
  load(props?: string | string[]): SettingLike {
    this.queueLoad(props ?? ["value"]);
    return this;
  }
}

export function simSettings(ctx: SimContext): SettingCollectionLike {
  return {
    add: (key: string, value: unknown): unknown => {
      ctx.log("le classeur", "settings.add", key);
      const text = JSON.stringify(value);
      if (text === undefined) throw simError("InvalidArgument", `Réglage « ${key} » non sérialisable.`);
      ctx.enqueue(() => void ctx.book.settings.set(key, text), value);
      return undefined;
    },
    getItemOrNullObject: (key: string): SettingLike => new SimSetting(ctx, key),
  };
}

const noLabels = (): ChartDataLabelsLike => ({ showValue: false, showPercentage: false, showCategoryName: false, showSeriesName: false, showLegendKey: false, numberFormat: "General" });

/** An object whose properties are set through queued commands and read only once loaded. */
function queuedObject<T extends object>(ctx: SimContext, what: string, target: () => T, keys: readonly (keyof T & string)[], read: (k: string) => unknown): T {
  const o = {} as T;
  for (const k of keys) {
    Object.defineProperty(o, k, {
      enumerable: true,
      get: () => read(k),
      set: (v: unknown) => {
        ctx.log(what, k, String(v));
        ctx.enqueue(() => void ((target() as Record<string, unknown>)[k] = v), v);
      },
    });
  }
  return o;
}

class SimChart extends SimProxy implements ChartLike {
  constructor(ctx: SimContext, private readonly locate: () => FakeChart) {
    super(ctx, "un graphique");
    this.resolved(false);
  }
  protected defaultProps(): string[] {
    return ["name"];
  }
  protected snapshot(prop: string): unknown {
    const m = this.locate();
    const path: Record<string, unknown> = {
      name: m.name,
      "title/text": m.title,
      "legend/visible": m.legend.visible,
      "legend/position": m.legend.position,
      ...Object.fromEntries(Object.entries(m.dataLabels).map(([k, v]) => [`dataLabels/${k}`, v])),
    };
    return path[prop];
  }
  get name(): string { return this.read("name"); }
  set name(v: string) {
    this.ctx.enqueue(() => void (this.locate().name = v), v);
  }
  get title(): { text: string; visible: boolean } {
    return queuedObject(this.ctx, "titre", () => {
      const m = this.locate();
      return { get text() { return m.title; }, set text(v: string) { m.title = v; }, visible: true };
    }, ["text", "visible"], (k) => this.read(`title/${k}`));
  }
  get legend(): ChartLike["legend"] {
    return queuedObject(this.ctx, "légende", () => this.locate().legend, ["visible", "position"], (k) => this.read(`legend/${k}`)) as ChartLike["legend"];
  }
  get dataLabels(): ChartDataLabelsLike {
    return queuedObject(this.ctx, "étiquettes", () => this.locate().dataLabels, ["showValue", "showPercentage", "showCategoryName", "showSeriesName", "showLegendKey", "numberFormat"], (k) => this.read(`dataLabels/${k}`));
  }
  get series(): ChartLike["series"] {
    const fail = (): never => {
      throw simError("PropertyNotLoaded", "Les séries d'un graphique ne sont pas simulées : chargez-les dans Excel.");
    };
    return { get items(): ChartSeriesLike[] { return fail(); }, getItemAt: fail, load: fail };
  }
  setPosition(start: RangeLike | string, end?: RangeLike | string): void {
    const at = (x: RangeLike | string): string => {
      if (typeof x === "string") return boxAddress(parseA1(x));
      const t = x instanceof SimRange ? x.resolvedTarget() : undefined;
      if (!t) throw simError("InvalidArgument", "Position de graphique invalide.");
      return boxAddress(t.box);
    };
    this.ctx.enqueue(() => void (this.locate().position = { start: at(start), ...(end === undefined ? {} : { end: at(end) }) }));
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const model = this.locate();
      for (const s of this.ctx.book.sheets.values()) {
        const i = s.charts.indexOf(model);
        if (i >= 0) s.charts.splice(i, 1);
      }
    });
  }
  load(props?: string | string[]): ChartLike {
    this.queueLoad(props);
    return this;
  }
}

class SimCharts extends SimProxy implements ChartCollectionLike {
  constructor(ctx: SimContext, private readonly sheet: SimWorksheet) {
    super(ctx, "les graphiques");
    this.resolved(false);
  }
  protected defaultProps(): string[] {
    return ["items/name"];
  }
  protected snapshot(prop: string): unknown {
    if (!prop.startsWith("items")) return undefined;
    return this.sheet.model().charts.map((m) => Object.defineProperty({ name: m.name }, "model", { value: m, enumerable: false }));
  }
  get items(): ChartLike[] {
    return this.read<({ name: string } & { model?: FakeChart })[]>("items/name").map((item) => {
      const m = item.model as FakeChart;
      const c = new SimChart(this.ctx, () => m);
      c.preload({ name: item.name });
      return c;
    });
  }
  add(type: string, source: RangeLike, seriesBy?: string): ChartLike {
    this.ctx.log("graphiques", "charts.add", type);
    let model: FakeChart | undefined;
    this.ctx.enqueue(() => {
      const sheet = this.sheet.model();
      const t = source instanceof SimRange ? source.resolvedTarget() : undefined;
      if (!t || t.sheet !== sheet) throw simError("InvalidArgument", "La source d'un graphique doit être une plage de la même feuille.");
      model = { name: `Graphique ${sheet.charts.length + 1}`, type, source: boxAddress(t.box), seriesBy: seriesBy ?? "Auto", title: "", dataLabels: noLabels(), legend: { visible: true, position: "Right" } };
      sheet.charts.push(model);
    }, type);
    return new SimChart(this.ctx, () => {
      if (!model) throw simError("ItemNotFound", "Graphique non créé.");
      return model;
    });
  }
  load(props?: string | string[]): ChartCollectionLike {
    this.queueLoad(props ?? ["items/name"]);
    return this;
  }
}
