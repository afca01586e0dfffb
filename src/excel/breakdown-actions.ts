/**
 * « Tracer les répartitions »: reads the workbook once, counts with src/domain, and replaces the
 * sheet "Répartitions" with its three tables and three native charts in one write (SPEC §2.3).
 */
import {
  REGLES_PAR_DEFAUT,
  parseRules,
  serializeRules,
  type RegleCategorie,
} from "../domain";
import { breakdownLayout, type BreakdownLayout } from "../domain/workbook/breakdown-layout";
import { computeBreakdown, findBreakdownSource, type Breakdown } from "../domain/workbook/breakdown-source";
import type { ActionControl, ActionStats } from "./action-types";
import type { ExcelContext, ExcelRun } from "./api";
import { withDecoupage } from "./decoupage";
import { queueSheetReads } from "./sheet-read";

export interface BreakdownSettings {
  /** SIREN of the EPCI to keep; undefined: all. */
  readonly epci: string | undefined;
  /** The bailleur's name, added to the titles. */
  readonly bailleur: string;
  readonly regles: readonly RegleCategorie[];
  /** The user agreed that unmapped labels count as AUTRES RESERVATAIRES. */
  readonly autresAvecConsentement: boolean;
  /** Draw an état des lieux whose totals do not add up, from its detail cells. */
  readonly malgreIncoherences: boolean;
}

export const DEFAULT_BREAKDOWN: BreakdownSettings = {
  epci: undefined,
  bailleur: "",
  regles: REGLES_PAR_DEFAUT,
  autresAvecConsentement: false,
  malgreIncoherences: false,
};

export type BreakdownResult =
  | { readonly kind: "sans-source"; readonly stats: ActionStats }
  | { readonly kind: "incoherences"; readonly sheet: string; readonly breakdown: Breakdown; readonly stats: ActionStats }
  | {
      readonly kind: "apercu" | "trace";
      readonly sheet: string;
      readonly source: "logements" | "etat-des-lieux";
      readonly breakdown: Breakdown;
      readonly layout: BreakdownLayout;
      readonly stats: ActionStats;
    };

export interface BreakdownActions {
  loadSettings(): Promise<BreakdownSettings>;
  saveSettings(settings: BreakdownSettings): Promise<void>;
  /** Reads and counts, writes nothing. */
  preview(settings: BreakdownSettings, control?: ActionControl): Promise<BreakdownResult>;
  /** Reads, counts and replaces the sheet "Répartitions". */
  draw(settings: BreakdownSettings, control?: ActionControl): Promise<BreakdownResult>;
}

const KEY = "gef.repartitions";

/** Queues the writes of the layout into a fresh sheet (replacing the previous one). */
function queueLayout(context: ExcelContext, layout: BreakdownLayout, exists: boolean): number {
  const sheets = context.workbook.worksheets;
  if (exists) sheets.getItem(layout.sheetName).delete();
  const ws = sheets.add(layout.sheetName);
  let cells = 0;
  for (const b of layout.blocks) {
    const width = Math.max(...b.cells.map((r) => r.length));
    const rect = b.cells.map((r) => [...r, ...new Array<string>(width - r.length).fill("")]);
    const formats = b.formats.map((r) => [...r, ...new Array<string>(width - r.length).fill("General")]);
    const range = ws.getRangeByIndexes(b.row, b.col, rect.length, width);
    range.numberFormat = formats;
    range.formulas = rect;
    for (const r of b.boldRows) ws.getRangeByIndexes(b.row + r, b.col, 1, width).format.font.bold = true;
    cells += rect.length * width;
  }
  ws.getRangeByIndexes(0, 0, 1, 1).format.columnWidth = 260;
  for (const spec of layout.charts) {
    const chart = ws.charts.add(spec.type, ws.getRange(spec.source), spec.seriesBy);
    chart.name = spec.name;
    chart.title.text = spec.title;
    chart.dataLabels.showValue = spec.labels.value;
    chart.dataLabels.showPercentage = spec.labels.percentage;
    if (spec.labels.numberFormat !== undefined) chart.dataLabels.numberFormat = spec.labels.numberFormat;
    chart.setPosition(spec.from, spec.to);
  }
  ws.activate();
  return cells;
}

export function createBreakdownActions(excelRun: ExcelRun): BreakdownActions {
  const run = withDecoupage(excelRun);
  const act = (settings: BreakdownSettings, control: ActionControl | undefined, write: boolean): Promise<BreakdownResult> =>
    run(async (context) => {
      const start = performance.now();
      let syncs = 0;
      const sync = async (): Promise<void> => {
        syncs++;
        await context.sync();
      };
      const stats = (cellsWritten = 0, rowsRead = 0): ActionStats => ({ syncs, ms: performance.now() - start, cellsWritten, rowsRead });
      control?.onPhase?.("lecture");
      const list = context.workbook.worksheets;
      list.load("items/name");
      await sync();
      const names = list.items.map((s) => s.name);
      const read = queueSheetReads(context, names.filter((n) => n !== "Répartitions").map((name) => ({ name, withFormulas: false })));
      await sync();
      const sheets = read();
      const rowsRead = sheets.reduce((n, s) => n + s.rows, 0);
      control?.onPhase?.("calcul");
      const source = findBreakdownSource(sheets);
      if (!source) return { kind: "sans-source", stats: stats(0, rowsRead) };
      const breakdown = computeBreakdown(source, settings);
      if (breakdown.incoherences.length > 0 && !settings.malgreIncoherences) {
        return { kind: "incoherences", sheet: source.sheet, breakdown, stats: stats(0, rowsRead) };
      }
      const layout = breakdownLayout(breakdown.repartition, breakdown.perimetre, settings.bailleur.trim() || undefined);
      if (!write || control?.signal?.aborted === true) {
        return { kind: "apercu", sheet: source.sheet, source: source.kind, breakdown, layout, stats: stats(0, rowsRead) };
      }
      control?.onPhase?.("ecriture");
      const cells = queueLayout(context, layout, names.includes(layout.sheetName));
      await sync();
      return { kind: "trace", sheet: source.sheet, source: source.kind, breakdown, layout, stats: stats(cells, rowsRead) };
    });

  return {
    async loadSettings() {
      return run(async (context) => {
        const item = context.workbook.settings.getItemOrNullObject(KEY);
        item.load("value");
        await context.sync();
        if (item.isNullObject || typeof item.value !== "string") return DEFAULT_BREAKDOWN;
        try {
          const saved = JSON.parse(item.value) as Partial<BreakdownSettings> & { regles?: unknown };
          const regles = saved.regles === undefined ? undefined : parseRules(saved.regles);
          return { ...DEFAULT_BREAKDOWN, ...saved, regles: regles?.ok ? regles.value : REGLES_PAR_DEFAUT };
        } catch {
          return DEFAULT_BREAKDOWN;
        }
      });
    },
    async saveSettings(settings) {
      await run(async (context) => {
        context.workbook.settings.add(KEY, JSON.stringify({ ...settings, regles: JSON.parse(serializeRules(settings.regles)) as unknown }));
        await context.sync();
      });
    },
    preview: (settings, control) => act(settings, control, false),
    draw: (settings, control) => act(settings, control, true),
  };
}
