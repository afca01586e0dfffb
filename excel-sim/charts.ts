/**
 * Charts of the simulated workbook (learn.microsoft.com: Excel.Chart, Excel.ChartCollection): a chart's
 * source must be a range of its own sheet; its properties, like every other, are readable only once
 * loaded, and are set through queued commands.
 */
import type { ChartCollectionLike, ChartDataLabelsLike, ChartLike, ChartSeriesLike, RangeLike } from "../src/excel/api";
import { SimProxy, type SimContext } from "./context";
import { simError } from "./errors";
import type { FakeChart, SheetModel } from "./model";
import { SimRange, boxAddress, parseA1 } from "./range";

const noLabels = (): ChartDataLabelsLike => ({
  showValue: false,
  showPercentage: false,
  showCategoryName: false,
  showSeriesName: false,
  showLegendKey: false,
  numberFormat: "General",
});

/** An object whose properties are set through queued commands and read only once loaded. */
function queuedObject<T extends object>(
  ctx: SimContext,
  what: string,
  target: () => T,
  keys: readonly (keyof T & string)[],
  read: (k: string) => unknown,
): T {
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
  constructor(
    ctx: SimContext,
    private readonly locate: () => FakeChart,
  ) {
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
  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.ctx.enqueue(() => void (this.locate().name = v), v);
  }
  get title(): { text: string; visible: boolean } {
    return queuedObject(
      this.ctx,
      "titre",
      () => {
        const m = this.locate();
        return {
          get text() {
            return m.title;
          },
          set text(v: string) {
            m.title = v;
          },
          visible: true,
        };
      },
      ["text", "visible"],
      (k) => this.read(`title/${k}`),
    );
  }
  get legend(): ChartLike["legend"] {
    return queuedObject(
      this.ctx,
      "légende",
      () => this.locate().legend,
      ["visible", "position"],
      (k) => this.read(`legend/${k}`),
    ) as ChartLike["legend"];
  }
  get dataLabels(): ChartDataLabelsLike {
    return queuedObject(
      this.ctx,
      "étiquettes",
      () => this.locate().dataLabels,
      ["showValue", "showPercentage", "showCategoryName", "showSeriesName", "showLegendKey", "numberFormat"],
      (k) => this.read(`dataLabels/${k}`),
    );
  }
  get series(): ChartLike["series"] {
    const fail = (): never => {
      throw simError("PropertyNotLoaded", "Les séries d'un graphique ne sont pas simulées : chargez-les dans Excel.");
    };
    return {
      get items(): ChartSeriesLike[] {
        return fail();
      },
      getItemAt: fail,
      load: fail,
    };
  }
  setPosition(start: RangeLike | string, end?: RangeLike | string): void {
    const at = (x: RangeLike | string): string => {
      if (typeof x === "string") return boxAddress(parseA1(x));
      const t = x instanceof SimRange ? x.resolvedTarget() : undefined;
      if (!t) throw simError("InvalidArgument", "Position de graphique invalide.");
      return boxAddress(t.box);
    };
    this.ctx.enqueue(
      () => void (this.locate().position = { start: at(start), ...(end === undefined ? {} : { end: at(end) }) }),
    );
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

export class SimCharts extends SimProxy implements ChartCollectionLike {
  constructor(
    ctx: SimContext,
    private readonly sheet: { model(): SheetModel },
  ) {
    super(ctx, "les graphiques");
    this.resolved(false);
  }
  protected defaultProps(): string[] {
    return ["items/name"];
  }
  protected snapshot(prop: string): unknown {
    if (!prop.startsWith("items")) return undefined;
    return this.sheet
      .model()
      .charts.map((m) => Object.defineProperty({ name: m.name }, "model", { value: m, enumerable: false }));
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
      if (!t || t.sheet !== sheet)
        throw simError("InvalidArgument", "La source d'un graphique doit être une plage de la même feuille.");
      model = {
        name: `Graphique ${sheet.charts.length + 1}`,
        type,
        source: boxAddress(t.box),
        seriesBy: seriesBy ?? "Auto",
        title: "",
        dataLabels: noLabels(),
        legend: { visible: true, position: "Right" },
      };
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
