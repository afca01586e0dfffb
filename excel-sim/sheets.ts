/**
 * Worksheets and settings of the simulated workbook (learn.microsoft.com: Excel.Worksheet,
 * Excel.WorksheetCollection, Excel.SettingCollection):
 * - sheet names are compared case-insensitively; a new name is checked (31 characters at most, none
 *   of `: \ / ? * [ ]`); adding a name that exists gives ItemAlreadyExists;
 * - sheets are Visible, Hidden or VeryHidden; the last visible sheet cannot be hidden or deleted, a
 *   hidden sheet cannot be activated (InvalidOperation);
 * - charts are in charts.ts;
 * - settings round-trip through JSON, as Office stores them.
 */
import type {
  ChartCollectionLike,
  RangeLike,
  SettingCollectionLike,
  SettingLike,
  WorksheetCollectionLike,
  WorksheetLike,
} from "../src/excel/api";
import { SimProxy, type SimContext } from "./context";
import { simError } from "./errors";
import type { SheetModel, Visibility } from "./model";
import { SimCharts } from "./charts";
import { SimPageLayout } from "./page-layout";
import { SimRange, parseA1 } from "./range";
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

  get name(): string {
    return this.read("name");
  }
  get id(): string {
    return this.read("id");
  }
  get isNullObject(): boolean {
    return this.readNull();
  }
  get visibility(): Visibility {
    return this.read("visibility");
  }
  set visibility(v: Visibility) {
    this.ctx.log(this.what, "visibility", v);
    this.ctx.enqueue(() => {
      const s = this.model();
      if (
        v !== "Visible" &&
        s.visibility === "Visible" &&
        [...this.ctx.book.sheets.values()].filter((x) => x.visibility === "Visible").length <= 1
      ) {
        throw simError("InvalidOperation", "Excel ne peut pas masquer la dernière feuille visible d'un classeur.");
      }
      s.visibility = v;
    }, v);
  }

  get charts(): ChartCollectionLike {
    return new SimCharts(this.ctx, this);
  }

  /** ExcelApi 1.9 (page-layout.ts). */
  get pageLayout(): SimPageLayout {
    return new SimPageLayout(this.ctx, this.what, () => this.model());
  }

  getRange(address?: string): RangeLike {
    return new SimRange(
      this.ctx,
      `la plage ${address ?? ""} de ${this.what}`,
      () => {
        const sheet = this.model();
        if (address === undefined) return { sheet, box: { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLUMNS - 1 } };
        return { sheet, box: parseA1(address) };
      },
      false,
    );
  }
  getRangeByIndexes(r: number, c: number, rows: number, cols: number): RangeLike {
    return new SimRange(
      this.ctx,
      `une plage de ${this.what}`,
      () => {
        const sheet = this.model();
        const ok =
          [r, c, rows, cols].every(Number.isInteger) &&
          r >= 0 &&
          c >= 0 &&
          rows >= 1 &&
          cols >= 1 &&
          r + rows <= MAX_ROWS &&
          c + cols <= MAX_COLUMNS;
        if (!ok)
          throw simError(
            "InvalidArgument",
            `getRangeByIndexes(${r}, ${c}, ${rows}, ${cols}) sort de la grille d'Excel.`,
          );
        return { sheet, box: { r0: r, c0: c, r1: r + rows - 1, c1: c + cols - 1 } };
      },
      false,
    );
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeLike {
    return new SimRange(
      this.ctx,
      `la plage utilisée de ${this.what}`,
      () => {
        const sheet = this.maybeModel();
        const box = sheet?.used(valuesOnly);
        return sheet && box ? { sheet, box } : undefined;
      },
      true,
    );
  }
  activate(): void {
    this.ctx.log(this.what, "activate", "");
    this.ctx.enqueue(() => {
      const s = this.model();
      if (s.visibility !== "Visible")
        throw simError("InvalidOperation", `La feuille « ${s.name} » est masquée : Excel ne peut pas l'activer.`);
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
      for (let i = this.ctx.book.sheets.size + 1; n === undefined; i++)
        if (!this.ctx.book.find(`Feuil${i}`)) n = `Feuil${i}`;
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
  constructor(
    ctx: SimContext,
    private readonly key: string,
  ) {
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
  get value(): unknown {
    return this.read("value");
  }
  get isNullObject(): boolean {
    return this.readNull();
  }
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
